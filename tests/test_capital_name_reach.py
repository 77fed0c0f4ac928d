"""midsentence-capital: how far a name's shape reaches. A surname made of an adjective is a
short word (`ha sido Prieto en la`), so a long adjective capitalised between a verb and a
function word is a slip (`sigue siendo Vulnerable a`); and a name's capital a few words before
an article joins it only through the name's link words (`the Party for the People`), so a
capital past another word does not make the noun after the article a name's (`told Radio
Kestrel that the Flooding would`). Where names style adjectives with a capital (English), an
adjective after a copula or an adverb and before a function word or a mark is a predicate, no
name's (`was Uncertain,`), and an adverb before a number qualifies it (`said Roughly 200`).
Sentences written for this test."""
from __future__ import annotations

import pytest

from linter.engine import lint_text

RULE = "midsentence-capital"


def flagged(text: str, language: str) -> list[str]:
    return [text[d.start:d.end].split()[0] for d in lint_text(text, language=language) if d.rule == RULE]


@pytest.mark.parametrize("language, text, word", [
    ("es", "Los agricultores creen que el regadío seguirá siendo Insostenible en los próximos años.", "Insostenible"),
    ("it", "I pendolari considerano Inaccettabile per una linea così usata il nuovo orario.", "Inaccettabile"),
    ("pt", "Os moradores acham a proposta Insuficiente para um bairro tão grande.", "Insuficiente"),
    ("en", "The coach told Radio Kestrel that the Flooding would delay the start of the season.", "Flooding"),
    ("en", "Traders said the outlook was Uncertain, as grain prices kept falling.", "Uncertain"),
    ("en", "The organisers said Roughly 200 volunteers would staff the course.", "Roughly"),
    ("es", "Los bomberos desalojaron Aproximadamente 300 viviendas durante la noche.", "Aproximadamente"),
])
def test_long_adjectives_and_nouns_past_a_name_are_reported(language, text, word):
    assert flagged(text, language) == [word]


@pytest.mark.parametrize("language, text", [
    ("es", "El primer gol del partido ha sido Prieto en la segunda parte, tras un córner."),
    ("it", "Il secondo posto è andato a Bruno Grosso per la quarta volta di fila."),
    ("en", "A spokesman for the Party for the People leader said the vote would go ahead."),
    ("en", "Members of the Friends of the Earth group marched through the town on Saturday."),
    ("en", "Several Democratic senators said they would vote against the bill."),
    ("en", "Teenagers queued outside Forever 21 before the shop opened."),
])
def test_short_adjective_surnames_and_names_through_link_words_stay_silent(language, text):
    assert flagged(text, language) == []

"""midsentence-capital on closed-class words outside German: degree adverbs and quantifiers
(`restano Molto alti`, `pendant Tout le week-end`) capitalised before a lower-case word are slips,
while a name goes on with a capital (`Più Europa ha`) or ends on one after its capital
(`Democracia Real Ya convocó`); and a common plural before the genitive, an article and a
lower-case complement (`los Responsables de la propia empresa`) is a slip, while a name's
complement takes a capital. Sentences written for this test."""
from __future__ import annotations

import pytest

from linter.engine import lint_text

RULE = "midsentence-capital"


def flagged(text: str, language: str) -> list[str]:
    return [text[d.start:d.end].split()[0] for d in lint_text(text, language=language) if d.rule == RULE]


@pytest.mark.parametrize("language, text, word", [
    ("it", "Secondo i commercianti i prezzi restano Molto alti nonostante il calo dei costi.", "Molto"),
    ("fr", "Les bénévoles ont travaillé pendant Tout le week-end pour nettoyer la plage.", "Tout"),
    ("es", "Los vecinos del barrio están Muy preocupados por el ruido de las obras.", "Muy"),
    ("pt", "Segundo a associação, os preços continuam Demasiado altos para as famílias.", "Demasiado"),
    ("nl", "Volgens de reizigers zijn de wachttijden Erg lang geworden deze winter.", "Erg"),
    ("en", "The council said the coastal roads were Very dangerous after the storm.", "Very"),
    ("es", "El puente abrirá en mayo, según explicaron los Responsables de la propia empresa.", "Responsables"),
])
def test_a_closed_class_adverb_or_a_plural_before_its_lower_case_complement_is_a_slip(language, text, word):
    assert flagged(text, language) == [word]


@pytest.mark.parametrize("language, text", [
    ("it", "Alla riunione il partito Più Europa ha votato contro la proposta.", ),
    ("es", "El movimiento Democracia Real Ya convocó una marcha en la capital."),
    ("es", "El puente abrirá en mayo, según explicaron los Servicios de la Generalitat."),
])
def test_a_name_with_such_a_word_stays_silent(language, text):
    assert flagged(text, language) == []

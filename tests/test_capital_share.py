"""midsentence-capital: evidence from outside the document. Running text writes some common
words almost never with a capital (`vegetación`, `äußerst`, `low`) and others often
(`gobierno`, a German noun): a capital on the first kind, in the written contexts where the word
classes' own evidence counts, is a slip; the second kind stays silent. The tables are read only
for the document's language, only when a capital asks. Sentences written for this test."""
from __future__ import annotations

import pytest

from linter import capitalshare
from linter.capitalshare import capital_share
from linter.engine import lint_text

RULE = "midsentence-capital"


def flagged(text: str, language: str) -> list[str]:
    return [text[d.start:d.end].split()[0] for d in lint_text(text, language=language) if d.rule == RULE]


def test_the_tables_tell_rarely_capitalised_words_from_names_and_nouns() -> None:
    assert capital_share("vegetación", "es") < 0.1
    assert capital_share("äußerst", "de") < 0.1
    assert capital_share("hospital", "en") < 0.1
    assert capital_share("gobierno", "es") is None  # often `Gobierno`
    assert capital_share("haus", "de") is None  # a German noun
    assert capital_share("vegetación", None) is None
    assert capital_share("manutenzione", "xx") is None  # no table


@pytest.mark.parametrize("language, common, name", [
    ("it", "manutenzione", "rosa"),  # `Rosa`, a first name
    ("fr", "libellules", "pierre"),  # `Pierre`
    ("pt", "mensalidades", "rio"),  # `Rio`
    ("nl", "onderzoekers", "jan"),  # `Jan`
])
def test_the_estimated_tables_tell_common_words_from_names(language, common, name) -> None:
    # Italian, French, Portuguese and Dutch: estimated from LanguageTool's case-kept dictionaries
    assert capitalshare.estimated(language) and not capitalshare.estimated("es")
    assert capital_share(common, language) < 0.1
    share = capital_share(name, language)
    assert share is None or share > capital_share(common, language) * 10


@pytest.mark.parametrize("language, text, word", [
    ("es", "El técnico insiste en que la Vegetación elegida necesita poco riego.", "Vegetación"),
    ("es", "Los vecinos piden que las obras Siguen adelante sin retrasos.", "Siguen"),
    ("de", "Ein Sprecher sagte, die Lage sei Äußerst angespannt.", "Äußerst"),
    ("de", "Die Anlage werde Schrittweise abgeschaltet, sagte der Bürgermeister.", "Schrittweise"),
    ("de", "Die Linienbusse Fahren während der Sperrung einen Umweg.", "Fahren"),  # no nominalised infinitive
    ("en", "Organisers said the turnout was Low for a final.", "Low"),
    ("en", "He scored with a Low shot inside the far post.", "Low"),
    ("en", "Road closures made it hard for Deliveries to reach the shops.", "Deliveries"),
])
def test_a_word_running_text_rarely_capitalises_is_reported(language, text, word):
    assert flagged(text, language) == [word]


@pytest.mark.parametrize("language, text", [
    ("es", "Según el portavoz, el Gobierno decidió ampliar el plazo."),
    ("en", "She spoke with the author of the memoir Rewrites."),  # a title may end a sentence
    ("de", "Vorgesehen sind vier Häuser mit drei bis fünf Geschossen und einem Dachgarten."),
    ("de", "Die Bergwacht half bei Liftunfällen und Stürzen auf vereisten Wegen."),  # a pair of nouns
    ("de", "Beim Fahren auf glatten Straßen ist Vorsicht geboten."),  # a nominalised infinitive
    ("es", "El estudio de la organización de consumidoresCesta Justa compara precios."),
])
def test_names_nouns_and_titles_stay_silent(language, text):
    assert flagged(text, language) == []


def test_a_language_without_a_table_reads_none() -> None:
    capitalshare._table.cache_clear()
    assert capital_share("manutenzione", "xx") is None
    assert capitalshare._table.cache_info().currsize == 1  # asked for a language, found none, loaded nothing
    assert capitalshare._table("xx") is None


@pytest.mark.parametrize("language, text, word", [
    # an estimated share (it, fr, pt, nl) counts, from `rare_estimated_share` down, where the
    # word classes leave the word open (the dictionaries also list it with a capital, rarely)
    ("nl", "De aannemer verwacht dat de werkzaamheden nog drie maanden Duren.", "Duren"),
    ("fr", "Le maire a promis que les travaux reprendront Dès lundi prochain.", "Dès"),
])
def test_an_estimated_share_counts_for_a_word_the_classes_leave_open(language, text, word):
    assert flagged(text, language) == [word]


@pytest.mark.parametrize("language, text", [
    # but not for a common noun, which may open an institution's name: dictionaries list none
    ("it", "I volontari della Protezione civile hanno distribuito acqua ai residenti."),
    ("fr", "Le cortège partira de la place à l'occasion de la Fête nationale cette année."),
    # nor a compass point naming a part of town, nor an Italian century
    ("nl", "De nieuwe brug is volgens de wethouder een aanwinst voor Oost."),
    ("it", "La chiesa fu ricostruita nel Seicento dopo il terremoto."),
])
def test_an_estimated_share_does_not_count_for_a_name(language, text):
    assert flagged(text, language) == []

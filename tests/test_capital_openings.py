"""midsentence-capital on what opens anew, and on a noun after an indefinite article: the line
below a text's first line (its title) opens anew however long the title; a parenthesis opening
the paragraph is a label; Italian capitalises decades after `anni`; and no place's name opens
with an indefinite article, so a preposition of place before one hides no name (`di un Ritardo`)."""
from __future__ import annotations

import pytest

from linter.engine import lint_text

RULE = "midsentence-capital"


def flagged(text: str, language: str) -> list[str]:
    return [text[d.start:d.end].split()[0] for d in lint_text(text, language=language) if d.rule == RULE]


WRAPPED = {  # a long title, a stamp below it, then a paragraph wrapped narrower than the title
    "fr": "Les pêcheurs bretons restent mobilisés contre le projet de parc éolien\nMis à jour il y a 2 heures\n"
          "Le conseil municipal a voté mardi une motion contre\nle projet, soutenue par les pêcheurs du port, qui\n"
          "craignent de perdre leurs zones de pêche.\n",
    "de": "Die Stadt sperrt die Brücke über die Wupper nach neuen Rissen im Beton\nAktualisiert vor 3 Stunden\n"
          "Die Stadt sperrt die Brücke ab Montag für den\nAutoverkehr, nachdem Prüfer an mehreren Stellen\n"
          "Risse im Beton gefunden haben.\n",
    "en": "Council approves flood barrier for riverside estate after a winter of evacuations\nPublished 5 hours ago\n"
          "The council voted on Tuesday to fund a barrier\nalong the river after three evacuations in one\nwinter.\n",
}


@pytest.mark.parametrize("language", sorted(WRAPPED))
def test_the_line_below_the_title_opens_anew(language):
    assert flagged(WRAPPED[language], language) == []


@pytest.mark.parametrize("language,text", [
    ("it", "(Aggiornamento ore 12.10) Nel pomeriggio il tribunale ha deciso."),
    ("it", "Le case costruite negli anni Settanta consumano il doppio."),
    ("it", "Il quartiere, nato negli anni Novanta dalla bonifica, cresce."),
])
def test_a_parenthesised_label_and_a_decade_are_no_slips(language, text):
    assert flagged(text, language) == []


@pytest.mark.parametrize("language,text,word", [
    ("it", "Ora la ditta parla di un Ritardo di almeno dieci mesi sul cantiere.", "Ritardo"),
    ("es", "La empresa habla de un Retraso de casi un año en la obra.", "Retraso"),
    ("pt", "A empresa fala de um Atraso de quase um ano na obra.", "Atraso"),
    ("nl", "De aannemer spreekt van een Vertraging van bijna een jaar.", "Vertraging"),
])
def test_a_common_noun_after_a_preposition_and_an_indefinite_article_is_a_slip(language, text, word):
    assert flagged(text, language) == [word]


def test_a_place_after_a_preposition_and_a_definite_article_stays_in_english():
    assert flagged("The meeting was held in the Beehive on Tuesday.", "en") == []

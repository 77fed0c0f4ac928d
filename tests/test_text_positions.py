"""Where a word stands tells the text rules what it is: a capital opening the standfirst under a
headline, a name the text also writes as a handle, a line the writer broke on purpose.

Every example here is written for this file.
"""
from __future__ import annotations

import pytest

from linter.engine import lint_text


def count(text: str, language: str, rule: str) -> int:
    """How many findings `rule` reports in `text` when every rule runs (rules defer to others)."""
    return sum(d.rule == rule for d in lint_text(text, language=language))


# --- midsentence-capital: a line the writer broke, not a wrap ------------------------------------

BODY = {
    "en": "The council voted on Tuesday evening after a long debate about the cost of the new bridge "
          "over the river, which engineers say will take three years to build.",
    "es": "El pleno votó el martes por la noche tras un largo debate sobre el coste del nuevo puente "
          "sobre el río, que según los ingenieros tardará tres años en construirse.",
    "pt": "A câmara votou na terça-feira à noite depois de um longo debate sobre o custo da nova ponte "
          "sobre o rio, que segundo os engenheiros levará três anos a construir.",
    "nl": "De gemeenteraad stemde dinsdagavond na een lang debat over de kosten van de nieuwe brug "
          "over de rivier, die volgens ingenieurs drie jaar bouwtijd vraagt.",
    "it": "Il consiglio ha votato martedì sera dopo un lungo dibattito sul costo del nuovo ponte sul "
          "fiume, che secondo gli ingegneri richiederà tre anni di lavori.",
}
HEADLINES = {
    "en": ("Harbour town approves new bridge despite warnings from its engineers",
           "A majority of councillors backed the plan, saying the ferry can no longer cope"),
    "es": ("El ayuntamiento aprueba el nuevo puente pese a las advertencias técnicas",
           "La mayoría del pleno respaldó el plan porque el transbordador ya no da abasto"),
    "pt": ("Câmara aprova a nova ponte apesar dos avisos dos seus engenheiros",
           "Os vereadores apoiaram o plano por considerarem que o ferry já não chega"),
    "nl": ("Gemeente keurt nieuwe brug goed ondanks waarschuwingen van ingenieurs",
           "Een meerderheid van de raad steunde het plan omdat de veerpont het niet meer aankan"),
    "it": ("Il Comune approva il nuovo ponte nonostante gli avvertimenti dei tecnici",
           "Una larga maggioranza ha sostenuto il piano perché il traghetto non basta più"),
}


@pytest.mark.parametrize("language", sorted(HEADLINES))
def test_the_standfirst_under_a_headline_opens_a_sentence(language: str) -> None:
    headline, standfirst = HEADLINES[language]
    text = f"{headline}\n{standfirst}\n\n{BODY[language]}\n"
    assert count(text, language, "midsentence-capital") == 0


def test_a_wrapped_line_that_opens_on_a_capital_article_is_still_a_slip() -> None:
    # the first line is the longest: the break before `Un` is where wrapping had to go on
    text = ("Le texte doit permettre d'économiser trois milliards d'euros, a déclaré\n"
            "Un porte-parole du ministère, qui refuse de donner d'autres\n"
            "détails sur le calendrier.\n")
    assert count(text, "fr", "midsentence-capital") == 1


# --- midsentence-capital: a handle is no lower-case use of the name ----------------------------

@pytest.mark.parametrize("language, text", [
    ("nl", "Het festival Zomerklank in het stadspark trok ruim 40.000 bezoekers.\n\n"
           "Een bericht gedeeld door Zomerklank (@zomerklank)\n"),
    ("en", "The bakery Crumbwell on the high street closed its doors for the last time.\n\n"
           "Thank you for twenty years #crumbwell\n"),
])
def test_a_name_written_as_a_handle_keeps_its_capital(language: str, text: str) -> None:
    assert count(text, language, "midsentence-capital") == 0


# --- midsentence-capital: a label glued before the lead, a name in apposition ------------------

@pytest.mark.parametrize("language, text", [
    ("de", "Von Jana Weller | Lokalredaktion Ein Sprecher der Stadt sagte, die Brücke bleibe gesperrt.\n"),
    ("es", "Por Marta Gil | sección local La alcaldesa anunció ayer que el mercado abrirá en mayo.\n"),
    ("it", "Foto: Luca Neri / Agenzia Nord Il sindaco ha detto che la piazza riaprirà a maggio.\n"),
    ("nl", "Door Pieter Smit · redactie binnenland De gemeente wil de brug in het voorjaar openen.\n"),
    ("en", "By Sam Ortiz | metro desk The ferry resumed its crossings on Monday after the storm.\n"),
])
def test_a_byline_or_credit_glued_before_the_lead_opens_it(language: str, text: str) -> None:
    assert count(text, language, "midsentence-capital") == 0


def test_a_slash_early_in_a_sentence_does_not_hide_a_later_slip() -> None:
    text = "Il servizio 24/7 è attivo da ieri e lo ha confermato ieri sera Un portavoce del comune.\n"
    assert count(text, "it", "midsentence-capital") == 1


@pytest.mark.parametrize("language, text", [
    ("pt", "O movimento de moradores Porto Melhor pede mais autocarros à noite.\n"),
    ("es", "La plataforma de usuarios Tren Mejor reclama más frecuencias.\n"),
    ("fr", "Le collectif d'usagers Vivre Mieux réclame des trains plus fréquents.\n"),
    ("nl", "De bewonersgroep Samen Beter vraagt om meer groen in de wijk.\n"),
])
def test_a_name_of_common_words_in_apposition_keeps_its_capitals(language: str, text: str) -> None:
    assert count(text, language, "midsentence-capital") == 0


# --- midsentence-capital: closed-class words that no noun or name spells -----------------------

@pytest.mark.parametrize("language, text", [
    ("de", "Die Stadt will Ab Montag die Gebühren für das Parken erhöhen.\n"),
    ("de", "Der Verein habe Bereits reagiert und die Halle geschlossen.\n"),
    ("de", "Die Arbeiten an der Brücke sollen Bis Ende Mai dauern.\n"),
    ("de", "Die Folgen seien Kaum abzusehen, sagte der Landrat.\n"),
    ("nl", "De raad noemt het besluit een Grote stap voor de wijk.\n"),
    ("nl", "Het kabinet wil geen Lange discussie over de begroting.\n"),
])
def test_a_capitalised_adverb_preposition_or_inflected_adjective(language: str, text: str) -> None:
    assert count(text, language, "midsentence-capital") == 1


@pytest.mark.parametrize("language, text", [
    ("de", "Die Baustelle am Ring wird Am Markt fortgesetzt.\n"),
    ("nl", "Het bod kwam van een Duitse fabrikant uit Keulen.\n"),
    ("nl", "Volgens een Haagse wethouder is het plan te duur.\n"),
])
def test_street_names_and_adjectives_of_places_keep_their_capital(language: str, text: str) -> None:
    assert count(text, language, "midsentence-capital") == 0

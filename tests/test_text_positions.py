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

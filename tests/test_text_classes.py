"""Classes of damage the in-text rules learnt in issue 10's third round, and the look-alikes
they leave alone: a name dropped after a role noun, quotes damaged into mojibake, apostrophes
written as an opening quote.

Every example here is written for this file.
"""
from __future__ import annotations

import pytest

from linter.engine import lint_text


def count(text: str, language: str, rule: str) -> int:
    """How many findings `rule` reports in `text` when every rule runs (rules defer to others)."""
    return sum(d.rule == rule for d in lint_text(text, language=language))


# --- link-hole: a role noun, a spaced comma, and the clause goes on ----------------------

ROLE_HOLES = {
    "en": "The budget was defended by the finance director , who said cuts were over.",
    "it": "La proposta, sostenuta dal vicesindaco , è stata ritirata ieri.",
    "es": "El acuerdo, firmado por la alcaldesa , entra en vigor el lunes.",
    "pt": "Segundo a vereadora , que votou contra, o plano é caro.",
    "fr": "Le projet, porté par la sénatrice , sera examiné mardi.",
    "de": "Der Plan, den die Landrätin , vorgestellt hat, kostet viel.",
    "nl": "Het plan van gedeputeerde verkeer , die gisteren sprak, is duur.",
}


@pytest.mark.parametrize("language", sorted(ROLE_HOLES))
def test_a_role_noun_before_a_spaced_comma_lost_its_name(language: str) -> None:
    text = ROLE_HOLES[language] + "\n"
    assert count(text, language, "link-hole") == 1
    assert count(text, language, "spacing") == 0  # the hole is one finding, not two


@pytest.mark.parametrize("language, sentence", [
    ("en", "Fans queued outside the arena , which opened late."),
    ("it", "I tifosi aspettavano fuori dallo stadio , dove pioveva."),
    ("nl", "De bezoekers wachtten bij de ingang , die dicht bleef."),
])
def test_a_spaced_comma_after_another_noun_is_a_spacing_slip(language: str, sentence: str) -> None:
    assert count(sentence + "\n", language, "link-hole") == 0
    assert count(sentence + "\n", language, "spacing") == 1


# --- unbalanced-quotes: marks that are no quotes -------------------------------------------

def test_a_mojibake_closing_quote_that_lost_its_last_byte_still_closes() -> None:
    text = "The hall was called â€œa disgraceâ€ by two of the inspectors.\n"
    assert count(text, "en", "unbalanced-quotes") == 0
    assert count(text, "en", "mojibake") == 1  # the damage is reported once, by its own rule


@pytest.mark.parametrize("language, sentence", [
    ("nl", "Ze verhuisde van ‘s-Gravenzande naar ‘t Harde, waar ze sindsdien woont."),
    ("en", "The band played the hits of the ‘80s and some rock ‘n’ roll."),
])
def test_an_apostrophe_written_as_an_opening_quote_opens_nothing(language: str, sentence: str) -> None:
    assert count(sentence + "\n", language, "unbalanced-quotes") == 0


def test_an_unclosed_single_quote_is_still_reported() -> None:
    assert count("He called the plan ‘a fantasy and left the room.\n", "en", "unbalanced-quotes") == 1


# --- merged-words: camel joins with a name, an elision or a short function word ------------

@pytest.mark.parametrize("language, sentence", [
    ("it", "La delibera è stata firmata dall'assessoraGiulia Ferri ieri sera."),
    ("fr", "Le match a été reporté, annonce Saint-EtienneLe club attend la décision."),
    ("nl", "De subsidie gaat naar deGemeente en de provincie."),
    ("en", "The contract was signed inThe presence of the mayor."),
    ("de", "Die Linie fährt ab Montag öfter, sagt Karla WeinerDie Stadtwerke zahlen, die Kunden nicht."),
    ("es", "La línea quedó cortada, según ha confirmadoRenfe esta mañana."),
])
def test_a_camel_join_with_a_name_or_a_short_word(language: str, sentence: str) -> None:
    assert count(sentence + "\n", language, "merged-words") == 1


@pytest.mark.parametrize("language, sentence", [
    ("en", "She booked an easyJet flight and sold the old phone on eBay."),
    ("it", "Il sindaco di Reggio-Emilia e l'assessore hanno parlato con l'iPhone in mano."),
    ("fr", "Le club de Saint-Etienne a battu Paris-Saint-Germain."),
    ("nl", "De app myTaxi en de site bol.com zijn populair."),
])
def test_brands_and_hyphenated_names_are_no_join(language: str, sentence: str) -> None:
    assert count(sentence + "\n", language, "merged-words") == 0

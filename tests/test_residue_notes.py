"""Generation residue in new forms: an MT note labelled with whose note it is, and a chat
citation pill set apart by a space behind the source a sentence ends on."""
from __future__ import annotations

import pytest

from linter.engine import lint_text


def residue(text: str, language: str) -> list[str]:
    return [text[d.start:d.end].strip() for d in lint_text(text, language=language, select=["generation-residue"])]


@pytest.mark.parametrize(("language", "note"), [
    ("it", "Nota della redazione: questo articolo è stato tradotto con l'aiuto dell'intelligenza artificiale."),
    ("de", "Anmerkung der Redaktion: Dieser Text wurde mit Hilfe künstlicher Intelligenz übersetzt."),
])
def test_a_labelled_machine_translation_note(language: str, note: str) -> None:
    assert residue(f"{note}\n", language) == [note]


def test_an_editors_note_without_a_machine_is_the_articles() -> None:
    assert residue("Nota della redazione: l'articolo è stato aggiornato alle 18 con le cifre del Comune.\n", "it") == []


@pytest.mark.parametrize(("language", "text", "pill"), [
    ("en", "The bridge will reopen in May, the council said on Tuesday. harbourpost.co.uk +2\n", "+2"),
    ("fr", "Le pont rouvrira en mai, a indiqué la mairie mardi. Ouest Littoral +3\n", "+3"),
])
def test_a_spaced_citation_pill(language: str, text: str, pill: str) -> None:
    assert residue(text, language) == [pill]


def test_a_signed_number_in_prose_is_no_pill() -> None:
    assert residue("Temperatures will rise to +2 degrees on Friday, the forecasters said.\n", "en") == []


@pytest.mark.parametrize(("language", "text", "rule"), [
    # the page's legal disclaimer under its label, even run on from the credit above it
    ("de", "Die Brücke wird im Mai wieder geöffnet, teilte die Stadtverwaltung am Dienstag mit.\n\n"
           "Bericht von Jana Kolb\nHaftungsausschluss: Nordblick bündelt Inhalte Dritter und haftet nicht für deren Richtigkeit.\n",
     "page-chrome"),
    ("es", "El puente reabrirá en mayo, informó el ayuntamiento el martes por la tarde.\n\n"
           "Aviso legal: Portal Ribera reúne contenidos de terceros y no responde de su exactitud.\n", "page-chrome"),
    # … but a note that a machine translated the text is residue of the pipeline
    ("en", "The bridge will reopen in May, the council said on Tuesday afternoon.\n\n"
           "Disclaimer: This article was translated automatically with AI and checked by an editor.\n",
     "generation-residue"),
])
def test_whose_disclaimer(language: str, text: str, rule: str) -> None:
    last = len(text.splitlines())
    found = [d.rule for d in lint_text(text, language=language, select=["ALL"]) if d.line == last]
    assert found == [rule]

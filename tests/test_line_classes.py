"""Classes of page furniture beyond one marker string, each written from new examples.

Each case puts the line between two paragraphs of prose in the language (the place where a
scraper leaves it) or at the text's edge, and checks the rule that owns the class, and that
the prose around it and the traps next to it are left alone.
"""
from __future__ import annotations

import pytest

from linter.engine import lint_text

PROSE = {
    "en": "The council approved the new budget on Tuesday after a long debate in the chamber.",
    "it": "Il consiglio comunale ha approvato il nuovo bilancio martedì dopo un lungo dibattito in aula.",
    "de": "Der Gemeinderat hat den neuen Haushalt am Dienstag nach einer langen Debatte im Saal beschlossen.",
    "fr": "Le conseil municipal a adopté le nouveau budget mardi après un long débat dans la salle.",
    "es": "El pleno municipal aprobó el nuevo presupuesto el martes tras un largo debate en la sala.",
    "pt": "A câmara municipal aprovou o novo orçamento na terça-feira depois de um longo debate na sala.",
    "nl": "De gemeenteraad heeft dinsdag na een lang debat in de zaal de nieuwe begroting goedgekeurd.",
}


def flagged(text: str, rule: str, language: str) -> list[int]:
    return [d.line for d in lint_text(text, language=language, select=[rule]) if d.rule == rule]


def between(line: str, language: str) -> str:
    return f"{PROSE[language]}\n\n{line}\n\n{PROSE[language]}\n"


@pytest.mark.parametrize(("language", "line"), [
    ("en", "pic.twitter.com/Hr5tQ2 — Harbour Parents (@HarbourParents) March 2, 2026"),
    ("es", "pic.twitter.com/Lp0Zx9 — Tráfico Sur (@traficosur) 2 de marzo de 2026"),
])
def test_a_tweet_line_that_opens_with_its_picture_link(language: str, line: str) -> None:
    assert flagged(between(line, language), "embed-remnant", language) == [3]


def test_a_bare_address_line_stays_unreported() -> None:
    # Nothing on the line is prose: no rule reports a line of addresses alone.
    assert flagged(between("pic.twitter.com/Hr5tQ2", "en"), "embed-remnant", "en") == []


@pytest.mark.parametrize(("language", "line"), [
    ("en", "You may also like: Ten walks along the coast · How to pickle onions at home"),
    ("it", "Potrebbe interessarti: Dieci passeggiate sulla costa · Come fare le conserve"),
    ("de", "Das könnte Sie auch interessieren: Zehn Wanderungen an der Küste · Zwiebeln einlegen"),
])
def test_a_teaser_header_over_a_list_is_page_chrome(language: str, line: str) -> None:
    text = between(line, language)
    assert flagged(text, "read-insertion", language) == []
    assert flagged(text, "page-chrome", language) == [3]


@pytest.mark.parametrize(("language", "line"), [
    ("en", "MORE ON THE SITE → Harbour ferry fares to rise in spring"),
    ("it", "LEGGI ANCHE SUL SITO ► Traghetti, aumentano le tariffe in primavera"),
    ("nl", "LEES OOK OP DE SITE → Veerpont wordt in het voorjaar duurder"),
])
def test_an_upper_case_label_with_an_arrow(language: str, line: str) -> None:
    assert flagged(between(line, language), "read-insertion", language) == [3]


def test_an_upper_case_heading_with_an_arrow_but_no_teaser_word() -> None:
    assert flagged(between("UPDATE → The ferry is running again", "en"), "read-insertion", "en") == []


@pytest.mark.parametrize(("language", "line"), [
    ("fr", "9 h 20. Le message de la mairie de Quimper sur X :"),
    ("en", "14:05 - The fire service's post on Instagram:"),
    ("es", "12.40 - Mensaje de la alcaldía en X:"),
])
def test_an_embed_intro_after_a_live_blog_time(language: str, line: str) -> None:
    assert flagged(between(line, language), "embed-remnant", language) == [3]


@pytest.mark.parametrize(("language", "line"), [
    # Prose that names a network, or a quoted post after its intro, is no remnant.
    ("fr", "9 h 20. La mairie a publié un message sur X pour rassurer les habitants du quartier."),
    ("en", "14:05 - The fire service wrote on Instagram: \"Stay away from the harbour.\""),
])
def test_live_blog_entries_that_name_a_network(language: str, line: str) -> None:
    assert flagged(between(line, language), "embed-remnant", language) == []

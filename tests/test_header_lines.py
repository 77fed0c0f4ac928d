"""The page's lines in a text's header (above its first paragraph), found by shape and position.

Each case is a new example, in several languages: an outlet's name or its section above the
headline, a name with its tagline under it, and the header lines that are the article's own
(the headline, its date, the dateline's place and agency, a label in capitals).
"""
from __future__ import annotations

import pytest

from linter.engine import lint_text

LEAD = {
    "en": "The harbour authority said on Monday that the new ferry terminal would open in the spring, two years late.",
    "it": "L'autorità portuale ha annunciato lunedì che il nuovo terminal dei traghetti aprirà in primavera, con due anni di ritardo.",
    "de": "Die Hafenbehörde teilte am Montag mit, dass das neue Fährterminal im Frühjahr öffnen werde, zwei Jahre später als geplant.",
    "fr": "L'autorité portuaire a annoncé lundi que le nouveau terminal des ferries ouvrirait au printemps, avec deux ans de retard.",
    "es": "La autoridad portuaria anunció el lunes que la nueva terminal de ferris abrirá en primavera, con dos años de retraso.",
    "pt": "A autoridade portuária anunciou na segunda-feira que o novo terminal de balsas abrirá na primavera, com dois anos de atraso.",
    "nl": "Het havenbedrijf maakte maandag bekend dat de nieuwe veerterminal in het voorjaar opengaat, twee jaar later dan gepland.",
}
HEADLINE = {
    "en": "New ferry terminal to open in spring after two-year delay",
    "it": "Il nuovo terminal dei traghetti aprirà in primavera dopo due anni di ritardo",
    "de": "Neues Fährterminal öffnet im Frühjahr mit zwei Jahren Verspätung",
    "fr": "Le nouveau terminal des ferries ouvrira au printemps avec deux ans de retard",
    "es": "La nueva terminal de ferris abrirá en primavera con dos años de retraso",
    "pt": "Novo terminal de balsas abre na primavera com dois anos de atraso",
    "nl": "Nieuwe veerterminal gaat in het voorjaar open, twee jaar te laat",
}


def flagged(text: str, language: str, rule: str = "page-chrome") -> list[int]:
    return [d.line for d in lint_text(text, language=language, select=[rule]) if d.rule == rule]


def header(*lines: str, language: str, blank: bool = False) -> str:
    """A text as a scraper writes it, one block of the page a line (with `blank`, a blank line
    between them): the header's lines, then the paragraphs."""
    return ("\n\n" if blank else "\n").join([*lines, LEAD[language], LEAD[language]]) + "\n"


@pytest.mark.parametrize(("language", "masthead"), [
    ("en", "Harbour Daily Digest"),
    ("it", "Cronache Lagunari · Porti"),
    ("de", "Nordkurier Kompakt › Wirtschaft"),
    ("fr", "Le Fil Côtier | Économie"),
    ("es", "Diario Bahía – Puertos"),
    ("pt", "Folha & Maré"),
    ("nl", "Kustbode · Haven en scheepvaart"),
])
def test_the_outlets_name_above_the_headline(language: str, masthead: str) -> None:
    assert flagged(header(masthead, HEADLINE[language], language=language), language) == [1]
    assert flagged(header(masthead, HEADLINE[language], language=language, blank=True), language) == [1]


@pytest.mark.parametrize(("language", "masthead"), [
    ("en", "Coastline Wire · Transport"),
    ("de", "Hafenblatt"),
])
def test_the_outlets_name_above_a_markdown_heading(language: str, masthead: str) -> None:
    text = f"---\ntitle: x\n---\n\n{masthead}\n\n# {HEADLINE[language]}\n\n{LEAD[language]}\n\n{LEAD[language]}\n"
    assert [d.line for d in lint_text(text, path="a.md", language=language, select=["page-chrome"])] == [5]


@pytest.mark.parametrize(("language", "tagline"), [
    ("fr", "Radio Littoral — la voix de la côte"),
    ("es", "Portal Ribera · noticias de tu comarca"),
    ("de", "Weserfunk Online – Nachrichten aus der Region"),
])
def test_a_name_and_its_tagline_under_the_headline(language: str, tagline: str) -> None:
    assert flagged(header(HEADLINE[language], tagline, language=language), language) == [2]
    assert flagged(header(HEADLINE[language], tagline, language=language, blank=True), language) == [3]


@pytest.mark.parametrize(("language", "lines"), [
    # the headline alone, with its date and the dateline's place and agency
    ("en", ("Saturday, 14 March 2026", "New ferry terminal to open in spring after two-year delay", "PORTSMOUTH", "Coastal Press")),
    # a label in capitals above the headline: the text's kind, not the page's
    ("en", ("PRESS RELEASE", "New ferry terminal to open in spring after two-year delay")),
    # a kicker that describes the story (a comma, a number) is the article's
    ("es", ("Crónica | Liga de Balonmano, jornada 9", "La nueva terminal de ferris abrirá en primavera con dos años de retraso")),
    # a place above the lead and no headline: a dateline torn from its paragraph
    ("nl", ("Harlingen", "Kustpers")),
    # under the headline, a name with its section may be an aggregator's wrapper of the text
    ("it", ("Il nuovo terminal dei traghetti aprirà in primavera dopo due anni di ritardo", "Notizie Flash | Cronaca Locale")),
    # a credit with a slash
    ("es", ("La nueva terminal de ferris abrirá en primavera con dos años de retraso", "Redacción Costa / agencias")),
    # a byline above the headline
    ("de", ("Von Jana Oberholz", "Neues Fährterminal öffnet im Frühjahr mit zwei Jahren Verspätung")),
])
def test_the_articles_own_header_lines(language: str, lines: tuple[str, ...]) -> None:
    assert flagged(header(*lines, language=language), language) == []
    assert flagged(header(*lines, language=language, blank=True), language) == []


def test_a_short_line_of_prose_above_a_paragraph_is_no_masthead() -> None:
    text = "Ferry delays\n\n" + LEAD["en"] + "\n\nHarbour Daily Digest\n\n" + LEAD["en"] + "\n"
    assert flagged(text, "en") == []


@pytest.mark.parametrize(("language", "bar"), [
    ("en", "Share · Save · Comments (18)"),
    ("de", "Teilen | Merken | Drucken"),
    ("it", "Politica • Esteri • Europa"),
])
def test_a_bar_of_items_under_the_headline(language: str, bar: str) -> None:
    assert flagged(header(HEADLINE[language], bar, language=language), language) == [2]


@pytest.mark.parametrize(("language", "stamp"), [
    ("nl", "Bijgewerkt 09:41"),
    ("en", "Updated 16:20"),
])
def test_header_lines_soft_wrapped_into_one_markdown_paragraph(language: str, stamp: str) -> None:
    """A Markdown header written without blank lines is one paragraph: its short lines are still
    the page's, even when the next one opens in lower case (a date)."""
    text = (f"---\ntitle: x\n---\n\nKustbode · Haven\nLeestijd 4 minuten\n{stamp}\nmaart 3, 2026\n\n"
            f"# {HEADLINE[language]}\n\n{LEAD[language]}\n\n{LEAD[language]}\n")
    found = [d.line for d in lint_text(text, path="a.md", language=language, select=["page-chrome"])]
    assert 7 in found and 8 not in found

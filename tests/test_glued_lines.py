"""Bylines and credits glued to the prose around them, and a byline the page put above the
headline: new examples in several languages, and the article's own lines next to them."""
from __future__ import annotations

import pytest

from linter.engine import lint_text


def flagged(text: str, rule: str, language: str, path: str = "a.txt") -> list[int]:
    return [d.line for d in lint_text(text, path=path, language=language, select=[rule]) if d.rule == rule]


def spans(text: str, rule: str, language: str) -> list[str]:
    lines = text.splitlines()
    return [lines[d.line - 1][d.column - 1:d.end_column - 1]
            for d in lint_text(text, language=language, select=[rule]) if d.rule == rule]


@pytest.mark.parametrize(("language", "text", "byline"), [
    ("de", "Der Stadtrat tagt am Donnerstag wieder, diesmal mit dem Haushalt und dem neuen Radwegeplan.\n\nDie Sitzung beginnt um 18 Uhr im großen Saal des Rathauses.Von Petra Lindqvist\n",
     "Von Petra Lindqvist"),
    ("it", "Il cantiere riapre lunedì dopo tre mesi di stop, ha annunciato ieri sera il sindaco.\n\nI lavori dureranno tre mesi e costeranno due milioni alla stazione.Di Marco Venturi\n",
     "Di Marco Venturi"),
    ("es", "La lonja abrirá de nuevo el lunes después de tres semanas cerrada por el temporal.\n\nLos pescadores esperan una campaña mejor que la del año pasado en el puerto.Por Inés Olmedo\n",
     "Por Inés Olmedo"),
])
def test_a_byline_glued_to_the_last_sentence(language: str, text: str, byline: str) -> None:
    assert spans(text, "byline-remnant", language) == [byline]


def test_a_name_after_a_stop_inside_the_text_is_no_byline() -> None:
    text = ("Le chantier a pris du retard au printemps.Par Luc Gervais\n\n"
            "Les travaux reprendront en septembre, selon la mairie, qui promet une fin rapide.\n")
    assert flagged(text, "byline-remnant", "fr") == []


@pytest.mark.parametrize(("language", "text"), [
    ("nl", "Door Els Vink | Redactie Binnenland De gemeenteraad van Zwolle heeft dinsdag\n"
           "ingestemd met de bouw van een nieuwe brug over de IJssel bij Hattem.\n"),
    ("pt", "Por Rui Sá | Editoria Economia O governo anunciou ontem um novo pacote de\n"
           "apoio às pequenas empresas do setor do turismo no Algarve.\n"),
])
def test_a_byline_with_its_desk_glued_to_the_lead(language: str, text: str) -> None:
    assert flagged(text, "byline-remnant", language, "a.md") == [1]


@pytest.mark.parametrize(("language", "text"), [
    ("de", "Foto: Jana Kolb / Stadtanzeiger Die Stadtwerke haben am Montag die Preise für\n"
           "Strom und Gas zum ersten Mal seit drei Jahren gesenkt.\n"),
    ("es", "Foto: Inés Olmedo / Diario Bahía Los pescadores de la bahía volvieron ayer al\n"
           "mar después de tres semanas de temporal.\n"),
])
def test_a_credit_glued_to_the_lead(language: str, text: str) -> None:
    assert flagged(text, "image-credit", language, "a.md") == [1]


@pytest.mark.parametrize(("language", "text", "expected"), [
    # above the headline, the page's byline box
    ("it", "Di Marco Venturi | Redazione Cronaca\nIl cantiere della stazione riapre lunedì dopo tre mesi di stop\n"
           "I lavori alla stazione riprenderanno lunedì mattina e dureranno fino alla fine di marzo, ha detto il sindaco.\n"
           "Il costo complessivo dell'opera è salito a due milioni di euro, secondo la giunta comunale.\n", [1]),
    # under the headline, the article's own byline
    ("it", "Il cantiere della stazione riapre lunedì dopo tre mesi di stop\nDi Marco Venturi | Redazione Cronaca\n"
           "I lavori alla stazione riprenderanno lunedì mattina e dureranno fino alla fine di marzo, ha detto il sindaco.\n"
           "Il costo complessivo dell'opera è salito a due milioni di euro, secondo la giunta comunale.\n", []),
])
def test_a_byline_above_the_headline(language: str, text: str, expected: list[int]) -> None:
    assert flagged(text, "byline-remnant", language) == expected


@pytest.mark.parametrize(("language", "credit"), [
    ("de", "Reporting by Lukas Weber; Editing by Anna Holm"),
    ("pt", "Additional reporting by Inês Barata; editing by Rui Sá"),
])
def test_the_wires_english_credit_under_a_text_in_another_language(language: str, credit: str) -> None:
    prose = {"de": "Die Brücke wird im Mai wieder geöffnet, teilte die Stadtverwaltung am Dienstag mit.",
             "pt": "A ponte reabre em maio, anunciou a câmara municipal na terça-feira à tarde."}[language]
    assert flagged(f"{prose}\n\n{credit}\n", "byline-remnant", language) == [3]

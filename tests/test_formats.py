"""Formats: what is prose and where it is.

Markdown front matter is read (`lang`, `date`) and never linted, and line numbers count it;
code (fenced, indented, inline), URLs and HTML comments are not linted in either format; a
Markdown hard break is not a spacing problem; CRLF and a BOM change no line or column.
"""
from __future__ import annotations

import pytest

from linter.engine import lint_text
from linter.formats import build_document
from newslint_run import findings, where, write

# Each of these would be flagged in prose: a doubled word, a teaser, a double space, a month.
DEFECTS = "il il READ  Voli britannici Ottobre"


def lint(text: str, fmt: str = "markdown", language: str | None = "it") -> list[tuple[int, int, str]]:
    return [(d.line, d.column, d.rule) for d in lint_text(text, language=language, fmt=fmt)]


def test_the_defects_are_flagged_in_prose():
    assert {rule for _, _, rule in lint(f"Testo.\n\n{DEFECTS}\n")} >= {
        "duplicated-word", "spacing", "month-capitalization"}


def test_front_matter_is_read_and_not_linted():
    text = f"---\nlang: it\ndate: 2024-10-31\ntitle: \"{DEFECTS}\"\ntags: [il il, Ottobre]\n---\n\nIl il governo ha parlato.\n"
    doc = build_document(text, "a.md")
    assert doc.metadata["lang"] == "it" and str(doc.metadata["date"]) == "2024-10-31"
    assert lint(text, language=None) == [(8, 1, "duplicated-word")]
    assert lint(text, fmt="text", language=None) == [(8, 1, "duplicated-word")]


@pytest.mark.parametrize(("year", "expected"), [
    ("2024", [(5, 4, "tense-year")]),
    ("2022", []),
])
def test_front_matter_date_is_the_article_date(year, expected):
    text = f"---\nlang: it\ndate: {year}-05-16\n---\nXi visiterà anche Mosca nel 2023 dopo il nuovo mandato.\n"
    assert lint(text, language=None) == expected


def test_front_matter_language_reaches_the_rules():
    text = "---\nlang: it-IT\n---\n\nIl testo arriverà alle Camere il 20 Ottobre.\n"
    assert lint(text, language="en") == [(5, 37, "month-capitalization")]


def test_fenced_and_indented_code_are_not_linted():
    text = (f"Testo del pezzo.\n\n```\n{DEFECTS}\n```\n\n~~~text\n{DEFECTS}\n~~~\n\n"
            f"Altro testo del pezzo.\n\n    {DEFECTS}\n    codice  rientrato\n\nFine il il.\n")
    assert lint(text) == [(16, 6, "duplicated-word")]


def test_inline_code_is_not_linted():
    assert lint(f"Il governo ha scritto `{DEFECTS}` nel testo, e ``il il`` ancora.\n") == []


def test_urls_are_not_linted_in_either_format():
    line = "Vedi https://example.it/Ottobre-31-2024/il-il?q=READ e www.example.it/il/il/Ottobre per i dettagli.\n"
    assert lint(line) == []
    assert lint(line, fmt="text") == []
    link = 'Vedi [il il](https://example.it/Ottobre/il-il "READ  il il") per i dettagli.\n'
    assert lint(link) == [(1, 7, "duplicated-word")]  # the link text is prose, its target is not


def test_html_comments_are_not_linted_in_either_format():
    text = f"Il governo <!-- {DEFECTS} --> ha parlato.\n\n<!--\n{DEFECTS}\n-->\n"
    assert lint(text) == []
    assert lint(text, fmt="text") == []


def test_markdown_hard_break_is_not_a_spacing_finding():
    text = "Il ministro ha parlato in aula.  \nUna seconda riga dopo un a capo forzato.\\\nE una terza.\n"
    assert lint(text) == []
    assert lint("Il ministro ha  parlato.  \nSeconda riga.\n") == [(1, 15, "spacing")]


def test_hard_broken_lines_that_open_with_a_capital_are_lines_of_their_own():
    """An info box (`Orari:` / `Da lunedì a sabato`) is a list of lines, not one sentence."""
    box = "Biblioteca civica  \nDa lunedì a sabato, dalle 9 alle 23  \nIngresso libero\n"
    assert lint(box) == []
    wrapped = "Le previsioni restano esposte a rischi al  \nribasso legati al commercio.\n"
    assert lint(wrapped) == []  # a hard break mid-sentence keeps the sentence whole
    assert [b.kind for b in build_document(box, "x.md").blocks] == ["paragraph"] * 3


def test_hard_wrapped_plain_text_is_one_paragraph():
    """Newswire text wrapped at 72 columns: a bracket may close on the next line."""
    text = ("1. Docking stations are listed at our website, in a document (PDF, 2\n"
            "pages).\n"
            "2. The company is registered in England and Wales under a number (No.\n"
            "08812345).\n")
    assert lint(text, fmt="text", language="en") == []
    assert len(build_document(text, "x.txt").blocks) == 1


def test_markdown_markup_keeps_columns():
    text = "# Titolo\n\n> Il ministro ha **parlato  ieri** in aula.\n\n- il il primo punto\n"
    assert lint(text) == [(3, 27, "spacing"), (5, 3, "duplicated-word")]


TEXT = ("Il ministro ha parlato.\n\nIl governo  ha detto che il il bilancio passa.\n\n"
        "Il testo arriverà alle Camere il 20 Ottobre.\n")


@pytest.mark.parametrize("name", ["a.txt", "a.md"])
def test_crlf_gives_the_same_lines_and_columns_as_lf(tmp_path, name):
    write(tmp_path / "lf" / name, TEXT)
    write(tmp_path / "crlf" / name, TEXT.replace("\n", "\r\n"))
    lf = findings("--lang", "it", f"lf/{name}", cwd=tmp_path)
    crlf = findings("--lang", "it", f"crlf/{name}", cwd=tmp_path)
    assert where(lf) == [(3, 11, "spacing"), (3, 26, "duplicated-word"), (5, 37, "month-capitalization")]
    strip = [{k: v for k, v in d.items() if k != "path"} for d in crlf]
    assert strip == [{k: v for k, v in d.items() if k != "path"} for d in lf]


@pytest.mark.parametrize("name", ["a.txt", "a.md"])
def test_utf8_bom_is_not_text(tmp_path, name):
    write(tmp_path / name, b"\xef\xbb\xbf" + TEXT.encode("utf-8"))
    assert where(findings("--lang", "it", name, cwd=tmp_path)) == [
        (3, 11, "spacing"), (3, 26, "duplicated-word"), (5, 37, "month-capitalization")]


def test_utf8_bom_before_front_matter(tmp_path):
    write(tmp_path / "a.md", b"\xef\xbb\xbf" + f"---\nlang: it\ntitle: {DEFECTS}\n---\n\nIl il governo.\n".encode())
    assert where(findings("a.md", cwd=tmp_path)) == [(6, 1, "duplicated-word")]


def test_utf16_with_bom_is_read(tmp_path):
    write(tmp_path / "a.txt", "\ufeffIl governo  ha detto che il il bilancio passa.\n".encode("utf-16-le"))
    assert where(findings("--lang", "it", "a.txt", cwd=tmp_path)) == [(1, 11, "spacing"), (1, 26, "duplicated-word")]


@pytest.mark.parametrize("suffix", [".md", ".markdown", ".txt"])
def test_folders_are_searched_for_articles(tmp_path, suffix):
    write(tmp_path / "news" / "deep" / f"a{suffix}", "Il il governo.\n")
    write(tmp_path / "news" / "notes.rst", "Il il governo.\n")
    write(tmp_path / "news" / ".hidden" / "b.md", "Il il governo.\n")
    found = findings("--lang", "it", "news", cwd=tmp_path)
    assert [d["path"] for d in found] == [f"news/deep/a{suffix}"]


def test_addresses_and_comments_are_skipped_whether_or_not_the_prefilter_searches():
    from pathlib import Path

    from linter.formats import common

    root = Path(__file__).resolve().parents[1]
    texts = [path.read_text(encoding="utf-8") for folder in ("tests/corpus", "seeds")
             for path in sorted((root / folder).iterdir()) if path.suffix in (".txt", ".md")]
    texts += ["Scrivi a mario@example.org o vai su www.esempio.it/pagina.", "Fine.Il testo <!-- nota --> segue.",
              "Nessun indirizzo qui, solo una frase.", "ΣΊΣΥΦΟΣ example.COM", "http://x.y/z", "<!-- aperto"]
    for text in texts:
        every = common.spans(common.URL, text) + common.spans(common.HTML_COMMENT, text)
        assert common.shared_skips(text) == every

"""The `grammar` rule against a real LanguageTool server, named by NEWSLINT_LANGUAGETOOL_URL.

    docker run --rm -p 8010:8010 erikvl87/languagetool
    NEWSLINT_LANGUAGETOOL_URL=http://localhost:8010 python -m pytest tests/test_languagetool_integration.py

Without the variable every test here is reported as skipped.
"""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from cli_support import run
from linter.config import parse_config
from linter.engine import lint_source
from linter.source import Source

URL = os.environ.get("NEWSLINT_LANGUAGETOOL_URL", "")
pytestmark = pytest.mark.skipif(not URL, reason="NEWSLINT_LANGUAGETOOL_URL is not set, so there is no real "
                                "LanguageTool to test against (see README: Grammar and spelling with LanguageTool)")


def lint(text: str, language: str, path: str = "a.txt"):
    settings = parse_config({"language": language, "select": ["grammar"], "languagetool": {"url": URL, "timeout": 60}},
                            Path("/project/.newslint.yaml")).base
    result = lint_source(Source(text), path, settings)
    assert result.warnings == []
    return result


def flagged(text: str, result) -> set[tuple[int, str]]:
    lines = text.split("\n")
    return {(d.line, lines[d.line - 1][d.column - 1:d.end_column - 1]) for d in result.diagnostics}


def test_misspellings_land_on_their_words_after_emoji_and_skipped_regions():
    text = ("---\ntitle: Teh draft\n---\n"
            "The minister 😀 said she would recieve the report.\n\n"
            "🎉 See https://example.com/teh and `teh` for the full text.\n")
    result = lint(text, "en", "a.md")
    assert (4, "recieve") in flagged(text, result)
    assert all(d.line == 4 for d in result.diagnostics)
    assert all(d.message.startswith("[") and "] " in d.message for d in result.diagnostics)


@pytest.mark.parametrize("language, text, word", [
    ("it", "Il governo ha aprovato la legge ieri sera.", "aprovato"),
    ("de", "Die Regierung hat das Gesetz gestern beschlosen.", "beschlosen"),
    ("fr", "Le gouvernement a adopté la loi hier soirr.", "soirr"),
    ("es", "El gobierno aprobó la ley ayer por la nochee.", "nochee"),
    ("pt", "O governo aprovou a lei ontem à noitte.", "noitte"),
    ("nl", "De regering heeft de wet gisteren goedgekeurt.", "goedgekeurt"),
])
def test_each_language_is_checked_in_its_own_language(language, text, word):
    assert (1, word) in flagged(text, lint(text, language))


def test_a_clean_article_passes_strict(tmp_path):
    (tmp_path / "a.txt").write_text("The minister said she would read the report.\n", encoding="utf-8")
    result = run("check", "--isolated", "--no-cache", "--lang", "en", "--select", "grammar", "--strict",
                 "--languagetool-url", URL, tmp_path / "a.txt")
    assert (result.exit_code, result.stderr) == (0, "")

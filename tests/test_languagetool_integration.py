"""The `grammar` rule against a real LanguageTool server, named by NEWSLINT_LANGUAGETOOL_URL.

    NEWSLINT_LANGUAGETOOL_URL=$(newslint languagetool serve --detach --port 0) \\
        python -m pytest tests/test_languagetool_integration.py

.ci/run starts one. Without the variable every test here is skipped, with that reason printed.
Lines and columns are checked against LanguageTool asked directly (plain `text`, its UTF-16
offsets converted here on their own), not against newslint's own arithmetic.
"""
from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from urllib.parse import urlencode
from urllib.request import urlopen

import pytest

from cli_support import ROOT, SEED, run
from linter.config import parse_config
from linter.engine import lint_source
from linter.formats import build_document
from linter.languagetool import client, server
from linter.languagetool.chunks import chunks
from linter.languagetool.protocol import DEFAULT_LANGUAGES
from linter.source import Source

URL = os.environ.get("NEWSLINT_LANGUAGETOOL_URL", "")
pytestmark = pytest.mark.skipif(not URL, reason="NEWSLINT_LANGUAGETOOL_URL is not set, so there is no real "
                                "LanguageTool to test against (see README: Grammar and spelling with LanguageTool)")
# One plain-text article per language from the labelled corpus.
ARTICLES = ["it-01-idrogeno.txt", "en-01-budget.txt", "de-01-koalition.txt", "fr-01-chomage.txt",
            "es-01-elecciones.txt", "pt-01-tejo.txt", "nl-01-woningbouw.txt"]


def settings(language: str, **section):
    """Misspellings make the clearest test cases, and the speller (TYPOS) is off by default: on here."""
    section = {"url": URL, "timeout": 120, "default_disabled": False, **section}
    return parse_config({"language": language, "select": ["grammar"], "languagetool": section},
                        Path("/project/.newslint.yaml")).base


def lint(text: str, language: str, path: str = "a.txt", **section):
    result = lint_source(Source(text), path, settings(language, **section))
    assert result.warnings == []
    return result


def flagged(text: str, result) -> set[tuple[int, int, str]]:
    """(line, column, text under the span) of each grammar finding."""
    lines = text.split("\n")
    return {(d.line, d.column, lines[d.line - 1][d.column - 1:d.end_column - 1])
            for d in result.diagnostics if d.rule == "grammar"}


def asked_directly(text: str, language: str) -> set[tuple[int, int, str]]:
    """What LanguageTool reports for the plain text, as (line, column, text), converted from UTF-16 here."""
    form = urlencode({"text": text, "language": DEFAULT_LANGUAGES[language]}).encode()
    with urlopen(f"{URL}/v2/check", data=form, timeout=120) as response:
        matches = json.load(response)["matches"]
    units = text.encode("utf-16-le")
    found = set()
    for match in matches:
        start = len(units[:2 * match["offset"]].decode("utf-16-le"))
        end = len(units[:2 * (match["offset"] + match["length"])].decode("utf-16-le"))
        line = text.count("\n", 0, start) + 1
        column = start - (text.rfind("\n", 0, start) + 1) + 1
        found.add((line, column, text[start:end]))
    return found


@pytest.mark.parametrize("name", ARTICLES)
def test_one_article_per_language_lands_where_languagetool_says(name):
    text = (ROOT / "tests" / "corpus" / name).read_text(encoding="utf-8")
    language = name[:2]
    ours = flagged(text, lint(text, language, name, default_disabled=False, drop_covered=False))
    assert ours == asked_directly(text, language)
    assert all(span for _, _, span in ours)


def test_the_seed_gets_grammar_findings_beside_its_own(tmp_path):
    base = ["check", "--isolated", "--no-cache", "--format", "json", SEED]
    today = json.loads(run(*base).stdout)
    with_grammar = json.loads(run(*base, "--languagetool-url", URL).stdout)
    grammar = [f for f in with_grammar if f["rule"] == "grammar"]
    # The seed's own findings (seeds/test_seed.py holds them label by label) are unchanged by grammar.
    assert today and [f for f in with_grammar if f["rule"] != "grammar"] == today
    assert grammar
    text = SEED.read_text(encoding="utf-8")
    raw = flagged(text, lint(text, "it", "seed.txt", default_disabled=False, drop_covered=False))
    lines = text.split("\n")
    spans = {(f["line"], f["column"], lines[f["line"] - 1][f["column"] - 1:f["end_column"] - 1]) for f in grammar}
    assert spans <= raw == asked_directly(text, "it")


def test_misspellings_land_on_their_words_after_emoji_and_skipped_regions():
    text = ("---\ntitle: Teh draft\nlang: en\n---\n# The budget 🎉\n\n"
            "The minister 😀 said she would recieve the report.\n\n"
            "```python\nteh = recieve()\n```\n\n"
            "🎉 See https://example.com/teh and `teh` or [the text](https://example.com/recieve).\n")
    result = lint(text, "en", "a.md")
    found = flagged(text, result)
    assert (7, 31, "recieve") in found
    assert all(line in (5, 7, 13) for line, _, _ in found)
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
    assert (1, text.index(word) + 1, word) in flagged(text, lint(text, language))


def test_a_long_article_is_split_into_requests_and_every_match_keeps_its_place():
    text = "".join(f"Paragraph {i} 😀: the minister said she would recieve the report.\n\n" for i in range(80))
    assert len(chunks(build_document(text, "long.txt"), 1500)) >= 4
    found = flagged(text, lint(text, "en", "long.txt", max_request_chars=1500))
    column = len("Paragraph 1 😀: the minister said she would ") + 1
    expected = {(2 * i + 1, column + (i >= 10), "recieve") for i in range(80)}
    assert expected <= found


def test_a_rule_is_silenced_by_its_languagetool_id():
    text = ("<!-- newslint-disable-next-line grammar[MORFOLOGIK_RULE_EN_US] -->\n"
            "She would recieve the report.\n\n"
            "They will recieve a letter.\n\n"
            "<!-- newslint-disable-next-line grammar[EN_A_VS_AN] -->\n"
            "We recieve the news.\n")
    settings_ = parse_config({"language": "en", "select": ["grammar", "unused-suppression"],
                              "languagetool": {"url": URL, "timeout": 120, "default_disabled": False}},
                             Path("/p/.newslint.yaml")).base
    result = lint_source(Source(text), "a.md", settings_)
    assert [(d.line, d.rule) for d in result.diagnostics] == [(4, "grammar"), (6, "unused-suppression"), (7, "grammar")]


def test_a_clean_article_passes_strict(tmp_path):
    (tmp_path / "a.txt").write_text("The minister said she would read the report.\n", encoding="utf-8")
    result = run("check", "--isolated", "--no-cache", "--lang", "en", "--select", "grammar", "--strict",
                 "--languagetool-url", URL, tmp_path / "a.txt")
    assert (result.exit_code, result.stderr) == (0, "All checks passed!\n")


@pytest.mark.skipif(not server.installed(), reason="no LanguageTool installed by 'newslint languagetool install' "
                    "to start and stop here")
def test_a_server_restart_mid_run_costs_only_the_files_checked_while_it_was_down(monkeypatch):
    monkeypatch.setattr(client, "_SERVERS", {})
    quiet = {"announce": lambda message: None, "languages": ("en-US",)}
    texts = [f"Article {i} says we  recieve the news.\n" for i in range(6)]
    with tempfile.TemporaryFile() as log:
        process, url = server.start(0, log=log, **quiet)
        port = int(url.rsplit(":", 1)[1])
        section = {"url": url, "default_disabled": False}
        config = parse_config({"language": "en", "select": ["grammar", "spacing"], "languagetool": section},
                              Path("/p/.newslint.yaml")).base
        try:
            before = [lint_source(Source(t), f"a{i}.txt", config) for i, t in enumerate(texts[:2])]
            process.terminate()
            process.wait()
            down = [lint_source(Source(t), f"a{i}.txt", config) for i, t in enumerate(texts[2:4], 2)]
            process, _ = server.start(port, log=log, **quiet)
            after = [lint_source(Source(t), f"a{i}.txt", config) for i, t in enumerate(texts[4:], 4)]
            monkeypatch.setattr(client, "_SERVERS", {})  # the next run
            again = [lint_source(Source(t), f"a{i}.txt", config) for i, t in enumerate(texts)]
        finally:
            process.terminate()
            process.wait()
    rules = [[d.rule for d in result.diagnostics] for result in (*before, *down, *after, *again)]
    assert rules[:2] == [["spacing", "grammar"]] * 2 and rules[6:] == [["spacing", "grammar"]] * 6
    assert rules[2:6] == [["spacing"]] * 4  # the other rules ran
    assert [r.warnings for r in (*down, *after)] == [[f"LanguageTool at {url} is unreachable: connection refused "
                                                      "(rule 'grammar' skipped)"]] * 4

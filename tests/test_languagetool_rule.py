"""The `grammar` rule against the LanguageTool PROTOCOL FIXTURE (tests/lt_protocol_fixture.py).

No LanguageTool can be installed here; the fixture speaks its HTTP API with fixed rules, so these
tests pin down what newslint sends, how matches land on lines and columns, and what happens when
the server fails. test_languagetool_integration.py runs against a real LanguageTool.
"""
from __future__ import annotations

import json
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from cli_support import run
from linter.config import parse_config
from linter.diagnostic import Severity
from linter.engine import lint_source
from linter.languagetool import client
from linter.source import Source
from lt_protocol_fixture import Fixture

ROOT = Path(__file__).resolve().parents[1]
SPELLING = "[MORFOLOGIK_RULE_EN_US] Possible spelling mistake found."


@pytest.fixture
def lt():
    server = Fixture().start()
    yield server
    server.stop()


@pytest.fixture(autouse=True)
def fresh_servers(monkeypatch):
    """Each test meets its servers afresh (a failure is otherwise remembered for the process)."""
    monkeypatch.setattr(client, "_SERVERS", {})


@pytest.fixture
def closed_port() -> str:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return f"http://127.0.0.1:{port}"


# The fixture's "speller" is LanguageTool's TYPOS category, which the grammar rule turns off by
# default (rules/grammar.yaml); these tests of the protocol turn LanguageTool's own set back on.
ALL_RULES = {"default_disabled": False}


def lint(text: str, section: dict, path: str = "a.txt", language: str | None = "en", select=("grammar",)):
    raw = {"languagetool": {**ALL_RULES, **section}, "select": list(select)}
    if language:
        raw["language"] = language
    settings = parse_config(raw, Path("/project/.newslint.yaml")).base
    return lint_source(Source(text), path, settings)


def spans(text: str, result) -> list[tuple[int, int, int, str]]:
    """(line, column, end column, text under the span) of each diagnostic."""
    lines = text.split("\n")
    return [(d.line, d.column, d.end_column, lines[d.line - 1][d.column - 1:d.end_column - 1]) for d in result.diagnostics]


def expected(text: str, word: str) -> list[tuple[int, int, int, str]]:
    found = []
    for number, line in enumerate(text.split("\n"), 1):
        start = line.find(word)
        while start >= 0:
            found.append((number, start + 1, start + 1 + len(word), word))
            start = line.find(word, start + 1)
    return found

# Where matches land

def test_matches_land_on_their_lines_and_columns_after_emoji_and_accents(lt):
    text = ("Première ligne 😀 avec teh.\n"
            "🎉🎉 Ünïcödé teh 🇮🇹 and teh again\n"
            "\n"
            "Third paragraph: we recieve 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 teh.\n")
    result = lint(text, {"url": lt.url})
    assert sorted(spans(text, result)) == sorted(expected(text, "teh") + expected(text, "recieve"))
    assert all(d.message == SPELLING for d in result.diagnostics)


def test_emoji_inside_skipped_regions_do_not_shift_offsets(lt):
    text = "---\ntitle: 😀😀 teh\n---\nSee https://x.org/😀/teh and `😀 teh` then teh 😀 teh.\n"
    result = lint(text, {"url": lt.url}, path="a.md")
    line = text.split("\n")[3]
    first, last = line.index("then teh") + len("then ") + 1, line.rindex("teh") + 1
    assert spans(text, result) == [(4, first, first + 3, "teh"), (4, last, last + 3, "teh")]


def test_front_matter_code_urls_and_comments_are_not_sent_as_text(lt):
    text = ("---\ntitle: teh title\n---\n"
            "# Heading with teh\n\n"
            "Prose with teh, `teh code`, https://example.com/teh and <!-- teh note -->.\n\n"
            "```\nteh in a fence\n```\n\n"
            "    teh indented code\n")
    result = lint(text, {"url": lt.url}, path="a.md")
    assert [(line, column) for line, column, _, _ in spans(text, result)] == [(4, 16), (6, 12)]
    (request,) = lt.checks
    annotation = json.loads(request["data"])["annotation"]
    checked = "".join(part.get("text", "") for part in annotation)
    assert checked.count("teh") == 2
    assert "".join(part.get("text", part.get("markup")) for part in annotation) == text


def test_an_article_without_prose_sends_nothing(lt):
    result = lint("---\ntitle: teh\n---\n```\nteh\n```\n", {"url": lt.url}, path="a.md")
    assert result.diagnostics == [] and result.warnings == [] and lt.checks == []


def test_a_long_article_is_split_at_paragraphs_and_offsets_still_hold(lt):
    text = "\n\n".join(f"Paragraph {i}: 😀 we recieve teh news." for i in range(30)) + "\n"
    result = lint(text, {"url": lt.url, "max_request_chars": 200})
    assert len(lt.checks) > 5
    assert sorted(spans(text, result)) == sorted(expected(text, "teh") + expected(text, "recieve"))
    for request in lt.checks:
        sent = "".join(p.get("text", p.get("interpretAs", "")) for p in json.loads(request["data"])["annotation"])
        assert len(sent.encode("utf-16-le")) // 2 <= 200


def test_the_servers_own_size_limit_wins_when_lower(lt):
    lt.behaviour.max_text_length = 100
    text = "\n\n".join(f"Paragraph {i} says teh." for i in range(20)) + "\n"
    result = lint(text, {"url": lt.url})
    assert len(lt.checks) > 2 and len(result.diagnostics) == 20

# What is asked of LanguageTool

def test_configured_options_reach_the_server(lt):
    lint("Teh text.", {"url": lt.url, "disabled_rules": ["WHITESPACE_RULE", "X"], "enabled_rules": ["EN_QUOTES"],
                       "disabled_categories": ["STYLE"], "picky": True, "mother_tongue": "it"})
    (request,) = lt.checks
    assert {k: request[k] for k in ("language", "disabledRules", "enabledRules", "disabledCategories", "level",
                                    "motherTongue")} == {
        "language": "en-US", "disabledRules": "WHITESPACE_RULE,X", "enabledRules": "EN_QUOTES",
        "disabledCategories": "STYLE", "level": "picky", "motherTongue": "it"}
    assert "enabledOnly" not in request and "text" not in request


def test_unset_options_are_not_sent(lt):
    lint("Some text.", {"url": lt.url})
    assert set(lt.checks[0]) == {"_path", "language", "data"}


def test_disabled_rules_and_enabled_only_change_what_comes_back(lt):
    text = "We recieve  teh news."
    assert len(lint(text, {"url": lt.url}).diagnostics) == 3
    assert len(lint(text, {"url": lt.url, "disabled_categories": ["TYPOS"]}).diagnostics) == 1
    only = lint(text, {"url": lt.url, "enabled_rules": ["WHITESPACE_RULE"], "enabled_only": True})
    assert [d.message for d in only.diagnostics] == ["[WHITESPACE_RULE] Possible typo: you repeated a whitespace"]


def test_picky_asks_for_the_picky_level(lt):
    assert lint("A very good day.", {"url": lt.url}).diagnostics == []
    assert [d.message.split("]")[0] for d in lint("A very good day.", {"url": lt.url, "picky": True}).diagnostics] \
        == ["[EN_WEAK_ADJECTIVE"]


@pytest.mark.parametrize("language, section, sent", [
    ("de", {}, "de-DE"), ("pt", {}, "pt-PT"), ("pt", {"language": {"pt": "pt-BR"}}, "pt-BR"),
    ("it", {}, "it"), ("nl", {}, "nl"), ("und", {}, "auto"),
])
def test_each_newslint_language_goes_as_a_languagetool_code(lt, language, section, sent):
    lint("Ein Text.", {"url": lt.url, **section}, language=language)
    assert lt.checks[0]["language"] == sent


def test_a_language_the_server_lacks_is_a_warning_not_a_request(lt):
    result = lint("Teh text.", {"url": lt.url, "language": {"en": "en-ZZ"}})
    assert lt.checks == [] and result.diagnostics == []
    assert result.warnings == [f"LanguageTool at {lt.url} does not check language 'en-ZZ' (map 'en' to one it lists "
                               "under languagetool.language) (rule 'grammar' skipped)"]


def test_severity_follows_the_category(lt):
    result = lint("We recieve  news.", {"url": lt.url, "severity": {"TYPOS": "error", "default": "info"}})
    assert {d.message.split("]")[0][1:]: d.severity for d in result.diagnostics} == {
        "MORFOLOGIK_RULE_EN_US": Severity.ERROR, "WHITESPACE_RULE": Severity.INFO}
    plain = lint("We recieve  news.", {"url": lt.url})
    assert {d.severity for d in plain.diagnostics} == {Severity.WARNING}


def test_the_first_suggestion_is_an_unsafe_fix(lt):
    (diagnostic,) = lint("Read teh paper.", {"url": lt.url}).diagnostics
    assert (diagnostic.fix.replacement, diagnostic.fix.safe) == ("the", False)
    assert run("check", "--help").output.count("--languagetool-url") == 1

# Matches newslint already reports

def test_matches_covered_by_a_newslint_rule_are_dropped(lt):
    text = "She said the the budget was  final, teh end.\n"
    rules = ("grammar", "duplicated-word", "spacing")
    covered = lint(text, {"url": lt.url}, select=rules)
    assert sorted(d.rule for d in covered.diagnostics) == ["duplicated-word", "grammar", "spacing"]
    assert [d.message for d in covered.diagnostics if d.rule == "grammar"] == [SPELLING]
    both = lint(text, {"url": lt.url, "drop_covered": False}, select=rules)
    assert sorted(d.rule for d in both.diagnostics) == ["duplicated-word", "grammar", "grammar", "grammar", "spacing"]


def test_a_match_is_kept_when_the_covering_rule_is_not_running(lt):
    result = lint("She said the the budget.", {"url": lt.url})
    assert [d.message for d in result.diagnostics] == ["[ENGLISH_WORD_REPEAT_RULE] Possible typo: you repeated a word."]

# Suppressions

def test_suppression_by_languagetool_rule_id(lt):
    text = ("<!-- newslint-disable-next-line grammar[MORFOLOGIK_RULE_EN_US] -->\n"
            "We recieve  teh news.\n"
            "<!-- newslint-disable-next-line grammar[EN_QUOTES] -->\n"
            "More teh here.\n")
    result = lint(text, {"url": lt.url}, path="a.md", select=("grammar", "unused-suppression"))
    assert [(d.line, d.rule, d.message) for d in result.diagnostics] == [
        (2, "grammar", "[WHITESPACE_RULE] Possible typo: you repeated a whitespace"),
        (3, "unused-suppression", "`newslint-disable-next-line grammar[EN_QUOTES]` suppresses nothing here"),
        (4, "grammar", SPELLING)]

# When LanguageTool fails

@pytest.mark.parametrize("mode, reason", [
    ("error", "answered HTTP 500: Error: Internal Error: java.lang.NullPointerException"),
    ("malformed", "sent malformed JSON: "),
    ("shapeless", "sent an unexpected answer: the response has no 'matches' list"),
    ("incomplete", "returned incomplete results: Results are incomplete: text checking took longer"),
    ("misplaced", "reported MORFOLOGIK_RULE_EN_US outside the text it was sent"),
])
def test_a_failing_server_is_one_warning_and_the_other_rules_still_run(lt, mode, reason):
    lt.behaviour.mode = mode
    result = lint("We recieve  teh news.", {"url": lt.url}, select=("grammar", "spacing"))
    assert [d.rule for d in result.diagnostics] == ["spacing"]
    (warning,) = result.warnings
    assert warning.startswith(f"LanguageTool at {lt.url} {reason}") and warning.endswith("(rule 'grammar' skipped)")
    assert not result.required_failed
    assert lint("Read teh.", {"url": lt.url, "required": True}).required_failed


def test_a_slow_server_times_out_once_per_process(lt):
    lt.behaviour.delay = 1.5
    started = time.monotonic()
    first = lint("Teh news.", {"url": lt.url, "timeout": 0.3})
    second = lint("More teh news.", {"url": lt.url, "timeout": 0.3})
    assert time.monotonic() - started < 1.2
    assert first.warnings == second.warnings == [
        f"LanguageTool at {lt.url} did not answer within 0.3 s (raise languagetool.timeout) (rule 'grammar' skipped)"]
    assert len(lt.requests) == 1


def test_a_server_that_is_down(closed_port):
    result = lint("Teh news.", {"url": closed_port})
    assert result.warnings == [f"LanguageTool at {closed_port} is unreachable: connection refused (rule 'grammar' skipped)"]
    assert result.diagnostics == []

# Off by default

def test_without_configuration_the_client_is_not_even_imported(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("We recieve teh the the news.\n", encoding="utf-8")
    (tmp_path / ".newslint.yaml").write_text("languagetool: {disabled_rules: [X], picky: true}\n", encoding="utf-8")
    probe = ("import sys; from linter.launch import main\n"
             "sys.argv = ['newslint', 'check', '--no-cache', sys.argv[1]]\n"
             "try: main()\n"
             "except SystemExit: pass\n"
             "print(sorted(m for m in sys.modules if 'language_tool' in m or m.startswith(('linter.languagetool.c', "
             "'linter.languagetool.l', 'linter.checks.languagetool'))))")
    done = subprocess.run([sys.executable, "-X", "importtime", "-c", probe, str(article)], capture_output=True,
                          text=True, cwd=tmp_path, timeout=120)
    assert done.stdout.strip().splitlines()[-1] == "['linter.checks.languagetool']"
    assert "language_tool_python" not in done.stderr and "linter.languagetool.client" not in done.stderr

# The command line

def articles(folder: Path, count: int) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(count):
        (folder / f"a{i:02}.txt").write_text(f"Article {i} has clean prose.\n", encoding="utf-8")
    return folder


def all_rules_config(folder: Path) -> Path:
    config = folder / "all-rules.yaml"
    config.write_text("language: en\nlanguagetool: {default_disabled: false}\n", encoding="utf-8")
    return config


def test_cli_reports_matches_and_exits_1(lt, tmp_path):
    (tmp_path / "a.txt").write_text("Read teh paper.\n", encoding="utf-8")
    result = run("check", "--config", all_rules_config(tmp_path), "--no-cache", "--select", "grammar",
                 "--languagetool-url", lt.url, tmp_path / "a.txt")
    assert result.exit_code == 1, result.output
    assert f"a.txt:1:6: warning grammar {SPELLING}" in result.stdout
    assert result.stderr == ""


def test_cli_warns_once_for_many_files_and_strict_or_required_exit_2(closed_port, tmp_path):
    folder = articles(tmp_path / "news", 3)
    base = ["check", "--isolated", "--no-cache", "--lang", "en", "--languagetool-url", closed_port, folder]
    result = run(*base)
    warning = f"newslint: warning: LanguageTool at {closed_port} is unreachable: connection refused (rule 'grammar' skipped)\n"
    assert (result.exit_code, result.stderr) == (0, warning)
    assert run(*base, "--strict").exit_code == 2
    config = tmp_path / "required.yaml"
    config.write_text(f"language: en\nlanguagetool: {{url: '{closed_port}', required: true}}\n", encoding="utf-8")
    required = run("check", "--no-cache", "--config", config, folder)
    assert (required.exit_code, required.stderr) == (2, warning)


def test_cli_with_a_process_pool_still_warns_once(lt, tmp_path):
    lt.behaviour.mode, lt.behaviour.delay = "error", 0.2  # slow enough that both workers take files
    folder = articles(tmp_path / "news", 12)
    command = [sys.executable, "-m", "linter", "check", "--isolated", "--no-cache", "--lang", "en", "--jobs", "2",
               "--languagetool-url", lt.url, str(folder)]
    done = subprocess.run(command, capture_output=True, text=True, timeout=300, cwd=tmp_path)
    assert (done.returncode, done.stderr) == (0, f"newslint: warning: LanguageTool at {lt.url} answered HTTP 500: "
                                                 "Error: Internal Error: java.lang.NullPointerException (rule 'grammar' skipped)\n")
    assert len(lt.checks) == 12
    strict = subprocess.run(command + ["--strict"], capture_output=True, text=True, timeout=300, cwd=tmp_path)
    assert strict.returncode == 2 and strict.stderr.count("newslint: warning:") == 1


def test_results_are_cached_once_languagetool_answered(lt, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text("Read teh paper.\n", encoding="utf-8")
    command = ["check", "--config", all_rules_config(tmp_path), "--select", "grammar", "--cache-dir", tmp_path / "cache",
               "--languagetool-url", lt.url, "a.txt"]
    lt.behaviour.mode = "error"
    assert run(*command).exit_code == 0  # a warning, and nothing cached
    lt.behaviour.mode = "ok"
    answered, cached = run(*command), run(*command)
    assert answered.exit_code == cached.exit_code == 1 and answered.stdout == cached.stdout
    assert SPELLING in cached.stdout and len(lt.checks) == 2  # the failed request, then the one that answered


def test_cli_url_wins_over_a_configured_local_server(lt, tmp_path, monkeypatch):
    (tmp_path / ".newslint.yaml").write_text("language: en\nlanguagetool: {local: true, default_disabled: false}\n",
                                             encoding="utf-8")
    (tmp_path / "a.txt").write_text("Read teh paper.\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = run("check", "--no-cache", "--select", "grammar", "--languagetool-url", lt.url, "a.txt")
    assert result.exit_code == 1 and SPELLING in result.stdout


def test_cli_bad_languagetool_configuration_is_one_line(tmp_path):
    (tmp_path / ".newslint.yaml").write_text("languagetool: {url: 'http://x', timout: 3}\n", encoding="utf-8")
    (tmp_path / "a.txt").write_text("Text.\n", encoding="utf-8")
    result = run("check", "--no-cache", tmp_path / "a.txt")
    assert result.exit_code == 2
    assert result.stderr == (f"newslint: error: {tmp_path / '.newslint.yaml'}: languagetool: unknown key 'timout'; "
                             "did you mean 'timeout'?\n")

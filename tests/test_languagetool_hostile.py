"""A hostile or broken LanguageTool never stops a run: each case is one warning, in bounded time and memory.

The server is the PROTOCOL FIXTURE (tests/lt_protocol_fixture.py) told to misbehave.
"""
from __future__ import annotations

import sys
import time
from pathlib import Path

import pytest

from cli_support import run
from linter.config import parse_config
from linter.engine import lint_source
from linter.languagetool import client
from linter.languagetool.protocol import ProtocolError, parse_check
from linter.source import Source
from test_languagetool_rule import fresh_servers, lt  # noqa: F401 (the fixtures)

GOOD_MATCH = {"offset": 0, "length": 3, "message": "Possible spelling mistake found.",
              "rule": {"id": "MORFOLOGIK_RULE_EN_US", "category": {"id": "TYPOS"}}, "replacements": [{"value": "the"}]}


def lint(text: str, section: dict):
    settings = parse_config({"languagetool": {"default_disabled": False, **section}, "select": ["grammar", "spacing"], "language": "en"},
                            Path("/project/.newslint.yaml")).base
    return lint_source(Source(text), "a.txt", settings)


@pytest.mark.parametrize("change, problem", [
    ({"rule": {"id": "X", "category": "TYPOS"}}, "a match's 'rule.category' is str, not dict"),
    ({"rule": "MORFOLOGIK_RULE_EN_US"}, "a match's 'rule' is str, not dict"),
    ({"rule": {"category": {"id": "TYPOS"}}}, "a match's 'rule.id' is NoneType, not str"),
    ({"rule": {"id": "X", "category": {"id": 5}}}, "a match's 'rule.category.id' is int, not str"),
    ({"offset": "0"}, "a match's 'offset' is str, not int"),
    ({"offset": True}, "a match has a negative or non-numeric offset or length"),
    ({"length": -3}, "a match has a negative or non-numeric offset or length"),
    ({"message": None}, "a match's 'message' is NoneType, not str"),
    ({"replacements": {"value": "x"}}, "a match's 'replacements' is dict, not list"),
])
def test_a_malformed_match_field_is_a_protocol_error(change, problem):
    with pytest.raises(ProtocolError) as error:
        parse_check({"matches": [{**GOOD_MATCH, **change}]})
    assert str(error.value) == problem


def test_odd_but_harmless_fields_are_tolerated():
    (match,), reason = parse_check({"matches": [{**GOOD_MATCH, "replacements": [{"value": 5}, "x", {"value": "the"}]}],
                                    "warnings": "none"})
    assert match.replacements == ("the",) and reason is None
    with pytest.raises(ProtocolError, match="a match is list, not an object"):
        parse_check({"matches": [[1, 2]]})


def test_a_mistyped_answer_is_one_warning_for_the_whole_run(lt, tmp_path):
    lt.behaviour.mode = "mistyped"
    for i in range(3):
        (tmp_path / f"a{i}.txt").write_text("We recieve  teh news.\n", encoding="utf-8")
    result = run("check", "--isolated", "--no-cache", "--jobs", "1", "--lang", "en", "--select", "grammar,spacing",
                 "--languagetool-url", lt.url, tmp_path)
    assert result.exit_code == 1 and result.stdout.count(" spacing ") == 3
    assert result.stderr == (f"newslint: warning: LanguageTool at {lt.url} sent an unexpected answer: a match's "
                             "'rule.category' is str, not dict (rule 'grammar' skipped)\n")
    assert len(lt.checks) == 1  # a server that answers nonsense is not asked again in the run


@pytest.mark.parametrize("limit", ["9" * 5000, "-5", "12abc", ""])
def test_a_nonsense_maxtextlength_means_no_limit(lt, limit):
    lt.behaviour.max_text_length = limit
    result = lint("We recieve teh news.", {"url": lt.url})
    assert result.warnings == [] and len(result.diagnostics) == 2


def test_a_trickling_server_is_cut_off_at_the_timeout_in_all(lt):
    lt.behaviour.mode, lt.behaviour.delay = "trickle", 0.2  # each byte well inside the timeout
    started = time.monotonic()
    result = lint("We recieve  teh news.", {"url": lt.url, "timeout": 1})
    assert time.monotonic() - started < 3
    assert result.warnings == [f"LanguageTool at {lt.url} did not answer within 1 s (raise languagetool.timeout) "
                               "(rule 'grammar' skipped)"]
    assert [d.rule for d in result.diagnostics] == ["spacing"]


def test_an_oversized_answer_is_refused_not_read_whole(lt):
    lt.behaviour.mode, lt.behaviour.huge_bytes = "huge", client.MAX_RESPONSE_BYTES
    result = lint("We recieve teh news.", {"url": lt.url})
    assert result.warnings == [f"LanguageTool at {lt.url} sent an answer larger than 16 MB (rule 'grammar' skipped)"]


def test_deeply_nested_json_is_malformed_not_a_crash():
    target = client.Server("http://127.0.0.1:9", 1)
    with pytest.raises(client.LanguageToolError, match="sent malformed JSON: '"):
        target._json(b"[" * (sys.getrecursionlimit() * 10))


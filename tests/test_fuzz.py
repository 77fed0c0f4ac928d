"""Fuzzing: whatever the article, front matter, configuration, rule file, baseline, cache
entry or LanguageTool answer, newslint returns a result or raises its own one-line error (or,
for LanguageTool, one warning), never anything else.

A short, repeatable run in the suite (40 examples per test); a longer, random one, for instance
before a release:

    NEWSLINT_FUZZ_EXAMPLES=3000 python -m pytest tests/test_fuzz.py -p no:cacheprovider
"""
from __future__ import annotations

import json
import os
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path
from unittest import mock

import pytest
import yaml
from hypothesis import HealthCheck, event, given, settings, strategies as st

from cli_support import run
from linter import lint_text
from linter.baseline import Baseline
from linter.cache import Cache
from linter.config import TOP_KEYS, Settings, load_config
from linter.engine import FileResult, lint_file
from linter.errors import ConfigError, InputError, one_line
from linter.languagetool import client
from linter.ruleset import build_ruleset
from linter.yamlio import YamlLimitError, load_yaml
from lt_protocol_fixture import Answer, Behaviour, Fixture

# The suite's short run is the same every time (derandomized); a longer run explores anew.
FUZZ = settings(max_examples=int(os.environ.get("NEWSLINT_FUZZ_EXAMPLES", "40")), deadline=None,
                derandomize="NEWSLINT_FUZZ_EXAMPLES" not in os.environ,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

# Characters that matter to the parsers and the output: markup, YAML, controls, escapes, bidi.
SPECIAL = "-:#&*!|>'\"{}[],%@`\\\n\t\r \x00\x1b\x7f\u202e\u2028\ufeff\ud800aAéß0123456789"
texts = st.text(alphabet=st.sampled_from(SPECIAL) | st.characters(), max_size=120)
scalars = (st.none() | st.booleans() | st.integers() | st.floats() | texts
           | st.integers(min_value=10**40, max_value=10**60))
values = st.recursive(scalars, lambda inner: st.lists(inner, max_size=4)
                      | st.dictionaries(st.text(max_size=12) | st.integers(), inner, max_size=4), max_leaves=20)


def bomb(levels: int, width: int) -> str:
    lines = [f"a0: &a0 [{', '.join(['x'] * width)}]"]
    lines += [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * width)}]" for i in range(1, levels)]
    return "\n".join(lines) + f"\nuse: *a{levels - 1}"


HOSTILE_YAML = st.sampled_from([
    "x: !!set {a, b}", "d: !!timestamp x", "d: 2024-13-45", "o: !!python/object:os.system ls",
    "b: !!binary aGk=", "n: " + "9" * 5000, "a: &a [*a]", "x: " + "[" * 200 + "]" * 200,
    "k: {? [1, 2] : v}", "m: {<<: [*u]}", "%YAML 9.9\n---\na: 1", "--- a\n--- b",
]) | st.builds(bomb, st.integers(2, 14), st.integers(2, 12))
yaml_texts = st.one_of(
    values.map(lambda v: yaml.safe_dump(v, allow_unicode=True)),
    HOSTILE_YAML,
    st.tuples(HOSTILE_YAML, values.map(yaml.safe_dump)).map("\n".join),
    texts,
)


def _dumped(value) -> str:
    try:
        return yaml.safe_dump(value, allow_unicode=True)
    except yaml.YAMLError:
        return "{}"


@contextmanager
def written(name: str, text: str):
    """A file `name` holding `text` (lone surrogates as they are) in a fresh folder."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8", errors="surrogatepass")
        yield path


def returns_or_raises(error_type: type[Exception], call, *args):
    """`call(*args)`, which may fail only with `error_type`, saying what is wrong."""
    try:
        return call(*args)
    except error_type as error:
        assert one_line(str(error)).strip()
        return None


@FUZZ
@given(yaml_texts)
def test_yaml_is_data_or_a_yaml_error(text):
    try:
        load_yaml(text)
    except (yaml.YAMLError, YamlLimitError):
        pass


@FUZZ
@given(front_matter=yaml_texts, body=texts, markdown=st.booleans())
def test_articles_and_front_matter_lint_or_fail_as_input_errors(front_matter, body, markdown):
    article = f"---\n{front_matter}\n---\n\n{body}\n"
    returns_or_raises(InputError, lambda: lint_text(article, "a.md" if markdown else "a.txt", language="en"))


configs = st.one_of(
    st.dictionaries(st.sampled_from(sorted(TOP_KEYS)) | st.text(max_size=8), values, max_size=5).map(_dumped),
    yaml_texts,
)


@FUZZ
@given(configs)
def test_configurations_load_or_fail_as_config_errors(text):
    with written(".newslint.yaml", text) as path:
        returns_or_raises(ConfigError, lambda: build_ruleset(load_config(path).base))


rule_files = st.fixed_dictionaries(
    {"id": st.just("fuzzed-rule"), "check": st.sampled_from(["pattern", "line-marker", "nonexistent"])},
    optional={"pattern": texts, "patterns": values, "message": values, "summary": values, "severity": values,
              "languages": values, "options": values, "explain": values, "examples": values, "fix_safety": values},
).map(_dumped) | yaml_texts


@FUZZ
@given(rule=rule_files, body=texts)
def test_rule_files_load_and_run_or_fail_as_one_line(rule, body):
    with written("rules/fuzzed-rule.yaml", rule) as path:
        article = path.parent.parent / "a.md"
        article.write_text(f"Intro.\n\n{body}\n", encoding="utf-8", errors="surrogatepass")
        settings_ = Settings(language="en", rules_paths=(str(path.parent),), select=("fuzzed-rule",))
        result = returns_or_raises(ConfigError, lint_file, str(article), settings_)
        assert result is None or result.error is None or "\n" not in result.error


json_values = st.recursive(st.none() | st.booleans() | st.integers() | st.floats() | texts,
                           lambda inner: st.lists(inner, max_size=4) | st.dictionaries(texts, inner, max_size=4),
                           max_leaves=20)
finding = st.fixed_dictionaries({"path": json_values, "rule": json_values, "text": json_values,
                                 "context": json_values, "count": json_values})
baselines = st.one_of(
    st.builds(lambda items: json.dumps({"newslint_baseline": 1, "findings": items}), st.lists(finding, max_size=4)),
    json_values.map(json.dumps),
    st.integers(1, 50_000).map(lambda n: "[" * n + "]" * n),
    texts,
)


@FUZZ
@given(baselines)
def test_baselines_load_or_fail_as_input_errors(text):
    with written("baseline.json", text) as path:
        returns_or_raises(InputError, Baseline.load, str(path))


@FUZZ
@given(json_values.map(json.dumps) | texts)
def test_cache_entries_are_results_or_misses(text):
    key = "ab" + "0" * 62
    with written(f"ab/{key}.json", text) as entry:
        loaded = Cache(entry.parent.parent, secret=b"s" * 32).load(key)
        assert loaded is None or isinstance(loaded, FileResult)


# LanguageTool answers: any status, body, type and pace a server may send, for each endpoint.
SMALL_CAP = 64 * 1024  # the response size cap, lowered so that oversized answers stay cheap
numbers = st.integers(-5, 60) | st.integers(-2**63, 2**63) | st.floats() | json_values
rule_objects = st.fixed_dictionaries({}, optional={
    "id": st.sampled_from(["MORFOLOGIK_RULE_EN_US", "WHITESPACE_RULE", "X\x1b[31m", ""]) | json_values,
    "category": st.fixed_dictionaries({}, optional={"id": st.sampled_from(["TYPOS", "STYLE"]) | json_values}) | json_values,
    "issueType": json_values, "description": json_values})
match_objects = st.fixed_dictionaries({}, optional={
    "offset": numbers, "length": numbers, "message": json_values | texts, "shortMessage": json_values,
    "replacements": st.lists(st.fixed_dictionaries({"value": json_values}) | json_values, max_size=3) | json_values,
    "rule": rule_objects | json_values, "context": json_values, "sentence": json_values})
check_answers = st.fixed_dictionaries({"matches": st.lists(match_objects, max_size=5) | json_values}, optional={
    "warnings": st.fixed_dictionaries({"incompleteResults": json_values, "incompleteResultsReason": json_values})
    | json_values, "language": json_values, "software": json_values})


def _encoded(value, ascii_only: bool) -> bytes:
    return json.dumps(value, ensure_ascii=ascii_only).encode("utf-8", "surrogatepass")


bodies = st.one_of(
    st.builds(_encoded, check_answers, st.booleans()),
    st.builds(lambda body, cut: body[:cut], check_answers.map(lambda v: _encoded(v, False)), st.integers(0, 200)),
    st.builds(_encoded, json_values, st.booleans()),
    st.builds(lambda v, n: _encoded({**v, "padding": "x" * n}, True), check_answers,
              st.integers(SMALL_CAP - 200, SMALL_CAP + 200)),
    st.sampled_from([b"", b"[" * 100_000, b"\xff\xfe{\x00", b"2147483647", b"-5", b"9" * 5000, b"NaN",
                     b'{"matches": [], "x": 1e999999}']),
    st.binary(max_size=300),
)
answers = st.builds(
    Answer, body=bodies,
    status=st.sampled_from([200, 200, 200, 204, 301, 400, 413, 429, 500, 503]),
    content_type=st.sampled_from(["application/json", "text/plain; charset=latin-1", "", "application/json; charset=utf-16"]),
    chunk=st.sampled_from([0, 0, 0, 1, 64]), interval=st.sampled_from([0, 0, 0, 0.01, 0.4]),
    declared=st.none() | st.none() | st.integers(0, 2**40))
scripts = st.dictionaries(st.sampled_from(["check", "languages", "maxtextlength"]), answers, min_size=1, max_size=3)
LT_ARTICLES = ["We recieve  teh news.\n", "Emoji \U0001F600 recieve  teh \U0001F600 news.\n", "Ünïcödé  teh\n"]


@pytest.fixture(scope="module")
def lt_server():
    server = Fixture().start()
    yield server
    server.stop()


@pytest.fixture(scope="module")
def lt_project(lt_server, tmp_path_factory):
    folder = tmp_path_factory.mktemp("lt-fuzz")
    (folder / ".newslint.yaml").write_text(
        f"language: en\nselect: [grammar, spacing]\nlanguagetool: {{url: '{lt_server.url}', timeout: 1, "
        "default_disabled: false}\n", encoding="utf-8")
    return folder


@FUZZ
@given(script=scripts, article=st.sampled_from(LT_ARTICLES))
def test_languagetool_answers_are_findings_or_one_warning(lt_server, lt_project, script, article):
    """Malformed JSON, wrong types, offsets out of range, huge or negative lengths, odd text,
    trickling, oversized: the run ends in bounded time, exit 0 or 1, at most one warning."""
    lt_server.behaviour = Behaviour(scripted=script)
    (lt_project / "a.txt").write_text(article, encoding="utf-8")
    with mock.patch.object(client, "_SERVERS", {}), mock.patch.object(client, "MAX_RESPONSE_BYTES", SMALL_CAP):
        started = time.monotonic()
        result = run("check", "--no-cache", "--config", lt_project / ".newslint.yaml", lt_project / "a.txt")
        elapsed = time.monotonic() - started
    assert result.exit_code in (0, 1), result.stderr
    assert elapsed < 3 * 1 + 5  # three requests of at most 1 s each, and the lint itself
    warnings = result.stderr.splitlines()
    assert len(warnings) <= 1 and all(line.startswith("newslint: warning: LanguageTool at ") for line in warnings), warnings
    assert "Traceback" not in result.stdout + result.stderr
    event(" ".join(warnings[0].split()[5:8]) if warnings else "no warning")  # for --hypothesis-show-statistics
    event("grammar findings" if " grammar[" in result.stdout else "no grammar finding")

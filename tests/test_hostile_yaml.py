"""Hostile YAML (front matter, configuration, rule files) and hostile baselines: bounded, typed, one line.

Each case is an input from the fuzzing report of issue 8. Processes run under a timeout: a
hang fails the test instead of holding the suite.
"""
from __future__ import annotations

import json
import pytest
import regex
import yaml

from linter.baseline import Baseline
from linter.config import Settings, load_config
from linter.errors import ConfigError, InputError
from linter.formats import build_document
from linter.registry import parse_spec
from linter.ruleset import build_ruleset
from linter.yamlio import YamlLimitError, load_yaml
from newslint_run import newslint, one_error_line, write


def alias_bomb(levels: int = 13) -> list[str]:
    """`a0: &a0 [x, ...]`, each level nine aliases of the one before: 9**13 values expanded."""
    lines = ["a0: &a0 [x,x,x,x,x,x,x,x,x]"]
    lines += [f"a{i}: &a{i} [" + ",".join([f"*a{i - 1}"] * 9) + "]" for i in range(1, levels)]
    return lines


BOMB = "\n".join(alias_bomb())
TOP = f"*a{len(alias_bomb()) - 1}"


@pytest.mark.parametrize("text, problem", [
    (BOMB, "once aliases are expanded"),
    ("a: &a [x, *a]", "refers to a value that contains it"),
    ("n: " + "9" * 5000, "integer of 5000 digits"),
    ("d: !!timestamp x", "unsupported tag"),
    ("s: !!set {a, b}", "unsupported tag"),
    ("b: !!binary aGk=", "unsupported tag"),
    ("x: " + "[" * 70 + "]" * 70, "nested more than"),
    ("\ud800", "lone surrogate"),  # found by the fuzzer: libyaml raised UnicodeEncodeError
])
def test_yaml_beyond_the_limits_is_refused(text, problem):
    with pytest.raises(YamlLimitError, match=problem):
        load_yaml(text)


def test_plain_yaml_with_aliases_and_merges_still_loads():
    assert load_yaml("a: &w [x, y]\nb: *w\nm: {<<: &m {k: 1}, j: 2}\nd: 2024-13-45\non: off") == {
        "a": ["x", "y"], "b": ["x", "y"], "m": {"k": 1, "j": 2}, "d": "2024-13-45", "on": "off"}


@pytest.mark.parametrize("front_matter", [
    f"{BOMB}\nnewslint: {{ignore: {TOP}}}",
    f"{BOMB}\ndate: {TOP}",
    "date: " + "9" * 5000,
    "date: !!timestamp x",
    "newslint: {ignore: 5}",
    "lang: [it]",
    "date: {year: 2024}",
])
def test_hostile_front_matter_is_an_error_for_its_file_only(front_matter):
    with pytest.raises(InputError, match="a.md: front matter: "):
        build_document(f"---\n{front_matter}\n---\n\nText.\n", "a.md")


def test_impossible_date_in_front_matter_is_a_string():
    doc = build_document("---\ndate: 2024-13-45\n---\n\nText.\n", "a.md")
    assert doc.metadata == {"date": "2024-13-45"}


def test_alias_bomb_article_ends_with_the_other_files_reported(tmp_path):
    write(tmp_path / "bomb.md", f"---\n{BOMB}\nnewslint: {{ignore: {TOP}}}\n---\n\nText.\n")
    write(tmp_path / "ok.md", "The minister said that the the budget would pass.\n")
    done = newslint("check", "--lang", "en", "--format", "json", "bomb.md", "ok.md", cwd=tmp_path)
    one_error_line(done, "bomb.md: front matter: ", "once aliases are expanded")
    assert [d["rule"] for d in json.loads(done.stdout)] == ["duplicated-word"]


@pytest.mark.parametrize("config, problem", [
    (f"{BOMB}\nrules: {{spacing: {{unknown: {TOP}}}}}", "once aliases are expanded"),
    ("overrides: 5", "'overrides' must be a list"),
    ("ignore: !!set {spacing, mojibake}", "unsupported tag"),
    ("1: a\nlanguage: en", "key 1 must be a string"),
    ("rules: {spacing: {2.5: x}}", "key 2.5 under 'rules.spacing' must be a string"),
    ("language: [en]", "'language' must be a language code"),
    ("max_file_size: big", "'max_file_size' must be a number of bytes"),
])
def test_hostile_config_is_one_error_line(tmp_path, config, problem):
    path = write(tmp_path / ".newslint.yaml", config)
    with pytest.raises(ConfigError, match=regex.escape(problem)):
        load_config(path)


def test_config_that_is_not_utf8_is_one_error_line(tmp_path):
    write(tmp_path / ".newslint.yaml", b"language: \xff\n")
    write(tmp_path / "a.md", "Text.\n")
    one_error_line(newslint("check", "a.md", cwd=tmp_path), ".newslint.yaml", "not UTF-8")


def test_rules_path_at_the_root_reads_only_rule_files(tmp_path):
    write(tmp_path / ".newslint.yaml", "rules_paths: ['/']\n")
    write(tmp_path / "a.md", "A calm and short article.\n")
    done = newslint("check", "--cache-dir", tmp_path / "cache", "a.md", cwd=tmp_path)
    assert done.returncode == 0, done.stderr


@pytest.mark.parametrize("options, problem", [
    ({"common_zipf": "x"}, "expected a number"),
    ({"common_zipf": 10**9}, "expected a number from 0 to"),
    ({"common_zipf": True}, "expected a number"),
])
def test_rule_options_have_the_type_of_their_default(options, problem):
    settings = Settings(rules=(("midsentence-capital", tuple(options.items())),))
    with pytest.raises(ConfigError, match=f"rules.midsentence-capital.common_zipf: {problem}"):
        build_ruleset(settings)


@pytest.mark.parametrize("extra, problem", [
    ({"languages": 5}, "'languages' must be"),
    ({"options": [1, 2]}, "'options' must map"),
    ({"explain": "hi"}, "'explain' must map"),
    ({"examples": {"en": {"bad": [5]}}}, "examples.en must be"),
    ({"id": "bad\x1bid"}, "'id' must be a name"),
    ({"message": ["a"]}, "'message' must be a string"),
])
def test_hostile_rule_file_is_one_error_line(extra, problem):
    raw = {"id": "my-rule", "check": "pattern", "message": "m", "pattern": "x", **extra}
    with pytest.raises(ConfigError, match=problem):
        parse_spec(raw, "my-rule.yaml")


@pytest.mark.parametrize("text, problem", [
    ("[" * 100_000 + "]" * 100_000, "nested too deep"),
    ('{"findings": [{"path": "a", "rule": "r", "text": "t", "context": "c", "count": Infinity}]}', "Infinity"),
    ('{"findings": [{"path": "a", "rule": "r", "text": "t", "context": "c", "count": 1e400}]}', "whole number"),
    ('{"findings": [{"path": 1, "rule": "r", "text": "t", "context": "c", "count": 1}]}', "must be strings"),
    ('{"findings": [5]}', "must be an object"),
    ('{"findings": 5}', "TypeError"),
])
def test_hostile_baseline_is_one_error_line(tmp_path, text, problem):
    write(tmp_path / "baseline.json", text)
    with pytest.raises(InputError, match=problem):
        Baseline.load(str(tmp_path / "baseline.json"))


def test_hostile_baseline_on_the_command_line(tmp_path):
    write(tmp_path / "baseline.json", "[" * 100_000 + "]" * 100_000)
    write(tmp_path / "a.md", "Text.\n")
    one_error_line(newslint("check", "--baseline", "baseline.json", "a.md", cwd=tmp_path), "nested too deep")


def test_yaml_errors_are_yaml_errors():
    with pytest.raises(yaml.YAMLError):
        load_yaml("a: [b")


@pytest.mark.parametrize("text, problem", [
    ("a: 1\nb: 2\na: 3", "key 'a' defined twice (first on line 1)"),
    ("rules:\n  spacing: off\n  spacing: error", "key 'spacing' defined twice"),
    ("x: {k: 1, k: 2}", "key 'k' defined twice"),
])
def test_a_key_written_twice_is_refused_where_asked(text, problem):
    with pytest.raises(yaml.YAMLError, match=regex.escape(problem)):
        load_yaml(text, unique_keys=True)
    assert isinstance(load_yaml(text), dict)  # front matter keeps PyYAML's reading: the later key wins


def test_keys_a_merge_brings_in_may_be_overridden():
    assert load_yaml("base: &b {k: 1, j: 2}\nm:\n  <<: *b\n  k: 3", unique_keys=True)["m"] == {"k": 3, "j": 2}


def test_a_rule_file_with_a_key_twice_is_one_error_line(tmp_path):
    """The later key silently winning hid a rule's first pattern from its author."""
    write(tmp_path / "style/my-rule.yaml", "id: my-rule\ncheck: pattern\nmessage: m\npattern: foo\npattern: bar\n")
    write(tmp_path / ".newslint.yaml", "rules_paths: [style]\n")
    write(tmp_path / "a.md", "Text.\n")
    one_error_line(newslint("check", "a.md", cwd=tmp_path), "my-rule.yaml:5: invalid YAML: key 'pattern' defined twice")


def test_a_config_with_a_key_twice_is_one_error_line(tmp_path):
    write(tmp_path / ".newslint.yaml", "select: [spacing]\nselect: [mojibake]\n")
    write(tmp_path / "a.md", "Text.\n")
    one_error_line(newslint("check", "a.md", cwd=tmp_path), ".newslint.yaml:2:1: invalid YAML: key 'select' defined twice")

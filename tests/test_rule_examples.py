"""Every rule's YAML `examples`: bad ones flagged, good ones not; `newslint test-rules PATH`.

Each built-in rule carries `examples: {LANG: {bad: [...], good: [...]}}`. They are linted with
that rule alone, in that language, exactly as `newslint test-rules` does for a user's folder.
"""
from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from linter.cli import main
from linter.examples import run_examples
from linter.registry import load_registry

# Rules that the engine or a service reports; they have no text of their own to show.
ENGINE_ONLY = {"unused-suppression", "grammar"}
REGISTRY = load_registry()
CASES = sorted((spec.id, language) for spec in REGISTRY.specs.values() for language in spec.examples)


def test_every_rule_has_examples() -> None:
    assert {rule for rule, _ in CASES} == set(REGISTRY.specs) - ENGINE_ONLY


@pytest.mark.parametrize(("rule", "language"), CASES)
def test_bad_examples_are_flagged_and_good_ones_are_not(rule: str, language: str) -> None:
    results = [r for r in run_examples(REGISTRY, only={rule}) if r.language == language]
    assert results, f"{rule} has no examples in {language}"
    failed = [(r.kind, r.text, r.found) for r in results if not r.passed]
    assert failed == [], "(kind, example, times flagged): bad ones must be flagged, good ones not"


@pytest.mark.parametrize("rule", sorted(set(REGISTRY.specs) - ENGINE_ONLY))
def test_bad_and_good_examples_in_at_least_two_languages(rule: str) -> None:
    spec = REGISTRY.spec(rule)
    complete = [language for language, cases in spec.examples.items()
                if (cases or {}).get("bad") and (cases or {}).get("good")]
    assert len(complete) >= 2, f"{rule}: bad and good examples only in {complete}"
    if spec.languages != "all":
        assert set(complete) <= set(spec.languages), "examples in a language the rule does not run in"


def test_engine_only_rules_exist() -> None:
    assert ENGINE_ONLY <= set(REGISTRY.specs)


PASSING = r"""
id: no-foo
check: pattern
summary: The word foo
message: "no foo please"
severity: warning
pattern: '\bfoo\b'
examples:
  en: {bad: ["This is foo."], good: ["This is food."]}
  it: {bad: ["Questo è foo."], good: ["Questo è fuoco."]}
"""
# Its bad example is not flagged and its good example is.
FAILING = r"""
id: no-bar
check: pattern
message: "no bar please"
severity: info
patterns: {en: ['\bbar\b']}
examples:
  en: {bad: ["A bars."], good: ["A bar."]}
"""


def newslint_test_rules(*args: Path) -> tuple[int, str]:
    """`newslint test-rules ARGS`: (exit status, output)."""
    result = CliRunner().invoke(main, ["test-rules", *map(str, args)], catch_exceptions=False)
    return result.exit_code, result.output




def test_test_rules_passes_on_a_good_user_folder(tmp_path: Path) -> None:
    (tmp_path / "no-foo.yaml").write_text(PASSING, encoding="utf-8")
    status, output = newslint_test_rules(tmp_path)
    assert status == 0, output
    assert "FAIL" not in output
    assert "4 passed, 0 failed (1 rules" in output


def test_test_rules_fails_with_a_fail_line_per_wrong_example(tmp_path: Path) -> None:
    (tmp_path / "no-foo.yaml").write_text(PASSING, encoding="utf-8")
    (tmp_path / "no-bar.yaml").write_text(FAILING, encoding="utf-8")
    status, output = newslint_test_rules(tmp_path)
    assert status == 1
    fails = [line for line in output.splitlines() if line.startswith("FAIL")]
    assert fails == ["FAIL no-bar [en] bad example not flagged: 'A bars.'",
                     "FAIL no-bar [en] good example flagged 1 time(s): 'A bar.'"]
    assert "4 passed, 2 failed (2 rules" in output


def test_test_rules_without_a_path_checks_the_built_in_rules() -> None:
    status, output = newslint_test_rules()
    assert status == 0, output
    assert ", 0 failed (" in output and "built-in rules from" in output

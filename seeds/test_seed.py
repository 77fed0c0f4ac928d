"""The acceptance test: the seed article, linted through the command line, against its labels.

Every non-optional label of `000_434f281fc8fc4eb1.expected.yaml` must be reported, and nothing
outside the labels (the traps listed at the end of that file stay silent). Matching is the
corpus scorer's (tests/eval/scoring.py), exactly as DESIGN.md defines it.
"""
from __future__ import annotations

import json
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT / "tests" / "eval"))
from scoring import load_expected, score_article  # noqa: E402

SEED = HERE / "000_434f281fc8fc4eb1.txt"
EXPECTED = HERE / "000_434f281fc8fc4eb1.expected.yaml"
JSON_KEYS = {"path", "line", "column", "end_line", "end_column", "rule", "severity", "message", "fix"}
# `path:line:col: severity rule-id message`
TEXT_LINE = re.compile(r"^(?P<path>.+?):(?P<line>\d+):(?P<column>\d+): (?P<severity>error|warning|info) "
                       r"(?P<rule>[a-z0-9]+(?:-[a-z0-9]+)*) (?P<message>\S.*)$")


@dataclass(frozen=True)
class Found:
    line: int
    column: int
    end_line: int
    end_column: int
    rule: str


def newslint(*args: str) -> subprocess.CompletedProcess:
    """`python -m linter check ARGS SEED` from the checkout, as README's first command runs it."""
    command = [sys.executable, "-m", "linter", "check", "--no-cache", *args, str(SEED)]
    return subprocess.run(command, capture_output=True, text=True, encoding="utf-8", cwd=ROOT, timeout=300)


@pytest.fixture(scope="module")
def report() -> list[dict]:
    done = newslint("--format", "json")
    assert done.returncode == 1, done.stderr  # findings at warning level
    assert done.stderr == ""
    return json.loads(done.stdout)


def test_json_has_exactly_the_documented_keys(report: list[dict]) -> None:
    assert report
    for item in report:
        assert set(item) == JSON_KEYS
        assert item["path"].endswith(SEED.name)
        # issue 9 added `applicability` to `fix` (README's JSON contract); `replacement` is unchanged
        assert item["fix"] is None or (set(item["fix"]) == {"replacement", "applicability"}
                                       and item["fix"]["applicability"] in ("safe", "unsafe"))


def test_every_label_found_and_nothing_outside_them(report: list[dict]) -> None:
    expected = load_expected(EXPECTED)
    lines = SEED.read_text(encoding="utf-8").split("\n")
    findings = [Found(d["line"], d["column"], d["end_line"], d["end_column"], d["rule"]) for d in report]
    result = score_article(expected, findings, lines)
    missed = [(label.line, label.rule, label.text) for label in result.missed]
    false_positives = [(f.line, f.column, f.rule, lines[f.line - 1][f.column - 1:f.end_column - 1])
                       for f in result.false_positives]
    assert missed == [], "labels the linter did not report"
    assert false_positives == [], "findings outside every label"
    assert len(result.found) == sum(not label.optional for label in expected.labels)


def test_text_output_is_path_line_col_severity_rule_message(report: list[dict]) -> None:
    done = newslint("--quiet")
    assert done.returncode == 1, done.stderr
    findings = done.stdout.splitlines()  # --quiet: no source lines, no summary
    parsed = [TEXT_LINE.match(line) for line in findings]
    assert all(parsed), [line for line, match in zip(findings, parsed) if not match]
    assert [(int(m["line"]), int(m["column"]), m["severity"], m["rule"], m["message"]) for m in parsed] == [
        (d["line"], d["column"], d["severity"], d["rule"], d["message"]) for d in report
    ]
    assert all(Path(m["path"]).name == SEED.name for m in parsed)


def test_text_output_shows_the_source_line_and_a_caret(report: list[dict]) -> None:
    lines = newslint().stdout.splitlines()
    first = report[0]
    at = next(i for i, line in enumerate(lines) if TEXT_LINE.match(line))
    source = SEED.read_text(encoding="utf-8").split("\n")[first["line"] - 1]
    assert lines[at + 1] == "  " + source
    caret = lines[at + 2]
    assert caret.strip() == "^" * (first["end_column"] - first["column"])
    assert caret.index("^") == 2 + first["column"] - 1
    assert lines[-2] == f"Found {len(report)} findings in 1 file."
    fixes = [item["fix"]["applicability"] for item in report if item["fix"]]
    assert lines[-1] == f"{fixes.count('safe')} fixable with --fix ({fixes.count('unsafe')} more with --unsafe-fixes)."

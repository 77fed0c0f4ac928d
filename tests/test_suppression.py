"""Suppression comments, in Markdown and plain text alike, and the unused-suppression rule.

`<!-- newslint-disable RULE[,RULE] -->` … `<!-- newslint-enable -->` (no ids: every rule),
`<!-- newslint-disable-line RULE -->` on the line itself, `<!-- newslint-disable-next-line RULE -->`
for the next line that is not blank, and `newslint: {ignore: [...]}` in the front matter.
A suppression that suppresses nothing, or names an unknown rule, is an `unused-suppression`.
"""
from __future__ import annotations

import pytest

from linter.engine import lint_text
from newslint_run import findings, write

FORMATS = ["markdown", "text"]


def lint(text: str, fmt: str) -> list[tuple[int, str]]:
    """(line, rule) of each finding on English `text`."""
    return [(d.line, d.rule) for d in lint_text(text, language="en", fmt=fmt)]


# What each kind of suppression hides: (text, the (line, rule) findings left).
SUPPRESSIONS = {
    "a block between disable and enable": (
        "The the minister spoke.\n\n"
        "<!-- newslint-disable duplicated-word -->\n"
        "The the mayor spoke.\n\nThe the judge spoke  twice.\n"
        "<!-- newslint-enable -->\n\n"
        "The the senator spoke.\n",
        [(1, "duplicated-word"), (6, "spacing"), (9, "duplicated-word")]),
    "several rules, no enable: to the end": (
        "The the minister spoke.\n\n"
        "<!-- newslint-disable duplicated-word, spacing -->\n\n"
        "The the mayor spoke  twice.\n\nThe the judge spoke  twice.\n",
        [(1, "duplicated-word")]),
    "enable of one rule closes only its block": (
        "<!-- newslint-disable spacing -->\n"
        "<!-- newslint-disable duplicated-word -->\n"
        "The the mayor spoke  twice.\n"
        "<!-- newslint-enable duplicated-word -->\n"
        "The the judge spoke  twice.\n",
        [(5, "duplicated-word")]),
    "disable without rules: every rule": (
        "<!-- newslint-disable -->\nThe the mayor spoke  twice.\n<!-- newslint-enable -->\n\n"
        "The the judge spoke  twice.\n",
        [(5, "duplicated-word"), (5, "spacing")]),
    "disable-line, with and without rules": (
        "The the mayor spoke  twice. <!-- newslint-disable-line duplicated-word -->\n"
        "The the judge spoke. <!-- newslint-disable-line -->\n"
        "The the envoy spoke.\n",
        [(1, "spacing"), (3, "duplicated-word")]),
    "disable-next-line skips blank lines": (
        "<!-- newslint-disable-next-line duplicated-word -->\n\n\n"
        "The the mayor spoke.\n\n"
        "The the judge spoke.\n",
        [(6, "duplicated-word")]),
    "disable-next-line without rules": (
        "<!-- newslint-disable-next-line -->\nThe the mayor spoke  twice.\nThe the judge spoke.\n",
        [(3, "duplicated-word")]),
    "front matter ignore list": (
        "---\nlang: en\nnewslint:\n  ignore: [spacing]\n---\n\nThe the mayor spoke  twice.\n",
        [(7, "duplicated-word")]),
    "front matter ignore, one rule as a string": (
        "---\nnewslint: {ignore: duplicated-word}\n---\n\nThe the mayor spoke  twice.\n",
        [(5, "spacing")]),
}


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("case", list(SUPPRESSIONS))
def test_suppression(case, fmt):
    text, expected = SUPPRESSIONS[case]
    assert lint(text, fmt) == expected


@pytest.mark.parametrize("fmt", FORMATS)
def test_unused_suppressions_are_reported(fmt):
    text = ("The mayor spoke. <!-- newslint-disable-line duplicated-word -->\n\n"
            "<!-- newslint-disable-next-line spacing -->\nThe judge spoke.\n\n"
            "<!-- newslint-disable -->\nThe envoy spoke.\n<!-- newslint-enable -->\n")
    found = lint_text(text, language="en", fmt=fmt)
    assert [(d.line, d.column, d.rule) for d in found] == [
        (1, 18, "unused-suppression"), (3, 1, "unused-suppression"), (6, 1, "unused-suppression")]
    assert [d.message for d in found] == [
        "`newslint-disable-line duplicated-word` suppresses nothing here",
        "`newslint-disable-next-line spacing` suppresses nothing here",
        "`newslint-disable` suppresses nothing here",
    ]
    comment = "<!-- newslint-disable-line duplicated-word -->"
    assert (found[0].end_line, found[0].end_column) == (1, 18 + len(comment))


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_unused_part_of_a_suppression_is_reported(fmt):
    text = "The the mayor spoke. <!-- newslint-disable-line duplicated-word, spacing -->\n"
    found = lint_text(text, language="en", fmt=fmt)
    assert [(d.rule, d.message) for d in found] == [
        ("unused-suppression", "`newslint-disable-line spacing` suppresses nothing here")]


@pytest.mark.parametrize("fmt", FORMATS)
def test_unknown_rule_in_a_suppression(fmt):
    text = "<!-- newslint-disable-next-line duplicatd-word -->\nThe the mayor spoke.\n"
    found = lint_text(text, language="en", fmt=fmt)
    assert [(d.line, d.rule) for d in found] == [(1, "unused-suppression"), (2, "duplicated-word")]
    assert "unknown rule 'duplicatd-word'" in found[0].message
    assert "did you mean 'duplicated-word'?" in found[0].message


def test_a_suppressed_rule_that_did_not_run_is_not_unused():
    """month-capitalization does not run in English: naming it is no mistake there."""
    text = "The the mayor spoke. <!-- newslint-disable-line month-capitalization, duplicated-word -->\n"
    assert lint(text, "markdown") == []
    assert lint(text.replace("The the", "The"), "markdown") == [(1, "unused-suppression")]


def test_unused_suppression_can_itself_be_ignored():
    text = "The mayor spoke. <!-- newslint-disable-line duplicated-word -->\n"
    assert [d.rule for d in lint_text(text, language="en", ignore=["unused-suppression"])] == []


def test_suppression_comments_through_the_cli(tmp_path):
    write(tmp_path / "a.txt", "The the mayor spoke. <!-- newslint-disable-line duplicated-word -->\n"
                              "<!-- newslint-disable-next-line spacing -->\n\nThe judge spoke.\n")
    found = findings("--lang", "en", "a.txt", cwd=tmp_path)
    assert [(d["line"], d["column"], d["rule"], d["severity"]) for d in found] == [
        (2, 1, "unused-suppression", "warning")]


def test_directives_quoted_in_markdown_code_are_examples_not_directives():
    text = ("How to silence a rule:\n\n```markdown\n<!-- newslint-disable duplicated-word -->\n```\n\n"
            "    <!-- newslint-disable -->\n\n"
            "Write `<!-- newslint-disable-line spacing -->` at the end of a line.\n\n"
            "The the minister spoke.\n")
    assert lint(text, "markdown") == [(11, "duplicated-word")]

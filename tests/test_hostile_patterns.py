"""Catastrophic patterns in the data of every check that reads a regex from a rule file.

Each case gives a user rule of one check kind a pattern that backtracks without end on the
article's long run of `a`s, under a 0.2 s limit: one warning names the rule and the file, the
rule's findings there are dropped, and the other rules and files are reported as usual.
"""
from __future__ import annotations

import json
import re

import pytest

from newslint_run import newslint, write

EVIL = "(a|a)+$"
RUN = "a" * 40 + "b"  # (a|a)+$ tries 2^40 ways on it
# The check may wrap the rule's regex in its own; the warning quotes its start.
WARNING = re.compile(r"newslint: warning: a\.md: rule 'my-evil' skipped: its pattern '.+' took over 0\.2 s "
                     r"\(raise rules\.my-evil\.timeout if it is slow, not stuck\)")
DUPLICATE = "The minister said that the the budget would pass.\n"

# (check, data of the rule in YAML, language, article before the duplicated word's line)
CASES = {
    "line-marker markers": ("line-marker", f"markers: ['{EVIL}']", "en", f"{RUN}\n\n"),
    "line-marker exclude": ("line-marker", f"markers: ['a+b']\nexclude: ['{EVIL}']", "en", f"{RUN}\n\n"),  # exclusions apply to marked lines
    "line-marker isolated": ("line-marker", f"isolated: ['{EVIL}']", "en", f"{RUN}\n\n"),
    "line-marker placeholder": ("line-marker", f"markers: ['{{evil}}']\nevil: ['{EVIL}']", "en", f"{RUN}\n\n"),
    "split-dateline place": ("split-dateline", f"place: ['{EVIL}']\nsource_line: [x]", "en", f"{RUN}\n\n"),
    "credit-line dateline": ("credit-line", f"markers: ['c?a+b']\ndateline: ['{EVIL}']", "en", f"{RUN}\nc{RUN}\n\n"),
    "embed-line markers": ("embed-line", f"markers: ['{EVIL}']\nsignature: [x]", "en", f"{RUN}\n\n"),
    "teaser-line headers": ("teaser-line", f"headers: ['{EVIL}']\nheadline: [x]\nmarkers: [y]", "en", f"{RUN}\n\n"),
    "byline-line tail": ("byline-line", f"tail: ['{EVIL}']", "en", f"{RUN}\n\n"),
    "calendar-case exceptions": ("calendar-case", f"exceptions: ['{EVIL}']", "fr",
                                 f"Le ministre viendra le 3 Mars à Paris {RUN}\n\n"),
    "midsentence-capital exceptions": ("midsentence-capital", f"exceptions: ['{EVIL}']", "en",
                                       f"The minister said The budget {RUN}\n\n"),
    "merged-words verb_forms": ("merged-words", f"verb_forms: '{EVIL}'", "en", f"The {RUN} said so.\n\n"),
    "truncated-text always": ("truncated-text", f"always: ['{EVIL}']", "en", f"{RUN}\n\n"),
    "truncated-text stubs": ("truncated-text", f"stubs: ['{EVIL}']", "en", f"word {RUN}\n\n"),
    "future-year future": ("future-year", f"future: '{EVIL}'\nyear_prefix: in", "en",
                           f"---\ndate: 2024-01-01\n---\n{RUN}\n\n"),
    "pattern placeholder": ("pattern", f"pattern: '{{evil}}'\nevil: ['{EVIL}']", "en", f"{RUN}\n\n"),
}


@pytest.mark.parametrize("case", CASES)
def test_catastrophic_pattern_in_any_check_is_one_warning(tmp_path, case):
    check, data, language, article = CASES[case]
    write(tmp_path / "rules" / "my-evil.yaml", f"id: my-evil\ncheck: {check}\nmessage: evil\n{data}\n")
    write(tmp_path / ".newslint.yaml", f"language: {language}\nrules_paths: [rules]\n"
          "select: [my-evil, duplicated-word]\nrules: {my-evil: {timeout: 0.2}}\n")
    write(tmp_path / "a.md", article + DUPLICATE)
    write(tmp_path / "b.md", DUPLICATE)
    done = newslint("check", "-q", "a.md", "b.md", cwd=tmp_path, timeout=60)
    assert done.returncode == 1, done.stderr
    assert len(done.stderr.splitlines()) == 1, done.stderr
    assert WARNING.fullmatch(done.stderr.rstrip("\n")), done.stderr
    assert [line.split(" ")[0] for line in done.stdout.splitlines()] == [
        f"a.md:{article.count(chr(10)) + 1}:24:", "b.md:1:24:"]


def test_strict_makes_a_pattern_timeout_fail_the_run(tmp_path):
    check, data, language, article = CASES["line-marker markers"]
    write(tmp_path / "rules" / "my-evil.yaml", f"id: my-evil\ncheck: {check}\nmessage: evil\n{data}\n")
    write(tmp_path / ".newslint.yaml", "language: en\nrules_paths: [rules]\nselect: [my-evil]\n"
          "rules: {my-evil: {timeout: 0.2}}\n")
    write(tmp_path / "a.md", article)
    done = newslint("check", "--strict", "-q", "a.md", cwd=tmp_path, timeout=60)
    assert done.returncode == 2, done.stderr
    assert "rule 'my-evil' skipped" in done.stderr and "Traceback" not in done.stderr


def test_timeout_option_is_checked_like_any_option(tmp_path):
    write(tmp_path / ".newslint.yaml", "language: en\nrules: {spacing: {timeout: fast}}\n")
    write(tmp_path / "a.md", DUPLICATE)
    done = newslint("check", "a.md", cwd=tmp_path)
    assert done.returncode == 2
    assert done.stderr.splitlines() == ["newslint: error: rules.spacing.timeout: expected a number from 0 to "
                                        "100,000, not 'fast'"]


def test_test_rules_reports_a_pattern_timeout_and_fails_the_example(tmp_path):
    write(tmp_path / "my-evil.yaml", f"id: my-evil\ncheck: line-marker\nmessage: evil\nmarkers: ['{EVIL}']\n"
          f"options: {{timeout: 0.2}}\nexamples: {{en: {{bad: ['{RUN}'], good: ['Fine.']}}}}\n")
    done = newslint("test-rules", str(tmp_path), timeout=60)
    assert done.returncode == 1, done.stderr
    assert len(done.stderr.splitlines()) == 1 and "Traceback" not in done.stderr
    assert done.stderr.startswith(f"newslint: warning: {tmp_path / 'my-evil.yaml'} (en bad example): rule 'my-evil' "
                                  "skipped: its pattern '(?:(a|a)+$)' took over 0.2 s")
    assert done.stdout.startswith("FAIL my-evil [en] bad example not flagged")


def test_a_pattern_timeout_on_a_record_is_one_warning_naming_it(tmp_path):
    check, data, language, article = CASES["line-marker markers"]
    write(tmp_path / "rules" / "my-evil.yaml", f"id: my-evil\ncheck: {check}\nmessage: evil\n{data}\n")
    write(tmp_path / ".newslint.yaml", "language: en\nrules_paths: [rules]\nselect: [my-evil, duplicated-word]\n"
          "rules: {my-evil: {timeout: 0.2}}\n")
    write(tmp_path / "data.jsonl", json.dumps({"id": "slow", "text": article + DUPLICATE}) + "\n"
          + json.dumps({"id": "ok", "text": DUPLICATE}) + "\n")
    done = newslint("check", "-q", "data.jsonl", cwd=tmp_path, timeout=60)
    assert done.returncode == 1, done.stderr
    assert len(done.stderr.splitlines()) == 1
    assert done.stderr.startswith("newslint: warning: slow: rule 'my-evil' skipped: its pattern ")
    assert [line.split(" ")[0] for line in done.stdout.splitlines()] == ["slow:3:24:", "ok:1:24:"]


def test_the_time_limit_grows_with_the_text_searched():
    """A sound pattern over a 10 MB text needs longer than over an article; the limit scales."""
    import regex

    from linter.timed_pattern import CHARS_PER_TIMEOUT, TimedPattern

    timed = TimedPattern(regex.compile("x"), 0.2)
    assert timed._limit(("short article",)) == pytest.approx(0.2)
    assert timed._limit(("a" * (CHARS_PER_TIMEOUT * 50),)) == pytest.approx(0.2 * 51)
    assert timed.search("a" * (CHARS_PER_TIMEOUT * 3) + "x").start() == CHARS_PER_TIMEOUT * 3

"""Hostile user rules: catastrophic patterns, huge format widths, Ctrl-C during a long run."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest

from linter.rule import _format
from newslint_run import newslint, write

DUPLICATE = "The minister said that the the budget would pass.\n"


def slow_rule(pattern: str) -> str:
    return f"id: my-slow-rule\ncheck: pattern\nmessage: slow\npattern: '{pattern}'\n"


@pytest.mark.parametrize("pattern, text, timeout", [
    ("(a|a)+$", "a" * 31 + "b", None),   # the default limit (2 s)
    ("(a+)+$", "a" * 5000 + "b", 0.2),
])
def test_catastrophic_pattern_is_a_warning_and_the_run_goes_on(tmp_path, pattern, text, timeout):
    write(tmp_path / "rules" / "my-slow-rule.yaml", slow_rule(pattern))
    options = f"\nrules: {{my-slow-rule: {{timeout: {timeout}}}}}" if timeout else ""
    write(tmp_path / ".newslint.yaml", "language: en\nrules_paths: [rules]\nselect: [my-slow-rule, duplicated-word]"
          + options + "\n")
    write(tmp_path / "a.md", f"{text}\n\n{DUPLICATE}")
    write(tmp_path / "b.md", DUPLICATE)
    done = newslint("check", "-q", "a.md", "b.md", cwd=tmp_path)
    assert done.returncode == 1, done.stderr
    assert done.stderr.splitlines() == [
        f"newslint: warning: a.md: rule 'my-slow-rule' skipped: its pattern '{pattern}' took over "
        f"{timeout or 2:g} s (raise rules.my-slow-rule.timeout if it is slow, not stuck)"]
    assert [line.split(" ")[0] for line in done.stdout.splitlines()] == ["a.md:3:24:", "b.md:1:24:"]


@pytest.mark.skipif(os.name != "posix", reason="SIGINT as a terminal sends it")
@pytest.mark.parametrize("jobs", ["1", "2"])
def test_ctrl_c_ends_a_long_run(tmp_path, jobs):
    """Each file holds a pattern for 30 s (timeout raised on purpose); SIGINT must end the run."""
    write(tmp_path / "rules" / "my-slow-rule.yaml", slow_rule("(a|a)+$"))
    write(tmp_path / ".newslint.yaml", "language: en\nrules_paths: [rules]\nselect: [my-slow-rule]\n"
          "rules: {my-slow-rule: {timeout: 30}}\n")
    for index in range(60):
        write(tmp_path / f"a{index:02}.md", "a" * 40 + "b\n")
    process = subprocess.Popen([sys.executable, "-m", "linter", "check", "--no-cache", "--jobs", jobs, "."],
                               cwd=tmp_path, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                               start_new_session=True)
    try:
        time.sleep(4)  # well into the first file
        os.killpg(process.pid, signal.SIGINT)  # as a terminal does: the whole process group
        assert process.wait(timeout=20) == -signal.SIGINT
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
        process.stderr.close()


@pytest.mark.parametrize("template, expected", [
    ("{text:>999999999}", "{text:>999999999}"),
    ("{text:.9999}", "{text:.9999}"),
    ("{text.__class__}", "{text.__class__}"),
    ("{text[0]}", "{text[0]}"),
    ("'{text:*>5}' repeated", "'***ab' repeated"),
])
def test_message_templates_are_bounded(template, expected):
    assert _format(template, {"text": "ab"}) == expected

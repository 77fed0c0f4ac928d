"""What newslint prints must be safe to print: escape sequences, `::` commands, control
characters in XML, and file names that are not UTF-8, in every format and through the cache
and baselines."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from io import StringIO

import pytest

from linter.diagnostic import Diagnostic
from linter.engine import FileResult
from linter.reporters.junit import JunitReporter
from linter.reporters.text import TextReporter
from newslint_run import write

HOSTILE_LINE = "::error file=x.md::owned \x1b]0;title\x1b\\ the the end \u202e"


def text_report(result: FileResult) -> str:
    stream = StringIO()
    reporter = TextReporter(stream)
    reporter.start()
    reporter.file(result)
    reporter.finish()
    return stream.getvalue()


def test_text_output_escapes_control_characters_and_breaks_workflow_commands():
    start = HOSTILE_LINE.index("the the")
    finding = Diagnostic("::warning a.md", 1, start + 1, 1, start + 8, "duplicated-word", "'the the'\x1b[2J")
    output = text_report(FileResult("::warning a.md", [finding], lines={1: HOSTILE_LINE}))
    assert "\x1b" not in output and "\u202e" not in output
    assert not any(line.lstrip().startswith("::") for line in output.splitlines())
    first, source, caret = output.splitlines()[:3]
    assert first == "\\x3a:warning a.md:1:38: warning duplicated-word 'the the'\\x1b[2J"
    assert source == "  \\x3a:error file=x.md::owned \\x1b]0;title\\x1b\\ the the end \\u202e"
    assert source[caret.index("^"):caret.rindex("^") + 1] == "the the"


def test_end_to_end_text_output_is_neutralised(tmp_path):
    write(tmp_path / "a.md", f"Intro.\n\n  {HOSTILE_LINE}\n")
    done = subprocess.run([sys.executable, "-m", "linter", "check", "--no-cache", "--lang", "en", "a.md"],
                          cwd=tmp_path, capture_output=True, timeout=300)
    assert done.returncode == 1 and b"the the" in done.stdout
    assert b"\x1b" not in done.stdout and "\u202e".encode() not in done.stdout
    assert not any(line.lstrip().startswith(b"::") for line in done.stdout.splitlines())


def test_verbose_language_lines_are_neutralised(tmp_path):
    name = "\x1b[2Ja.md"
    write(tmp_path / name, "The minister said that the budget would pass.\n")
    done = subprocess.run([sys.executable, "-m", "linter", "check", "--no-cache", "--lang", "en", "-v", name],
                          cwd=tmp_path, capture_output=True, timeout=300)
    assert done.stderr.decode() == "\\x1b[2Ja.md: language en (configured)\nAll checks passed!\n"


def test_junit_survives_control_characters_in_rule_ids_and_messages():
    finding = Diagnostic("a\x01.md", 1, 1, 1, 2, "rule\x1b", "bad\x00message")
    stream = StringIO()
    reporter = JunitReporter(stream)
    reporter.start()
    reporter.file(FileResult("a\x01.md", [finding]))
    reporter.finish()
    import xml.etree.ElementTree as ET

    failure = ET.fromstring(stream.getvalue().split("\n", 1)[1]).find("testsuite/testcase/failure")
    assert failure.get("type") == "rule\ufffd" and "bad\ufffdmessage" in failure.get("message")


@pytest.fixture
def latin1_named(tmp_path):
    if sys.platform in ("darwin", "win32"):
        pytest.skip("this file system only stores UTF-8 names")
    folder = os.fsencode(tmp_path)
    with open(os.path.join(folder, b"caf\xe9.md"), "wb") as handle:
        handle.write(b"The minister said that the the budget would pass.\n")
    return tmp_path


def newslint_bytes(*args: str, cwd) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "linter", *args], cwd=cwd, capture_output=True, timeout=300)


@pytest.mark.parametrize("output_format", ["text", "json", "jsonl", "sarif", "github", "junit", "gitlab"])
def test_a_file_name_that_is_not_utf8_in_every_format(latin1_named, output_format):
    done = newslint_bytes("check", "--cache-dir", "cache", "--lang", "en", "--format", output_format, ".",
                          cwd=latin1_named)
    assert done.returncode == 1, done.stderr
    assert done.stderr == b""
    output = done.stdout.decode("utf-8")  # whatever the name, the report is valid UTF-8
    if output_format == "sarif":
        location = json.loads(output)["runs"][0]["results"][0]["locations"][0]["physicalLocation"]
        assert location["artifactLocation"]["uri"] == "caf%E9.md"
    elif output_format in ("json", "gitlab"):
        json.loads(output)
    elif output_format == "text":
        assert output.startswith("./caf\\xe9.md:1:24: warning duplicated-word")
    again = newslint_bytes("check", "--cache-dir", "cache", "--lang", "en", "--format", output_format, ".",
                           cwd=latin1_named)
    assert again.stdout == done.stdout  # the second run comes from the cache


def test_a_file_name_that_is_not_utf8_in_a_baseline(latin1_named):
    made = newslint_bytes("baseline", "--no-cache", "--lang", "en", "-o", "baseline.json", ".", cwd=latin1_named)
    assert made.returncode == 0, made.stderr
    assert b'"path": "caf\xe9.md"' in (latin1_named / "baseline.json").read_bytes()
    checked = newslint_bytes("check", "--no-cache", "--lang", "en", "--baseline", "baseline.json", ".",
                             cwd=latin1_named)
    assert checked.returncode == 0 and checked.stdout == b"", checked.stderr

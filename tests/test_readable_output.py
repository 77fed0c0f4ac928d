"""What a person reads (issue 9): the summary lines, fix applicability in every format,
whole-line GitHub annotations, a JUnit case per finding, SARIF help links, progress, version."""
from __future__ import annotations

import json
import os
import pty
import subprocess
import sys
from io import StringIO
from pathlib import Path

import pytest

from cli_support import ROOT, rule_project, run
from linter import __version__
from linter.progress import Progress, progress_for

ARTICLE = "Wow!!  Yes!!\nSHOUT here\n"  # 2 doubled-bang and 1 double-space (safe), 1 shout-line (unsafe)


@pytest.fixture
def project(tmp_path, monkeypatch):
    monkeypatch.chdir(rule_project(tmp_path))
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "calm.txt").write_text("Calm.\n", encoding="utf-8")
    return tmp_path


def test_text_summary_counts_safe_and_unsafe_fixes_apart(project):
    done = run("check", "a.txt")
    assert done.stdout.endswith("Found 4 findings in 1 file.\n3 fixable with --fix (1 more with --unsafe-fixes).\n")
    unsafe = run("check", "--unsafe-fixes", "a.txt")
    assert unsafe.stdout.endswith("Found 4 findings in 1 file.\n4 fixable with --fix --unsafe-fixes.\n")
    assert "fixable" not in run("check", "-q", "a.txt").stdout


def test_a_clean_run_says_all_checks_passed_on_stderr(project):
    done = run("check", "calm.txt")
    assert done.exit_code == 0 and done.stdout == "" and done.stderr == "All checks passed!\n"
    for args in (("-q",), ("--format", "json"), ("--statistics",)):
        quiet = run("check", *args, "calm.txt")
        assert quiet.exit_code == 0 and "All checks passed" not in quiet.stdout + quiet.stderr


def test_json_fix_carries_its_applicability(project):
    items = json.loads(run("check", "--format", "json", "a.txt").stdout)
    assert [item["fix"] for item in items] == [
        {"replacement": "!", "applicability": "safe"}, {"replacement": " ", "applicability": "safe"},
        {"replacement": "!", "applicability": "safe"}, {"replacement": "", "applicability": "unsafe"}]
    assert all(list(item) == ["path", "line", "column", "end_line", "end_column", "rule", "severity", "message",
                              "fix"] for item in items)


def test_github_annotation_of_a_whole_line_ends_on_that_line(project):
    commands = run("check", "--format", "github", "a.txt").stdout.splitlines()
    assert commands[-1].startswith("::error file=a.txt,line=2,endLine=2,title=shout-line::")
    assert commands[0].startswith("::warning file=a.txt,line=1,col=4,endLine=1,endColumn=6,title=doubled-bang::")


def test_sarif_rules_link_to_their_own_yaml(project):
    rules = json.loads(run("check", "--format", "sarif", "a.txt").stdout)["runs"][0]["tool"]["driver"]["rules"]
    by_id = {rule["id"]: rule for rule in rules}
    assert by_id["shout-line"]["helpUri"] == (project / "rules" / "shout-line.yaml").resolve().as_uri()
    assert by_id["merged-words"]["helpUri"].endswith("/merged-words.yaml")
    assert all(Path.from_uri(rule["helpUri"]).is_file() if hasattr(Path, "from_uri") else rule["helpUri"]
               for rule in rules if "helpUri" in rule)


class Terminal(StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_counter_only_after_a_second_and_erased():
    now = [0.0]
    stream = Terminal()
    progress = Progress(stream, clock=lambda: now[0])
    progress.tick()
    assert stream.getvalue() == ""  # short runs stay silent
    now[0] = 1.5
    progress.tick()
    assert stream.getvalue() == "\r\033[Knewslint: 2 files checked"
    progress.tick()  # within 0.1 s: not redrawn
    progress.clear()
    assert stream.getvalue().endswith("checked\r\033[K")


def test_progress_only_on_a_terminal_and_never_with_quiet():
    assert progress_for(Terminal(), quiet=False).stream is not None
    assert progress_for(Terminal(), quiet=True).stream is None
    assert progress_for(StringIO(), quiet=False).stream is None


def test_progress_reaches_a_pseudo_terminal_and_never_stdout(tmp_path):
    for n in range(30):
        (tmp_path / f"{n}.txt").write_text("He said the the budget passed.\n", encoding="utf-8")
    script = ("import linter.progress as p; p.DELAY = p.INTERVAL = 0; from linter.cli import main; "
              "main(['check', '--no-cache', '--lang', 'en', '-j', '1', '--format', 'json', '.'])")
    controller, terminal = pty.openpty()
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])}
    done = subprocess.run([sys.executable, "-c", script], cwd=tmp_path, stdout=subprocess.PIPE, stderr=terminal,
                          timeout=300, env=env)
    os.close(terminal)
    shown = b""
    try:
        while chunk := os.read(controller, 65536):
            shown += chunk
    except OSError:  # the terminal is closed once everything is read
        pass
    os.close(controller)
    assert done.returncode == 1 and json.loads(done.stdout)
    assert b"files checked" in shown and shown.endswith(b"\r\033[K")
    assert b"\r" not in done.stdout


def test_version_is_the_package_version_and_one_place():
    done = run("--version")
    assert done.stdout == f"newslint, version {__version__}\n"
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert 'dynamic = ["version"]' in pyproject and "version = " not in pyproject.split("[project]")[1].split("\n[")[0]

"""A plain `newslint check` line runs without click, exactly as click would run it."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from linter import launch
from linter.cli import main

ROOT = Path(__file__).resolve().parents[1]
SEED = "seeds/000_434f281fc8fc4eb1.txt"
CHECK = main.commands["check"]


def click_params(args: list[str]) -> dict:
    """What click hands `check` for these arguments (after `check`)."""
    with CHECK.make_context("check", list(args)) as ctx:
        return dict(ctx.params)


def test_the_defaults_are_the_click_commands():
    assert launch.CHECK_DEFAULTS == {name: value for name, value in click_params(["a.md"]).items() if name != "paths"}


@pytest.mark.parametrize("args", [
    ["a.md"], ["a.md", "b.txt", "-"], ["--no-cache", "-q", "a.md"], ["a.md", "--quiet", "--verbose", "-v"],
    ["--fix", "--unsafe-fixes", "a.MD", "c.markdown"], ["--diff", "--statistics", "--strict", "--exit-zero", "x.mdx"],
    ["--isolated", "--no-respect-gitignore", "a.md"], ["--format", "json", "a.md", "--format", "sarif"],
    ["-j", "2", "a.md"], ["--jobs", "07", "a.md"], ["tests"], ["--cache-dir", "c", "a.md"],
])
def test_a_plain_line_gives_clicks_parameters(args):
    params = launch.plain_check(["check", *args])
    assert params is not None
    assert params == click_params(args)


@pytest.mark.parametrize("args", [
    [], ["a.md", "--help"], ["--lang", "it", "a.md"], ["-qv", "a.md"], ["--", "a.md"], ["--format"],
    ["--format", "yaml", "a.md"], ["--format=json", "a.md"], ["-j", "0", "a.md"], ["-j", "two", "a.md"],
    ["data.jsonl"], ["-x.md"], ["no-such-folder"], ["--no-cache"], ["--cache-dir", "-q", "a.md"],
])
def test_every_other_line_is_left_to_click(args):
    assert launch.plain_check(["check", *args]) is None


def test_other_commands_are_left_to_click():
    assert launch.plain_check(["rules"]) is None and launch.plain_check(["--version"]) is None


def run(argv: list[str], through_click: bool, tmp_path: Path) -> tuple[int, bytes, bytes]:
    program = "from linter.cli import main; main()" if through_click else "from linter.launch import main; main()"
    probe = f"import sys; sys.argv[0] = 'newslint'; {program}"
    done = subprocess.run([sys.executable, "-c", probe, *argv], cwd=ROOT, capture_output=True, timeout=300)
    return done.returncode, done.stdout, done.stderr


@pytest.mark.parametrize("argv", [
    ["check", "--no-cache", "-q", SEED], ["check", "--no-cache", "--format", "json", SEED],
    ["check", "--no-cache", "clean.txt"], ["check", "--no-cache", "missing.md"], ["check", "--no-cache", "-v", SEED],
])
def test_both_ways_give_the_same_output_and_status(argv, tmp_path):
    clean = tmp_path / "clean.txt"
    clean.write_text("Il governo ha approvato la manovra ieri sera a Roma.\n", encoding="utf-8")
    argv = [str(clean) if arg == "clean.txt" else arg for arg in argv]
    assert run(argv, True, tmp_path) == run(argv, False, tmp_path)


def test_a_plain_line_imports_no_click(tmp_path):
    probe = ("import json, sys; from linter.launch import main\n"
             "try:\n    main()\nexcept SystemExit:\n    pass\n"
             "print(json.dumps(sorted(sys.modules)))")
    done = subprocess.run([sys.executable, "-c", probe, "check", "--no-cache", "-q", SEED], cwd=ROOT,
                          capture_output=True, text=True, timeout=300)
    modules = set(json.loads(done.stdout.splitlines()[-1]))
    assert "linter.checks.merged_words" in modules and "click" not in modules


def test_the_program_ends_after_its_exit_handlers_with_all_its_output(tmp_path):
    """`run` skips the interpreter's teardown, not what ending does: exit handlers, flushed
    output, the status."""
    probe = ("import atexit, sys; from linter.launch import run\n"
             "atexit.register(lambda: print('handler ran', file=sys.stderr))\n"
             "run()")
    found = subprocess.run([sys.executable, "-c", probe, "check", "--no-cache", "--format", "json", SEED], cwd=ROOT,
                           capture_output=True, text=True, timeout=300)
    assert found.returncode == 1 and found.stderr.strip() == "handler ran"
    assert json.loads(found.stdout)  # the whole JSON document: every finding was written
    missing = subprocess.run([sys.executable, "-m", "linter", "check", "--no-cache", str(tmp_path / "none.txt")],
                             cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert missing.returncode == 2 and missing.stderr.startswith("newslint: error: ")

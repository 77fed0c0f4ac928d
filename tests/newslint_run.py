"""Helpers for tests that run newslint as a user does: a real process, stdout and stderr apart."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def newslint(*args: object, cwd: Path | None = None, stdin: bytes | str | None = None,
             env: dict[str, str] | None = None, timeout: float = 300) -> subprocess.CompletedProcess:
    """`python -m linter ARGS` in `cwd`; the result cache is off unless ARGS asks for it."""
    command = [sys.executable, "-m", "linter", *map(str, args)]
    if args and args[0] in ("check", "baseline") and "--cache-dir" not in args:
        command.insert(4, "--no-cache")
    data = stdin.encode("utf-8") if isinstance(stdin, str) else stdin
    done = subprocess.run(command, cwd=cwd, input=data, capture_output=True, timeout=timeout,
                          env={**os.environ, **(env or {})})
    return subprocess.CompletedProcess(done.args, done.returncode, done.stdout.decode("utf-8"),
                                       done.stderr.decode("utf-8"))


def one_error_line(done: subprocess.CompletedProcess, *parts: str) -> str:
    """Assert exit 2 and a single `newslint: error:` line on stderr containing `parts`; return it."""
    assert done.returncode == 2, (done.stdout, done.stderr)
    assert "Traceback" not in done.stdout + done.stderr
    lines = done.stderr.splitlines()
    assert len(lines) == 1, done.stderr
    assert lines[0].startswith("newslint: error: ")
    for part in parts:
        assert part in lines[0]
    return lines[0]


def config_error(folder: Path, config: str, *parts: str) -> str:
    """Lint an article under `.newslint.yaml` = `config`: one error line containing `parts`."""
    write(folder / ".newslint.yaml", config)
    write(folder / "article.md", "The minister said that the the budget would pass.\n")
    return one_error_line(newslint("check", "article.md", cwd=folder), *parts)


def findings(*args: object, cwd: Path | None = None, stdin: bytes | str | None = None) -> list[dict]:
    """The JSON findings of `newslint check ARGS` (which must not fail with status 2)."""
    done = newslint("check", "--format", "json", *args, cwd=cwd, stdin=stdin)
    assert done.returncode in (0, 1), done.stderr
    return json.loads(done.stdout)


def where(items: list[dict]) -> list[tuple[int, int, str]]:
    """(line, column, rule) of each finding."""
    return [(d["line"], d["column"], d["rule"]) for d in items]


def write(path: Path, text: str | bytes) -> Path:
    """Write text (UTF-8) or bytes, creating folders; returns the path."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8", newline="")
    return path

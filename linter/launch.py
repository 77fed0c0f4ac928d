"""The `newslint` program: a plain `newslint check` command line runs without importing click.

Importing click costs about as much as linting a short article, and a pre-commit hook starts
newslint for every commit with a line like `newslint check a.md b.txt`. Such a line (paths,
flags, `--format`, `--jobs` and `--cache-dir`) is read here and handed to the same `run_check` click would
call, with the same defaults and the same one-line errors and exit statuses; every other line
(`--help`, another command or option, a mistake to report) goes to click (`linter.cli`).
"""
from __future__ import annotations

import atexit
import errno
import gc
import os
import stat
import sys

FLAGS = {"--no-cache": "no_cache", "-q": "quiet", "--quiet": "quiet", "-v": "verbose", "--verbose": "verbose",
         "--exit-zero": "exit_zero", "--isolated": "isolated", "--no-respect-gitignore": "no_gitignore",
         "--fix": "fix", "--unsafe-fixes": "unsafe_fixes", "--diff": "diff", "--statistics": "statistics",
         "--strict": "strict"}
VALUES = {"--format": "output_format", "-j": "jobs", "--jobs": "jobs", "--cache-dir": "cache_dir"}
# `newslint check`'s parameters as click gives them when an option is absent
# (tests/test_launch.py holds them equal to the click command's).
CHECK_DEFAULTS = {
    "output_format": "text", "select": (), "ignore": (), "language": None, "fail_on": None, "exit_zero": False,
    "config_path": None, "isolated": False, "no_gitignore": False, "stdin_filename": None, "quiet": False,
    "verbose": False, "color": "auto", "jobs": None, "no_cache": False, "cache_dir": None, "output_file": None,
    "statistics": False, "fix": False, "unsafe_fixes": False, "diff": False, "baseline_path": None,
    "languagetool_url": None, "strict": False, "text_field": None, "id_field": None, "lang_field": None,
    "format_field": None, "summary_path": None, "fixed_output": None, "drop_if": (), "min_score": None,
    "dask_address": None,
}
ARTICLE_ENDINGS = (".md", ".markdown", ".mdx", ".txt")
# A run over files this small in all (a pre-commit hook's) collects young objects every
# SMALL_RUN_GEN0 allocations instead of Python's 700: at the default, some fifty collections
# cost a one-file run about 3% of its CPU, and its cyclic garbage stays small either way. A
# one-file run makes some 35,000 after start-up: at 20,000 its one collection walked them
# (~3 ms, 2% of the seed's run); at 100,000 it makes none (a 0.9 MB file's peak is unchanged).
SMALL_RUN_BYTES, SMALL_RUN_GEN0 = 1_000_000, 100_000


def run() -> None:
    """The program (the console script and `python -m linter`): `main`, then the process ends
    without tearing the interpreter down (`_end`)."""
    try:
        main()
    except SystemExit as done:
        _end(done)


def _end(done: SystemExit) -> None:
    """End the process at once: freeing the few hundred thousand objects a run made (modules,
    patterns, rules) cost a one-file run about 12 ms of its 150 of CPU, and the system frees
    them anyway. The exit handlers run and the output is flushed first; with another thread
    alive, a status that is not a number, or output that cannot be flushed, the process ends
    the ordinary way."""
    threading = sys.modules.get("threading")
    status_is_not_a_number = done.code is not None and type(done.code) is not int
    another_thread_alive = threading is not None and threading.active_count() > 1
    if status_is_not_a_number or another_thread_alive:
        raise done
    atexit._run_exitfuncs()
    try:
        for stream in (sys.stdout, sys.stderr):
            if stream is not None:
                stream.flush()
    except (OSError, ValueError):
        raise done from None
    os._exit(done.code or 0)


def main() -> None:
    params = plain_check(sys.argv[1:])
    if params is None:
        from .cli import main as click_main

        click_main()
        return
    run_plain(params)


def plain_check(args: list[str]) -> dict | None:
    """The parameters of a `check` line this module can read, else None (click reads it)."""
    if not args or args[0] != "check" or any(key.startswith("_") and key.endswith("_COMPLETE") for key in os.environ):
        return None
    params = dict(CHECK_DEFAULTS)
    paths: list[str] = []
    tokens = iter(args[1:])
    for token in tokens:
        if token in FLAGS:
            params[FLAGS[token]] = True
        elif token in VALUES:
            value = next(tokens, None)
            if value is None or not _valid(VALUES[token], value):
                return None
            params[VALUES[token]] = int(value) if VALUES[token] == "jobs" else value
        elif token == "-" or not token.startswith("-") and _article_or_folder(token):
            paths.append(token)
        else:
            return None
    if not paths:
        return None
    params["paths"] = tuple(paths)
    return params


def _valid(name: str, value: str) -> bool:
    if name == "cache_dir":
        return not value.startswith("-")
    if name == "jobs":
        return value.isascii() and value.isdigit() and int(value) >= 1
    from .reporters import FORMATS

    return value in FORMATS


def _article_or_folder(path: str) -> bool:
    """A path that cannot be a dataset (those take click's way, with their own options)."""
    return path.lower().endswith(ARTICLE_ENDINGS) or "://" not in path and os.path.isdir(path)


def run_plain(params: dict) -> None:
    """`run_check`, its errors reported as `linter.cli.NewslintGroup` reports them."""
    # Start-up allocates a few hundred thousand objects that live to the end (modules, classes,
    # patterns): at the default thresholds the collector walks them again and again while they
    # are made, about 4% of a one-file run. So it runs rarely while they are made, they are
    # frozen (it need not walk them again), and the run's own cycles are collected as usual
    # (less often in a run over a few small files: SMALL_RUN_GEN0).
    default = gc.get_threshold()
    gc.set_threshold(20_000, 20, 20)
    from . import runner  # noqa: F401 - imported before the freeze below
    from .cli_check import EXIT_ERROR, echo, ended_by_ctrl_c, run_check
    from .errors import NewslintError, error_line, internal_error_line

    gc.freeze()
    gc.set_threshold(*((SMALL_RUN_GEN0, *default[1:]) if _small_files(params["paths"]) else default))

    try:
        try:
            ended_by_ctrl_c(run_check)(**params)
        except NewslintError as exc:
            echo(error_line(exc))
            sys.exit(EXIT_ERROR)
        except (EOFError, KeyboardInterrupt):
            echo("")
            echo("newslint: aborted")
            sys.exit(EXIT_ERROR)
        except OSError as exc:
            if exc.errno != errno.EPIPE:
                raise
            sys.stdout, sys.stderr = _QuietFlush(sys.stdout), _QuietFlush(sys.stderr)
            sys.exit(1)
    except Exception as exc:  # noqa: BLE001 - a bug must not look like findings (exit 1)
        echo(internal_error_line(exc))
        sys.exit(EXIT_ERROR)
    sys.exit(0)


def _small_files(paths: tuple[str, ...]) -> bool:
    """Whether every path is a regular file and they hold SMALL_RUN_BYTES or less together."""
    total = 0
    for path in paths:
        try:
            status = os.stat(path)
        except (OSError, ValueError):
            return False
        if not stat.S_ISREG(status.st_mode):
            return False
        total += status.st_size
    return total <= SMALL_RUN_BYTES


class _QuietFlush:
    """A stream whose reader has gone (`newslint check | head`): flushing it, at exit too,
    raises nothing, as click leaves it."""

    def __init__(self, stream):
        self._stream = stream

    def flush(self) -> None:
        try:
            self._stream.flush()
        except OSError as exc:
            if exc.errno != errno.EPIPE:
                raise

    def __getattr__(self, name: str):
        return getattr(self._stream, name)

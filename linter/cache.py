"""The result cache: one JSON file per file content, settings, rule set and newslint version.

Entries are trusted to say "this file has these findings", so nobody but this machine's user
may be able to plant one: a key is an HMAC under a secret kept in the user's cache folder
(`$XDG_CACHE_HOME/newslint/secret`, created on first use), never in the cache folder itself.
A cache folder that was committed, restored from elsewhere or edited by someone else only
misses. What is read is checked field by field; anything else counts as a miss.
"""
from __future__ import annotations

import hashlib
import hmac
import json
from functools import lru_cache
from pathlib import Path

from . import __version__
from .atomic import remove_stale_temporaries, write_atomic
from .config import Settings
from .diagnostic import Diagnostic, Fix, Severity
from .engine import FileResult
from .errors import InputError, NewslintError
from .linemodel import MODEL_FILE
from .registry import builtin_rules_dir, rule_files
from .source import read_regular_file
from .user_cache import machine_secret

DEFAULT_DIR = ".newslint_cache"
MAX_ENTRY_BYTES = 50_000_000


class Cache:
    """FileResults stored under `directory`; unreadable, corrupt or invalid entries count as misses."""

    def __init__(self, directory: str | Path = DEFAULT_DIR, secret: bytes | None = None):
        self.root = Path(directory)
        self.secret = secret if secret is not None else machine_secret()
        self._swept: set[Path] = set()

    def key(self, path: str, settings: Settings) -> str | None:
        """The entry for a file as it is now, or None when it cannot be read (linting will say why)
        or there is no secret to sign with (the cache is then off)."""
        if not self.secret:
            return None
        try:
            data = read_regular_file(path, settings.max_file_size)
        except InputError:
            return None
        digest = hmac.new(self.secret, digestmod=hashlib.sha256)
        for part in (__version__, _code_digest(), _rules_digest(settings.rules_paths), repr(settings), path):
            digest.update(part.encode("utf-8", "surrogateescape") + b"\0")
        digest.update(data)
        return digest.hexdigest()

    def load(self, key: str) -> FileResult | None:
        try:
            raw = read_regular_file(str(self._entry(key)), MAX_ENTRY_BYTES)
            return _decode(json.loads(raw.decode("utf-8")))
        except (InputError, ValueError, KeyError, TypeError, RecursionError):
            return None

    def store(self, key: str, result: FileResult) -> None:
        """Save a result; errors are not cached, and a cache that cannot be written is only slower.

        Nor is a result a check could not contribute to (LanguageTool down): the next run retries it.
        """
        if result.error is not None or result.warnings:
            return
        entry = self._entry(key)
        try:
            entry.parent.mkdir(parents=True, exist_ok=True)
            if entry.parent not in self._swept:  # once per folder and run: a killed run's leftovers
                self._swept.add(entry.parent)
                remove_stale_temporaries(str(entry.parent))
            ignore = self.root / ".gitignore"
            if not ignore.exists():
                write_atomic(str(ignore), b"# Created by newslint: never commit this folder.\n*\n", durable=False)
            # ASCII JSON: paths that are not UTF-8 travel as \udcXX escapes and come back the same.
            write_atomic(str(entry), json.dumps(_encode(result)).encode("ascii"), durable=False)
        except (OSError, NewslintError):
            pass

    def _entry(self, key: str) -> Path:
        return self.root / key[:2] / f"{key}.json"


def _encode(result: FileResult) -> dict:
    return {
        "path": result.path, "language": result.language, "language_source": result.language_source,
        "lines": {str(n): text for n, text in result.lines.items()},
        "diagnostics": [[d.path, d.line, d.column, d.end_line, d.end_column, d.rule, d.message,
                         d.severity.value, None if d.fix is None else [d.fix.replacement, d.fix.safe],
                         d.start, d.end] for d in result.diagnostics],
        "notices": result.notices,
    }


def _decode(raw: dict) -> FileResult:
    """A FileResult from an entry, every field of its type; TypeError or ValueError otherwise."""
    if not isinstance(raw, dict):
        raise TypeError("entry")
    diagnostics = []
    for item in _of(raw["diagnostics"], list):
        path, line, column, end_line, end_column, rule, message, severity, fix, start, end = _of(item, list)
        numbers = (line, column, end_line, end_column, start, end)
        if not all(type(n) is int and n >= 0 for n in numbers):
            raise TypeError("position")
        if fix is not None:
            fix = Fix(_of(_of(fix, list)[0], str), _of(fix[1], bool))
        diagnostics.append(Diagnostic(_of(path, str), line, column, end_line, end_column, _of(rule, str),
                                      _of(message, str), Severity(severity), fix, start, end))
    lines = {int(n): _of(text, str) for n, text in _of(raw["lines"], dict).items()}
    notices = [_of(notice, str) for notice in _of(raw.get("notices", []), list)]
    return FileResult(_of(raw["path"], str), diagnostics, _optional_str(raw["language"]),
                      _optional_str(raw["language_source"]), lines=lines, notices=notices)


def _of(value, kind: type):
    if not isinstance(value, kind):
        raise TypeError(kind.__name__)
    return value


def _optional_str(value) -> str | None:
    return None if value is None else _of(value, str)


@lru_cache(maxsize=1)
def _code_digest() -> str:
    """newslint's own source, so that an edited check never serves stale results."""
    return _digest(sorted(Path(__file__).parent.rglob("*.py")), Path(__file__).parent)


@lru_cache(maxsize=32)
def _rules_digest(rules_paths: tuple[str, ...]) -> str:
    """The files the registry reads from the built-in rule folder and the user folders, and the
    line model's weights."""
    folders = [builtin_rules_dir(), *map(Path, rules_paths)]
    model = builtin_rules_dir() / MODEL_FILE
    return _digest([*(file for folder in folders for file in rule_files(folder)), *([model] if model.is_file() else [])],
                   None)


def _digest(files: list[Path], relative_to: Path | None) -> str:
    digest = hashlib.sha256()
    for file in files:
        name = file.relative_to(relative_to) if relative_to else file
        digest.update(str(name).encode("utf-8", "surrogateescape") + b"\0")
        try:
            digest.update(read_regular_file(str(file)))
        except InputError:
            digest.update(b"<unreadable>")
        digest.update(b"\0")
    return digest.hexdigest()

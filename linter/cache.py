"""The result cache: one JSON file per file content, settings, rule set and newslint version."""
from __future__ import annotations

import hashlib
import json
from functools import lru_cache
from pathlib import Path

from . import __version__
from .atomic import write_atomic
from .config import Settings
from .diagnostic import Diagnostic, Fix, Severity
from .engine import FileResult
from .errors import InputError, NewslintError
from .registry import builtin_rules_dir, rule_files
from .source import read_regular_file

DEFAULT_DIR = ".newslint_cache"


class Cache:
    """FileResults stored under `directory`; unreadable or corrupt entries count as misses."""

    def __init__(self, directory: str | Path = DEFAULT_DIR):
        self.root = Path(directory)

    def key(self, path: str, settings: Settings) -> str | None:
        """The entry for a file as it is now, or None when it cannot be read (linting will say why)."""
        try:
            data = read_regular_file(path, settings.max_file_size)
        except InputError:
            return None
        digest = hashlib.sha256()
        for part in (__version__, _code_digest(), _rules_digest(settings.rules_paths), repr(settings), path):
            digest.update(part.encode("utf-8", "surrogateescape") + b"\0")
        digest.update(data)
        return digest.hexdigest()

    def load(self, key: str) -> FileResult | None:
        try:
            return _decode(json.loads(self._entry(key).read_text(encoding="utf-8")))
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
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
            ignore = self.root / ".gitignore"
            if not ignore.exists():
                ignore.write_text("# Created by newslint.\n*\n", encoding="utf-8")
            write_atomic(str(entry), json.dumps(_encode(result), ensure_ascii=False).encode("utf-8"), durable=False)
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
    }


def _decode(raw: dict) -> FileResult:
    diagnostics = []
    for path, line, column, end_line, end_column, rule, message, severity, fix, start, end in raw["diagnostics"]:
        diagnostics.append(Diagnostic(path, line, column, end_line, end_column, rule, message, Severity(severity),
                                      None if fix is None else Fix(fix[0], bool(fix[1])), start, end))
    lines = {int(n): str(text) for n, text in raw["lines"].items()}
    return FileResult(str(raw["path"]), diagnostics, raw["language"], raw["language_source"], lines=lines)


@lru_cache(maxsize=1)
def _code_digest() -> str:
    """newslint's own source, so that an edited check never serves stale results."""
    return _digest(sorted(Path(__file__).parent.rglob("*.py")), Path(__file__).parent)


@lru_cache(maxsize=32)
def _rules_digest(rules_paths: tuple[str, ...]) -> str:
    """The files the registry reads from the built-in rule folder and the user folders."""
    folders = [builtin_rules_dir(), *map(Path, rules_paths)]
    return _digest([file for folder in folders for file in rule_files(folder)], None)


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

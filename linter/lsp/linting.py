"""Lint editor buffers: the configuration found upward from the document, re-read when it changes."""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlparse

from ..config import Config, find_config_file, load_config
from ..engine import FileResult, lint_source
from ..fix import fix_source
from ..formats import format_for
from ..ruleset import build_ruleset
from ..source import Source, decode


@dataclass(frozen=True)
class Linted:
    """One lint of one buffer version: the result, and the text it was computed on (\\n newlines)."""

    result: FileResult
    text: str
    excluded: bool = False

    @property
    def lines(self) -> list[str]:
        return self.text.split("\n")


def uri_to_path(uri: str) -> str:
    """The file path of a `file:` URI; other schemes keep the URI's path (for the suffix only)."""
    parsed = urlparse(uri)
    return unquote(parsed.path) if parsed.scheme in ("file", "") else unquote(parsed.path or uri)


class BufferLinter:
    """Lints documents by path and text, caching configurations by the config file's stat."""

    def __init__(self, root: str | None = None):
        self.root = Path(root or os.getcwd())
        self._configs: dict[tuple[str, int, int], Config] = {}

    def config_for(self, path: str) -> Config:
        """The nearest configuration; a changed file (new mtime or size) is read again."""
        folder = Path(path).parent
        found = find_config_file(folder) if folder.is_dir() else None
        if found is None:
            return load_config(None, self.root)
        info = found.stat()
        key = (str(found), info.st_mtime_ns, info.st_size)
        if key not in self._configs:
            load_config.cache_clear()
            self._configs = {key: load_config(found)}
        return self._configs[key]

    def lint(self, path: str, text: str) -> Linted:
        config = self.config_for(path)
        source = _source(text)
        if config.is_excluded(path):
            return Linted(FileResult(path), source.text, excluded=True)
        result = lint_source(source, path, config.settings_for(path), format_for(path))
        return Linted(result, source.text)

    def rule_files(self, path: str) -> dict[str, str]:
        """Each rule id's YAML file (its explain text), for the diagnostics' links."""
        registry = build_ruleset(self.config_for(path).settings_for(path)).registry
        return {rule_id: spec.origin for rule_id, spec in registry.specs.items() if Path(spec.origin).is_file()}

    def fix_all(self, path: str, text: str, unsafe: bool = False) -> str:
        """The buffer with every safe (or also unsafe) fix applied, to a fixed point."""
        config = self.config_for(path)
        settings, fmt = config.settings_for(path), format_for(path)
        fixed, _, _ = fix_source(_source(text), lambda s: lint_source(s, path, settings, fmt), unsafe)
        return fixed.text


def _source(text: str) -> Source:
    """Editor text as a Source; \\r\\n normalised as when a file is read."""
    return decode(text.encode("utf-8")) if "\r" in text else Source(text)

"""Output formats. Each reporter only formats results; one module per format."""
from __future__ import annotations

import importlib
from typing import TextIO

from ..engine import FileResult

FORMATS: dict[str, str] = {
    "text": "linter.reporters.text:TextReporter",
    "json": "linter.reporters.json:JsonReporter",
}


class Reporter:
    """Lifecycle, as in flake8: start, one call per file (in input order), finish."""

    def __init__(self, stream: TextIO, *, color: bool = False, show_source: bool = True, verbose: bool = False):
        self.stream = stream
        self.color = color
        self.show_source = show_source
        self.verbose = verbose

    def start(self) -> None:
        """Called once before the first file."""

    def file(self, result: FileResult) -> None:
        """Called once per file, errors included."""

    def finish(self) -> None:
        """Called once after the last file."""


def reporter_class(name: str) -> type[Reporter]:
    module, _, attr = FORMATS[name].partition(":")
    return getattr(importlib.import_module(module), attr)

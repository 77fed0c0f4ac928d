"""`--format json`: one JSON array of findings with exactly the keys of DESIGN.md."""
from __future__ import annotations

from ..diagnostic import Diagnostic
from ..result import FileResult
from . import Reporter, write_json
from .indented_json import Streamed


class JsonReporter(Reporter):
    def start(self) -> None:
        self.found: list[list[Diagnostic]] = []

    def file(self, result: FileResult) -> None:
        if result.diagnostics:
            self.found.append(result.diagnostics)

    def finish(self) -> None:
        write_json(self.stream, Streamed(d.to_dict() for found in self.found for d in found))

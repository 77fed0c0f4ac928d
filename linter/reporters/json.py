"""`--format json`: one JSON array of findings with exactly the keys of DESIGN.md."""
from __future__ import annotations

from ..result import FileResult
from . import Reporter, write_json


class JsonReporter(Reporter):
    def start(self) -> None:
        self.items: list[dict] = []

    def file(self, result: FileResult) -> None:
        self.items.extend(d.to_dict() for d in result.diagnostics)

    def finish(self) -> None:
        write_json(self.stream, self.items)

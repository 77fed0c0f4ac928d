"""`--format json`: one JSON array of findings with exactly the keys of DESIGN.md."""
from __future__ import annotations

import json

from ..engine import FileResult
from . import Reporter


class JsonReporter(Reporter):
    def start(self) -> None:
        self.items: list[dict] = []

    def file(self, result: FileResult) -> None:
        self.items.extend(d.to_dict() for d in result.diagnostics)

    def finish(self) -> None:
        json.dump(self.items, self.stream, ensure_ascii=False, indent=2)
        self.stream.write("\n")

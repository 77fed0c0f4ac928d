"""`--diff`: the unified diff of the fixes each file would get, instead of its findings."""
from __future__ import annotations

from ..engine import FileResult
from . import Reporter


class DiffReporter(Reporter):
    def file(self, result: FileResult) -> None:
        self.stream.write(getattr(result, "diff", ""))

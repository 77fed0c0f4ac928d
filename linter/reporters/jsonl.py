"""`--format jsonl`: one JSON object a line, the keys of `--format json`, for data pipelines."""
from __future__ import annotations

import json

from ..result import FileResult
from . import Reporter


class JsonLinesReporter(Reporter):
    def file(self, result: FileResult) -> None:
        for d in result.diagnostics:
            self.stream.write(json.dumps(d.to_dict(), ensure_ascii=False) + "\n")

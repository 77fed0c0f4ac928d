"""`--format json`: one JSON array of findings with exactly the keys of DESIGN.md."""
from __future__ import annotations

from collections.abc import Iterator

from ..diagnostic import Diagnostic
from ..result import FileResult
from . import Reporter, write_json
from .indented_json import Rendered, Streamed, render_items

_TOP = "\n"  # the findings are the document's top-level list


class JsonReporter(Reporter):
    cached_output = "json"

    def start(self) -> None:
        self.found: list[str | list[Diagnostic]] = []  # a file's findings, or their rendering

    def file(self, result: FileResult) -> None:
        if result.finding_count():
            self.found.append(result.rendered.get(self.cached_output) or result.diagnostics)

    def render(self, result: FileResult) -> str:
        return render_items((d.to_dict() for d in result.diagnostics), _TOP)

    def finish(self) -> None:
        write_json(self.stream, Streamed(self._items()))

    def _items(self) -> Iterator[object]:
        for found in self.found:
            if type(found) is str:
                yield Rendered(found, _TOP)
            else:
                yield from (d.to_dict() for d in found)

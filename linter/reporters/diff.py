"""`--diff`: the unified diff of the fixes each file would get, instead of its findings.

Control characters in it are escaped, like the text format's (a log is no patch to apply).
"""
from __future__ import annotations

from ..result import FileResult
from ..textsafe import neutralise
from . import Reporter


class DiffReporter(Reporter):
    def file(self, result: FileResult) -> None:
        diff = getattr(result, "diff", "")
        self.stream.write("\n".join(map(neutralise, diff.split("\n"))))

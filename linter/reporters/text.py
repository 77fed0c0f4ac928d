"""Human output like ruff and gcc: `path:line:col: severity rule message`, source and caret."""
from __future__ import annotations

from collections import Counter

from ..diagnostic import Diagnostic
from ..result import FileResult
from ..textsafe import neutralise
from . import Reporter, fix_state
from .snippet import excerpt

_COLORS = {"error": "\033[31m", "warning": "\033[33m", "info": "\033[36m"}
_BOLD, _DIM, _RESET = "\033[1m", "\033[2m", "\033[0m"


class TextReporter(Reporter):
    def start(self) -> None:
        self.count = 0
        self.files_with_findings = 0
        self.fixes: Counter[str | None] = Counter()

    def file(self, result: FileResult) -> None:
        if not result.diagnostics:
            return
        self.files_with_findings += 1
        for diagnostic in result.diagnostics:
            self.count += 1
            self.fixes[fix_state(diagnostic, self.unsafe_fixes)] += 1
            self.stream.write(self.format(diagnostic) + "\n")
            if self.show_source and diagnostic.line in result.lines:
                self.stream.write(self.source(diagnostic, result.lines[diagnostic.line]))

    def format(self, d: Diagnostic) -> str:
        where = neutralise(f"{d.path}:{d.line}:{d.column}:")
        severity, rule = d.severity.value, neutralise(d.rule)
        if self.color:
            where = _BOLD + where + _RESET
            severity = _COLORS[severity] + severity + _RESET
            rule = _BOLD + rule + _RESET
        return f"{where} {severity} {rule} {neutralise(d.message)}"

    def source(self, d: Diagnostic, line: str) -> str:
        """A window of the line around the finding, control characters escaped, and a caret under its span."""
        shown, column, width = excerpt(line, d.column - 1, d.end_column - 1 if d.end_line == d.line else None)
        caret = " " * column + "^" * width
        if self.color:
            caret = _COLORS[d.severity.value] + caret + _RESET
        return f"  {shown}\n  {caret}\n"

    def finish(self) -> None:
        if not self.count or not self.show_source:  # --quiet: the findings only, no summary
            return
        noun = "finding" if self.count == 1 else "findings"
        files = "file" if self.files_with_findings == 1 else "files"
        self.stream.write(f"Found {self.count} {noun} in {self.files_with_findings} {files}.\n")
        fixable = fixable_summary(self.fixes["fixable"], self.fixes["unsafe"], self.unsafe_fixes)
        if fixable:
            self.stream.write(fixable + "\n")


def fixable_summary(safe: int, unsafe: int, unsafe_on: bool) -> str:
    """`3 fixable with --fix (1 more with --unsafe-fixes).`, or "" when nothing is fixable."""
    if not safe and not unsafe:
        return ""
    flag = "--fix --unsafe-fixes" if unsafe_on else "--fix"
    more = f" ({unsafe} more with --unsafe-fixes)" if unsafe else ""
    return f"{safe} fixable with {flag}{more}."

"""A result as the cache index keeps it: its findings as marshal data, decoded only when used.

A re-run over a cached tree writes most files' findings from their kept rendering
(`FileResult.rendered`) and needs of them only how many there are and how serious the worst
is: those are kept beside them, so such a file's findings are never decoded.
"""
from __future__ import annotations

import marshal

from .diagnostic import Diagnostic, Fix, Severity
from .result import FileResult

SEVERITIES = {severity.value: severity for severity in Severity}  # a dict look-up, not Enum's call


def index_entry(result: FileResult) -> dict:
    """What the index keeps of a result (marshal data, signed with the index)."""
    found = [[d.path, d.line, d.column, d.end_line, d.end_column, d.rule, d.message, d.severity.value,
              None if d.fix is None else [d.fix.replacement, d.fix.safe], d.start, d.end] for d in result.diagnostics]
    return {"path": result.path, "language": result.language, "language_source": result.language_source,
            "notices": result.notices, "count": len(found), "worst": result.worst_rank(),
            "findings": marshal.dumps([result.lines, found]), "rendered": {}}


class IndexedResult(FileResult):
    """A result read from a signed index entry, which only this code wrote (with this file's
    context): its fields need no checking. Its diagnostics and lines are decoded on first use."""

    @classmethod
    def of(cls, entry: dict) -> IndexedResult:
        result = cls(entry["path"], language=entry["language"], language_source=entry["language_source"],
                     notices=list(entry["notices"]))
        del result.diagnostics, result.lines  # read through __getattr__, from these:
        result._findings, result._count, result._worst = entry["findings"], entry["count"], entry["worst"]
        return result

    def __getattr__(self, name: str):
        """`diagnostics` and `lines`, decoded when first asked for (only missing attributes come here)."""
        if name not in ("diagnostics", "lines") or "_findings" not in self.__dict__:
            raise AttributeError(name)
        lines, found = marshal.loads(self.__dict__.pop("_findings"))
        self.lines = lines
        self.diagnostics = [Diagnostic(path, line, column, end_line, end_column, rule, message, SEVERITIES[severity],
                                       None if fix is None else Fix(fix[0], fix[1]), start, end)
                            for path, line, column, end_line, end_column, rule, message, severity, fix, start, end
                            in found]
        return self.__dict__[name]

    def finding_count(self) -> int:
        return self._count if "_findings" in self.__dict__ else super().finding_count()

    def worst_rank(self) -> int:
        return self._worst if "_findings" in self.__dict__ else super().worst_rank()

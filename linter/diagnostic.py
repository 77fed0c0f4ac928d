"""The one finding type that every check produces and every reporter prints."""
from __future__ import annotations

from enum import Enum

from .value import Ordered, set_field


class Severity(str, Enum):
    """How serious a finding is; ordered info < warning < error."""

    INFO = "info"
    WARNING = "warning"
    ERROR = "error"

    @property
    def rank(self) -> int:
        return {"info": 0, "warning": 1, "error": 2}[self.value]

    @classmethod
    def parse(cls, value: str) -> "Severity":
        try:
            return cls(str(value).lower())
        except ValueError:
            raise ValueError(f"unknown severity {value!r} (use error, warning or info)") from None


class Fix(Ordered):
    """Replace the finding's exact span with `replacement`; `safe` fixes run under plain --fix."""

    __slots__ = FIELDS = ("replacement", "safe")

    def __init__(self, replacement: str, safe: bool = True):
        set_field(self, "replacement", replacement)
        set_field(self, "safe", safe)

    @property
    def applicability(self) -> str:
        """"safe" (applied by --fix) or "unsafe" (only with --unsafe-fixes too)."""
        return "safe" if self.safe else "unsafe"


class Diagnostic(Ordered):
    """A finding at a span of a file: 1-based lines and columns (code points), end exclusive.

    `start` and `end`: offsets into the document text (newlines normalised to \\n), for the
    fixer and the baseline. `shares_line`: a whole-line finding that leaves the line's other
    findings standing (a page's date stamp: its misspelt month is worth reporting as well);
    other whole-line findings own their line. Neither they nor `fix` take part in comparisons.
    """

    __slots__ = FIELDS = ("path", "line", "column", "end_line", "end_column", "rule", "message", "severity", "fix",
                          "start", "end", "shares_line")
    COMPARED = FIELDS[:8]

    def __init__(self, path: str, line: int, column: int, end_line: int, end_column: int, rule: str, message: str,
                 severity: Severity = Severity.WARNING, fix: Fix | None = None, start: int = 0, end: int = 0,
                 shares_line: bool = False):
        set_field(self, "path", path)
        set_field(self, "line", line)
        set_field(self, "column", column)
        set_field(self, "end_line", end_line)
        set_field(self, "end_column", end_column)
        set_field(self, "rule", rule)
        set_field(self, "message", message)
        set_field(self, "severity", severity)
        set_field(self, "fix", fix)
        set_field(self, "start", start)
        set_field(self, "end", end)
        set_field(self, "shares_line", shares_line)

    @property
    def last_line(self) -> int:
        """The last line the finding touches (a whole-line span ends at column 1 of the next line)."""
        return self.end_line - 1 if self.end_column == 1 and self.end_line > self.line else self.end_line

    def to_dict(self) -> dict:
        """The public JSON shape of DESIGN.md."""
        return {
            "path": self.path,
            "line": self.line,
            "column": self.column,
            "end_line": self.end_line,
            "end_column": self.end_column,
            "rule": self.rule,
            "severity": self.severity.value,
            "message": self.message,
            "fix": None if self.fix is None else {"replacement": self.fix.replacement,
                                                     "applicability": self.fix.applicability},
        }

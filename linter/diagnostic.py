"""The one finding type that every check produces and every reporter prints."""
from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum


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


@dataclass(frozen=True, order=True)
class Fix:
    """Replace the finding's exact span with `replacement`; `safe` fixes run under plain --fix."""

    replacement: str
    safe: bool = True

    @property
    def applicability(self) -> str:
        """"safe" (applied by --fix) or "unsafe" (only with --unsafe-fixes too)."""
        return "safe" if self.safe else "unsafe"


@dataclass(frozen=True, order=True)
class Diagnostic:
    """A finding at a span of a file: 1-based lines and columns (code points), end exclusive."""

    path: str
    line: int
    column: int
    end_line: int
    end_column: int
    rule: str
    message: str
    severity: Severity = Severity.WARNING
    fix: Fix | None = field(default=None, compare=False)
    # Offsets into the document text (newlines normalised to \n); used by the fixer and baseline.
    start: int = field(default=0, compare=False)
    end: int = field(default=0, compare=False)
    # A whole-line finding that leaves the line's other findings standing (a page's date stamp:
    # its misspelt month is worth reporting as well); other whole-line findings own their line.
    shares_line: bool = field(default=False, compare=False)

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

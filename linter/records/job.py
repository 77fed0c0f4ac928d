"""What a dataset job does to each record: which fields, which settings, which policy, which fixes."""
from __future__ import annotations

from dataclasses import dataclass, field

from ..config import Settings
from ..diagnostic import Diagnostic
from ..fix import FixMode
from .policy import Policy

TYPE_CHECKING = False  # typing's flag, without importing typing: a run never does (~3 ms)
if TYPE_CHECKING:
    from typing import Any


@dataclass(frozen=True)
class Fields:
    """The record fields that hold the article, its id and, optionally, its language and format."""

    text: str = "text"
    id: str = "id"
    lang: str | None = None
    format: str | None = None


@dataclass(frozen=True)
class RecordJob:
    """Everything a worker needs to lint one record (picklable, so it travels to processes and Dask)."""

    fields: Fields
    settings: Settings
    policy: Policy
    fix: FixMode | None = None


@dataclass
class RecordResult:
    """One record's findings and summary; `record` is the record to write to the fixed dataset."""

    id: str | None
    diagnostics: list[Diagnostic]
    summary: dict[str, Any]
    lines: dict[int, str] = field(default_factory=dict)
    record: Any = None
    # Checks that could not run on it (a pattern over its time limit, LanguageTool down): one line each.
    warnings: list[str] = field(default_factory=list)
    # A rule crashed on it (a bug, not a bad record): the run ends with exit status 2.
    failed: bool = False

    @property
    def error(self) -> str | None:
        return self.summary["error"]

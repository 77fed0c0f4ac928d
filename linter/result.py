"""What linting one file gives: kept apart from the engine so that the cache and the reporters
can build and read results without importing the checks."""
from __future__ import annotations

from dataclasses import dataclass, field

from .diagnostic import Diagnostic


@dataclass
class FileResult:
    """The outcome for one file: its diagnostics, or the error that stopped it."""

    path: str
    diagnostics: list[Diagnostic] = field(default_factory=list)
    language: str | None = None
    language_source: str | None = None
    error: str | None = None
    # The text of each line that has a diagnostic, for reporters that show the source.
    lines: dict[int, str] = field(default_factory=dict)
    # Checks that could not run (LanguageTool down): one line each, printed once per run.
    warnings: list[str] = field(default_factory=list)
    # One of them was marked required (`languagetool.required`): the run must fail.
    required_failed: bool = False
    # Mistakes in the article's declarations (an unknown `lang:`): warnings that fail nothing.
    notices: list[str] = field(default_factory=list)
    # The findings as an output format writes them, by format (see `Reporter.cached_output`):
    # kept in the result cache, so that a cached file's findings are written, not formatted.
    rendered: dict[str, str] = field(default_factory=dict, compare=False, repr=False)

    def finding_count(self) -> int:
        return len(self.diagnostics)

    def worst_rank(self) -> int:
        """The rank of its most serious finding (`Severity.rank`), -1 without findings."""
        return max((d.severity.rank for d in self.diagnostics), default=-1)

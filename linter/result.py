"""What linting one file gives: kept apart from the engine so that the cache and the reporters
can build and read results without importing the checks."""
from __future__ import annotations

from .diagnostic import Diagnostic
from .value import Value


class FileResult(Value):
    """The outcome for one file: its diagnostics, or the error that stopped it.

    `lines`: the text of each line that has a diagnostic, for reporters that show the source.
    `warnings`: checks that could not run (LanguageTool down), one line each, printed once per
    run; `required_failed`: one of them was marked required (`languagetool.required`), the run
    must fail. `notices`: mistakes in the article's declarations (an unknown `lang:`), warnings
    that fail nothing. `rendered`: the findings as an output format writes them, by format (see
    `Reporter.cached_output`), kept in the result cache so that a cached file's findings are
    written, not formatted; it takes no part in comparisons.
    """

    FIELDS = ("path", "diagnostics", "language", "language_source", "error", "lines", "warnings", "required_failed",
              "notices", "rendered")
    COMPARED = FIELDS[:-1]

    def __init__(self, path: str, diagnostics: list[Diagnostic] | None = None, language: str | None = None,
                 language_source: str | None = None, error: str | None = None, lines: dict[int, str] | None = None,
                 warnings: list[str] | None = None, required_failed: bool = False, notices: list[str] | None = None,
                 rendered: dict[str, str] | None = None):
        self.path, self.language, self.language_source, self.error = path, language, language_source, error
        self.diagnostics = [] if diagnostics is None else diagnostics
        self.lines = {} if lines is None else lines
        self.warnings = [] if warnings is None else warnings
        self.required_failed = required_failed
        self.notices = [] if notices is None else notices
        self.rendered = {} if rendered is None else rendered

    def finding_count(self) -> int:
        return len(self.diagnostics)

    def worst_rank(self) -> int:
        """The rank of its most serious finding (`Severity.rank`), -1 without findings."""
        return max((d.severity.rank for d in self.diagnostics), default=-1)

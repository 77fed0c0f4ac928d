"""`languagetool`: LanguageTool's grammar and spelling matches, off unless a server is configured.

Without `languagetool: {url: ...}` or `{local: true}` (or `--languagetool-url`) the check finds
nothing and imports nothing of the client. A LanguageTool that cannot answer is reported by the
engine as one warning (CheckUnavailable); the other rules are not affected.
"""
from __future__ import annotations


from ..compiled import compile_cached
from ..config import thaw
from ..diagnostic import Diagnostic
from ..document import Document
from ..errors import CheckUnavailable
from ..languagetool.defaults import load_defaults
from ..languagetool.options import Options, parse_options
from ..rule import Check, Finding

TYPE_CHECKING = False  # typing's flag, without importing typing: a run never does (~3 ms)
if TYPE_CHECKING:
    from typing import Iterable

    from ..config import Settings
    from ..languagetool.checker import Located

# The message carries the LanguageTool rule id as `[ID]`: suppressions (`grammar[ID]`) match it too.
_LT_RULE = compile_cached(r"\[([\w.-]+)\]")


class LanguageToolCheck(Check):
    name = "languagetool"
    DATA = frozenset({"covered_by", "default_disabled"})

    def __init__(self, spec, options=None):
        super().__init__(spec, options)
        self.lt = Options()
        self.defaults = load_defaults(spec.data)
        self.named = False  # selected by its id (`--select grammar`), not only as part of ALL

    def configure(self, settings: Settings) -> None:
        self.lt = parse_options(thaw(settings.languagetool)) if settings.languagetool else Options()
        self.named = self.spec.id in (settings.select or ())

    def find(self, doc: Document) -> Iterable[Finding]:
        if not self.lt.enabled:
            if self.named:  # asked for by name: a silent green run would mislead
                raise CheckUnavailable(f"rule '{self.spec.id}' is selected but no LanguageTool is configured: "
                                       "pass --languagetool-url URL or set languagetool.url in .newslint.yaml")
            return ()
        from ..languagetool.checker import check_document
        from ..languagetool.client import LanguageToolError

        try:
            located = check_document(doc, self.lt, self.defaults if self.lt.default_disabled else None)
        except LanguageToolError as exc:
            raise CheckUnavailable(f"{exc} (rule '{self.spec.id}' skipped)", required=self.lt.required) from None
        return [self._finding(item) for item in located]

    def _finding(self, item: Located) -> Finding:
        match = item.match
        return Finding(item.start, item.end,
                       values={"lt_rule": match.rule_id, "lt_category": match.category, "lt_message": match.message},
                       replacement=match.replacements[0] if match.replacements else None,
                       severity=self.lt.severity_for(match.category))

    def review(self, own: list[Diagnostic], everyone: list[Diagnostic]) -> list[Diagnostic]:
        """With `drop_covered`, drop a match that a newslint rule listed in `covered_by` reports on the same span."""
        covered_by: dict[str, list[str]] = self.spec.data.get("covered_by") or {}
        others = [d for d in everyone if d.rule in covered_by and d.rule != self.spec.id]
        if not (own and others and self.lt.drop_covered):
            return own
        return [d for d in own if not any(_same_problem(d, other, covered_by[other.rule]) for other in others)]


def _same_problem(mine: Diagnostic, other: Diagnostic, patterns: list[str]) -> bool:
    import fnmatch  # only with LanguageTool's findings (it imports `re`, which a run need not)

    found = _LT_RULE.search(mine.message)
    return (found is not None and mine.start < other.end and other.start < mine.end
            and any(fnmatch.fnmatchcase(found.group(1), pattern) for pattern in patterns))

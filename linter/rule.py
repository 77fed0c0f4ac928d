"""Rules: a YAML spec (id, message, data per language) bound to a generic Python check."""
from __future__ import annotations

from _string import formatter_parser  # string.Formatter's own parser (importing string costs 0.7 ms)
from bisect import bisect_left
from itertools import accumulate

from .compiled import compile_cached
from .diagnostic import Diagnostic, Fix, Severity
from .document import Document
from .timed_pattern import DEFAULT_TIMEOUT, TimedPattern
from .value import Frozen, Value, set_field

TYPE_CHECKING = False  # typing's flag, without importing typing: a run never does (~3 ms)
if TYPE_CHECKING:
    from typing import Any, ClassVar, Iterable, Iterator

    import regex

    from .config import Settings

ALL_LANGUAGES = "all"
# Keys every rule file may have; everything else is data for its check.
SPEC_KEYS = frozenset({
    "id", "check", "summary", "severity", "languages", "message", "explain", "examples",
    "fix", "fix_safety", "options",
})
# Options of every check: `timeout`, the seconds each search of a pattern from the rule's data may take.
COMMON_OPTIONS: dict[str, Any] = {"timeout": DEFAULT_TIMEOUT}


class Finding(Frozen):
    """What a check reports: a span of the document, with optional message values and fix.

    `whole_line`: a line finding, which may contain skipped parts (a link, even at the start);
    one character must be prose. `shares_line`: a whole-line finding that does not hide the
    other findings on its line (Diagnostic.shares_line). `severity` overrides the rule's for
    this finding (LanguageTool's per-category severities).
    """

    __slots__ = FIELDS = ("start", "end", "values", "replacement", "safe", "message", "whole_line", "shares_line",
                          "severity")

    def __init__(self, start: int, end: int, values: dict[str, Any] | None = None, replacement: str | None = None,
                 safe: bool | None = None, message: str | None = None, whole_line: bool = False,
                 shares_line: bool = False, severity: Severity | None = None):
        set_field(self, "start", start)
        set_field(self, "end", end)
        set_field(self, "values", {} if values is None else values)
        set_field(self, "replacement", replacement)
        set_field(self, "safe", safe)
        set_field(self, "message", message)
        set_field(self, "whole_line", whole_line)
        set_field(self, "shares_line", shares_line)
        set_field(self, "severity", severity)


class RuleSpec(Value):
    """A rule as declared in YAML; `fix_safety`: "safe", "unsafe" or None (no fix). `signature`
    names the contents of the rule files it was read with: data worked out from the rule may be
    kept in the user cache under it (empty: keep nothing)."""

    FIELDS = ("id", "check", "summary", "severity", "languages", "message", "explain", "examples", "fix_safety",
              "options", "data", "origin", "signature")

    def __init__(self, id: str, check: str, summary: str = "", severity: Severity = Severity.WARNING,  # noqa: A002
                 languages: tuple[str, ...] | str = ALL_LANGUAGES, message: str = "",
                 explain: dict[str, str] | None = None, examples: dict[str, dict[str, list[str]]] | None = None,
                 fix_safety: str | None = None, options: dict[str, Any] | None = None,
                 data: dict[str, Any] | None = None, origin: str = "<builtin>", signature: str = ""):
        self.id, self.check, self.summary, self.severity = id, check, summary, severity
        self.languages, self.message, self.fix_safety, self.origin = languages, message, fix_safety, origin
        self.signature = signature
        self.explain = {} if explain is None else explain
        self.examples = {} if examples is None else examples
        self.options = {} if options is None else options
        self.data = {} if data is None else data

    def applies_to(self, language: str | None) -> bool:
        return self.languages == ALL_LANGUAGES or (language in self.languages)

    def language_data(self, key: str, language: str | None, default: Any = None) -> Any:
        """`data[key]` for one language.

        A value keyed by language codes (and `all`) is per-language: lists under `all` and
        under the language are joined, mappings merged. Any other value is shared as it is.
        """
        value = self.data.get(key, default)
        if not (isinstance(value, dict) and _looks_per_language(value)):
            return value
        shared, own = value.get(ALL_LANGUAGES), value.get(language)
        if isinstance(shared, list) or isinstance(own, list):
            return [*(shared or []), *(own or [])]
        if isinstance(shared, dict) or isinstance(own, dict):
            return {**(shared or {}), **(own or {})}
        return own if own is not None else shared if shared is not None else default

    def explain_sections(self) -> list[str]:
        """The rule's documentation in Markdown sections: what, why, fix safety, examples per language."""
        sections = [f"## {title}\n{self.explain[key].strip()}"
                    for title, key in (("What it does", "what"), ("Why is this bad?", "why"), ("Fix safety", "fix"))
                    if self.explain.get(key)]
        for language, cases in self.examples.items():
            for title, kind in (("Example", "bad"), ("Use instead", "good")):
                if (cases or {}).get(kind):
                    sections.append(f"## {title} ({language})\n{str(cases[kind][0]).strip()}")
        return sections


def _looks_per_language(value: dict) -> bool:
    return all(isinstance(k, str) and (len(k) == 2 or k == ALL_LANGUAGES) for k in value)


class Check:
    """A generic check. Subclasses set `name`, may declare `OPTIONS` defaults, and implement `find`."""

    name: ClassVar[str] = ""
    OPTIONS: ClassVar[dict[str, Any]] = {}
    # The data keys a rule file may give this check; None: not declared, so not validated.
    DATA: ClassVar[frozenset[str] | None] = None

    @classmethod
    def problems(cls, spec: RuleSpec) -> Iterator[str]:
        """What is wrong with a rule file for this check: data keys it never reads (`patern:`)."""
        known = cls.known_data(spec)
        if known is None:
            return
        known = known | {"defer_to"}  # read by every check's `review`
        for key in spec.data:
            if key not in known:
                import difflib  # only for a hint

                hint = difflib.get_close_matches(str(key), sorted(known | SPEC_KEYS), n=1)
                yield f"unknown key '{key}'" + (f"; did you mean '{hint[0]}'?" if hint else
                                                 f"; check '{spec.check}' reads {', '.join(sorted(known)) or 'no data'}")

    @classmethod
    def known_data(cls, spec: RuleSpec) -> frozenset[str] | None:
        return cls.DATA

    def __init__(self, spec: RuleSpec, options: dict[str, Any] | None = None):
        self.spec = spec
        self.options = {**COMMON_OPTIONS, **self.OPTIONS, **spec.options, **(options or {})}

    def timed(self, compiled: regex.Pattern) -> TimedPattern:
        """A pattern built from the rule's data (anyone's to write), searched under the rule's `timeout`."""
        return TimedPattern(compiled, self.options["timeout"])

    def configure(self, settings: Settings) -> None:
        """Read run-wide settings (the `languagetool:` section); most checks need none."""

    def prepare(self, doc: Document) -> None:
        """Work for the document's language that every rule's search may need, done before any
        rule searches it (the pattern rules' needles); most checks need none."""

    def find(self, doc: Document) -> Iterable[Finding]:
        raise NotImplementedError

    def review(self, own: list[Diagnostic], everyone: list[Diagnostic]) -> list[Diagnostic]:
        """A second look once every rule has run on the document: drop findings others cover.

        By default, drops a finding that overlaps one of a rule named in data `defer_to` (a
        space before a comma is `spacing`, unless it is the hole a dropped link left)."""
        deferred = set(self.spec.data.get("defer_to") or ())
        spans = sorted((d.start, d.end) for d in everyone if d.rule in deferred)
        if not (own and spans):
            return own
        starts = [start for start, _ in spans]
        reach = list(accumulate((end for _, end in spans), max))
        return [d for d in own if not overlaps(starts, reach, d.start, d.end)]


class Rule(Value):
    """A spec with its check instance and the effective severity for one configuration."""

    FIELDS = ("spec", "check", "severity")

    def __init__(self, spec: RuleSpec, check: Check, severity: Severity):
        self.spec, self.check, self.severity = spec, check, severity

    @property
    def id(self) -> str:
        return self.spec.id

    def run(self, doc: Document) -> Iterator[Diagnostic]:
        safe = self.spec.fix_safety != "unsafe"
        for finding in self.check.find(doc):
            if finding.end <= finding.start and finding.start < len(doc.text):
                continue
            if finding.whole_line:
                if not _has_prose(doc, finding.start, finding.end):
                    continue
            elif doc.is_skipped(finding.start, finding.end):
                continue
            line, column = doc.position(finding.start)
            end_line, end_column = doc.position(finding.end)
            values = {"text": doc.text[finding.start:finding.end], **finding.values}
            message = finding.message or self.spec.message or self.spec.summary
            fix = None
            if finding.replacement is not None and self.spec.fix_safety:
                fix = Fix(finding.replacement, safe if finding.safe is None else finding.safe)
            yield Diagnostic(
                path=doc.path, line=line, column=column, end_line=end_line, end_column=end_column,
                rule=self.spec.id, message=_format(message, values), severity=finding.severity or self.severity,
                fix=fix, start=finding.start, end=finding.end, shares_line=finding.shares_line,
            )


def _has_prose(doc: Document, start: int, end: int) -> bool:
    """Whether text[start:end] (a whole-line finding) has a character that is prose: a line that
    opens inside a web address (`pic.twitter.com/… — Name (@handle)`) is still linted, a line of
    code or front matter is not."""
    return bool(doc.prose[start:end].strip())


def overlaps(starts: list[int], reach: list[int], start: int, end: int) -> bool:
    """Whether [start, end) overlaps a span; `reach[i]`: the furthest end of the first i+1 spans."""
    i = bisect_left(starts, max(end, start + 1)) - 1
    return i >= 0 and reach[i] > start


def _format(template: str, values: dict[str, Any]) -> str:
    """The message with its values; a template that does not fit them, or asks for a width or
    precision of four digits or more (`{text:>999999999}` would allocate a gigabyte) or reaches
    into a value's attributes (`{text.__class__}`), as written."""
    try:
        if any(_BIG_NUMBER.search(spec or "") or _ACCESS.search(name or "")
               for _, name, spec, _ in formatter_parser(template)):
            raise ValueError("format field not allowed")
        text = template.format(**values)
    except (KeyError, IndexError, ValueError, AttributeError, TypeError):
        text = template
    return " ".join(text.split())


_BIG_NUMBER = compile_cached(r"\d{4}")
_ACCESS = compile_cached(r"[.\[]")

"""`pattern`: regular expressions, shared or per language, with optional fix templates.

A pattern may name, in braces, a regex list of the rule's own data (per language, joined as
alternatives) or a word list of the language file, `{months}`; a named group `span` narrows
the reported span to part of the match. Patterns come from rule files anyone can commit, so
each search has a time limit (`timeout`, seconds): a pattern that backtracks without end
(`(a|a)+$`) costs its rule's findings in that file and a warning, not the run.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Iterator

import regex

from ..document import Document
from ..errors import CheckUnavailable, ConfigError, one_line
from ..langdata import alternation, word_list
from ..rule import Check, Finding

_PLACEHOLDER = regex.compile(r"\{([A-Za-z_]\w*)\}")
_MAX_DEPTH = 5


@dataclass(frozen=True)
class Pattern:
    regex: regex.Pattern
    message: str | None = None
    replacement: str | None = None
    safe: bool | None = None


class PatternCheck(Check):
    name = "pattern"
    DATA = frozenset({"pattern", "patterns"})
    OPTIONS = {"ignorecase": False, "scope": "prose", "timeout": 2.0}

    @classmethod
    def problems(cls, spec) -> Iterator[str]:
        yield from super().problems(spec)
        if not spec.data.get("pattern") and not spec.data.get("patterns"):
            yield "a pattern rule needs 'pattern' (a regex) or 'patterns' (per language)"

    def __init__(self, spec, options=None):
        super().__init__(spec, options)
        self._compiled: dict[str | None, list[Pattern]] = {}

    def patterns(self, doc: Document) -> list[Pattern]:
        if doc.language not in self._compiled:
            self._compiled[doc.language] = self._compile(doc)
        return self._compiled[doc.language]

    def _compile(self, doc: Document) -> list[Pattern]:
        raw = self.spec.language_data("patterns", doc.language) or []
        if self.spec.data.get("pattern"):
            raw = [self.spec.data["pattern"], *raw]
        flags = regex.M | (regex.I if self.options["ignorecase"] else 0)
        compiled = []
        for item in raw if isinstance(raw, list) else [raw]:
            entry = item if isinstance(item, dict) else {"pattern": item}
            source = self._expand(doc, str(entry["pattern"]), 0)
            try:
                pattern = regex.compile(source, flags)
            except regex.error as exc:
                raise ConfigError(f"{self.spec.origin}: rule {self.spec.id}: bad pattern {source!r}: {exc}") from None
            compiled.append(Pattern(pattern, entry.get("message"), entry.get("replacement"), entry.get("safe")))
        return compiled

    def _expand(self, doc: Document, source: str, depth: int) -> str:
        """Replace each `{name}`: the rule's own regexes under data `name` (expanded in turn),
        else the language file's word list; anything else is left as it is."""
        def substitute(match: regex.Match) -> str:
            name = match.group(1)
            own = None if name in ("pattern", "patterns") else self.spec.language_data(name, doc.language)
            if own is not None:
                if depth >= _MAX_DEPTH:
                    raise ConfigError(f"{self.spec.origin}: rule {self.spec.id}: placeholders nest too deep at '{name}'")
                items = own if isinstance(own, list) else [own]
                return "(?:" + "|".join(f"(?:{self._expand(doc, str(i), depth + 1)})" for i in items) + ")"
            if doc.lang_data.get(name) is not None:
                return f"(?:{alternation(word_list(doc, name))})"
            return match.group(0)

        return _PLACEHOLDER.sub(substitute, source)

    def find(self, doc: Document) -> Iterable[Finding]:
        haystack = doc.text if self.options["scope"] == "text" else doc.prose
        timeout = self.options["timeout"]
        for pattern in self.patterns(doc):
            try:
                for match in pattern.regex.finditer(haystack, timeout=timeout):
                    group = "span" if "span" in pattern.regex.groupindex and match.group("span") is not None else 0
                    start, end = match.span(group)
                    replacement = None if pattern.replacement is None else match.expand(pattern.replacement)
                    values = {k: v for k, v in match.groupdict().items() if v is not None}
                    yield Finding(start, end, values=values, replacement=replacement,
                                  safe=pattern.safe, message=pattern.message)
            except TimeoutError:
                raise CheckUnavailable(
                    f"{doc.path}: rule '{self.spec.id}' skipped: its pattern {one_line(pattern.regex.pattern, 80)!r} "
                    f"took over {timeout:g} s (raise rules.{self.spec.id}.timeout if it is slow, not stuck)") from None

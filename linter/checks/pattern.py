"""`pattern`: regular expressions, shared or per language, with optional fix templates.

A pattern may name, in braces, a word list of the language file (`{months}`) or a data key
of the rule (a regex or a list of regexes, per language like `patterns`); a named group
`span` narrows the reported span to part of the match. A pattern given as a mapping may
limit itself to some `formats` (`[text]`: raw HTML is markup in Markdown, a leak in text),
search its own `scope` (`text`: the markup too, such as a template variable in Markdown;
findings inside code and link targets are still dropped) and, with `unknown_word: true`, keep
only matches that the word-frequency lexicon does not know as a word of the language
(`AccueilAccueil` is an icon label doubled, `TomTom` a brand); with `word_class: {group: [verb]}`,
keep only matches whose named group is a word the language's word classes
(`linter/wordclasses`) give one of those classes (`who chairs , the`: a verb lost its object;
`finite` and `participle` are the finite forms' classes, German and Dutch);
with `particle_verb: group`, keep only matches whose named group, a German or Dutch verb
particle, makes no word the lexicon knows with any word of its clause before it (`sagte sie
im Gespräch mit .` lost the object of `mit`; `teilte die Stadt mit .` ends on `mitteilen`'s).
Patterns come from rule files anyone can commit, so each search has a time limit (option
`timeout`, as for every check; see `linter/timed_pattern.py`).
"""
from __future__ import annotations

from bisect import bisect_right
from itertools import chain

from ..compiled import COMMON, compile_cached, compiled_before, derived_cached, expand_cached, source_digest
from ..document import Document, lower_pieces
from ..errors import ConfigError
from ..langdata import alternation, word_list
from ..lexicon import zipf
from ..needles import ANALYSIS_VERSION, NeedleFinder, Needles, Present, needles_cached
from ..regex_engine import IGNORECASE, MULTILINE, REVERSE, error
from ..rule import Check, Finding, RuleSpec
from ..timed_pattern import TimedPattern
from ..value import Frozen, set_field
from ..wordclasses import finite_form, lower_case_class

TYPE_CHECKING = False  # typing's flag, without importing typing: a run never does (~3 ms)
if TYPE_CHECKING:
    from typing import Iterable, Iterator

    import regex

KNOWN_ZIPF = 1.5  # a word the lexicon has seen about once in 30 million words
_SENTENCE_WORD = compile_cached(r"\p{L}{3,}")
_CLOSED_CLASS_ZIPF = 6.0  # only articles, pronouns and conjunctions are this common
# a particle's verb stands in its clause: the nearest of these marks before it opens the clause
_CLAUSE_MARK = compile_cached(r'[.!?\n,;:"“”„«»]', REVERSE)
_PLACEHOLDER = compile_cached(r"(?<!\\[pPN])\{([A-Za-z_]\w*)\}")
_MAX_DEPTH = 5
# needles of a clause found more often than this in each million characters (and at least this
# often in a shorter text): it does not narrow the lines to search
_MAX_PLACES, _PLACES_PER = 400, 1_000_000
# The kind of a kept expansion, named after the code that expands, so an edit of it expands anew.
_EXPANSION_KIND = "pattern-sources " + source_digest(__file__, "../langdata.py", "../regex_engine.py")
# The needles of every pattern rule's patterns per language: a document is searched for all
# those of its language at once.
_FINDERS: dict[str | None, NeedleFinder] = {}


class Pattern(Frozen):
    """One pattern of the rule, with what its findings say and fix; `scope` ("text" or "prose")
    overrides the rule's option for this pattern; `needles`: what every match holds; `source`:
    the pattern's source, flags and cache scope, from which `regex` is built when first needed."""

    __slots__ = FIELDS = ("regex", "message", "replacement", "safe", "formats", "scope", "unknown_word",
                          "word_class", "particle_verb", "needles", "source", "local")

    def __init__(self, regex: TimedPattern | None, message: str | None = None, replacement: str | None = None,
                 safe: bool | None = None, formats: frozenset[str] | None = None, scope: str | None = None,
                 unknown_word: bool = False, word_class: tuple[tuple[str, frozenset[str]], ...] = (),
                 needles: Needles | None = None, source: tuple[str, int, str] | None = None,
                 particle_verb: str | None = None, local: bool = False):
        set_field(self, "regex", regex)  # None until a document holds its needles (`source` says what to build)
        set_field(self, "local", local)  # every match within a line, found searching that line alone
        set_field(self, "source", source)
        set_field(self, "message", message)
        set_field(self, "replacement", replacement)
        set_field(self, "safe", safe)
        set_field(self, "formats", formats)
        set_field(self, "scope", scope)
        set_field(self, "unknown_word", unknown_word)
        set_field(self, "word_class", word_class)
        set_field(self, "particle_verb", particle_verb)
        set_field(self, "needles", Needles() if needles is None else needles)


class PatternCheck(Check):
    name = "pattern"
    DATA = frozenset({"pattern", "patterns"})

    @classmethod
    def known_data(cls, spec: RuleSpec) -> frozenset[str]:
        """`pattern`, `patterns` and the data keys the patterns name in braces (`{articles}`),
        and in turn the keys those name."""
        known, todo = set(cls.DATA), list(cls.DATA)
        while todo:
            for match in _PLACEHOLDER.finditer(str(spec.data.get(todo.pop(), ""))):
                if match.group(1) not in known:
                    known.add(match.group(1))
                    todo.append(match.group(1))
        return frozenset(known)
    # `shares_line`: a finding that fills its line (a date line in English order) hides no other there
    OPTIONS = {"ignorecase": False, "scope": "prose", "shares_line": False}

    @classmethod
    def problems(cls, spec) -> Iterator[str]:
        yield from super().problems(spec)
        if not spec.data.get("pattern") and not spec.data.get("patterns"):
            yield "a pattern rule needs 'pattern' (a regex) or 'patterns' (per language)"

    def __init__(self, spec, options=None):
        super().__init__(spec, options)
        self._compiled: dict[str | None, list[Pattern]] = {}

    def prepare(self, doc: Document) -> None:
        """The patterns for the document's language, so that their needles are known before a
        pattern rule looks for needles in it: one pass over the text finds those of every rule
        (a rule that brought new needles after that pass took another, and kept both)."""
        self.patterns(doc)

    def patterns(self, doc: Document) -> list[Pattern]:
        if doc.language not in self._compiled:
            self._compiled[doc.language] = self._compile(doc)
        return self._compiled[doc.language]

    def _compile(self, doc: Document) -> list[Pattern]:
        raw = self.spec.language_data("patterns", doc.language) or []
        if self.spec.data.get("pattern"):
            raw = [self.spec.data["pattern"], *raw]
        flags = MULTILINE | (IGNORECASE if self.options["ignorecase"] else 0)
        compiled = []
        entries = [item if isinstance(item, dict) else {"pattern": item} for item in (raw if isinstance(raw, list) else [raw])]
        scope = doc.language or COMMON
        for entry, source in zip(entries, self._sources(doc, entries)):
            # A pattern an earlier run compiled is valid: it is built from the cache only for a
            # document that holds its needles (most documents lack most patterns' needles).
            later = not entry.get("word_class") and compiled_before(source, flags, scope)
            pattern = None if later else self._built(source, flags, scope)
            formats = frozenset(entry["formats"]) if entry.get("formats") else None
            compiled.append(Pattern(pattern, entry.get("message"), entry.get("replacement"), entry.get("safe"),
                                    formats, entry.get("scope"), bool(entry.get("unknown_word")),
                                    self._word_class(entry, pattern), needles_cached(source, flags, scope),
                                    (source, flags, scope), self._particle_group(entry, pattern),
                                    _line_local_cached(source, flags, scope)))
        _FINDERS.setdefault(doc.language, NeedleFinder()).add(pattern.needles for pattern in compiled)
        return compiled

    def _built(self, source: str, flags: int, scope: str) -> TimedPattern:
        try:
            return self.timed(compile_cached(source, flags, scope))
        except error() as exc:
            raise ConfigError(f"{self.spec.origin}: rule {self.spec.id}: bad pattern {source!r}: {exc}") from None

    def _regex(self, pattern: Pattern) -> TimedPattern:
        if pattern.regex is None:
            set_field(pattern, "regex", self._built(*pattern.source))
        return pattern.regex

    def _word_class(self, entry: dict, pattern: TimedPattern | None) -> tuple[tuple[str, frozenset[str]], ...]:
        """The entry's `word_class` as (group, classes) pairs; each group must be one of the pattern's."""
        wanted = entry.get("word_class") or {}
        if not isinstance(wanted, dict):
            raise ConfigError(f"{self.spec.origin}: rule {self.spec.id}: word_class must map a group to classes")
        for group in wanted:
            if group not in pattern.groupindex:
                raise ConfigError(f"{self.spec.origin}: rule {self.spec.id}: word_class names '{group}', no group of its pattern")
        return tuple((group, frozenset(classes if isinstance(classes, list) else [classes])) for group, classes in wanted.items())

    def _particle_group(self, entry: dict, pattern: TimedPattern | None) -> str | None:
        """The entry's `particle_verb`: a group of its pattern (checked when the pattern is built
        here; one an earlier run built was checked then)."""
        group = entry.get("particle_verb")
        if group is not None and pattern is not None and group not in pattern.groupindex:
            raise ConfigError(f"{self.spec.origin}: rule {self.spec.id}: particle_verb names '{group}', no group of its pattern")
        return group

    def _sources(self, doc: Document, entries: list[dict]) -> tuple[str, ...]:
        """Each entry's pattern with its placeholders expanded, kept in the user cache under the
        rule files' signature (expanding the word lists took a millisecond or two a run)."""
        def expanded() -> tuple[str, ...]:
            return tuple(_PLACEHOLDER.sub(lambda m: self._placeholder(doc, m), str(entry["pattern"])) for entry in entries)

        if not self.spec.signature:
            return expanded()
        return derived_cached(_EXPANSION_KIND, f"{self.spec.signature}\0{self.spec.id}", 0, expanded, doc.language or COMMON)

    def _placeholder(self, doc: Document, match: regex.Match, depth: int = 0) -> str:
        """`{name}`: the rule's own data `name` (regexes, whose own `{names}` expand in turn),
        else the language file's word list."""
        name = match.group(1)
        own = self.spec.language_data(name, doc.language) if name in self.spec.data else None
        if own is not None:
            if depth >= _MAX_DEPTH:
                raise ConfigError(f"{self.spec.origin}: rule {self.spec.id}: placeholders nest too deep at '{name}'")
            parts = [_PLACEHOLDER.sub(lambda m: self._placeholder(doc, m, depth + 1), str(part))
                     for part in (own if isinstance(own, list) else [own])]
            return "(?:" + "|".join(f"(?:{part})" for part in parts) + ")" if parts else r"(?!x)x"
        if doc.lang_data.get(name) is not None:
            return f"(?:{alternation(word_list(doc, name))})"
        return match.group(0)

    def find(self, doc: Document) -> Iterable[Finding]:
        for pattern in self.patterns(doc):
            if pattern.formats is not None and doc.format not in pattern.formats:
                continue
            scope = pattern.scope or self.options["scope"]
            haystack = doc.text if scope == "text" else doc.prose
            present = _present(doc, scope, haystack) if pattern.needles.clauses else None
            if present is not None and not pattern.needles.held_in(present):
                continue
            regex = self._regex(pattern)
            lines = _lines_to_search(doc, haystack, pattern, present) if pattern.local and present is not None else None
            found = regex.finditer(haystack) if lines is None else chain.from_iterable(
                regex.finditer(haystack, start, end) for start, end in lines)
            for match in found:
                group = "span" if "span" in regex.groupindex and match.group("span") is not None else 0
                start, end = match.span(group)
                if pattern.unknown_word and zipf(doc.text[start:end].lower(), doc.language) >= KNOWN_ZIPF:
                    continue
                if pattern.word_class and not _classes_agree(match, pattern.word_class, doc.language):
                    continue
                if pattern.particle_verb and _particle_of_verb(doc, haystack, match, pattern.particle_verb):
                    continue
                replacement = None if pattern.replacement is None else expand_cached(match, pattern.replacement, doc.language or COMMON)
                values = {k: v for k, v in match.groupdict().items() if v is not None}
                yield Finding(start, end, values=values, replacement=replacement, safe=pattern.safe,
                              message=pattern.message, shares_line=bool(self.options["shares_line"]))


def _classes_agree(match: regex.Match, wanted: tuple[tuple[str, frozenset[str]], ...], language: str | None) -> bool:
    """True when every named group of `wanted` matched a word of one of its classes: a class of the
    lower-case table (`noun`, `verb`, …) or of the finite forms' (`finite`, `participle`)."""
    def agrees(word: str, classes: frozenset[str]) -> bool:
        return lower_case_class(word, language) in classes or finite_form(word, language) in classes

    return all(agrees((match.group(group) or "").lower(), classes) for group, classes in wanted)


def _particle_of_verb(doc: Document, haystack: str, match: regex.Match, group: str) -> bool:
    """The particle in `group` makes a word the lexicon knows with a word of its clause before it
    (`teilte … mit`: `mitteilte`): it ends a separable verb, not a preposition's phrase. Only its
    clause: a participle before a comma is another verb's (`nicht mitgerechnet“, sagte …`)."""
    particle = match.group(group).lower()
    start = match.start(group)
    mark = _CLAUSE_MARK.search(haystack, 0, start)  # searched backwards: it stops at the nearest
    opening = mark.end() if mark else 0
    # a verb in lower case (German nouns make compounds: `Vorspiel`), however rare the join
    # (`ausrückte`); not an article or pronoun, which makes none (`aan|een` is `aaneen`)
    return any(zipf(particle + word, doc.language) > 0
               for word in _SENTENCE_WORD.findall(haystack, opening, start)
               if word.islower() and zipf(word, doc.language) < _CLOSED_CLASS_ZIPF)


def _line_local_cached(source: str, flags: int, scope: str) -> bool:
    """`regex_facts.line_local`, from the user cache when an earlier run worked it out."""
    def derive() -> int:
        from ..regex_facts import line_local

        return int(line_local(source, flags))

    return bool(derived_cached(f"line-local-{ANALYSIS_VERSION}", source, flags, derive, scope))


def _lines_to_search(doc: Document, haystack: str, pattern: Pattern, present: Present) -> list[tuple[int, int]] | None:
    """The lines (start, end past the newline) that hold a needle of every clause of a line-local
    pattern, where alone its matches are (most documents that hold a pattern's needles hold them
    on different lines: nine searches of the whole text in ten found nothing); None: search the
    whole text (no places kept, a character that voids lower-cased needles, needles too common)."""
    places = present.places
    if places is None or not present.unsafe.isdisjoint(pattern.needles.unsafe):
        return None
    most = _MAX_PLACES * max(1.0, len(haystack) / _PLACES_PER)
    line_starts = doc.line_starts  # the prose keeps the text's newlines
    lines: set[int] | None = None
    for clause in pattern.needles.clauses:
        if sum(len(places.get(needle, ())) for needle in clause) > most:
            continue  # a needle on most lines: this clause narrows little (and is not listed)
        found = {bisect_right(line_starts, end - len(needle) + 1) - 1 for needle in clause for end in places.get(needle, ())}
        lines = found if lines is None else lines & found
        if not lines:
            return []
    if lines is None:
        return None
    last = len(line_starts) - 1
    return [(line_starts[i], line_starts[i + 1] if i < last else len(haystack)) for i in sorted(lines)]


def _present(doc: Document, scope: str, haystack: str) -> Present:
    """The needles of all pattern rules that the haystack holds, found once per document (again
    when a rule compiled for the document's language brought new ones)."""
    finder = _FINDERS[doc.language]
    if scope != "text" and haystack == doc.text:
        scope = "text"  # nothing blanked: the prose is the text
    key = f"needles-present:{scope}"
    kept = doc.cache.get(key)
    if kept is None or kept[0] != finder.version:  # only the latest is kept: a big text's places are megabytes
        kept = doc.cache[key] = (finder.version, finder.present(lower_pieces(haystack), haystack))
    return kept[1]

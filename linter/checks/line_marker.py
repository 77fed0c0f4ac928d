"""`line-marker`: whole lines that are page furniture, recognised by patterns per language.

Each pattern must match the whole line (stripped of markup and surrounding space). The
finding spans the line and its line break, so the fix (delete) removes the line cleanly.

Data, each a list of regexes per language (`all:` plus the language): `markers` (the lines to
report), `isolated` (markers that count only with blank lines on both sides, such as a bare
agency name that could also end a torn dateline), `foot` (markers that count there too, and as
the text's last line after a line that ends a sentence: a desk code at the foot of a text
written one paragraph a line), `inside` (markers that count only below the
first line that matches data `body`, once the text has begun: a timestamp above it is the
article's date line), `top` (lines that count only between the text's first line and its first
paragraph that matches `body`, where a page prints its stamps: there they need not stand alone,
as a stamp is never a line of wrapped prose; on the first line too when the front matter gives
the title), `after_end` (lines that count only after the last paragraph that matches
`body`, in a run under a header of data `list_headers` or `section_headers`: a list of other
articles' headlines appended to the text), `exclude` (lines never reported), and two kinds of lines that are the
text's own structure when they repeat between its paragraphs: `entry_headings` (three or more,
each over a paragraph that matches `body`: a live blog's time headings) and `table_rows` (three
or more, each at most two lines from the next: the rows of a flattened table).
A `{name}` in a pattern is the rule's own data `name` (a regex, or a list of regexes joined as
alternatives, per language like `markers`), else the language file's word list `name`.
Options: `max_length`, `ignorecase`, and `standalone` (report only a line that is a paragraph
of its own, never a line of a wrapped paragraph, unless it matches data `unwrapped`: a notice
no wrapped line looks like).

A notice of the page to its reader is found by signals instead of its words: a line of data
`notice` (what the page speaks of) in which at least option `notice_needs` of the patterns of
data `notice_signals` are found (each a class of words, most of them the language files':
the reader addressed, the page's technical nouns and verbs, a failure, an apology), and data
`notice_voice` too where the rule gives it. Below a line of furniture after the text's last
paragraph, lines of data `after_furniture` are an appended list as under a header; a line of
data `shared_line` keeps the other rules' findings on it.

The line model (`linter/linemodel.py`) adds what no list can: with option `model_threshold`,
a paragraph of one line between the paragraphs of the text that matches data `model_shape`
(the rule's kind of line, such as a name-only byline) is reported when the model gives it at
least that probability of being page furniture.
"""
from __future__ import annotations

from array import array
from collections.abc import Sequence

from ..compiled import COMMON, compile_cached, compiled_before, derived_cached, source_digest
from ..document import Document, lines_of
from ..errors import ConfigError
from ..formats.common import URL
from ..langdata import alternation, word_list
from ..line_matcher import LineMatcher
from ..linemodel import probabilities
from ..regex_engine import DOTALL, IGNORECASE, error
from .headline import headline_line
from ..needles import needles_cached
from ..rule import Check, Finding
from ..timed_pattern import TimedPattern

TYPE_CHECKING = False  # typing's flag, without importing typing: a run never does (~3 ms)
if TYPE_CHECKING:
    from typing import Iterable, Iterator

    import regex

_PLACEHOLDER = compile_cached(r"(?<!\\[pPN])\{([A-Za-z_]\w*)\}")
_MAX_DEPTH = 5
_ENDS_LINE = compile_cached(r"[.!?:…»”\")\]]$")
# A backreference, a conditional on a group or a call (group `ref`), read past escapes:
# patterns that hold one are not joined.
_GROUP_REFERENCE = compile_cached(r"\\(?:(?P<ref>[1-9]|g<)|.)|(?P<ref>\(\?(?:P=|\(|&|R\)|P>|[+-]?\d))", DOTALL)
# The kind of the cached answer (named after the pattern, so an edit of it asks anew).
_REFERS_KIND = f"group-references {_GROUP_REFERENCE.pattern}"
# The kind of a kept expansion, named after the code that expands (this module, the word lists'
# alternations and `escape`), so an edit of it expands anew.
_EXPANSION_KIND = "line-source " + source_digest(__file__, "../langdata.py", "../regex_engine.py")
_SENTENCE = compile_cached(r"[.!?…][\"”’»)]*$")
# A list of lines, not a wrapped paragraph: every line shorter than this, and on average
# shorter than _LIST_MEAN (a paragraph wrapped at 60 or 72 columns fills its lines).
_UNWRAPPED = 70
_LIST_MEAN = 50
# A line longer than this is a paragraph of its own: no text is wrapped so wide.
_PARAGRAPH_LINE = 160
# A line shorter than this is no line of wrapped prose save a paragraph's last: a text wrapped at
# 60 or 72 columns fills its lines, so in the header the line after such a line starts afresh.
SHORT_LINE = 40


class LinePatterns(Check):
    """Base of the line checks: compiled per-language patterns and line predicates."""

    OPTIONS = {"max_length": 300, "ignorecase": False, "standalone": False, "model_threshold": None, "notice_needs": 2}
    DATA: frozenset[str] = frozenset()

    @classmethod
    def known_data(cls, spec) -> frozenset[str]:
        """The keys the check reads, and every `{name}` a pattern of the rule refers to."""
        return cls.DATA | {m.group(1) for text in _strings(spec.data) for m in _PLACEHOLDER.finditer(text)}

    def __init__(self, spec, options=None):
        super().__init__(spec, options)
        self._compiled: dict[tuple[str, str | None], TimedPattern | None] = {}
        self._matchers: dict[tuple[str, str | None], LineMatcher | None] = {}
        self._signals: dict[tuple[str, str | None], list[LineMatcher]] = {}  # signal lists per key and language
        self._expansions: dict[tuple[str, str | None, int], str] = {}  # a name used in several patterns

    def pattern(self, doc: Document, key: str) -> TimedPattern | None:
        """The alternation of the patterns under data `key` for the document's language."""
        cache_key = (key, doc.language)
        if cache_key not in self._compiled:
            matcher = self.matcher(doc, key)
            self._compiled[cache_key] = None if matcher is None else matcher.whole()
        return self._compiled[cache_key]

    def matcher(self, doc: Document, key: str) -> LineMatcher | None:
        """The patterns under data `key` for whole lines (`fullmatch`), trying on each line only
        the alternatives it can match."""
        try:
            return self._matchers[key, doc.language]  # asked for several times a line
        except KeyError:
            found = self._matchers[key, doc.language] = self._compile(doc, key)
            return found

    def _compile(self, doc: Document, key: str) -> LineMatcher | None:
        if self.spec.language_data(key, doc.language) is None:
            return None
        return self._line_matcher(doc, self._expand(doc, key, 0), f"'{key}'")

    def _line_matcher(self, doc: Document, source: str, where: str) -> LineMatcher:
        flags = IGNORECASE if self.options["ignorecase"] else 0

        def checked(source: str, flags: int) -> TimedPattern:
            try:
                return self.timed(compile_cached(source, flags, scope))
            except error() as exc:
                raise ConfigError(f"{self.spec.origin}: rule {self.spec.id}: bad pattern in {where}: {exc}") from None

        scope = doc.language or COMMON
        matcher = LineMatcher(source, flags, checked, scope)
        if not compiled_before(source, flags, scope):
            matcher.whole()  # a bad pattern is reported whether or not a line needs it
        return matcher

    def _expand(self, doc: Document, key: str, depth: int) -> str:
        """Data `key` as one regex, its `{name}` placeholders expanded (once per language; the
        whole expansion of a key is kept in the user cache under the rule files' signature)."""
        memo = (key, doc.language, depth)
        if memo not in self._expansions:
            self._expansions[memo] = self._expanded(doc, key, depth) if depth or not self.spec.signature else \
                derived_cached(_EXPANSION_KIND, f"{self.spec.signature}\0{self.spec.id}\0{key}", 0,
                               lambda: self._expanded(doc, key, 0), doc.language or COMMON)
        return self._expansions[memo]

    def _expanded(self, doc: Document, key: str, depth: int) -> str:
        value = self.spec.language_data(key, doc.language)
        if value is None:
            words = word_list(doc, key)
            return alternation(words)
        if depth > _MAX_DEPTH:
            raise ConfigError(f"{self.spec.origin}: rule {self.spec.id}: placeholders nest too deep at '{key}'")
        parts = value if isinstance(value, list) else [value]
        return "|".join(f"(?:{self._expand_part(doc, str(part), depth + 1)})" for part in parts) or r"(?!x)x"

    def _expand_part(self, doc: Document, part: str, depth: int) -> str:
        """One pattern with its `{name}` placeholders expanded (names at `depth`)."""
        def substitute(match: regex.Match) -> str:
            name = match.group(1)
            if name not in self.spec.data and doc.lang_data.get(name) is None:
                return match.group(0)
            return self._expand(doc, name, depth)

        return _PLACEHOLDER.sub(substitute, part)

    def stripped(self, doc: Document, index: int) -> str:
        """The text of a 0-based line as line rules see it, stripped: the prose (markup and
        skipped parts blanked) with its web addresses put back, since an address is part of
        what a furniture line says (`Imago/Stadt-Nachrichten.de`, `… pic.twitter.com/x1`)."""
        lines = doc.cache.get("line-rule-lines")  # asked for several times a line by every line rule
        if lines is None:
            lines = doc.memo("line-rule-lines", _stripped_lines)
        return lines[index] if isinstance(lines, list) else lines[index].strip()

    def blank(self, doc: Document, index: int) -> bool:
        """True for a blank prose line, and for positions outside the document."""
        blanks = doc.cache.get("blank-prose-lines")  # asked for several times a line
        if blanks is None:
            blanks = doc.memo("blank-prose-lines", lambda d: bytearray(not line.strip() for line in d.prose_lines))
        return not 0 <= index < len(blanks) or blanks[index] == 1

    def standalone(self, doc: Document, index: int) -> bool:
        """True for a paragraph of its own, or a line of a paragraph that is no wrapped prose:
        the line before it ends a sentence (or is markup, like an image, or a line the rule lists)
        and the next line starts afresh, or the block is a list of short lines (a header block)
        (`![…](…)` / `Photo: X/PA Wire` / `Shoppers queue at …`)."""
        block = doc.block_on_line(index)
        if block is None:
            return True
        first, last = doc.line_range(block)
        if _text_lines(doc, first, last) == (0 if self.blank(doc, index) else 1):
            return True  # the line is all the block has
        before = doc.prose_lines[index - 1].rstrip() if index > first else ""
        after = doc.prose_lines[index + 1].lstrip() if index < last else ""
        if self.line_list(doc, first, last) or first in unwrapped_blocks(doc):
            return True
        return ((not before or bool(_ENDS_LINE.search(before)) or self.header_line(doc, index - 1)
                 or self.furniture_above(doc, index))
                and (not after or not after[0].islower() or self.header_line(doc, index)))

    def furniture_above(self, doc: Document, index: int) -> bool:
        """True when the line above is one the rule lists as furniture (a block of page lines)."""
        return False

    def header_line(self, doc: Document, index: int) -> bool:
        """True for a short line of the text's header, above its first paragraph: no line of
        wrapped prose (which fills its width until its paragraph ends), but one of the page's."""
        return False

    def line_list(self, doc: Document, first: int, last: int) -> bool:
        """True for a block of lines that is no wrapped paragraph but a list of lines (a header
        block, a list of headlines): every line short, none opening in lower case, none but
        the last ending a sentence."""
        lines = [doc.prose_lines[i].strip() for i in range(first, last + 1)]
        lines = [line for line in lines if line]
        return len(lines) > 1 and sum(map(len, lines)) < _LIST_MEAN * len(lines) and all(
            len(line) < _UNWRAPPED and not line[0].islower() and (i == len(lines) - 1 or not _SENTENCE.search(line))
            for i, line in enumerate(lines))

    def previous_nonblank(self, doc: Document, index: int) -> int | None:
        """The 0-based index of the last non-blank prose line before `index`, if any."""
        for i in range(index - 1, -1, -1):
            if not self.blank(doc, i):
                return i
        return None

    def next_nonblank(self, doc: Document, index: int) -> int | None:
        """The 0-based index of the first non-blank prose line after `index`, if any."""
        for i in range(index + 1, len(doc.prose_lines)):
            if not self.blank(doc, i):
                return i
        return None


class LineMarkerCheck(LinePatterns):
    name = "line-marker"
    DATA = frozenset({"markers", "isolated", "foot", "inside", "top", "exclude", "body", "after_end", "list_headers", "list_openers",
                      "section_headers",
                      "unwrapped", "masthead", "header_items",
                      "model_shape", "entry_headings", "table_rows", "notice", "notice_signals",
                      "notice_voice", "after_furniture", "shared_line"})
    # The data that never list a line above the text's last paragraph by matching it (the
    # others do: a stamp, a marker, a masthead): a line that none of the others matches is
    # listed only below that paragraph, in an appended list. A subclass adds its own.
    NOT_LISTING = frozenset({"exclude", "body", "after_end", "list_headers", "list_openers", "section_headers", "unwrapped",
                             "model_shape", "notice_signals", "notice_voice", "after_furniture", "shared_line",
                             "entry_headings", "table_rows"})

    def __init__(self, spec, options=None):
        super().__init__(spec, options)
        self._body_start_key, self._body_end_key = f"body-start:{spec.id}", f"body-end:{spec.id}"
        self._reportable_key = f"reportable-lines:{spec.id}"

    def marked(self, doc: Document, index: int) -> bool:
        """True when line `index` (0-based) is one this rule reports."""
        if index not in self.reportable(doc):
            return False
        text = self.stripped(doc, index)
        # What the line looks like first, where it stands after.
        stamp = self.stamp(doc, index, text)
        listed = stamp or self.listed(doc, index, text)
        if not listed and not self.shaped(doc, index, text):
            return False
        exclude = self.matcher(doc, "exclude")
        if exclude is not None and exclude.fullmatch(text):
            return False
        if index in self.structure(doc) or self.in_table(doc, index):
            return False
        if (self.options["standalone"] and not stamp and not self.standalone(doc, index)
                and not self.unwrapped(doc, text)):
            return False
        return listed or self.modelled(doc, index, text)

    def reportable(self, doc: Document) -> frozenset[int]:
        """The lines the rule may report, found in one pass: those that one matcher of all its
        patterns that list a line (its data but `NOT_LISTING`) matches, those below the text's
        last paragraph (an appended list) and those the line model may report. Most lines of a
        text are rejected by that one test instead of a test per pattern and place."""
        found = doc.cache.get(self._reportable_key)  # asked for on every line
        return found if found is not None else doc.memo(self._reportable_key, self._reportable_lines)

    def _reportable_lines(self, doc: Document) -> frozenset[int]:
        opening, maximum, last = self.opening(doc), self.options["max_length"], self.body_end(doc)
        return frozenset(i for i in range(len(doc.prose_lines)) if 0 < len(text := self.stripped(doc, i)) <= maximum
                         and (i > last or opening is None or opening.fullmatch(text) or self.shaped(doc, i, text)))

    def opening(self, doc: Document) -> LineMatcher | None:
        """One matcher of the patterns that list a line (once per language); None when one of
        them refers to a group, which would mean another group joined to the others."""
        key = ("(opening)", doc.language)
        if key not in self._matchers:
            parts = [self._expand(doc, name, 0) for name in sorted(self.DATA - self.NOT_LISTING)
                     if self.spec.language_data(name, doc.language) is not None]
            source = "|".join(f"(?:{part})" for part in parts) or r"(?!x)x"
            refers = derived_cached(_REFERS_KIND, source, 0, lambda: _refers_to_group(source), doc.language or COMMON)
            self._matchers[key] = None if refers else self._line_matcher(doc, source, "its line patterns")
        return self._matchers[key]

    def in_table(self, doc: Document, index: int) -> bool:
        """True for a row of a Markdown table: the author's own structure, like a heading, whose
        rows a line finding's fix must not delete (`| Mario | Roma |` reads as a byline)."""
        block = doc.block_on_line(index)
        return block is not None and block.kind == "table"

    def unwrapped(self, doc: Document, text: str) -> bool:
        """True for a line of data `unwrapped`: a notice that no line of wrapped prose looks like,
        reported even as the last line of a paragraph (a paywall's notice under a cut text)."""
        pattern = self.matcher(doc, "unwrapped")
        return pattern is not None and bool(pattern.fullmatch(text))

    def stamp(self, doc: Document, index: int, text: str) -> bool:
        """True for a line of data `top` below the headline (the text's first line, or the front
        matter's title) and above the text's first paragraph."""
        top = self.matcher(doc, "top")
        return (top is not None and index < self.body_start(doc) and bool(top.fullmatch(text))
                and (bool(doc.metadata.get("title"))
                     or doc.memo("first-text-line", lambda d: self.next_nonblank(d, -1)) != index))

    def furniture_above(self, doc: Document, index: int) -> bool:
        text = self.stripped(doc, index - 1) if index > 0 else ""
        return bool(text) and self.listed(doc, index - 1, text)

    def header_line(self, doc: Document, index: int) -> bool:
        return 0 <= index < self.body_start(doc) and 0 < len(self.stripped(doc, index)) < SHORT_LINE

    def listed(self, doc: Document, index: int, text: str) -> bool:
        """True when the line matches the rule's markers (data `markers`, `isolated`, `inside`,
        `after_end`), each where it counts; exclusions and the line's standing aside."""
        markers = self.matcher(doc, "markers")
        if (markers is not None and markers.fullmatch(text)) or self.notice(doc, text):
            return True
        isolated, foot = self.matcher(doc, "isolated"), self.matcher(doc, "foot")
        alone = self.blank(doc, index - 1) and self.blank(doc, index + 1)
        if isolated is not None and alone and isolated.fullmatch(text):
            return True
        if foot is not None and foot.fullmatch(text) and (alone or self.at_foot(doc, index)):
            return True
        inside = self.matcher(doc, "inside")
        if inside is not None and self.body_start(doc) < index and inside.fullmatch(text):
            return True
        return self.in_masthead(doc, index, text) or self.appended(doc, index, text)

    def notice(self, doc: Document, text: str) -> bool:
        """True for a line of data `notice` (what the page may speak of: a player, its cookies)
        in which at least option `notice_needs` of the signals of data `notice_signals` are found,
        each a class of words anywhere in the line (the reader addressed, the page's machinery,
        a failure, an apology): the page speaking to its reader, in whatever words. Where the
        rule has data `notice_voice`, the line must match it too (the site's voice heard)."""
        gate, voice = self.matcher(doc, "notice"), self.matcher(doc, "notice_voice")
        if gate is None or not gate.fullmatch(text) or (voice is not None and not voice.fullmatch(text)):
            return False
        needed = self.options["notice_needs"]
        return self.signals_found(doc, "notice_signals", text, needed)

    def signals_found(self, doc: Document, key: str, text: str, needed: int) -> bool:
        """True when at least `needed` of the signals of data `key` are found in the line."""
        for signal in self.signals(doc, key):
            needed -= signal.fullmatch(text)
            if needed <= 0:
                return True
        return False

    def signals(self, doc: Document, key: str) -> list[LineMatcher]:
        """One matcher per item of data `key` (a list of signals), each found anywhere in a line."""
        if (key, doc.language) not in self._signals:
            items = self.spec.language_data(key, doc.language) or []
            self._signals[key, doc.language] = [
                self._line_matcher(doc, f".*(?:{self._expand_part(doc, str(item), 1)}).*", f"'{key}'") for item in items]
        return self._signals[key, doc.language]

    def in_masthead(self, doc: Document, index: int, text: str) -> bool:
        """True for a line of the text's header (above its first paragraph) that is the page's,
        not the article's: above the headline, a line of data `masthead` (the outlet's name, its
        section); anywhere in the header but the headline, a line of data `header_items` (a name
        and its tagline or section between separators)."""
        if index >= self.body_start(doc):
            return False
        markers = self.matcher(doc, "markers")
        headline = headline_line(doc, self.body_start(doc), lambda i, line: markers is not None and bool(markers.fullmatch(line)))
        if index == headline:
            return False
        masthead, items = self.matcher(doc, "masthead"), self.matcher(doc, "header_items")
        return ((masthead is not None and headline is not None and index < headline and bool(masthead.fullmatch(text)))
                or (items is not None and bool(items.fullmatch(text))))

    def at_foot(self, doc: Document, index: int) -> bool:
        """True for the text's last line when the line before it is no wrapped line: it ends a
        sentence, or it is longer than a wrapped line (a paragraph of its own, maybe cut off)."""
        before = self.previous_nonblank(doc, index)
        if self.next_nonblank(doc, index) is not None or before is None:
            return False
        text = self.stripped(doc, before)
        return len(text) > _PARAGRAPH_LINE or bool(_SENTENCE.search(text))

    def structure(self, doc: Document) -> frozenset[int]:
        """The lines between the text's paragraphs that are its own structure, repeated: entry
        headings over paragraphs and rows of a table (data `entry_headings`, `table_rows`)."""
        headings, rows = self.matcher(doc, "entry_headings"), self.matcher(doc, "table_rows")
        if headings is None and rows is None:
            return frozenset()

        def lines(d: Document) -> frozenset[int]:
            body = self.matcher(d, "body")
            found: set[int] = set()
            if headings is not None and body is not None:
                over_prose = [i for i in self._matching(d, headings)
                              if (after := self.next_nonblank(d, i)) is not None and body.fullmatch(self.stripped(d, after))]
                found.update(over_prose if len(over_prose) >= 3 else ())
            if rows is not None:
                found.update(self._close_runs(d, self._matching(d, rows)))
            return frozenset(i for i in found if self.body_start(d) < i < self.body_end(d))

        return doc.memo(f"structure:{self.spec.id}", lines)

    def _matching(self, doc: Document, pattern: LineMatcher) -> list[int]:
        return [i for i in range(len(doc.prose_lines)) if not self.blank(doc, i) and pattern.fullmatch(self.stripped(doc, i))]

    def _close_runs(self, doc: Document, members: list[int]) -> list[int]:
        """The members in runs of three or more, each at most two text lines from the next."""
        found: list[int] = []
        run: list[int] = []
        for i in members:
            if run and _text_lines(doc, run[-1] + 1, i - 1) > 2:
                found.extend(run if len(run) >= 3 else ())
                run = []
            run.append(i)
        found.extend(run if len(run) >= 3 else ())
        return found

    def appended(self, doc: Document, index: int, text: str) -> bool:
        """True for a line of a list appended after the text's last paragraph (data `after_end`)
        under a header of such lists (data `list_headers` or `section_headers`) or a line of page
        furniture, maybe below other lines of the list, and for a header of data `list_openers`
        with such a line under it (the header alone: its list may be the page's teasers or the
        text's own lines), or of data
        `section_headers` with such a line under it or none (`More from Sport`: a link to the
        section, as the text's last line, over the section's headlines)."""
        after_end = self.matcher(doc, "after_end")
        if after_end is None or index <= self.body_end(doc):
            return False
        openers, sections = self.matcher(doc, "list_openers"), self.matcher(doc, "section_headers")
        below = self.next_nonblank(doc, index)
        if (openers is not None and below is not None and openers.fullmatch(text)
                and after_end.fullmatch(self.stripped(doc, below))):
            return True
        if (sections is not None and sections.fullmatch(text)
                and (below is None or after_end.fullmatch(self.stripped(doc, below)))):
            return True
        return bool(after_end.fullmatch(text)) and self.list_header_above(doc, index) is not None

    def list_header_above(self, doc: Document, index: int) -> str | None:
        """The data (`list_headers` or `section_headers`) of the header over the run of data
        `after_end` lines that line `index` ends, below the text's last paragraph, or
        "furniture" when a line the rule lists by its markers or as a notice stands over a run of
        data `after_furniture` lines (a newsletter's pitch, then other articles' headlines); None
        if none."""
        after_end, above = self.matcher(doc, "after_end"), self.previous_nonblank(doc, index)
        after_furniture = self.matcher(doc, "after_furniture")
        headlines = after_furniture is not None and after_furniture.fullmatch(self.stripped(doc, index))
        while after_end is not None and above is not None and above >= self.body_end(doc):
            text_above = self.stripped(doc, above)
            for key in ("list_headers", "section_headers"):
                header = self.matcher(doc, key)
                if header is not None and header.fullmatch(text_above):
                    return key
            if headlines and (self.listed_as_marker(doc, text_above) or self.notice(doc, text_above)):
                return "furniture"  # (it may be the last paragraph: a newsletter's pitch is a sentence)
            if above == self.body_end(doc) or not after_end.fullmatch(text_above):
                return None
            headlines = headlines and after_furniture.fullmatch(text_above)
            above = self.previous_nonblank(doc, above)
        return None

    def modelled(self, doc: Document, index: int, text: str) -> bool:
        """True when the line has the rule's shape, is a paragraph of its own between the text's
        paragraphs (data `body`), and the line model calls it furniture."""
        if not self.shaped(doc, index, text):
            return False
        probability = probabilities(doc)[index]
        return probability is not None and probability >= self.options["model_threshold"]

    def shaped(self, doc: Document, index: int, text: str) -> bool:
        """True when the line is one the line model may report: the rule's shape (data
        `model_shape`), a paragraph of its own between the text's paragraphs, no heading."""
        threshold, shape = self.options["model_threshold"], self.matcher(doc, "model_shape")
        if (threshold is None or shape is None or not self.blank(doc, index - 1) or not self.blank(doc, index + 1)
                or not self.body_start(doc) < index < self.body_end(doc) or not shape.fullmatch(text)):
            return False
        block = doc.block_on_line(index)
        return block is None or block.kind != "heading"  # a heading is the author's own

    def body_end(self, doc: Document) -> int | float:
        """The 0-based index of the last line of the last paragraph that matches data `body`."""
        found = doc.cache.get(self._body_end_key)  # asked for on every line
        return found if found is not None else doc.memo(self._body_end_key, self._last_body_line)

    def _last_body_line(self, doc: Document) -> int | float:
        body = self.matcher(doc, "body")
        if body is not None:
            unwrapped = unwrapped_blocks(doc)
            for block in reversed(doc.blocks):
                first, last = doc.line_range(block)
                if first in unwrapped:  # its lines are paragraphs of their own
                    found = [i for i in range(first, last + 1) if body.fullmatch(self.stripped(doc, i))]
                    if found:
                        return found[-1]
                elif any(body.fullmatch(self.stripped(doc, i)) for i in range(first, last + 1)) or body.fullmatch(
                        " ".join(doc.block_text(block).split())):
                    return last
        return float("inf")

    def body_start(self, doc: Document) -> int | float:
        """The 0-based index of the first line that matches data `body`, or that opens a
        paragraph which, its wrapped lines joined, matches it (infinity if none)."""
        found = doc.cache.get(self._body_start_key)  # asked for on every line
        return found if found is not None else doc.memo(self._body_start_key, self._first_body_line)

    def _first_body_line(self, doc: Document) -> int | float:
        body = self.matcher(doc, "body")
        if body is not None:
            unwrapped = unwrapped_blocks(doc)
            for block in doc.blocks:
                first, last = doc.line_range(block)
                if first in unwrapped:  # its lines are paragraphs of their own
                    found = next((i for i in range(first, last + 1) if body.fullmatch(self.stripped(doc, i))), None)
                    if found is not None:
                        return found
                elif body.fullmatch(self.stripped(doc, first)) or body.fullmatch(" ".join(doc.block_text(block).split())):
                    return first
        return float("inf")

    def find(self, doc: Document) -> Iterable[Finding]:
        for index in sorted(self.reportable(doc)):
            if self.marked(doc, index):
                yield line_finding(doc, index + 1, shares_line=self.shares_line(doc, index, self.stripped(doc, index)))

    def shares_line(self, doc: Document, index: int, text: str) -> bool:
        """True when other rules' findings on the reported line stay: a stamp's misspelt month,
        wherever the stamp stands (`Bijgewerkt op Maart 7, 2025 – 16:05`), what a headline
        under a header of data `section_headers` or under furniture shows (a headline cut off),
        and what a line of data `shared_line` holds (an icon's name before a header)."""
        top, shared = self.matcher(doc, "top"), self.matcher(doc, "shared_line")
        return (top is not None and bool(top.fullmatch(text))) or (shared is not None and bool(shared.fullmatch(text))) or (
            index > self.body_end(doc) and not self.listed_as_marker(doc, text)
            and self.list_header_above(doc, index) in ("section_headers", "furniture"))

    def listed_as_marker(self, doc: Document, text: str) -> bool:
        """True when the line matches data `markers`."""
        markers = self.matcher(doc, "markers")
        return markers is not None and bool(markers.fullmatch(text))


def _refers_to_group(source: str) -> bool:
    """Whether a pattern holds a backreference, a conditional on a group or a call."""
    return any(match.group("ref") for match in _GROUP_REFERENCE.finditer(source))


def _stripped_lines(doc: Document) -> Sequence[str]:
    """The lines of `_lines_with_addresses` stripped, as a list; a big text's lines as they are
    (`Lines`, cut when asked for, stripped then), not held twice."""
    lines = _lines_with_addresses(doc)
    return [line.strip() for line in lines] if isinstance(lines, list) else lines


def _lines_with_addresses(doc: Document) -> Sequence[str]:
    """The prose lines with each web address that the prose blanked restored, unless it lies
    inside a larger skipped region (code, front matter, a Markdown link target); the text's own
    lines when that restores every blank (a big text is not copied a third time)."""
    if not needles_cached(URL.pattern, URL.flags).may_match_text(doc.text):
        return doc.prose_lines  # no address in the text
    addresses = [(m.start(), m.end()) for m in URL.finditer(doc.text)]
    if not addresses:
        return doc.prose_lines
    known = set(addresses)
    others = sorted((s.start, s.end) for s in doc.skipped if (s.start, s.end) not in known)
    if not others and not doc.markup:
        return doc.lines  # every blanked region an address: restored, the prose is the text
    pieces, kept = [], 0  # the prose before offset `kept` is in `pieces`
    reach, taken = -1, 0  # the furthest end of the other regions that start at or before an address
    for start, end in addresses:
        while taken < len(others) and others[taken][0] <= start:
            reach = max(reach, others[taken][1])
            taken += 1
        if reach < end:
            pieces += [doc.prose[kept:start], doc.text[start:end]]
            kept = end
    pieces.append(doc.prose[kept:])
    return lines_of("".join(pieces), doc.line_starts)  # restoring an address keeps every offset


def unwrapped_blocks(doc: Document) -> frozenset[int]:
    """The first lines of the blocks that hold a line longer than any wrapped text's: their
    lines are paragraphs of their own, written one a line without blank lines between them
    (a headline, a reading time, a lead of 300 characters), not the lines of one paragraph."""
    def blocks(d: Document) -> frozenset[int]:
        lines = d.prose_lines
        return frozenset(first for first, last in map(d.line_range, d.blocks)
                         if any(len(lines[i].strip()) > _PARAGRAPH_LINE for i in range(first, last + 1)))

    return doc.memo("unwrapped-blocks", blocks)


def _text_lines(doc: Document, first: int, last: int) -> int:
    """How many of the 0-based lines first..last are not blank (counted once per document)."""
    def running(d: Document) -> array:
        counts, total = array("i", [0]), 0
        for line in d.prose_lines:
            total += bool(line.strip())
            counts.append(total)
        return counts

    counts = doc.memo("text-lines-before", running)
    return counts[min(last, len(counts) - 2) + 1] - counts[max(first, 0)]


def line_finding(doc: Document, line: int, shares_line: bool = False, **values) -> Finding:
    """A finding over a whole line and its line break; the fix deletes the line."""
    start = doc.line_starts[line - 1]
    end = doc.line_starts[line] if line < len(doc.line_starts) else len(doc.text)
    return Finding(start, end, values={"line": doc.lines[line - 1].strip(), **values}, replacement="",
                   whole_line=True, shares_line=shares_line)


def _strings(value) -> Iterator[str]:
    """Every string in nested rule data."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)

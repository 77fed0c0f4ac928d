"""The Document: an article's text plus everything rules need, computed once and lazily."""
from __future__ import annotations

from array import array
from bisect import bisect_right
from collections import namedtuple
from collections.abc import Sequence
from functools import cached_property, partial
from itertools import islice
from operator import methodcaller

from .compiled import compile_cached
from .value import Frozen, Value, set_field

TYPE_CHECKING = False  # typing's flag, without importing typing: a run never does (~3 ms)
if TYPE_CHECKING:
    from typing import Iterator

_NOT_NEWLINE = compile_cached(r"[^\n]")
WORD = compile_cached(r"[\p{L}\p{M}\p{N}]+(?:['’\-][\p{L}\p{M}\p{N}]+)*")
_WORDS_BATCH = 1 << 14
TAG_SIGNS = frozenset("@#")  # a word after one is a handle or hashtag
_GROUP, _START, _END = methodcaller("group"), methodcaller("start"), methodcaller("end")


class Span(Frozen):
    """A half-open range [start, end) of offsets into the document text."""

    __slots__ = FIELDS = ("start", "end")

    def __init__(self, start: int, end: int):
        set_field(self, "start", start)
        set_field(self, "end", end)


class Block(Frozen):
    """A block of prose: a paragraph, heading, list item, quote or table row group (`kind`:
    paragraph, heading, list_item or table)."""

    __slots__ = FIELDS = ("start", "end", "kind")

    def __init__(self, start: int, end: int, kind: str = "paragraph"):
        set_field(self, "start", start)
        set_field(self, "end", end)
        set_field(self, "kind", kind)


def line_offsets(text: str) -> list[int]:
    """The offset where each line of `text` starts."""
    starts = [0]
    find = text.find
    pos = find("\n")
    while pos >= 0:
        starts.append(pos + 1)
        pos = find("\n", pos + 1)
    return starts


# Characters up to which a text's lines are kept as a list of strings.
LISTED_LINES_LIMIT = 1_000_000


# Characters lower-cased at once: `str.lower()` of a text that is not ASCII takes a buffer of
# twelve bytes a character, so a big text is lowered a piece at a time.
LOWER_PIECE = 1 << 16


def lower_pieces(text: str) -> Iterator[str]:
    """`text.lower()` in consecutive pieces: each ends just after a space or a newline, which
    the one rule that looks around a letter (a final sigma) does not look across."""
    start, find = 0, text.find
    while start < len(text):
        after = start + LOWER_PIECE
        cut = min((at for at in (find(" ", after), find("\n", after)) if at >= 0), default=len(text) - 1) + 1
        yield text[start:cut].lower()
        start = cut


class Lines(Sequence):
    """The lines of a text without their newlines, cut from it when one is asked for: a big
    article is not held twice more as lists of lines."""

    __slots__ = ("_text", "_starts")

    def __init__(self, text: str, starts: list[int]):
        self._text, self._starts = text, starts

    def __len__(self) -> int:
        return len(self._starts)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self._starts)))]
        count = len(self._starts)
        if index < 0:
            index += count
        if not 0 <= index < count:
            raise IndexError(index)
        end = self._starts[index + 1] - 1 if index + 1 < count else len(self._text)
        return self._text[self._starts[index]:end]

    def __iter__(self) -> Iterator[str]:
        return map(self.__getitem__, range(len(self._starts)))


def lines_of(text: str, starts: list[int]) -> Sequence[str]:
    """An article's lines as a list (line rules ask for them often); a big text's as `Lines`
    (`starts`: where each line of `text` starts)."""
    return text.split("\n") if len(text) < LISTED_LINES_LIMIT else Lines(text, starts)


# A word with its offsets (text: str, start and end: int). (A named tuple called, not
# subclassed: the class form compiles each field's annotation at every start, about half a
# millisecond a class; and `collections`', not `typing`'s, which a run does not import.)
Token = namedtuple("Token", ["text", "start", "end"])


# A Token made by C (`Token(...)` runs the named tuple's own `__new__`, a Python function).
make_token = partial(tuple.__new__, Token)


class Words(Sequence):
    """The word tokens of a text, kept as parallel arrays (one string per distinct word, two
    offsets in machine integers): a big article costs bytes per word, not objects. A Token is
    made only when one is asked for; checks that scan every word read `texts` directly."""

    __slots__ = ("texts", "starts", "ends")

    def __init__(self, text: str):
        texts: list[str] = []
        starts, ends = array("i"), array("i")
        shared = {}.setdefault
        found = WORD.finditer(text)
        # A batch of matches at a time, read by C loops (half the time of one Python loop a
        # word), without holding a big text's matches all at once.
        while batch := list(islice(found, _WORDS_BATCH)):
            texts += [shared(word, word) for word in map(_GROUP, batch)]
            starts.extend(map(_START, batch))
            ends.extend(map(_END, batch))
        self.texts, self.starts, self.ends = texts, starts, ends

    def __len__(self) -> int:
        return len(self.texts)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self.texts)))]
        return make_token((self.texts[index], self.starts[index], self.ends[index]))

    def __iter__(self) -> Iterator[Token]:
        return map(make_token, zip(self.texts, self.starts, self.ends))


class Document(Value):
    """Decoded text with the regions not to lint, the blocks of prose and the language.

    `prose` has the same length as `text`; skipped regions and markup characters are blanked
    to spaces there (newlines kept), so offsets found in `prose` are offsets in `text`.
    `notices`: problems with the article's own declarations (an unknown `lang:`), for the user
    to fix. `languages`: every language file's data by code, for checks that compare languages.
    `code`: code (fenced, indented, inline), also skipped; a suppression comment there is an
    example. `constructs`: markup made of several pieces (a link: `[`, text, `](url)`), which a
    fix keeps or removes whole. `cache`: analyses shared by several checks (sentence contexts,
    lexicon look-ups), computed once.
    """

    FIELDS = ("text", "path", "format", "language", "language_source", "metadata", "front_matter", "notices",
              "lang_data", "languages", "skipped", "markup", "code", "constructs", "blocks", "cache")

    def __init__(self, text: str, path: str = "<text>", format: str = "text",  # noqa: A002
                 language: str | None = None, language_source: str = "default", metadata: dict | None = None,
                 front_matter: Span | None = None, notices: list[str] | None = None, lang_data: dict | None = None,
                 languages: dict | None = None, skipped: list[Span] | None = None, markup: list[Span] | None = None,
                 code: list[Span] | None = None, constructs: list[Span] | None = None,
                 blocks: list[Block] | None = None, cache: dict | None = None):
        self.text, self.path, self.format = text, path, format
        self.language, self.language_source, self.front_matter = language, language_source, front_matter
        self.metadata = {} if metadata is None else metadata
        self.notices = [] if notices is None else notices
        self.lang_data = {} if lang_data is None else lang_data
        self.languages = {} if languages is None else languages
        self.skipped = [] if skipped is None else skipped
        self.markup = [] if markup is None else markup
        self.code = [] if code is None else code
        self.constructs = [] if constructs is None else constructs
        self.blocks = [] if blocks is None else blocks
        self.cache = {} if cache is None else cache

    def __repr__(self) -> str:
        return f"Document(path={self.path!r}, format={self.format!r}, language={self.language!r})"

    def memo(self, key: str, compute):
        """`compute(self)` once per document, shared by every check that asks for `key`."""
        if key not in self.cache:
            self.cache[key] = compute(self)
        return self.cache[key]

    @cached_property
    def line_starts(self) -> list[int]:
        return line_offsets(self.text)

    @cached_property
    def lines(self) -> Sequence[str]:
        """The lines of `text`, without their newline."""
        return lines_of(self.text, self.line_starts)

    @cached_property
    def prose(self) -> str:
        """`text` with skipped regions and markup blanked to spaces (newlines kept)."""
        pieces: list[str] = []
        kept = 0  # the text before this offset is in `pieces`
        for start, end in sorted((span.start, span.end) for span in (*self.skipped, *self.markup)):
            start, end = max(start, kept), min(end, len(self.text))
            if start >= end:
                continue
            pieces.append(self.text[kept:start])
            pieces.append(_NOT_NEWLINE.sub(" ", self.text[start:end]))
            kept = end
        pieces.append(self.text[kept:])
        return "".join(pieces)

    @cached_property
    def prose_lines(self) -> Sequence[str]:
        """The lines of `prose` (where they are in `text`: blanking keeps the newlines)."""
        return lines_of(self.prose, self.line_starts)

    @cached_property
    def _skipped_sorted(self) -> tuple[list[int], list[int]]:
        merged: list[list[int]] = []
        for span in sorted(self.skipped, key=lambda s: (s.start, s.end)):
            if merged and span.start <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], span.end)
            else:
                merged.append([span.start, span.end])
        return [m[0] for m in merged], [m[1] for m in merged]

    def is_skipped(self, start: int, end: int) -> bool:
        """True when [start, end) overlaps a region that is not linted."""
        starts, ends = self._skipped_sorted
        i = bisect_right(starts, max(start, end - 1)) - 1
        while i >= 0 and ends[i] > start:
            if starts[i] < max(end, start + 1):
                return True
            i -= 1
        return False

    @cached_property
    def _protected(self) -> tuple[list[tuple[int, int]], list[int], list[int]]:
        """Every markup and skipped span sorted by start, their starts, and the running maximum
        of their ends (so the spans overlapping an offset are found by walking back)."""
        spans = sorted((s.start, s.end) for s in (*self.skipped, *self.markup, *self.constructs) if s.end > s.start)
        reach, furthest = [], 0
        for _, end in spans:
            furthest = max(furthest, end)
            reach.append(furthest)
        return spans, [a for a, _ in spans], reach

    def allows_edit(self, start: int, end: int, replacement: str) -> bool:
        """Whether a fix may replace text[start:end]: it touches prose only, or it deletes
        whole lines and every piece of markup on them entirely. Markup is never edited."""
        around = self._spans_around(start, end)
        if end > start:
            touched = bool(around)
        else:  # an insertion: not strictly inside a span
            touched = any(a < start < b for a, b in self._spans_around(start, start + 1))
        if not touched:
            return True
        whole_lines = (not replacement and (start == 0 or self.text[start - 1] == "\n")
                       and (end == len(self.text) or self.text[end - 1] == "\n"))
        return whole_lines and all(start <= a and b <= end for a, b in around)

    def _spans_around(self, start: int, end: int) -> list[tuple[int, int]]:
        """The protected spans that overlap [start, end)."""
        spans, starts, reach = self._protected
        found = []
        i = bisect_right(starts, end - 1) - 1
        while i >= 0 and reach[i] > start:
            if spans[i][1] > start:
                found.append(spans[i])
            i -= 1
        return found

    def position(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) of an offset; columns count code points."""
        index = bisect_right(self.line_starts, offset) - 1
        return index + 1, offset - self.line_starts[index] + 1

    def in_match(self, offset: int, patterns) -> bool:
        """True when a match of one of `patterns` on the prose line of `offset` covers it
        (rules' `exceptions` such as `Piazza XX Settembre`)."""
        if not patterns:
            return False
        start = self.prose.rfind("\n", 0, offset) + 1
        # a line's matches, searched once for all the words asked about on it; only the last
        # line's are kept, as the rules ask line after line (a big file keeps no list a line)
        key = ("in-match", *patterns)
        line_start, spans = self.cache.get(key, (-1, ()))
        if line_start != start:
            end = self.prose.find("\n", offset)
            line = self.prose[start:end if end >= 0 else len(self.prose)]
            spans = [m.span() for p in patterns for m in p.finditer(line)]
            self.cache[key] = (start, spans)
        return any(first <= offset - start < last for first, last in spans)

    @cached_property
    def words(self) -> Words:
        """Word tokens of the prose."""
        return Words(self.prose)

    @cached_property
    def lowercase_words(self) -> frozenset[str]:
        """Words that occur in all-lower-case form somewhere in the document's prose, not as a
        handle or hashtag (`@parkklanken` is the name `Parkklanken`)."""
        prose = self.prose
        if not any(sign in prose for sign in TAG_SIGNS):
            return frozenset(filter(str.islower, self.words.texts))  # no handle nor hashtag: every word counts
        return frozenset(word for word, start in zip(self.words.texts, self.words.starts)
                         if word.islower() and prose[start - 1:start] not in TAG_SIGNS)

    def block_at(self, offset: int) -> Block | None:
        """The block containing an offset, if any."""
        starts = self._block_starts
        i = bisect_right(starts, offset) - 1
        if i >= 0 and offset < self.blocks[i].end:
            return self.blocks[i]
        return None

    @cached_property
    def _block_starts(self) -> list[int]:
        return [b.start for b in self.blocks]

    def block_on_line(self, index: int) -> Block | None:
        """The block that the text of 0-based prose line `index` is in (None: none)."""
        line = self.prose_lines[index]
        return self.block_at(self.line_starts[index] + len(line) - len(line.lstrip()))

    def line_range(self, block: Block) -> tuple[int, int]:
        """The 0-based indexes of a block's first and last prose lines."""
        return self.position(block.start)[0] - 1, self.position(block.end)[0] - 1

    def block_text(self, block: Block) -> str:
        return self.prose[block.start:block.end]

    def first_text(self, block: Block) -> int:
        """The offset of the block's first non-space character (its end when it has none)."""
        firsts = self.memo("first-text", lambda doc: {})
        if block.start not in firsts:
            text = self.block_text(block)
            firsts[block.start] = block.start + len(text) - len(text.lstrip())
        return firsts[block.start]

"""Where sentences start: the context of each word within its block of prose."""
from __future__ import annotations

from array import array
from bisect import bisect_right
from collections import Counter, namedtuple
from collections.abc import Sequence
from functools import partial
from itertools import compress

from .compiled import compile_cached
from .document import Document, Token, make_token
from .langdata import lowered_words
from .lexicon import zipf
from .regex_engine import IGNORECASE

TYPE_CHECKING = False  # typing's flag, without importing typing: a run never does (~3 ms)
if TYPE_CHECKING:
    from typing import Callable, Iterator

SENTENCE_END = compile_cached(r"[.!?…]")
OPENERS = compile_cached(r"[«“„\"‘‚'`(\[¿¡—–‹›»]|(?:^|\s)-(?:\s|$)")
ROMAN = compile_cached(r"[IVXLC]+")
# A text that ends like a sentence: a stop, then closing quotes or brackets.
ENDS_SENTENCE = compile_cached(r"[.!?…][\"'“”«»‹›‘’)]*\s*$")
CLOSERS_AFTER_END = compile_cached(r"[!?…]+\s*[”»\"’›)](?=\s)")
ELLIPSIS_ONLY = compile_cached(r"^[^.!?…]*(?:…|\.\.\.+)[^.!?…]*$")
# Boundary kinds (small numbers: a byte a word). After BLOCK and SENTENCE a word must be
# capitalised; after the others (colon, opening quote, ellipsis, a quote closed on `?»`) it may
# be, but need not.
BLOCK, SENTENCE, COLON, QUOTE, ELLIPSIS, ABBREVIATION, CONTINUE = range(7)
_STOP_THEN_SPACE = compile_cached(r"[.!?…]\S*\s")
_DOTS_THEN_COMMA = compile_cached(r"\s*\.+\s*,")
_EXCLAMATION = compile_cached(r"[!?…]")
_STOP_OR_ELLIPSIS = compile_cached(r"[.…]")
_SEPARATOR = compile_cached(r"[·•|]")
# Signals of an abbreviation's stop (`2 tbsp. sugar`): the stop and spaces, a word without a
# vowel, a unit's length after a number, and how often the article uses the word so.
_ABBREVIATION_GAP = compile_cached(r"\.[ \t\u00a0]+")
_VOWELS = compile_cached(r"[aeiouyàáâãäåèéêëìíîïòóôõöùúûüýÿæœ]", IGNORECASE)
_UNIT_LETTERS = 4
_UNIT_WORD_ZIPF = 4.0  # a four-letter word this common after a number is a word, no unit (`euro`)
_USES_MAKE_ABBREVIATION = 2
# Characters of Windows-1252 mojibake (`â€œ`): a one-letter "word" before them is damage, not a word.
MOJIBAKE_TAIL = compile_cached(r"[\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013-\u2026\u2030\u2039\u203a\u20ac\u2122]")


class WordContext(namedtuple("WordContext", ["token", "boundary", "prev", "next", "gap_before"])):
    """A word in its block (`token`, and `prev` and `next` or None: Tokens; `gap_before`: a
    str); `boundary`: what separates it from the previous word (a named tuple called, not
    subclassed: see `document.Token`)."""

    __slots__ = ()

    @property
    def starts_sentence(self) -> bool:
        return self.boundary in (BLOCK, SENTENCE)

    @property
    def may_start_sentence(self) -> bool:
        """A capital is fine here: sentence start, after a colon, a quote or a bracket."""
        return self.boundary != CONTINUE


_make_context = partial(tuple.__new__, WordContext)  # as `make_token`


class WordContexts(Sequence):
    """Each word's context, kept as arrays beside the document's words; `contexts[i]` makes a
    WordContext when one is asked for. `texts`, `starts` and `boundaries` serve checks that
    scan every word for the few worth a closer look."""

    __slots__ = ("texts", "starts", "ends", "boundaries", "_joined", "_gap_starts", "_prose")

    def __init__(self, prose: str, texts: list[str], starts: array, ends: array, boundaries: bytearray,
                 joined: bytearray, gap_starts: array):
        self.texts, self.starts, self.ends, self.boundaries = texts, starts, ends, boundaries
        self._joined, self._gap_starts, self._prose = joined, gap_starts, prose

    def __len__(self) -> int:
        return len(self.texts)

    def token(self, index: int) -> Token:
        return make_token((self.texts[index], self.starts[index], self.ends[index]))

    def joined(self, index: int) -> bool:
        """Whether the word has a previous word in its block."""
        return bool(self._joined[index])

    def __getitem__(self, index):
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self.texts)))]
        if index < 0:
            index += len(self.texts)
        if not 0 <= index < len(self.texts):
            raise IndexError(index)
        prev = self.token(index - 1) if self._joined[index] else None
        nxt = self.token(index + 1) if index + 1 < len(self.texts) and self._joined[index + 1] else None
        start = self.starts[index]
        return _make_context((self.token(index), self.boundaries[index], prev, nxt,
                              self._prose[self._gap_starts[index]:start]))

    def __iter__(self) -> Iterator[WordContext]:
        return (self[i] for i in range(len(self.texts)))


def word_contexts(doc: Document) -> WordContexts:
    return doc.memo("word_contexts", _analyse)


def _analyse(doc: Document) -> WordContexts:
    abbreviations = lowered_words(doc, "abbreviations")
    pronouns = lowered_words(doc, "final_pronouns")
    ordinal_dot = bool(doc.lang_data.get("ordinal_dot"))  # German `am 14. und 15. Juli`, `der 72. Minute`
    prose, text = doc.prose, doc.text
    words = doc.words
    dropped = [i for i, word in enumerate(words.texts) if len(word) == 1 and MOJIBAKE_TAIL.match(prose, words.ends[i])]
    if not dropped:
        texts, starts, ends = words.texts, words.starts, words.ends
    else:
        kept = bytearray(b"\x01") * len(words)
        for i in dropped:
            kept[i] = 0
        texts = list(compress(words.texts, kept))
        starts, ends = array("i", compress(words.starts, kept)), array("i", compress(words.ends, kept))
    block_starts = doc._block_starts
    block_ends = [block.end for block in doc.blocks]
    opens_line = _line_openers(doc)
    count = len(texts)
    boundaries = bytearray(count)  # BLOCK until found otherwise
    joined = bytearray(count)
    gap_starts = array("i", starts)
    plain: dict[str, int] = {}  # the boundary of each gap without a stop, which depends on nothing else
    previous_block = -1
    last_block, started = len(block_starts) - 1, -1  # started: the last block that starts at or before the word
    for i in range(count):
        start = starts[i]
        while started < last_block and block_starts[started + 1] <= start:
            started += 1
        block = started if started >= 0 and start < block_ends[started] else -1
        if block >= 0 and block == previous_block and start == ends[i - 1] + 1 and prose[start - 1] == " " \
                and text[start - 1] == " ":
            joined[i], gap_starts[i], boundaries[i] = 1, start - 1, CONTINUE  # one space: what most gaps are
            continue
        if block < 0 or block != previous_block or i == 0:
            previous_block = block
            if block >= 0:
                gap_starts[i] = block_starts[block]
                gap = prose[block_starts[block]:start]
            else:
                gap = ""
            boundary = BLOCK
        else:
            joined[i] = 1
            prev_end = ends[i - 1]
            gap_starts[i] = prev_end
            gap = prose[prev_end:start]
            boundary = plain.get(gap)
            if boundary is None:
                if SENTENCE_END.search(gap):
                    boundary = _boundary(gap, texts[i - 1], abbreviations, pronouns,
                                         lambda: ordinal_dot or opens_line(starts[i - 1]))
                else:
                    boundary = plain[gap] = _boundary(gap, texts[i - 1], abbreviations, pronouns, lambda: False)
            if boundary == CONTINUE and (gap != " " or text[prev_end] != " ") \
                    and text[prev_end:start].rstrip(" ").endswith(("*", "_")):
                boundary = QUOTE  # `*Rue du 8-Mai*`: an emphasised title may open with a capital
            if boundary == SENTENCE and gap.rstrip()[-1:] in "([":
                boundary = QUOTE  # `(nz)`: an author's initials in brackets after the last sentence
        if boundary == SENTENCE and texts[i][:1].islower() and _abbreviated(
                texts[i - 1], starts[i - 1], ends[i - 2] if i > 1 else None, texts[i - 2] if i > 1 else "", gap, prose,
                doc.language):
            boundary = ABBREVIATION
        boundaries[i] = boundary
    _abbreviations_by_use(boundaries, texts, starts, gap_starts, prose)
    return WordContexts(prose, texts, starts, ends, boundaries, joined, gap_starts)


def _abbreviated(word: str, word_start: int, before_end: int | None, before: str, gap: str, prose: str,
                 language: str | None) -> bool:
    """`2 tbsp. sugar`, `Nr. drei`: a stop that marks an abbreviation, by the word's shape.

    A word of letters with no vowel is no word of these languages (`tbsp`, `pct`, `ggf`), and
    a short word right after a number is a unit (`5 min. walk`, `3 Std. später`), unless it is
    a common word of four letters (`1,30 euro. i pendolari`, `drei Jahre. dann`).
    """
    if not _ABBREVIATION_GAP.fullmatch(gap) or not word.isalpha():
        return False
    if len(word) >= 2 and not _VOWELS.search(word):
        return True
    after_number = before_end is not None and before[:1].isdigit() and not prose[before_end:word_start].strip()
    return after_number and (len(word) < _UNIT_LETTERS
                             or (len(word) == _UNIT_LETTERS and zipf(word.lower(), language) < _UNIT_WORD_ZIPF))


def _abbreviations_by_use(boundaries: bytearray, texts: list[str], starts: array, gap_starts: array,
                          prose: str) -> None:
    """A word the article twice ends with a stop before a lower-case word is an abbreviation there."""
    stops = [i for i, boundary in enumerate(boundaries)  # a sentence boundary always follows a word
             if boundary == SENTENCE and texts[i][:1].islower()
             and _ABBREVIATION_GAP.fullmatch(prose, gap_starts[i], starts[i])]
    uses = Counter(texts[i - 1].lower() for i in stops)
    for i in stops:
        if uses[texts[i - 1].lower()] >= _USES_MAKE_ABBREVIATION:
            boundaries[i] = ABBREVIATION


def _line_openers(doc: Document):
    """A test whether a word's offset opens its line (`1. an item`: a list number, not a sentence's
    last word), from each line's first non-space offset, found once per line."""
    first_text: dict[int, int] = {}
    prose = doc.prose

    def opens_line(offset: int) -> bool:
        line = bisect_right(doc.line_starts, offset) - 1
        if line not in first_text:
            start = doc.line_starts[line]
            end = doc.line_starts[line + 1] - 1 if line + 1 < len(doc.line_starts) else len(prose)
            text = prose[start:end]
            first_text[line] = start + len(text) - len(text.lstrip())
        return offset <= first_text[line]

    return opens_line


def _boundary(gap: str, prev: str, abbreviations: frozenset[str], pronouns: frozenset[str],
              number_is_ordinal: Callable[[], bool]) -> int:
    """What `gap` makes of the word after `prev`; `number_is_ordinal()`: a number's stop there
    marks an ordinal (asked only for a number before a stop); `pronouns`: short words that end
    sentences (`sagte er.`), no abbreviations."""
    if SENTENCE_END.search(gap) and not _STOP_THEN_SPACE.search(gap):
        return ABBREVIATION  # `package.json`, `fatto.Poi`: no space after the stop; either case may follow
    if SENTENCE_END.search(gap):
        if _DOTS_THEN_COMMA.match(gap):
            return CONTINUE  # `D-Minn., in March`: an abbreviation inside the sentence
        ordinal = prev.isdigit() and number_is_ordinal()
        if gap.lstrip().startswith(".") and (ordinal or _is_abbreviation(prev, abbreviations, pronouns)) \
                and not _EXCLAMATION.search(gap):
            return ABBREVIATION
        if not _STOP_OR_ELLIPSIS.search(gap):
            return QUOTE  # `?` and `!` also end exclamations inside a sentence
        if ELLIPSIS_ONLY.match(gap):
            return ELLIPSIS
        if CLOSERS_AFTER_END.search(gap):
            return QUOTE
        if gap.rstrip().endswith(")"):
            return ABBREVIATION  # `(110.‘) und`: the stop belonged to the bracket
        return SENTENCE
    if ":" in gap or _SEPARATOR.search(gap):
        return COLON  # after a colon or a separator (`Marta Zen · Tutti gli articoli`) either case
    if OPENERS.search(gap):
        return QUOTE
    return CONTINUE


def _is_abbreviation(word: str, abbreviations: frozenset[str], pronouns: frozenset[str] = frozenset()) -> bool:
    return (len(word) <= 2 and word.islower() and word not in pronouns) or (len(word) == 1 and word.isalpha()) \
        or word.lower() in abbreviations or bool(ROMAN.fullmatch(word))

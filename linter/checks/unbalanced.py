"""`unbalanced-pairs`: an opening quote or bracket never closed within its paragraph.

Marks come in families (`“ ” „ "` are double quotes in every language's habits, `« »`,
`( )`): a mark may be closed by any closer of its family, so `„…“`, `“…”` and a quote
closed with a straight `"` all balance. A mark glued to the word on its left closes or is
an apostrophe or a unit (`l’Europa`, `34"`, `41‘‘`); it never opens, unless the word ends in an
elision (`qu’« … »`). A quotation that runs on is not reported: the next paragraph opens with a
quote again (the convention for quotes of several paragraphs), or a later one closes it with no
quote of the family in between, unless it opened after a word of its sentence (`von einer
„angespannten`: a quoted phrase, which closes in its sentence); captions and credits between them (lines that are not
sentences) do not interrupt it.
Closing brackets and guillemets that close nothing (`strays`) are reported too, except
list enumerators (`a)`) and emoticons (`:-)`); so is a `”` glued to a word or a stop that is the
only double quote of its paragraph glued to a word or a stop, with none left open in the few paragraphs above
(`… de este pueblo”, resumió el director`).
"""
from __future__ import annotations

from functools import lru_cache

from ..compiled import compile_cached
from ..document import Document
from ..regex_engine import escape
from ..rule import Check, Finding
from ..sentences import ENDS_SENTENCE

TYPE_CHECKING = False  # typing's flag, without importing typing: a run never does (~3 ms)
if TYPE_CHECKING:
    from typing import Iterable

    import regex

_MOJIBAKE_LEAD = "€Ã"  # `â€“` (a dash) and `Ã«` (ë): the mark is a damaged byte, not a quote
# Quote marks damaged into Windows-1252 mojibake still open and close quotations.
_MOJIBAKE_QUOTES = {"â€œ": "  “", "â€\x9d": "  ”", "â€�": "  ”", "â€˜": "  ‘", "â€™": "  ’", "â€ž": "  „",
                    "Â«": " «", "Â»": " »"}
# `â€` before a space or punctuation: a `”` whose third byte (0x9d, not in Windows-1252) was lost.
_BARE_MOJIBAKE_CLOSER = compile_cached(r"â€(?=[\s.,;:!?)]|$)")
# A `‘` written for an apostrophe that elides the start of a word, not a quote: a decade
# (`the ‘90s`), a consonant alone, the rest of an article (`‘s-Hertogenbosch`, `‘t Zand`,
# `rock ‘n’ roll`); a vowel alone may be a word (`‘a fantasy’`).
_ELIDED_START = compile_cached(r"[‘'](?:\d\d(?!\d)|(?![aeiouyàáâãèéêìíòóôõùú])\p{Ll}(?=[\s’'-]))")
_EMOTICON = compile_cached(r"(?:^|\s)[:;=][-o^']?[()]$")
_ENUMERATOR = compile_cached(r"(?:^|[\s(])(?:\p{L}|\d{1,2}\p{L}?|[ivxIVX]{1,4})\)$")
_OPENING_CONTEXT = " \t\n\u00a0([{«»‹›“„‚—–-/"
_BRACKETS = "(["
# Enumerators and emoticons end a mark within this many characters before it.
_LONGEST_ENDING = 8
_APOSTROPHES = "’'"
_ATTRIBUTE = compile_cached(r"=[ \t]*(?:\"[^\"\n]*\"|'[^'\n]*')")  # `id="3"`, `class='x'`
_RUN_ON_REACH = 4  # paragraphs ahead in which a quotation may go on
_STOPS = ".!?;:"
# Closers that are strays only alone in their paragraph after a sentence's stop (`”` may open too).
_LONE_CLOSERS = "”"


class UnbalancedPairsCheck(Check):
    name = "unbalanced-pairs"
    DATA = frozenset({"pairs", "strays", "families"})

    def find(self, doc: Document) -> Iterable[Finding]:
        pairs: dict[str, str] = self.spec.language_data("pairs", doc.language) or {}
        families = self._families(doc, pairs)
        closing = {close for close in pairs.values()}
        strays = set(self.spec.language_data("strays", doc.language) or ())
        blocks = doc.blocks
        scans: dict[int, tuple] = {}  # of the blocks around the one looked at
        summaries: dict[int, tuple] = {}

        def scan(index: int) -> tuple:
            if index not in scans:
                scans[index] = _scan(_without_attributes(doc.block_text(blocks[index])), pairs, closing, families)
            return scans[index]

        def summary(index: int) -> tuple:
            if index not in summaries:
                summaries[index] = _summary(_without_attributes(doc.block_text(blocks[index])), scan(index)[1], families)
            return summaries[index]

        for index, block in enumerate(blocks):
            scans.pop(index - 2, None)
            summaries.pop(index, None)
            left_open, stray = scan(index)
            text = doc.block_text(block) if left_open or stray else ""  # cut once a paragraph, not once a mark
            ends_sentence = text.rstrip()[-1:] in ".!?"  # a paragraph broken mid-sentence goes on below
            for char, i in left_open:
                following = [summary(k) for k in range(index + 1, min(index + 1 + _RUN_ON_REACH, len(blocks)))]
                if not _mid_sentence(text, i, ends_sentence) and _runs_on(following, families[char], char in _BRACKETS):
                    continue
                start = block.start + i
                yield Finding(start, start + 1, values={
                    "problem": f"'{char}' is never closed with '{pairs[char]}' in this paragraph"})
            earlier = {families[c] for c, _ in scan(index - 1)[0]} if index else set()
            alone: dict[str, bool] = {}  # per family, worked out once a paragraph: a paragraph of strays stays linear
            for char, i in stray:
                if char in _LONE_CLOSERS and char not in strays:
                    family = families[char]
                    if family not in alone:
                        alone[family] = _alone_in_reach(doc, index, family, families, scan)
                    if not (alone[family] and _glued(text, i)):
                        continue
                if (char in strays or char in _LONE_CLOSERS) and families[char] not in earlier:
                    start = block.start + i
                    yield Finding(start, start + 1, values={"problem": f"'{char}' closes nothing opened in this paragraph"})

    def _families(self, doc: Document, pairs: dict[str, str]) -> dict[str, str]:
        families: dict[str, str] = {}
        for name, marks in (self.spec.language_data("families", doc.language) or {}).items():
            families.update({mark: name for mark in marks})
        for opener, closer in pairs.items():
            families.setdefault(opener, opener)
            families.setdefault(closer, families[opener])
        return families


def _scan(text: str, pairs: dict[str, str], closing: set[str], families: dict[str, str]):
    """(marks left open, closers without an opener) of one paragraph, with their offsets."""
    marks = _OpenMarks(families)
    stray: list[tuple[str, int]] = []
    for damaged, repaired in _MOJIBAKE_QUOTES.items():
        text = text.replace(damaged, repaired)
    text = _BARE_MOJIBAKE_CLOSER.sub(" ”", text)
    quotes = families_with_quotes(families)
    last_text = len(text.rstrip()) - 1  # a mark after this offset has nothing after it to open
    for found in _marks_of(families).finditer(text):
        i, char = found.start(), found.group()
        family = families[char]
        if i and text[i - 1] in _MOJIBAKE_LEAD:
            continue  # the `“` of `â€“` is a damaged byte, not a quote
        glued = (i > 0 and text[i - 1] not in _OPENING_CONTEXT and not _after_elision(text, i)
                 and not _after_stop(text, i))
        if char == ")" and _ENUMERATOR.search(text, max(0, i - _LONGEST_ENDING), i + 1) and not marks.brackets:
            continue  # `a) first item`, `section 1a)`, `iv)`
        if char in "()" and _EMOTICON.search(text, max(0, i - _LONGEST_ENDING), i + 1):
            if char == ")" and marks.top() == "(":
                marks.pop_top()  # `(a funny remark :-)`: the smiley closes the bracket too
            continue
        can_open = (char in pairs and (not glued or char in _BRACKETS) and i < last_text
                    and not _ELIDED_START.match(text, i))
        opener = marks.innermost(family)
        if char in "»›" and opener is None and not glued and text[i + 1:i + 2].isspace():
            continue  # `Home » News » Politics`: a separator, not a quote
        if char in closing and opener is not None and (glued or not can_open or pairs[opener] == char):
            marks.close(family)
        elif can_open:
            marks.open(char, i)
        elif char in closing and (glued or char not in quotes) and not (glued and text[i - 1].isdigit()):
            stray.append((char, i))  # a quote mark alone between spaces is decoration (`more »`)
    return marks.left_open(), stray


class _OpenMarks:
    """The marks opened and not yet closed, by family, each family's innermost last."""

    def __init__(self, families: dict[str, str]):
        self.families = families
        self.by_family: dict[str, list[tuple[str, int]]] = {}
        self.brackets = 0  # open `(`

    def open(self, char: str, offset: int) -> None:
        self.by_family.setdefault(self.families[char], []).append((char, offset))
        self.brackets += char == "("

    def innermost(self, family: str) -> str | None:
        marks = self.by_family.get(family)
        return marks[-1][0] if marks else None

    def close(self, family: str) -> None:
        char, _ = self.by_family[family].pop()
        self.brackets -= char == "("

    def top(self) -> str | None:
        """The mark opened last of all that are open."""
        tops = [marks[-1] for marks in self.by_family.values() if marks]
        return max(tops, key=lambda mark: mark[1])[0] if tops else None

    def pop_top(self) -> None:
        family = self.families[self.top()]
        self.close(family)

    def left_open(self) -> list[tuple[str, int]]:
        return sorted((mark for marks in self.by_family.values() for mark in marks), key=lambda mark: mark[1])


def _marks_of(families: dict[str, str]) -> regex.Pattern:
    """A pattern that finds the marks of `families`, one character each."""
    return _mark_pattern(frozenset(mark for mark in families if len(mark) == 1))


@lru_cache(maxsize=64)
def _mark_pattern(marks: frozenset[str]) -> regex.Pattern:
    return compile_cached("|".join(escape(mark) for mark in sorted(marks)) or r"(?!x)x")


def families_with_quotes(families: dict[str, str]) -> set[str]:
    """Marks that are quotes (not brackets): the only ones that may stand as decoration."""
    return {mark for mark in families if mark not in ")]"}


def _alone_in_reach(doc: Document, index: int, family: str, families: dict[str, str], scan) -> bool:
    """Paragraph `index` holds one mark of `family` (a `”` may open, `”dwindling.”`) and none of the
    few paragraphs above left one open (a quotation of several paragraphs closes there): a `”` of it
    glued to a word or a stop closes nothing."""
    text = doc.block_text(doc.blocks[index])
    if sum(families.get(c) == family for c in text) != 1:
        return False
    return not any(families[c] == family for k in range(max(0, index - _RUN_ON_REACH), index) for c, _ in scan(k)[0])


def _glued(text: str, i: int) -> bool:
    """The mark at `i` follows a word, or a stop right after a word (`… pueblo”`, `… historia.”`)."""
    return i > 1 and (text[i - 1].isalpha() or text[i - 1] in ".!?" and text[i - 2].isalpha())


def _mid_sentence(text: str, i: int, ends_sentence: bool) -> bool:
    """The mark opens after a word of its sentence (`sprach von einer „angespannten`) in a
    paragraph that ends its last sentence (`ends_sentence`): a quoted phrase, which closes in its
    sentence. A quotation of several paragraphs opens a paragraph or a sentence, or follows a
    comma, a colon or a dash. Reads back over the spaces before the mark only, so a paragraph
    of marks stays linear."""
    if not ends_sentence:
        return False
    j = i
    while j and text[j - 1] in " \t\u00a0":
        j -= 1
    return 0 < j < i and text[j - 1].isalnum()


def _after_elision(text: str, i: int) -> bool:
    """The mark follows a word cut by an apostrophe (`qu’«`, `l'«`): it stands where a word starts."""
    return i > 1 and text[i - 1] in _APOSTROPHES and text[i - 2].isalpha()


def _after_stop(text: str, i: int) -> bool:
    """The mark follows a sentence's stop with no space and a letter follows it (`plaza.«La
    gente`): the next sentence's opening quote lost its space, so it may open."""
    return (i > 1 and text[i - 1] in _STOPS and text[i - 2].isalpha()
            and i + 1 < len(text) and text[i + 1].isalpha())


def _in_word(text: str, i: int) -> bool:
    """The mark stands between two letters: an apostrophe (`Europe’s`), not a quote."""
    return 0 < i < len(text) - 1 and text[i - 1].isalpha() and text[i + 1].isalpha()


def _without_attributes(text: str) -> str:
    """The text with the quoted values of markup attributes blanked (`[ads id="3"]`, `<a
    href="…">`): their quotes neither open nor close a quotation, nor go on with one."""
    return _ATTRIBUTE.sub(lambda m: " " * len(m.group()), text)


def _summary(text: str, stray, families: dict[str, str]):
    """What `_runs_on` needs of a paragraph: the family of its first mark if it opens with one,
    the families it closes without opening, the families of all its marks, and whether it is a
    sentence (not a caption or credit)."""
    first = text.lstrip()[:1]
    closes = {families[c] for c, i in stray if not _in_word(text, i)}
    marks = {families[m.group()] for m in _marks_of(families).finditer(text) if not _in_word(text, m.start())}
    return families.get(first), closes, marks, bool(ENDS_SENTENCE.search(text))


def _runs_on(following, family: str, bracket: bool) -> bool:
    """The quotation goes on: a later paragraph opens with a quote of its family or closes one.

    `following` holds the summaries of the next few paragraphs. A reopening counts across
    captions and credits only; a closing also across sentences that hold no quote mark of the
    family (one quotation of several paragraphs).
    """
    if bracket:
        return False
    prose_between = False
    for first, closes, marks, is_sentence in following:
        if (first == family and not prose_between) or family in closes:
            return True
        if family in marks:
            return False
        prose_between = prose_between or is_sentence
    return False

"""Where sentences start: the context of each word within its block of prose."""
from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, replace

import regex

from .document import Document, Token
from .langdata import lowered, word_list

SENTENCE_END = regex.compile(r"[.!?…]")
OPENERS = regex.compile(r"[«“„\"‘‚'`(\[¿¡—–‹›»]|(?:^|\s)-(?:\s|$)")
ROMAN = regex.compile(r"[IVXLC]+")
# A text that ends like a sentence: a stop, then closing quotes or brackets.
ENDS_SENTENCE = regex.compile(r"[.!?…][\"'“”«»‹›‘’)]*\s*$")
CLOSERS_AFTER_END = regex.compile(r"[!?…]+\s*[”»\"’›)](?=\s)")
ELLIPSIS_ONLY = regex.compile(r"^[^.!?…]*(?:…|\.\.\.+)[^.!?…]*$")
# Boundary kinds. After BLOCK and SENTENCE a word must be capitalised; after the others
# (colon, opening quote, ellipsis, a quote closed on `?»`) it may be, but need not.
BLOCK, SENTENCE, COLON, QUOTE, ELLIPSIS, ABBREVIATION, CONTINUE = (
    "block", "sentence", "colon", "quote", "ellipsis", "abbreviation", "continue")
_STOP_THEN_SPACE = regex.compile(r"[.!?…]\S*\s")
_DOTS_THEN_COMMA = regex.compile(r"\s*\.+\s*,")
_EXCLAMATION = regex.compile(r"[!?…]")
_STOP_OR_ELLIPSIS = regex.compile(r"[.…]")
_SEPARATOR = regex.compile(r"[·•|]")
# Signals of an abbreviation's stop (`2 tbsp. sugar`): the stop and spaces, a word without a
# vowel, a unit's length after a number, and how often the article uses the word so.
_ABBREVIATION_GAP = regex.compile(r"\.[ \t\u00a0]+")
_VOWELS = regex.compile(r"[aeiouyàáâãäåèéêëìíîïòóôõöùúûüýÿæœ]", regex.I)
_UNIT_LETTERS = 4
_USES_MAKE_ABBREVIATION = 2
# Characters of Windows-1252 mojibake (`â€œ`): a one-letter "word" before them is damage, not a word.
MOJIBAKE_TAIL = regex.compile(r"[\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013-\u2026\u2030\u2039\u203a\u20ac\u2122]")


@dataclass(frozen=True)
class WordContext:
    token: Token
    boundary: str  # what separates the word from the previous one in its block
    prev: Token | None
    next: Token | None
    gap_before: str

    @property
    def starts_sentence(self) -> bool:
        return self.boundary in (BLOCK, SENTENCE)

    @property
    def may_start_sentence(self) -> bool:
        """A capital is fine here: sentence start, after a colon, a quote or a bracket."""
        return self.boundary != CONTINUE


def word_contexts(doc: Document) -> list[WordContext]:
    return doc.memo("word_contexts", _analyse)


def _analyse(doc: Document) -> list[WordContext]:
    abbreviations = lowered(word_list(doc, "abbreviations"))
    ordinal_dot = bool(doc.lang_data.get("ordinal_dot"))  # German `am 14. und 15. Juli`, `der 72. Minute`
    prose = doc.prose
    result: list[WordContext] = []
    words = [t for t in doc.words if not (len(t.text) == 1 and MOJIBAKE_TAIL.match(prose, t.end))]
    block_of = [doc.block_at(t.start) for t in words]
    opens_line = _line_openers(doc)
    for i, token in enumerate(words):
        block = block_of[i]
        prev = words[i - 1] if i and block is not None and block_of[i - 1] is block else None
        nxt = words[i + 1] if i + 1 < len(words) and block is not None and block_of[i + 1] is block else None
        if prev is None:
            gap = prose[block.start:token.start] if block else ""
            boundary = BLOCK
        else:
            gap = prose[prev.end:token.start]
            boundary = _boundary(gap, prev, abbreviations, ordinal_dot or opens_line(prev))
            if boundary == CONTINUE and doc.text[prev.end:token.start].rstrip(" ").endswith(("*", "_")):
                boundary = QUOTE  # `*Rue du 8-Mai*`: an emphasised title may open with a capital
            if boundary == SENTENCE and gap.rstrip()[-1:] in "([":
                boundary = QUOTE  # `(nz)`: an author's initials in brackets after the last sentence
        if boundary == SENTENCE and token.text[:1].islower() and _abbreviated(prev, words[i - 2] if i > 1 else None, gap, prose):
            boundary = ABBREVIATION
        result.append(WordContext(token, boundary, prev, nxt, gap))
    return _abbreviations_by_use(result)


def _abbreviated(prev: Token, before: Token | None, gap: str, prose: str) -> bool:
    """`2 tbsp. sugar`, `Nr. drei`: a stop that marks an abbreviation, by the word's shape.

    A word of letters with no vowel is no word of these languages (`tbsp`, `pct`, `ggf`), and
    a short word right after a number is a unit (`5 min. walk`, `3 Std. später`).
    """
    word = prev.text
    if not _ABBREVIATION_GAP.fullmatch(gap) or not word.isalpha():
        return False
    if len(word) >= 2 and not _VOWELS.search(word):
        return True
    after_number = before is not None and before.text[:1].isdigit() and not prose[before.end:prev.start].strip()
    return after_number and len(word) <= _UNIT_LETTERS


def _abbreviations_by_use(contexts: list[WordContext]) -> list[WordContext]:
    """A word the article twice ends with a stop before a lower-case word is an abbreviation there."""
    def lower_after_stop(ctx: WordContext) -> bool:
        return (ctx.boundary == SENTENCE and ctx.prev is not None and ctx.token.text[:1].islower()
                and bool(_ABBREVIATION_GAP.fullmatch(ctx.gap_before)))

    uses = Counter(ctx.prev.text.lower() for ctx in contexts if lower_after_stop(ctx))
    abbreviated = {word for word, n in uses.items() if n >= _USES_MAKE_ABBREVIATION}
    return [replace(ctx, boundary=ABBREVIATION) if lower_after_stop(ctx) and ctx.prev.text.lower() in abbreviated
            else ctx for ctx in contexts]


def _line_openers(doc: Document):
    """A test whether a token opens its line (`1. an item`: a list number, not a sentence's
    last word), from each line's first non-space offset, found once per line."""
    first_text: dict[int, int] = {}
    prose = doc.prose

    def opens_line(token: Token) -> bool:
        line = bisect_right(doc.line_starts, token.start) - 1
        if line not in first_text:
            start = doc.line_starts[line]
            end = doc.line_starts[line + 1] - 1 if line + 1 < len(doc.line_starts) else len(prose)
            text = prose[start:end]
            first_text[line] = start + len(text) - len(text.lstrip())
        return token.start <= first_text[line]

    return opens_line


def _boundary(gap: str, prev: Token, abbreviations: frozenset[str], number_is_ordinal: bool = False) -> str:
    if SENTENCE_END.search(gap) and not _STOP_THEN_SPACE.search(gap):
        return ABBREVIATION  # `package.json`, `fatto.Poi`: no space after the stop; either case may follow
    if SENTENCE_END.search(gap):
        if _DOTS_THEN_COMMA.match(gap):
            return CONTINUE  # `D-Minn., in March`: an abbreviation inside the sentence
        ordinal = number_is_ordinal and prev.text.isdigit()
        if gap.lstrip().startswith(".") and (ordinal or _is_abbreviation(prev, abbreviations)) and not _EXCLAMATION.search(gap):
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


def _is_abbreviation(token: Token, abbreviations: frozenset[str]) -> bool:
    word = token.text
    return (len(word) <= 2 and word.islower()) or (len(word) == 1 and word.isalpha()) \
        or word.lower() in abbreviations or bool(ROMAN.fullmatch(word))

"""`layout-damage`: what print, PDF and fixed-width layouts leave in extracted text.

- a word hyphenated at a line end (`infor-⏎mation`, `Kolle-⏎⏎gen`) or inside a line
  (`ge-nommen`, `be- grüße`): reported only when the word-frequency lexicon knows the joined
  word well and has hardly seen the hyphenated one (`information` vs `infor-mation`; inside a
  line, not at all), so real compounds (`long-⏎term`, `Ost-⏎West`, `Sonn- und Feiertage`,
  `rive- gauche`) pass; the fix joins the halves;
- invisible characters inside a word (soft hyphen, zero-width space or joiner, word joiner,
  a byte-order mark): the fix removes them;
- typographic ligatures (`ﬁ`, `ﬂ`), which search and spell checkers do not read as letters:
  the fix spells them out;
- a word letter-spaced (`c o u r t e`): four or more single letters in a row that the
  lexicon knows as a word once joined, or six or more;
- a paragraph broken mid-sentence: a paragraph of at least `min_words` words that ends
  without sentence punctuation and, after a blank line, goes on in lower case (a headline
  over a byline or a date line, `di Paolo Rinaldi`, `mardi 11 mars`, is not broken).
"""
from __future__ import annotations

import unicodedata
from typing import Iterable

import regex

from ..document import WORD, Document
from ..langdata import lowered, word_list
from ..lexicon import has_lexicon, zipf
from ..rule import Check, Finding

# (`Ã` + soft hyphen is the mojibake of `í`: the mojibake rule's finding.)
_INVISIBLE = regex.compile(r"(?<=\p{L})(?<![ÂÃÅ])[\u00ad\u200b\u200c\u200d\u2060\ufeff]+(?=\p{L})")
_LIGATURE = regex.compile(r"[\ufb00-\ufb06]")
_LINE_END_HYPHEN = regex.compile(
    r"(?<![\p{L}\p{N}-])(?P<left>\p{L}+)-(?P<gap>[ \t]*\n(?:[ \t]*\n)*[ \t]*|[ \t]?)(?P<right>\p{Ll}+)(?![\p{L}\p{N}-])")
_LETTER_SPACED = regex.compile(r"(?<![\p{L}\p{N}.])(?:\p{L}[ \u00a0]){3,}\p{L}(?![\p{L}\p{N}])")
_SENTENCE_END = regex.compile(r"""[.!?…:;»”"'’)\]*_–—-]$""")
_FIRST_LETTER = regex.compile(r"[\p{L}\p{N}]")
_BLANK_LINE = regex.compile(r"\n[ \t]*\n")
_NON_SPACE = regex.compile(r"\S")
# A joined word the lexicon knows well (zipf), and a hyphenated form it has hardly seen.
KNOWN_JOINED, MIN_LEAD = 3.0, 1.5
KNOWN_JOINED_INLINE, UNSEEN_SPLIT = 3.5, 2.0
KNOWN_SPACED = 2.5


class LayoutDamageCheck(Check):
    name = "layout-damage"
    OPTIONS = {"min_words": 6, "min_spaced_letters": 6}

    def find(self, doc: Document) -> Iterable[Finding]:
        yield from self._invisible(doc)
        yield from self._ligatures(doc)
        if has_lexicon(doc.language):
            yield from self._hyphenated(doc)
            yield from self._letter_spaced(doc)
        yield from self._broken_paragraphs(doc)

    def _invisible(self, doc: Document) -> Iterable[Finding]:
        for match in _INVISIBLE.finditer(doc.prose):
            names = ", ".join(dict.fromkeys(unicodedata.name(c, "U+%04X" % ord(c)).lower() for c in match.group()))
            yield Finding(match.start(), match.end(), values={"names": names}, replacement="",
                          message="invisible character inside a word ({names})")

    def _ligatures(self, doc: Document) -> Iterable[Finding]:
        for match in _LIGATURE.finditer(doc.prose):
            letters = unicodedata.normalize("NFKC", match.group())
            yield Finding(match.start(), match.end(), values={"letters": letters}, replacement=letters,
                          message="ligature character '{text}' instead of the letters '{letters}'")

    def _hyphenated(self, doc: Document) -> Iterable[Finding]:
        for match in _LINE_END_HYPHEN.finditer(doc.prose):
            left, right = match.group("left"), match.group("right")
            joined = left + right
            inline = "\n" not in match.group("gap")
            if not _joined_word(joined, f"{left}-{right}", doc.language, strict=inline):
                continue
            where = "inside a line" if inline else "across a line break"
            yield Finding(match.start(), match.end(), values={"word": joined, "where": where}, replacement=joined,
                          message="'{word}' hyphenated {where}")

    def _letter_spaced(self, doc: Document) -> Iterable[Finding]:
        for match in _LETTER_SPACED.finditer(doc.prose):
            letters = "".join(match.group().split())
            if len(letters) >= self.options["min_spaced_letters"] or zipf(letters.lower(), doc.language) >= KNOWN_SPACED:
                yield Finding(match.start(), match.end(), values={"word": letters},
                              message="letter-spaced word '{text}' ('{word}')")

    def _broken_paragraphs(self, doc: Document) -> Iterable[Finding]:
        not_continuing = lowered(word_list(doc, "weekdays") + word_list(doc, "months") + word_list(doc, "byline_words"))
        for block, following in zip(doc.blocks, doc.blocks[1:]):
            if block.kind != "paragraph" or following.kind != "paragraph":
                continue
            text = doc.block_text(block).rstrip()
            if not text or _SENTENCE_END.search(text) or len(WORD.findall(text)) < self.options["min_words"]:
                continue
            if not _BLANK_LINE.search(doc.text, block.end, following.start):
                continue
            first = _FIRST_LETTER.search(doc.prose, following.start, following.end)
            if first is None or not first.group().islower() or first.start() != _content_start(doc, following.start):
                continue
            next_word = WORD.match(doc.prose, first.start())
            if next_word is None or next_word.group().lower() in not_continuing:
                continue  # a byline or a date line under a headline (`di Paolo Rinaldi`, `mardi 11 mars`)
            last = list(WORD.finditer(text))[-1]
            yield Finding(block.start + last.start(), next_word.end(),
                          message="a paragraph broken in the middle of a sentence")


def _joined_word(joined: str, hyphenated: str, language: str | None, strict: bool = False) -> bool:
    """The lexicon knows the joined word well, and the hyphenated form much less (inside a
    line, where a hyphen is usually meant, it must barely know the hyphenated form at all)."""
    known, split = zipf(joined.lower(), language), zipf(hyphenated.lower(), language)
    if strict:
        return known >= KNOWN_JOINED_INLINE and split < UNSEEN_SPLIT
    return known >= KNOWN_JOINED and known - split >= MIN_LEAD


def _content_start(doc: Document, offset: int) -> int:
    """The first non-space character of the prose at or after `offset`."""
    match = _NON_SPACE.search(doc.prose, offset)
    return match.start() if match else offset

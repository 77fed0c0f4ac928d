"""`layout-damage`: what print, PDF and fixed-width layouts leave in extracted text.

- a word hyphenated at a line end (`infor-⏎mation`, `Kolle-⏎⏎gen`) or inside a line
  (`ge-nommen`, `be- grüße`): reported only when the word-frequency lexicon knows the joined
  word well and has hardly seen the hyphenated one (`information` vs `infor-mation`; inside a
  line, not at all), so real compounds (`long-⏎term`, `Ost-⏎West`, `Sonn- und Feiertage`,
  `rive- gauche`) pass; in a text written one paragraph per line any word broken by a hyphen
  and a line break is (`Bewäs-⏎serung`); the fix joins the halves;
- invisible characters inside a word (soft hyphen, zero-width space or joiner, word joiner,
  a byte-order mark), or a zero-width space, word joiner or byte-order mark at a word's start:
  the fix removes them;
- typographic ligatures (`ﬁ`, `ﬂ`), which search and spell checkers do not read as letters:
  the fix spells them out;
- a word letter-spaced (`c o u r t e`): four or more single letters in a row that the
  lexicon knows as a word once joined, or six or more;
- a paragraph broken mid-sentence: a paragraph of at least `min_words` words whose last
  sentence (three words or more) has no end and, after a blank line (or a line break in a text
  written one paragraph a line), goes on in lower case
  for at least three words; or whose last sentence is only its opening (`O defesa`, an
  article and a word) before a paragraph that goes on. A headline over a byline or a date
  line (`di Paolo Rinaldi`, `mardi 11 mars`) and a tag after a full sentence are not broken.
"""
from __future__ import annotations

import unicodedata
from typing import Iterable

from ..compiled import compile_cached
from ..document import WORD, Document
from ..langdata import lowered, word_list
from ..lexicon import has_lexicon, zipf
from ..rule import Check, Finding

# (`Ã` + soft hyphen is the mojibake of `í`: the mojibake rule's finding.)
_INVISIBLE = compile_cached(r"(?<=\p{L})(?<![ÂÃÅ])[\u00ad\u200b\u200c\u200d\u2060\ufeff]+(?=\p{L})"
                           r"|(?<=[ \u00a0])[\u200b\u2060\ufeff]+(?=\p{L})")  # also at a word's start
_LIGATURE = compile_cached(r"[\ufb00-\ufb06]")
_LINE_END_HYPHEN = compile_cached(
    r"(?<![\p{L}\p{N}-])(?P<left>\p{L}+)-(?P<gap>[ \t]*\n(?:[ \t]*\n)*[ \t]*|[ \t]?)(?P<right>\p{Ll}+)(?![\p{L}\p{N}-])")
# Single letters (an apostrophe counts) one space apart; the words of a run two or more apart.
_LETTER_SPACED = compile_cached(
    r"(?<![\p{L}\p{N}.'’])(?:[\p{L}'’][ \u00a0]){3,}[\p{L}'’](?:[ \u00a0]{2,}(?:[\p{L}'’][ \u00a0])*[\p{L}'’])*(?![\p{L}\p{N}])")
_SENTENCE_END = compile_cached(r"""[.!?…:;»”"'’)\]*_–—-]$""")
_FIRST_LETTER = compile_cached(r"[\p{L}\p{N}]")
_BLANK_LINE = compile_cached(r"\n[ \t]*\n")
_NON_SPACE = compile_cached(r"\S")
# A joined word the lexicon knows well (zipf), and a hyphenated form it has hardly seen.
KNOWN_JOINED, MIN_LEAD, NO_WORD, HALF_MARGIN = 2.0, 1.5, 2.0, 0.2
KNOWN_JOINED_INLINE, UNSEEN_SPLIT = 3.5, 2.0
KNOWN_SPACED = 2.5
LONG_LINE, MIN_LONG_LINES, UNWRAPPED_SHARE = 40, 4, 0.6
_FURNITURE = compile_cached(r"[\p{So}\p{Sm}|•·›]")  # arrows, bullets and pipes mark teasers and labels
PARAGRAPH_LINE = LONG_LINE  # a long line in a text of one paragraph a line is a paragraph
MIN_CONTINUATION_WORDS = 3
MIN_TAIL_WORDS, MAX_OPENING_WORDS, KNOWN_NEXT = 3, 2, 2.0
# The last sentence of a paragraph: what follows its last sentence end.
_LAST_SENTENCE = compile_cached(r"(?<=[.!?…][\"'”»’)]*\s)[^.!?…]*$")


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
        function_words = lowered(word_list(doc, "function_words") + word_list(doc, "dangling_words"))
        for match in _LINE_END_HYPHEN.finditer(doc.prose):
            left, right = match.group("left"), match.group("right")
            joined = left + right
            inline = "\n" not in match.group("gap")
            if not _joined_word(left, right, doc.language, inline, function_words) and not (
                    match.group("gap") == "\n" and right.lower() not in function_words and _unwrapped(doc)):
                continue  # a text of one paragraph per line breaks no line inside a word (`Bewäs-⏎serung`)
            where = "inside a line" if inline else "across a line break"
            yield Finding(match.start(), match.end(), values={"word": joined, "where": where}, replacement=joined,
                          message="'{word}' hyphenated {where}")

    def _letter_spaced(self, doc: Document) -> Iterable[Finding]:
        for match in _LETTER_SPACED.finditer(doc.prose):
            letters = "".join(match.group().split()).replace("'", "").replace("’", "")
            if len(letters) >= self.options["min_spaced_letters"] or zipf(letters.lower(), doc.language) >= KNOWN_SPACED:
                yield Finding(match.start(), match.end(), values={"word": letters},
                              message="letter-spaced word '{text}' ('{word}')")

    def _broken_paragraphs(self, doc: Document) -> Iterable[Finding]:
        not_continuing = lowered(word_list(doc, "weekdays") + word_list(doc, "months") + word_list(doc, "byline_words"))
        dangling = lowered(word_list(doc, "dangling_words"))
        # closed-class words, German articles among them (`name_links`)
        function_words = lowered(word_list(doc, "function_words")) | lowered(word_list(doc, "name_links"))
        for block, following in zip(doc.blocks, doc.blocks[1:]):
            if block.kind != "paragraph" or following.kind != "paragraph":
                continue
            text = doc.block_text(block).rstrip()
            if not text or _SENTENCE_END.search(text):
                continue
            if not _BLANK_LINE.search(doc.text, block.end, following.start) and not (
                    _unwrapped(doc) and len(text) >= PARAGRAPH_LINE and not _FURNITURE.search(text)):
                continue  # the next line of a wrapped paragraph; in a text of one paragraph a line, the next
                # paragraph, unless the line is a teaser or label (`Veja ainda → …`)
            first = _FIRST_LETTER.search(doc.prose, following.start, following.end)
            if first is None or first.start() != _content_start(doc, following.start):
                continue
            next_word = WORD.match(doc.prose, first.start())
            if (next_word is None or next_word.group().lower() in not_continuing
                    or len(WORD.findall(doc.block_text(following))) < MIN_CONTINUATION_WORDS):
                continue  # a byline, a date line or a label (`di Paolo Rinaldi`, `mardi 11 mars`)
            tail = _LAST_SENTENCE.search(text)
            tail_words = list(WORD.finditer(text, tail.start() if tail else 0))
            if not tail_words:
                continue
            if first.group().islower():
                # The paragraph's last sentence runs on; a tag after a full sentence (`Reuters+2`) does not,
                # nor a stray word before a new sentence (`verwaltung Die Arbeiten`: the line above was cut).
                if (len(WORD.findall(text)) < self.options["min_words"] or len(tail_words) < MIN_TAIL_WORDS
                        or (has_lexicon(doc.language) and zipf(next_word.group(), doc.language) < KNOWN_NEXT)
                        or _new_sentence_after(doc, next_word.end(), function_words)):
                    continue
            elif not (tail and _sentence_opening([w.group() for w in tail_words], dangling, not_continuing)):
                continue  # only a sentence's opening left over (`… fora de jogo. O defesa`) runs on into a name
            yield Finding(block.start + tail_words[-1].start(), next_word.end(),
                          message="a paragraph broken in the middle of a sentence")


def _new_sentence_after(doc: Document, offset: int, function_words: frozenset[str]) -> bool:
    """The word after `offset` is a capitalised function word: a sentence starts there."""
    after = WORD.match(doc.prose, _content_start(doc, offset))
    return after is not None and after.group()[:1].isupper() and after.group().lower() in function_words


def _sentence_opening(words: list[str], dangling: frozenset[str], byline: frozenset[str]) -> bool:
    """An article and a lower-case word (`O defesa`, `The defender`), not a byline (`Von Eva …`)."""
    return (len(words) <= MAX_OPENING_WORDS and words[0][0].isupper() and words[0].lower() in dangling
            and words[0].lower() not in byline and all(w.islower() for w in words[1:]))


def _joined_word(left: str, right: str, language: str | None, inline: bool, function_words: frozenset[str]) -> bool:
    """Whether `left-right` is one word hyphenated by a layout, by word frequencies: inside a
    line only a well-known word whose hyphenated form the lexicon has barely seen; at a line
    end a known word that beats its hyphenated form, or its rarer half, or whose halves are
    not both words (`Zuliefer-⏎industrie`), unless the right half is a function word
    (`Sonn-⏎und Feiertage`)."""
    joined = zipf((left + right).lower(), language)
    split = zipf(f"{left}-{right}".lower(), language)
    if inline:
        return joined >= KNOWN_JOINED_INLINE and split < UNSEEN_SPLIT
    if joined < KNOWN_JOINED or right.lower() in function_words:
        return False
    halves = min(zipf(left.lower(), language), zipf(right.lower(), language))
    return joined - split >= MIN_LEAD or halves < NO_WORD or joined >= halves + HALF_MARGIN


def _unwrapped(doc: Document) -> bool:
    """The text writes each paragraph on one line: most of its long lines end a sentence (a
    hard-wrapped text breaks them anywhere)."""
    def judge(d: Document) -> bool:
        ends = [bool(_SENTENCE_END.search(line.rstrip())) for line in d.prose.split("\n")
                if len(line) >= LONG_LINE]
        return len(ends) >= MIN_LONG_LINES and sum(ends) >= UNWRAPPED_SHARE * len(ends)
    return doc.memo("layout-unwrapped", judge)


def _content_start(doc: Document, offset: int) -> int:
    """The first non-space character of the prose at or after `offset`."""
    match = _NON_SPACE.search(doc.prose, offset)
    return match.start() if match else offset

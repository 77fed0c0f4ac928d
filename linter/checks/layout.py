"""`layout-damage`: what print, PDF and fixed-width layouts leave in extracted text.

- a word hyphenated at a line end (`infor-⏎mation`, `Kolle-⏎⏎gen`) or inside a line
  (`ge-nommen`, `be- grüße`): reported only when the word-frequency lexicon knows the joined
  word well and has hardly seen the hyphenated one (`information` vs `infor-mation`; inside a
  line, not at all), so real compounds (`long-⏎term`, `Ost-⏎West`, `Sonn- und Feiertage`,
  `rive- gauche`) pass; in a text written one paragraph per line any word broken by a hyphen
  and a line break is (`Bewäs-⏎serung`), so is a compound's last part (`market-sur-⏎veillance`)
  and a capitalised half inside a sentence that makes a known word (`near Gre-⏎noble`); the fix
  joins the halves;
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
  article and a word), or stops on an article, a preposition or a conjunction (`prometidas para
  o⏎Centro foram entregues.`), before a paragraph that goes on as a sentence while the body goes
  on after it (a cut before a paywall or a byline is truncated text). In a plain text of one
  paragraph a line, every line break is a paragraph's end, also between two lines of even width.
  A paragraph that opens on a number and a lower-case word goes on as a lower-case one does. A headline over a byline or a date
  line (`di Paolo Rinaldi`, `mardi 11 mars`), a line over an icon's name printed as text
  (`arrow_drop_down`) and a tag after a full sentence are not broken.
"""
from __future__ import annotations

import unicodedata

from ..compiled import compile_cached
from ..document import WORD, Block, Document
from ..langdata import lowered_words
from ..lexicon import has_lexicon, zipf
from ..rule import Check, Finding

TYPE_CHECKING = False  # typing's flag, without importing typing: a run never does (~3 ms)
if TYPE_CHECKING:
    from typing import Iterable

    import regex

# (`Ã` + soft hyphen is the mojibake of `í`: the mojibake rule's finding.)
_INVISIBLE = compile_cached(r"(?<=\p{L})(?<![ÂÃÅ])[\u00ad\u200b\u200c\u200d\u2060\ufeff]+(?=\p{L})"
                           r"|(?<=[ \u00a0])[\u200b\u2060\ufeff]+(?=\p{L})")  # also at a word's start
_LIGATURE = compile_cached(r"[\ufb00-\ufb06]")
# The left half may close a compound (`market-sur-⏎veillance`): then only a line break counts.
_LINE_END_HYPHEN = compile_cached(
    r"(?<![\p{L}\p{N}])(?<![^\p{L}]-)(?<!^-)(?P<left>\p{L}+)-(?P<gap>[ \t]*\n(?:[ \t]*\n)*[ \t]*|[ \t]?)"
    r"(?P<right>\p{Ll}+)(?![\p{L}\p{N}-])")
# Single letters (an apostrophe counts) one space apart; the words of a run two or more apart.
_LETTER_SPACED = compile_cached(
    r"(?<![\p{L}\p{N}.'’])(?:[\p{L}'’][ \u00a0]){3,}[\p{L}'’](?:[ \u00a0]{2,}(?:[\p{L}'’][ \u00a0])*[\p{L}'’])*(?![\p{L}\p{N}])")
# What every letter-spaced run holds: a space, a letter, a space, a letter, a space (found far faster).
_SPACED_RUN = compile_cached(r"[ \u00a0][\p{L}'’][ \u00a0][\p{L}'’][ \u00a0]")
_SENTENCE_END = compile_cached(r"""[.!?…:;»”"'’)\]*_–—-]$""")
_TRAILING_TAG = compile_cached(r"(?:</?[A-Za-z][^<>\n]*>\s*)+$")  # `…Bellecour.</strong>` ends its sentence
_SENTENCE_END_STRICT = compile_cached(r"""[.!?…]["'”»’)]*$""")
_SENTENCE_INSIDE = compile_cached(r"""[.!?…]["'”»’)]*(?:\s|$)""")
_FIRST_LETTER = compile_cached(r"[\p{L}\p{N}]")
_BLANK_LINE = compile_cached(r"\n[ \t]*\n")
_NON_SPACE = compile_cached(r"\S")
# A joined word the lexicon knows well (zipf), and a hyphenated form it has hardly seen.
KNOWN_JOINED, MIN_LEAD, NO_WORD, HALF_MARGIN = 2.0, 1.5, 2.0, 0.2
KNOWN_JOINED_INLINE, UNSEEN_SPLIT = 3.5, 2.0
KNOWN_SPACED = 2.5
MAX_LOOKBACK = 80
LONG_LINE, MIN_LONG_LINES, UNWRAPPED_SHARE = 40, 4, 0.6
NO_WRAP_WIDTH = 100  # wider than any hard wrap
_FURNITURE = compile_cached(r"[\p{So}\p{Sm}|•·›]")  # arrows, bullets and pipes mark teasers and labels
PARAGRAPH_LINE = LONG_LINE  # a long line in a text of one paragraph a line is a paragraph
MIN_CONTINUATION_WORDS = 3
MIN_BODY_WORDS = 12
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
        function_words = (lowered_words(doc, "function_words") | lowered_words(doc, "dangling_words"))
        for match in _LINE_END_HYPHEN.finditer(doc.prose):
            left, right = match.group("left"), match.group("right")
            joined = left + right
            inline = "\n" not in match.group("gap")
            if inline and doc.prose[match.start() - 1:match.start()] == "-":
                continue  # `socio-economic-political`: a compound of three
            if not _joined_word(left, right, doc.language, inline, function_words) and not (
                    match.group("gap") == "\n" and right.lower() not in function_words and _unwrapped(doc)) and not (
                    not inline and _broken_name(left, right, doc, match.start())):
                continue  # a text of one paragraph per line breaks no line inside a word (`Bewäs-⏎serung`)
            where = "inside a line" if inline else "across a line break"
            yield Finding(match.start(), match.end(), values={"word": joined, "where": where}, replacement=joined,
                          message="'{word}' hyphenated {where}")

    def _letter_spaced(self, doc: Document) -> Iterable[Finding]:
        if not _SPACED_RUN.search(doc.prose):
            return  # no three single letters in a row: the full search, tried at every letter, cannot match
        for match in _LETTER_SPACED.finditer(doc.prose):
            letters = "".join(match.group().split()).replace("'", "").replace("’", "")
            if len(letters) >= self.options["min_spaced_letters"] or zipf(letters.lower(), doc.language) >= KNOWN_SPACED:
                yield Finding(match.start(), match.end(), values={"word": letters},
                              message="letter-spaced word '{text}' ('{word}')")

    def _broken_paragraphs(self, doc: Document) -> Iterable[Finding]:
        not_continuing = (lowered_words(doc, "weekdays") | lowered_words(doc, "months") | lowered_words(doc, "byline_words"))
        dangling = lowered_words(doc, "dangling_words")
        # closed-class words, German articles among them (`name_links`)
        function_words = lowered_words(doc, "function_words") | lowered_words(doc, "name_links")
        units = _paragraph_units(doc)
        last_body = _last_body_unit(doc, units)
        for index, (block, following) in enumerate(zip(units, units[1:])):
            if block.kind != "paragraph" or following.kind != "paragraph":
                continue
            text = _TRAILING_TAG.sub("", doc.block_text(block).rstrip()).rstrip()
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
                    or doc.prose[next_word.end():next_word.end() + 1] == "_"
                    or len(WORD.findall(doc.block_text(following))) < MIN_CONTINUATION_WORDS):
                continue  # a byline, a date line, a label (`di Paolo Rinaldi`, `mardi 11 mars`) or an
                # icon's name the page printed as text (`arrow_drop_down`, `chevron_left chevron_right`)
            tail = _LAST_SENTENCE.search(text)
            tail_words = list(WORD.finditer(text, tail.start() if tail else 0))
            if not tail_words:
                continue
            # a number and a lower-case word open no sentence (`la línea⏎⏎3 tuvieron que esperar`)
            lower = next_word.group() if first.group().islower() else (
                _word_after_number(doc, next_word) if tail and len(WORD.findall(text)) >= MIN_BODY_WORDS else "")
            if lower:
                # The paragraph's last sentence runs on; a tag after a full sentence (`Reuters+2`) does not,
                # nor a stray word before a new sentence (`verwaltung Die Arbeiten`: the line above was cut).
                if (len(WORD.findall(text)) < self.options["min_words"] or len(tail_words) < MIN_TAIL_WORDS
                        or (has_lexicon(doc.language) and zipf(lower, doc.language) < KNOWN_NEXT)
                        or _new_sentence_after(doc, next_word.end(), function_words)):
                    continue
            elif not (tail and _sentence_opening([w.group() for w in tail_words], dangling, not_continuing)) and not (
                    len(tail_words) >= self.options["min_words"] and tail_words[-1].group().lower() in dangling
                    and _continues(doc, following, next_word.group(), function_words)
                    and index + 2 <= last_body):
                continue  # a sentence's opening (`… fora de jogo. O defesa`) or one that stops on an article or a
                # preposition (`prometidas para o⏎Centro`) runs on into a name
            yield Finding(block.start + tail_words[-1].start(), next_word.end(),
                          message="a paragraph broken in the middle of a sentence")


def _paragraph_units(doc: Document) -> list[Block]:
    """The paragraphs one after the other; in a plain text of one paragraph a line, each line of
    a block is one (lines of even width are read as one wrapped block; Markdown wraps softly)."""
    if doc.format != "text" or not _unwrapped(doc):
        return doc.blocks
    units = []
    for block in doc.blocks:
        text = doc.text[block.start:block.end]
        if block.kind != "paragraph" or "\n" not in text:
            units.append(block)
            continue
        offset = block.start
        for line in text.split("\n"):
            if line.strip():
                units.append(Block(offset, offset + len(line), block.kind))
            offset += len(line) + 1
    return units


def _continues(doc: Document, following: Block, word: str, function_words: frozenset[str]) -> bool:
    """The paragraph after a cut sentence goes on with it: it opens on a word that is no
    function word (`Centro foram entregues.`, not `Il vous reste …`, `11:55 …`) and is a
    sentence itself (not a label such as `Continuar a ler`)."""
    return (word[:1].isalpha() and word.lower() not in function_words
            and bool(_SENTENCE_END_STRICT.search(doc.block_text(following).rstrip())))


def _last_body_unit(doc: Document, units: list[Block]) -> int:
    """The index of the last paragraph of running text (long, with a sentence end in it), or -1:
    a sentence cut at the body's end (a paywall, a byline after it) is truncated text, not a
    paragraph broken by layout."""
    for index in range(len(units) - 1, -1, -1):
        text = doc.block_text(units[index])
        if (units[index].kind == "paragraph" and len(WORD.findall(text)) >= MIN_BODY_WORDS
                and _SENTENCE_INSIDE.search(text)):
            return index
    return -1


def _word_after_number(doc: Document, number: regex.Match) -> str:
    """The lower-case word after a number that opens a paragraph, or ''."""
    if not number.group().isdigit() or doc.prose[number.end():number.end() + 1] != " ":
        return ""
    after = WORD.match(doc.prose, number.end() + 1)
    return after.group() if after is not None and after.group().islower() else ""


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


def _broken_name(left: str, right: str, doc: Document, offset: int) -> bool:
    """`near Gre-⏎noble`: a capitalised half inside a sentence and a lower-case one that make
    a word the lexicon knows; a compound of a name goes on in capitals (`Franco-⏎German`)."""
    if not (left[:1].isupper() and left[1:].islower() and len(left) > 1):
        return False
    if zipf((left + right).lower(), doc.language) < KNOWN_JOINED:
        return False
    before = doc.prose[max(0, offset - MAX_LOOKBACK):offset]
    text = before.rstrip()
    if not text or before[len(text):].count("\n") > 1:
        return False  # the first word of the text or of a paragraph
    return text[-1].isalnum() or text[-1] in ",;"


def _unwrapped(doc: Document) -> bool:
    """The text writes each paragraph on one line: most of its long lines end a sentence (a
    hard-wrapped text breaks them anywhere), or most of its lines too long for any wrap do (a
    page's headings, captions and labels are long lines without an end, too)."""
    def judge(d: Document) -> bool:
        lines = [line.rstrip() for line in d.prose.split("\n")]
        return any(len(ends) >= MIN_LONG_LINES and sum(ends) >= UNWRAPPED_SHARE * len(ends)
                   for ends in ([bool(_SENTENCE_END.search(line)) for line in lines if len(line) >= width]
                                for width in (LONG_LINE, NO_WRAP_WIDTH)))
    return doc.memo("layout-unwrapped", judge)


def _content_start(doc: Document, offset: int) -> int:
    """The first non-space character of the prose at or after `offset`."""
    match = _NON_SPACE.search(doc.prose, offset)
    return match.start() if match else offset

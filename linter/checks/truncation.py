"""`truncated-text`: an article or paragraph cut off, and what a cut leaves.

Three signals:
- marks a truncating feed or scraper writes (data `always`, such as `[+2345 chars]`), and an
  omission mark (data `cut_marks`, `[…]`) that ends a paragraph outside a quotation;
- a continuation stub (data `stubs` per language, `Read more`, `Lees verder`) glued to the end
  of a line of prose, often after an ellipsis or straight onto a cut word (`nogRead More`);
- a paragraph of running text that stops where no sentence can stop, with a blank line or
  the end of the article after it: on a comma, on a word of the language file's
  `dangling_words` (an article, a preposition, a conjunction), on a word cut short (the
  word-frequency lexicon knows it, if at all, as the start of a much more frequent word:
  `podría intens`, `den Tabellenfü`), or inside an open quotation; and the article's last paragraph ending on an ellipsis glued to a word
  (`ha...`). A standfirst or a teaser without a full stop is no cut. A long paragraph of
  running text with no full stop right above the page's wall (data `walls`: a paywall, a
  subscription pitch, the copyright line) is cut there, whatever its last word.
A paragraph whose next one starts in lower case is a paragraph broken in two, which
`layout-damage` reports.
"""
from __future__ import annotations

from collections import Counter

from ..compiled import COMMON, compile_cached
from ..document import WORD, Block, Document
from ..langdata import lowered_words
from ..lexicon import completion_zipf, has_lexicon, known, zipf
from ..needles import Needles, needles_cached
from ..regex_engine import DOTALL, IGNORECASE, MULTILINE
from ..rule import Check, Finding
from ..timed_pattern import TimedPattern

TYPE_CHECKING = False  # typing's flag, without importing typing: a run never does (~3 ms)
if TYPE_CHECKING:
    from typing import Iterable, Iterator

    import regex

_BLANK_LINE = compile_cached(r"\n[ \t]*\n")
# (The look-behind starts a try only at a word's start: linear on a 40 KB token.)
_LAST_WORD = compile_cached(r"(?<![\p{L}\p{M}\p{N}'’\-])(?P<word>[\p{L}\p{M}\p{N}]+(?:['’\-][\p{L}\p{M}\p{N}]+)*)(?P<tail>[ \t]*(?:,|\.{3}|…)?)[ \t]*$")
_FIRST_CHARACTER = compile_cached(r"\S")
_LIST_NUMBER = compile_cached(r"\s*(?:\d+[.)]|[-*•])\s")
_INNER_PUNCTUATION = compile_cached(r"[,;:.!?]\s")
_FINAL_PUNCTUATION = compile_cached(r"[.!?…:;»«”“\"'’)\]]\W*$")
# A paragraph set wholly in emphasis: an editor's note under the text, not its body.
_EMPHASISED = compile_cached(r"\s*([*_]{1,2})\S.*\S\1[.!?]?\s*", DOTALL)
# A continuation stub: what cuts the text before it, and what may follow it to the line's end.
_CUT = r"(?P<cut>[ \t]*(?:\[(?:…|\.{3})\]|\((?:…|\.{3})\)|\.{3}|…)[ \t]*|(?<=\p{Ll})|[ \t]+)"
_STUB_END = r"[ \t]*(?:»|>>?|›|→|\.{1,3}|…|:)?[ \t]*$"
_BYLINE_WORDS = 10  # a byline line is this short
_LABEL = compile_cached(r"^[ \t]*\p{L}+(?:[ \t]\p{L}+)?:[ \t]", MULTILINE)  # `Newsletter: `, `Leia também: `
_LETTER = compile_cached(r"\p{L}")
_WRAP_WIDTH = 100  # characters: a longer line is no line of a text wrapped at a fixed width
RARE_ZIPF, COMPLETION_LEAD = 3.0, 1.0  # a rare word that starts a much more frequent one
_SHORT_CUT, SHORT_CUT_ZIPF, SHORT_CUT_LEAD = 3, 5.0, 1.5  # a short cut word: rarer, the completion far ahead


class TruncatedTextCheck(Check):
    name = "truncated-text"
    OPTIONS = {"min_words": 6, "min_paragraphs": 2, "punctuated_share": 0.75}

    def __init__(self, spec, options=None):
        super().__init__(spec, options)
        self._stub_cache: dict[str | None, tuple[TimedPattern, TimedPattern, Needles] | None] = {}

    def find(self, doc: Document) -> Iterable[Finding]:
        yield from self._marks(doc)
        yield from self._stubs(doc)
        yield from self._cut_paragraphs(doc)

    def _regex(self, doc: Document, key: str, flags: int = 0) -> TimedPattern | None:
        value = self.spec.language_data(key, doc.language)
        if not value:
            return None
        parts = value if isinstance(value, list) else [value]
        return self.timed(compile_cached("|".join(f"(?:{part})" for part in parts), flags, doc.language or COMMON))

    def _stub_patterns(self, doc: Document) -> tuple[TimedPattern, TimedPattern, Needles] | None:
        """The language's stub with what may end its line, the same after a cut, and what every
        match of the first holds; compiled once."""
        if doc.language not in self._stub_cache:
            stubs = self._regex(doc, "stubs")
            stub = None if stubs is None else _stub(stubs.pattern)
            scope = doc.language or COMMON
            self._stub_cache[doc.language] = None if stub is None else (
                self.timed(compile_cached(rf"{stub}{_STUB_END}", MULTILINE, scope)),
                self.timed(compile_cached(rf"{_CUT}(?P<stub>{stub}){_STUB_END}", MULTILINE, scope)),
                needles_cached(rf"{stub}{_STUB_END}", MULTILINE, scope))
        return self._stub_cache[doc.language]

    def _marks(self, doc: Document) -> Iterable[Finding]:
        always = self._regex(doc, "always")
        if always is not None:
            for match in always.finditer(doc.prose):
                yield Finding(match.start(), match.end(), message="truncation mark '{text}': the text was cut here")
        marks = self._regex(doc, "cut_marks")
        if marks is None:
            return
        for block in doc.blocks:
            text = doc.block_text(block).rstrip()
            for match in marks.finditer(text):
                if match.end() == len(text) and not _inside_quotation(text[:match.start()], doc.language):
                    start = block.start + match.start()
                    yield Finding(start, start + len(match.group()),
                                  message="omission mark '{text}' ends the paragraph: the text was cut here")

    def _stubs(self, doc: Document) -> Iterable[Finding]:
        patterns = self._stub_patterns(doc)
        if patterns is None:
            return
        ending, pattern, needles = patterns
        if not needles.may_match_text(doc.prose):
            return  # no stub's words (the scan for one, case-insensitive, tried at every character)
        for match in _lines_with(ending, doc.prose, pattern):
            line_start = doc.prose.rfind("\n", 0, match.start()) + 1
            before = doc.prose[line_start:match.start()]
            if not _LETTER.search(before):
                continue  # a stub on a line of its own is page furniture, not a cut
            yield Finding(match.start("stub") if not match.group("cut").strip() else match.start(), match.end(),
                          message="continuation stub '{text}' glued to the text: the article was cut here")

    def _cut_paragraphs(self, doc: Document) -> Iterable[Finding]:
        dangling = lowered_words(doc, "dangling_words")
        walls = self._regex(doc, "walls", IGNORECASE)
        last = doc.blocks[-1] if doc.blocks else None
        for i, block in enumerate(doc.blocks):
            if block.kind != "paragraph":
                continue
            text = doc.block_text(block).rstrip()
            text, walled_inside = _above_wall(text, walls)
            if not walled_inside and walls is not None and walls.fullmatch(" ".join(text.split())):
                continue  # the paywall note itself (`Il vous reste 62 % … Se connecter`)
            match = _last_word(text)
            if match is None or len(WORD.findall(text)) < self.options["min_words"]:
                continue
            following = doc.blocks[i + 1] if i + 1 < len(doc.blocks) else None
            one_line = following is not None and not _BLANK_LINE.search(doc.text, block.end, following.start)
            walled = walled_inside or (walls is not None and following is not None and walls.fullmatch(
                " ".join(doc.block_text(following).split())) is not None)
            if one_line and not walled and not self._paragraph_a_line(doc, i):
                continue  # the next line of the same paragraph (a wrapped text)
            word, tail = match.group("word"), match.group("tail").strip()
            before = WORD.findall(text, 0, match.start())
            if following is not None and _starts_lower(doc, following) and not (
                    not tail and _cut_word(doc, word, before[-1] if before else "")
                    and not _joins(doc, word, following)):
                continue  # a paragraph broken in two (layout-damage), unless a cut word ends it
            bylined = following is not None and self._byline(doc, following)
            prose = _is_prose(text[:match.start()], self.options["min_words"])
            reason = None
            if tail in ("...", "…"):
                if block is last and word[0].islower() and not _inside_quotation(text, doc.language):
                    reason = "ends on an ellipsis glued to a word"
                elif _cut_word(doc, word, before[-1] if before else ""):
                    reason = f"ends on the cut word '{word}'"  # `für die eine Anmel …`
                elif (prose and word.islower() and word in dangling and not match.group("tail")[0].isspace()
                      and word not in lowered_words(doc, "name_conjunctions")
                      and not _inside_quotation(text, doc.language)):
                    # `et que les…`: the feed glues its ellipsis to the cut; a writer's pause
                    # before the next paragraph is spaced (`along the lines of …`)
                    reason = f"ends on '{word}' before an ellipsis"
            elif not tail and _cut_word(doc, word, before[-1] if before else ""):
                reason = f"ends on the cut word '{word}'"
            elif not prose:
                if not self._unstranded_end(doc, word, tail, before):
                    continue
                reason = f"ends on '{word}'"  # `… i contratti di fornitura con`: no headline ends so
            elif walled and self._long_unpunctuated(match, before) and self._text_ends_at(
                    doc, block.start if walled_inside else following.start):
                reason = "ends without a full stop above the page's paywall"
            elif one_line:
                if self._unpunctuated_end(doc, block, text, match, before, bylined):
                    reason = f"ends on '{word}'" if word.lower() in dangling else "ends without a full stop"
                elif (word.lower() in dangling and block.end - block.start > _WRAP_WIDTH
                      and self._long_unpunctuated(match, before) and word[0].islower()):
                    reason = f"ends on '{word}'"  # a line longer than any wrapped text's stops on `of`
            elif tail == ",":
                reason = "ends on a comma"
            elif word.lower() in dangling and word[0].islower():
                reason = f"ends on '{word}'"
            elif _inside_quotation(text, doc.language):
                reason = "ends inside a quotation"
            elif self._unpunctuated_end(doc, block, text, match, before):
                reason = "ends without a full stop"
            if reason:
                start = block.start + match.start()
                yield Finding(start, block.start + len(text), values={"reason": reason},
                              message="the paragraph stops mid-sentence ({reason}): cut off?")

    def _unpunctuated_end(self, doc: Document, block: Block, text: str, match, before: list[str],
                          bylined: bool = False) -> bool:
        """A long paragraph of running text (punctuation inside, or a last word no sentence ends
        with) that stops on a lower-case word with no full stop (or, with punctuation inside, on a
        capitalised word after a lower-case one), where the body's last full
        paragraph is behind it or a byline follows it (a note under the byline is no body)."""
        word = match.group("word")
        inner = bool(_INNER_PUNCTUATION.search(_LABEL.sub("", text[:match.start()])))
        # a capital after a lower-case word where a sentence stopped inside the paragraph already:
        # a noun in a language that capitalises every noun (`als die Halle`), else a name cut to
        # two or three letters (`en Viena y Ber`; a whole name may end a sentence, `e Gessate`)
        capital = (inner and word[0].isupper() and word[1:].islower() and bool(before) and before[-1].islower()
                   and (bool(doc.lang_data.get("capitalised_nouns")) or len(word) <= _SHORT_CUT))
        return (not match.group("tail").strip() and word.isalpha() and (word[0].islower() or capital)
                and len(before) >= 2 * self.options["min_words"]
                and (inner or word.lower() in lowered_words(doc, "dangling_words"))
                and (bylined or block.start > doc.memo("punctuated-body", self._punctuated_body)))

    def _text_ends_at(self, doc: Document, wall: int) -> bool:
        """No paragraph of running text below the wall at `wall` ends with punctuation: a paywall
        cuts the end of the visible text (a `©` credit under a line near the top is no wall)."""
        body = doc.memo("punctuated-body", self._punctuated_body)
        return body == len(doc.text) or body <= wall

    def _unstranded_end(self, doc: Document, word: str, tail: str, before: list[str]) -> bool:
        """A line of `min_words` words that stops on a word that needs an object, in a language
        that never ends a sentence or headline on one (English does: `What to look for`)."""
        return (not tail and word[0].islower() and word.lower() in lowered_words(doc, "dangling_words")
                and len(before) + 1 >= self.options["min_words"]
                and doc.language not in (self.spec.language_data("strands_prepositions", doc.language) or ()))

    def _byline(self, doc: Document, block: Block) -> bool:
        """A short line without final punctuation that opens with the language's byline word and
        a capital (`Door Sanne de Wit`, `Por Ana Lima | Edição: …`)."""
        text = " ".join(doc.block_text(block).split())
        words = lowered_words(doc, "byline_words")
        first = text.split(" ", 1)
        return (len(first) == 2 and first[0].lower() in words and first[1][:1].isupper()
                and len(WORD.findall(text)) <= _BYLINE_WORDS and not _FINAL_PUNCTUATION.search(text))

    def _long_unpunctuated(self, match, before: list[str]) -> bool:
        """A long paragraph (twice `min_words`) that ends on a word with no punctuation."""
        return (not match.group("tail").strip() and match.group("word").isalpha()
                and len(before) >= 2 * self.options["min_words"])

    def _paragraph_a_line(self, doc: Document, i: int) -> bool:
        """Block `i` is a paragraph on one line, with no blank line around: the article writes
        its paragraphs so (its long lines end with punctuation), and the line before ends so or
        the line is longer than any text is wrapped at (a cut paragraph under a paywall note)."""
        if i == 0 or doc.memo("punctuated-body", self._punctuated_body) == len(doc.text):
            return False
        block = doc.blocks[i]
        return (_FINAL_PUNCTUATION.search(doc.block_text(doc.blocks[i - 1]).rstrip()) is not None
                or block.end - block.start > _WRAP_WIDTH)

    def _punctuated_body(self, doc: Document) -> int:
        """Where the cut of a body would be: in an article that ends its long paragraphs with
        punctuation (nearly all but the cut one, at least `min_paragraphs`), after the last such
        paragraph (an article cut short has no full paragraph after the cut; a teaser headline
        or a list item mid-article does) and after the first (the headline and standfirst
        stay out; a paragraph wholly in emphasis, an editor's note under the text, is no body
        paragraph); `len(text)` in other articles (lists of entries, poems, pages of headlines,
        text wrapped at a fixed width). Where it is found, each line ending with punctuation is
        a paragraph of its own, blank lines or not."""
        ends = [(block, _FINAL_PUNCTUATION.search(text) is not None) for block, text in
                ((b, doc.block_text(b).rstrip()) for b in doc.blocks if b.kind == "paragraph")
                if len(WORD.findall(text)) > 2 * self.options["min_words"]
                and not _EMPHASISED.fullmatch(doc.text, block.start, block.end)]
        punctuated = [block for block, ok in ends if ok]
        if len(punctuated) < max(self.options["min_paragraphs"], self.options["punctuated_share"] * (len(ends) - 1)):
            return len(doc.text)
        return punctuated[-1].start


def _stub(stubs: str) -> str:
    """The stubs as the language writes them; after an ellipsis also in lower case and with a few
    words of the offer after them (`Doppelhaus… weiterlesen`, `Dezem… Weiterlesen mit LA+`), and in
    brackets (`groene daken en [lees verder]`)."""
    return (rf"(?:(?:{stubs})|(?<=(?:…|\.{{3}})[ \t]{{0,3}})(?i:{stubs})(?:[ \t]+[^\s.!?]{{1,12}}){{0,3}}"
            rf"|\[(?i:{stubs})\])")


def _lines_with(ending: TimedPattern, text: str, pattern: TimedPattern) -> Iterator[regex.Match]:
    """The matches of `pattern` (which never spans lines) on the lines where `ending` matches:
    a scan for the stub alone, then the costly pattern on those lines only."""
    searched_to = 0
    for found in ending.finditer(text):
        if found.start() < searched_to:
            continue
        line_start = text.rfind("\n", 0, found.start()) + 1
        line_end = text.find("\n", found.end())
        searched_to = len(text) if line_end < 0 else line_end
        yield from pattern.finditer(text, line_start, searched_to)


def _last_word(text: str) -> regex.Match | None:
    """`_LAST_WORD` in the text (right-stripped): it can only start in the last two runs of
    non-space characters (the word, then a comma or an ellipsis), so only they are searched."""
    runs = text.rsplit(None, 2)
    start = len(runs[0]) if len(runs) == 3 else 0
    return _LAST_WORD.search(text, start)


def _is_prose(text: str, min_words: int) -> bool:
    """Running text, not a headline, a list entry (`12. Find someone to talk to`) or a label
    and its teaser (`Newsletter: the best of the week in your inbox`): enough words, and
    punctuation inside (after a leading label) or twice as many words."""
    words = len(WORD.findall(text))
    return (words >= min_words and not _LIST_NUMBER.match(text)
            and (words >= 2 * min_words or bool(_INNER_PUNCTUATION.search(_LABEL.sub("", text)))))


def _above_wall(text: str, walls: TimedPattern | None) -> tuple[str, bool]:
    """The paragraph without a last line that is the page's wall (a Markdown paragraph runs
    on into it), and whether there was one."""
    head, newline, last = text.rpartition("\n")
    if walls is not None and newline and head.strip() and walls.fullmatch(" ".join(last.split())):
        return head.rstrip(), True
    return text, False


def _joins(doc: Document, word: str, following: Block) -> bool:
    """The word and the next paragraph's first word make one known word (`Mitarbei` ⏎ `ter`):
    a paragraph broken in two, not cut."""
    first = WORD.match(doc.prose, _FIRST_CHARACTER.search(doc.prose, following.start, following.end).start())
    return first is not None and known((word + first.group()).lower(), doc.language)


def _starts_lower(doc: Document, block: Block) -> bool:
    """The block's first character is a lower-case letter (not `(cvr/ANP)`)."""
    found = _FIRST_CHARACTER.search(doc.prose, block.start, block.end)
    return found is not None and found.group().islower()


def _cut_word(doc: Document, word: str, previous: str) -> bool:
    """A word cut short: rare, and the start of a much more frequent word (`intens`, `sint`,
    `Tabellenfü`; a rare compound the lexicon does not know, `beverburchten`, is no cut);
    used nowhere else in the article; in lower case, or capitalised after a lower-case word."""
    if not (word.isalpha() and len(word) >= 2 and has_lexicon(doc.language)):
        return False
    lower = word.islower()
    if not (lower or (word[0].isupper() and word[1:].islower() and previous.islower())):
        return False
    if doc.memo("word-counts", _word_counts)[word] > 1:
        return False
    frequency = zipf(word.lower(), doc.language)
    completion = completion_zipf(word.lower(), doc.language)
    if len(word) <= _SHORT_CUT and word.lower() not in lowered_words(doc, "function_words") | lowered_words(doc, "dangling_words"):
        # two or three letters that no sentence ends on, the start of a far more common word (`al Ter`,
        # `noodles wi`): the lexicon's count of such a short string is mostly other languages' or noise
        return frequency < SHORT_CUT_ZIPF and completion >= frequency + SHORT_CUT_LEAD
    return frequency < RARE_ZIPF and completion >= max(frequency + COMPLETION_LEAD, RARE_ZIPF)


def _word_counts(doc: Document) -> Counter[str]:
    return Counter(doc.words.texts)


def _inside_quotation(text: str, language: str | None) -> bool:
    """Whether a quotation opened in `text` is still open at its end."""
    depth, straight, german = 0, False, language == "de"
    for index, char in enumerate(text):
        if char in "«„":
            depth += 1
        elif char in "»”":
            depth = max(depth - 1, 0)
        elif char == "“":
            depth = max(depth - 1, 0) if german and depth else depth + 1
        elif char == '"' and not (index and text[index - 1].isdigit()):  # not an inch mark (`34"`)
            straight = not straight
    return depth > 0 or straight

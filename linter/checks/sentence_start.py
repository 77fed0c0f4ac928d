"""`sentence-start`: a sentence or paragraph that starts with a lower-case word.

Exempt: camelCase brands (`iPhone`, `eBay`), list items and tables, date lines that open with
a weekday or month (`lunedì 4 marzo`), words after an apostrophe (`'s Avonds`), after an
ellipsis or after a quote closed on `?»`, after abbreviations of the language, and after a
short, rare word that opens many common words (a word cut short: `aprox.`). After a question
or an exclamation a sentence may go on in lower case (`Que faire ? se demandent …`): only a
function word there that opens no incise (`teuer? für einzelne Höfe`) starts a sentence.
"""
from __future__ import annotations

from bisect import bisect_right

from ..compiled import compile_cached
from ..document import TAG_SIGNS, Block, Document
from ..langdata import lowered, lowered_words
from ..lexicon import builds_words, has_lexicon, zipf
from ..rule import Check, Finding
from ..sentences import BLOCK, ENDS_SENTENCE, MOJIBAKE_TAIL, QUOTE, SENTENCE, WordContext, word_contexts

TYPE_CHECKING = False  # typing's flag, without importing typing: a run never does (~3 ms)
if TYPE_CHECKING:
    from typing import Iterable

_DATE_LINE_WORDS = 8
_SENTENCE_WORDS = 6
_CUT_PARAGRAPH_WORDS = 12  # longer than a heading: prose that broke off
_ENUMERATOR = compile_cached(r"(?<=\b(?:\p{Ll}|[ivx]{1,4}))[.)]\s")
_MOJIBAKE_LEAD = compile_cached(r"[€ÃÂ]")
_HOLE_STOP = compile_cached(r"[ \u00a0]+\.[ \u00a0]")  # a stop with a space before it
_CUT_LETTERS, _CUT_ZIPF = (3, 6), 3.6  # `env`, `approx`, `aprox`: short, and rarer than a word
_CREDIT_DASH = compile_cached(r"^\s*[—–-]\s*")  # a credit line may open with a dash
_BRACKET_REACH = 40  # a short parenthetical: a stop inside it ends an abbreviation
_MARKUP_OPENER = compile_cached(r"(?:<|</|\[|\[/)$")  # a tag's name follows
_ATTRIBUTION = compile_cached(r"^(?:>[ \t]*)?[—–―][ \t\u00a0]*\p{Ll}")  # `> — from …`, `— dona Zilá`
_ATTRIBUTION_WORDS = 12
_BYLINE_WORDS = 8  # a byline word, a name and its desk
_DASH_REACH = 6  # the source's first word follows the line's dash (and a quotation's `>`)
_BARE_QUESTION = compile_cached(r"[?!]+[ \u00a0]+")  # a question's mark, no quote closed after it
_LAST_SENTENCE = compile_cached(r"[.!?…][\"'”»)]*\s+")
_QUESTION_WORDS = 2  # a question of one word may be an interjection in a sentence (`Why? because …`)
_DIALOGUE = compile_cached(r"\s*[-–—«»“”„\"']")  # a paragraph of dialogue opens with a dash or a quote
_QUOTE_MARKS = compile_cached(r"[«»“”„\"]")


class LowercaseSentenceStartCheck(Check):
    name = "sentence-start"
    DATA = frozenset({"incise_words", "sentence_openers"})
    OPTIONS = {"min_zipf": 2.0}

    def find(self, doc: Document) -> Iterable[Finding]:
        calendar = (lowered_words(doc, "weekdays") | lowered_words(doc, "months"))
        bylines = lowered_words(doc, "byline_words")
        contexts = word_contexts(doc)
        boundaries = contexts.boundaries
        for i, word in enumerate(contexts.texts):
            if not word[:1].islower() or any(c.isupper() for c in word):
                continue
            if boundaries[i] == QUOTE and self._after_question(doc, contexts[i]):
                yield Finding(contexts[i].token.start, contexts[i].token.end, values={"word": word})
                continue
            if boundaries[i] not in (BLOCK, SENTENCE):
                continue
            ctx = contexts[i]
            block = doc.block_at(ctx.token.start)
            if block is None or block.kind in ("list_item", "table"):
                continue
            if _ENUMERATOR.match(doc.prose, ctx.token.end):
                continue  # `a) This`, `iv. This` are list markers
            if ctx.gap_before.endswith(("'", "’")) and word in ("s", "t"):
                ctx = _after_elision(ctx)  # Dutch `'s Avonds`: the next word carries the capital
                if ctx is None:
                    continue
                word = ctx.token.text
            if ctx.boundary == BLOCK and (doc.is_skipped(block.start, ctx.token.start)
                                          or "…" in ctx.gap_before or "..." in ctx.gap_before):
                continue  # starts with a URL or code span, or goes on from an ellipsis
            if ctx.boundary == BLOCK and word.lower() in calendar and _date_line(doc, ctx):
                continue
            if ctx.boundary == BLOCK and (_byline(doc, block, bylines)
                                          or not _sentence_like(doc, block) or _continues_previous(doc, block)):
                continue
            if ctx.gap_before[-1:] in TAG_SIGNS:
                continue  # `… market. #cocoa`: a hashtag or a handle, not a sentence's first word
            if _MARKUP_OPENER.search(ctx.gap_before):
                continue  # `<p class=…>`, `[caption id=…]`: a tag's name, markup's finding
            if doc.prose[ctx.token.end:ctx.token.end + 1] == "_":
                continue  # `arrow_forward_ios Weitere Meldungen`: an icon's name, template-token's
            if _attribution(doc, ctx.token.start):
                continue  # `— from the translator's afterword`: a quotation's source under it
            rare = zipf(word.lower(), doc.language) < self.options["min_zipf"] and has_lexicon(doc.language)
            if rare and not _before_capitalised_function_word(doc, ctx):
                continue  # a lower-case brand or name (`ecobee`), not a common word
            if len(word) == 1 and doc.prose.startswith(".", ctx.token.end):
                continue  # `d. Red.`: a one-letter abbreviation
            if ctx.boundary == SENTENCE and _cut_word_stop(doc, ctx):
                continue  # `aprox. metade`: the stop ends a word cut short, an abbreviation
            if _HOLE_STOP.match(ctx.gap_before) or _inside_brackets(doc, ctx):
                continue  # `unter . abrufbar` (a link hole), `(NHD/trad. auto)`: not a sentence end
            if MOJIBAKE_TAIL.match(doc.prose, ctx.token.end) or _MOJIBAKE_LEAD.search(ctx.gap_before):
                continue
            yield Finding(ctx.token.start, ctx.token.end, values={"word": word})


    def _after_question(self, doc: Document, ctx: WordContext) -> bool:
        """`Wer zahlt den Umbau? die Stadt schweigt`: a function word in lower case after a
        question or an exclamation of several words, outside quotes and dialogue, and no pronoun
        or reflexive that opens an incise (`Que faire ? se demandent les élus`)."""
        if not _BARE_QUESTION.fullmatch(ctx.gap_before) or ctx.prev is None:
            return False
        word = ctx.token.text
        incise = lowered(tuple(self.spec.language_data("incise_words", doc.language) or ()))
        openers = lowered(tuple(self.spec.language_data("sentence_openers", doc.language) or ()))
        if (word not in lowered_words(doc, "function_words") and word not in openers) or word in incise:
            return False
        block = doc.block_at(ctx.token.start)
        if block is None or block.kind in ("list_item", "table"):
            return False
        question = ctx.token.start - len(ctx.gap_before)
        stops = doc.memo(f"sentence-stops:{block.start}", lambda d: _sentence_stops(d, block))
        sentence = doc.prose[stops[bisect_right(stops, question) - 1]:question]
        return (len(sentence.split()) >= _QUESTION_WORDS and not _DIALOGUE.match(doc.prose, block.start, ctx.token.start)
                and not _QUOTE_MARKS.search(sentence))


def _sentence_stops(doc: Document, block: Block) -> list[int]:
    """The block's start and where each of its sentences ends (its stop and the space after):
    the question's sentence is found by bisection, not by splitting the paragraph up to each
    question again, which grew with the square of a long paragraph's questions. A stop's match
    never runs over the question's mark, so matching the whole block finds the same stops as
    matching the text before the question."""
    return [block.start, *(match.end() for match in _LAST_SENTENCE.finditer(doc.prose, block.start, block.end))]


def _cut_word_stop(doc: Document, ctx: WordContext) -> bool:
    """The stop before the word ends a short, rare word that opens many common words: the
    start of a longer word cut off (`approx.`, `aprox.`, `d'env.`), not the end of a sentence."""
    before = ctx.prev
    stem = before.text.rsplit("'", 1)[-1].rsplit("’", 1)[-1] if before is not None else ""  # `d'env.`
    if before is None or ctx.gap_before.strip() != "." or not stem.isalpha() or not stem.islower():
        return False
    return (_CUT_LETTERS[0] <= len(stem) <= _CUT_LETTERS[1] and zipf(stem, doc.language) < _CUT_ZIPF
            and builds_words(stem, doc.language))


def _inside_brackets(doc: Document, ctx: WordContext) -> bool:
    """`(approx. five)`, `(NHD/trad. auto/mlb)`: the stop before the word is inside a short
    bracket opened after the last sentence, so it ends an abbreviation, not a sentence."""
    before = doc.prose[max(0, ctx.token.start - _BRACKET_REACH):ctx.token.start]
    opened = before.rfind("(")
    return opened >= 0 and ")" not in before[opened:] and "\n" not in before[opened:]


def _date_line(doc: Document, ctx: WordContext) -> bool:
    """`lunedì 4 marzo 2024`, `mardi, 12 mars`: a weekday or month opening a short date line."""
    line = doc.prose_lines[doc.position(ctx.token.start)[0] - 1]
    return len(line.split()) <= _DATE_LINE_WORDS and any(c.isdigit() for c in line)


def _byline(doc: Document, block: Block, bylines: frozenset[str]) -> bool:
    """`di Paolo Rinaldi`, `by Jane Doe`: a short line of a byline word and capitalised names
    (maybe the desk after a dash: `di Ada Neri – Redazione Valli`);
    or a credit that a byline phrase of several words opens, before a name, whatever follows
    (`— a cura di Marta Giacon, Polesine24 (…)`)."""
    text = _CREDIT_DASH.sub("", doc.block_text(block), count=1)
    words = [w for w in text.split() if any(c.isalnum() for c in w)]  # a dash before the desk is no word
    if len(words) < 2:
        return False
    if words[0].lower() in bylines:  # the name and maybe its desk: `di Ada Neri – Redazione Valli`
        return len(words) <= _BYLINE_WORDS and all(w[:1].isupper() for w in words[1:] if len(w) > 3)
    lowered_text = text.lower()
    return any(" " in phrase and lowered_text.startswith(phrase + " ") and text[len(phrase) + 1:][:1].isupper()
               for phrase in bylines)


def _attribution(doc: Document, start: int) -> bool:
    """The word opens a short line after the dash that names a quotation's source (`> — from the
    afterword to …`, `— dona Zilá, aos 88 anos`), a paragraph of its own or the last line of the
    quotation's block: no sentence, its first word no sentence start."""
    reach = max(start - _DASH_REACH - 1, 0)  # the line's start is this near, or the dash is too far
    newline = doc.text.rfind("\n", reach, start)
    if newline < 0 and reach > 0:
        return False
    line_start = newline + 1
    if not _ATTRIBUTION.match(doc.text[line_start:start + 1]):  # the dash, then the word's first letter
        return False
    line_end = doc.text.find("\n", start)
    return len(doc.text[line_start:len(doc.text) if line_end < 0 else line_end].split()) <= _ATTRIBUTION_WORDS


def _sentence_like(doc: Document, block: Block) -> bool:
    """A paragraph that ends like a sentence or runs long (not a product list item or a label)."""
    text = doc.block_text(block)
    return bool(ENDS_SENTENCE.search(text)) or len(text.split()) >= _SENTENCE_WORDS


def _continues_previous(doc: Document, block: Block) -> bool:
    """A line that goes on from the previous one, which broke off on a comma or a function word,
    or is a paragraph of prose cut mid-sentence after a word (a page's layout broke it)."""
    index = doc.memo("block-index", lambda d: {b: i for i, b in reversed(list(enumerate(d.blocks)))})[block]
    if index == 0:
        return False
    previous = doc.block_text(doc.blocks[index - 1]).split()
    if not previous:
        return False
    last = previous[-1]
    cut_prose = len(previous) >= _CUT_PARAGRAPH_WORDS and last.isalpha()
    return last.endswith(",") or last.lower() in lowered_words(doc, "function_words") or cut_prose


def _after_elision(ctx: WordContext) -> WordContext | None:
    """For `'s morgens`, a context of the word after `'s` when that word is in lower case."""
    nxt = ctx.next
    if nxt is None or not nxt.text[:1].islower():
        return None
    return WordContext(nxt, ctx.boundary, ctx.token, None, ctx.gap_before)


def _before_capitalised_function_word(doc: Document, ctx: WordContext) -> bool:
    """`schneereich Der Deutsche Wetterdienst`: a stray word before the real sentence start."""
    nxt = ctx.next
    return (nxt is not None and nxt.text[:1].isupper()
            and nxt.text.lower() in (lowered_words(doc, "function_words") | lowered_words(doc, "name_links")))

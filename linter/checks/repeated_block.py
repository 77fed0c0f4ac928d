"""`repeated-block`: a paragraph, or a long sentence, that already appeared in the article.

Only the later copy is reported. Whole paragraphs count from `min_paragraph_words` words
when they end like a sentence; a single sentence of `min_sentence_words` words or more counts
when its copy opens a paragraph (a pasted block), not inside one (a pull quote quoting the
text), or follows its first copy straight away (a paste's stutter: both are reported). Stock phrases and repeated subheadings do not trip it, nor does an excerpt printed before
its paragraph: an earlier paragraph that the later one opens with and goes on from (a
standfirst, a highlight, a pull quote), or a summary line without a stop that the later one
repeats as a sentence.
"""
from __future__ import annotations

from collections import Counter

from ..compiled import compile_cached
from ..document import Block, Document
from ..rule import Check, Finding
from ..sentences import BLOCK, ENDS_SENTENCE, SENTENCE, word_contexts

TYPE_CHECKING = False  # typing's flag, without importing typing: a run never does (~3 ms)
if TYPE_CHECKING:
    from typing import Iterable, Iterator

_WORD = compile_cached(r"[\p{L}\p{N}]+")
_PUNCTUATION = compile_cached(r"[\p{P}\p{S}]")
# Repeated labels and subheadings (`See it now: Amazon`) are navigation, not a pasted paragraph.
_QUESTION_WORDS = 6
_ENUMERATED = compile_cached(r"[ \t]*(?:\d{1,3}[.)]|[-*•–])[ \t]")  # a list's entry in plain text (`1. Name 41 pts`)
_NEARBY_LINES = 3  # a line printed again this close is a doubled headline or caption
_DATELINE_DASH = compile_cached(r"[ \t\u00a0][-–—][ \t\u00a0]")
_DATELINE_WORDS = 8  # a dateline (`NÎMES, 24 septembre (AFN)`) is no longer than this
# What may stand between a sentence's stop and the next sentence: space and opening marks.
_TRAILING_OPENERS = " \t\n\u00a0«“„‘‚([¿¡—–-\"'"  # a shorter repeated question is a subheading (`Eine Illusion?`)


class RepeatedBlockCheck(Check):
    name = "repeated-block"
    DATA = frozenset()
    OPTIONS = {"min_paragraph_words": 3, "min_sentence_words": 6}

    def find(self, doc: Document) -> Iterable[Finding]:
        seen_blocks: set[str] = set()
        block_keys: dict[int, str] = {}  # block start -> its normalised text
        keys: dict[str, str] = {}  # each normalised text once: a repeated block costs no copy
        seen_sentences: set[str] = set()
        opened: dict[str, str] = {}  # sentence -> the first paragraph it opened
        reported: list[tuple[int, int]] = []
        for block in doc.blocks:
            if block.kind in ("heading", "table"):
                continue
            text = doc.block_text(block)
            key = _normalise(text)
            key = block_keys[block.start] = keys.setdefault(key, key)
            if not _ends_sentence(text) or block.kind == "list_item" or _ENUMERATED.match(text):
                continue  # a caption or summary line is no pasted copy, nor the original of one; lists repeat entries
            if len(key.split()) >= self.options["min_paragraph_words"] and key in seen_blocks:
                reported.append((block.start, block.end))
                # a link or code inside is part of the copy, and only an editor deletes markup
                yield Finding(block.start, _deletion_end(doc, block.start, block.end), values={"kind": "paragraph"},
                              replacement=None if doc.is_skipped(block.start, block.end) else "", whole_line=True)
            seen_blocks.add(key)
        in_copy = _ends_so_far(reported)
        for start, end in _repeated_lines(doc, self.options["min_sentence_words"]):
            if in_copy(start) > start:
                continue  # a line of a paragraph reported whole
            reported.append((start, end))
            yield Finding(start, _deletion_end(doc, start, end), values={"kind": "line"}, replacement="")
        reported_ends = _ends_so_far(reported)
        last: tuple[str, int, int, Block | None] = ("", 0, 0, None)  # the last sentence counted: key, span, block
        for start, end in _sentences(doc):
            sentence = doc.prose[start:end]
            words = _WORD.findall(sentence)
            if len(words) < self.options["min_sentence_words"] or not ENDS_SENTENCE.search(sentence):
                continue
            key = " ".join(words).lower()  # `_normalise`, from the words counted
            block = doc.block_at(start)
            if (block is not None and block.kind == "list_item") or _entry(doc, start):
                continue  # lists repeat entries (standings, menus)
            if (key == last[0] and block is not None and block == last[3] and not doc.prose[last[2]:start].strip()
                    and not reported_ends(start) > start):
                # the sentence again right after itself (`… gesperrt. Die Brücke bleibt gesperrt.`): a
                # paste's stutter, never a pull quote; both copies are reported, the first kept
                yield Finding(last[1], end, values={"kind": "sentence"}, replacement=doc.prose[last[1]:last[2]])
            last = (key, start, end, block)
            opens_paragraph = block is not None and doc.first_text(block) >= start
            paragraph = block_keys.get(block.start, "") if opens_paragraph and block else ""
            if (key in seen_sentences and opens_paragraph and not _goes_on_from(paragraph, opened.get(key, ""))
                    and not reported_ends(start) > start):
                yield Finding(start, _deletion_end(doc, start, end), values={"kind": "sentence"}, replacement="")
            if paragraph:
                opened.setdefault(key, paragraph)
            if block is not None and _WORD.search(doc.prose, doc.first_text(block), start) is None:
                seen_sentences.add(_after_dateline(sentence))  # the copy may lack the lead's dateline
                seen_sentences.update(_after_heading_words(sentence))  # or a torn one's words above it
            seen_sentences.add(key)
            seen_sentences.add(key.partition(" ")[2])  # the copy may lack a stray first word


def _repeated_lines(doc: Document, min_words: int) -> Iterator[tuple[int, int]]:
    """Lines without a sentence's end (a headline, a caption) printed again within the next few
    lines (`_NEARBY_LINES`, a chrome line or a blank one between), a line printed again right
    under itself, a caption printed again with or without its credit, or a caption printed again
    further down (`_captions_again`): the later copy's span."""
    recent: list[tuple[str, str]] = []
    again = _captions_again(doc, min_words)
    for start, line, block in _text_lines(doc):
        key = _normalise(line)
        # a headline or caption again, or a sentence that fills its line right under itself
        if not _listed(block, line) and len(key.split()) >= min_words and (
                (key in (k for k, _ in recent) and (not _ends_sentence(line) or recent[-1][0] == key))
                or start in again
                or any(_with_credit(line, key, other, other_key, min_words) for other_key, other in recent)):
            yield start, start + len(line.rstrip())
        recent = [*recent[-(_NEARBY_LINES - 1):], (key, line)]


def _captions_again(doc: Document, min_words: int) -> set[int]:
    """Where a caption is printed again anywhere below: a paragraph of one line, `min_words`
    words or more, that ends no sentence, with a line of prose above or below it both times.
    The entries of a contents box come back as subheadings: a line next to another line that
    comes back is no caption."""
    lines = []  # (start, key, a caption, a line of prose)
    for start, line, block in _text_lines(doc):
        key = _normalise(line)
        long_enough = len(key.split()) >= min_words
        caption = (long_enough and not _listed(block, line) and not _ends_sentence(line)
                   and doc.block_text(block).strip() == line.strip())  # not a wrapped paragraph's line
        lines.append((start, key, caption, long_enough and _ends_sentence(line)))
    uses = Counter(key for _, key, caption, _ in lines if caption)
    again = [i for i, (_, key, caption, _) in enumerate(lines) if caption and uses[key] > 1]
    boxed = {lines[k][1] for i, j in zip(again, again[1:]) if j == i + 1 for k in (i, j)}
    seen: set[str] = set()
    found: set[int] = set()
    for i in again:
        start, key = lines[i][:2]
        if key not in boxed and ((i > 0 and lines[i - 1][3]) or (i + 1 < len(lines) and lines[i + 1][3])):
            if key in seen:
                found.add(start)
            seen.add(key)
    return found


def _text_lines(doc: Document) -> Iterator[tuple[int, str, Block | None]]:
    """Each line with text: where its text starts, the line from there, and its block."""
    offset = 0
    for line in doc.prose_lines:
        start, offset = offset, offset + len(line) + 1
        if line.strip():
            first = start + len(line) - len(line.lstrip())
            yield first, line.lstrip(), doc.block_at(first)


def _listed(block: Block | None, line: str) -> bool:
    """Headings, table rows and list entries repeat by design."""
    return block is None or block.kind in ("heading", "table", "list_item") or bool(_ENUMERATED.match(line))


def _with_credit(line: str, key: str, other: str, other_key: str, min_words: int) -> bool:
    """Two nearby lines are one caption printed twice when one is the other and a short tail that
    ends no sentence (a credit: `… jusqu'à lundi. © Studio Perrault / L'Écho du Val`)."""
    if len(key) == len(other_key):
        return False
    longer, shorter, shorter_key = (other, line, key) if len(other_key) > len(key) else (line, other, other_key)
    longer_key = other_key if longer is other else key
    if not longer_key.startswith(shorter_key + " ") or len(shorter_key.split()) < min_words:
        return False
    words = list(_WORD.finditer(longer))
    tail = longer[words[len(shorter_key.split()) - 1].end():]
    tail_words = _WORD.findall(tail)
    capitalised = sum(not word[:1].islower() for word in tail_words)
    return (len(tail_words) <= _DATELINE_WORDS and 2 * capitalised > len(tail_words)
            and not _ends_sentence(tail) and _ends_sentence(shorter))


def _after_heading_words(sentence: str) -> Iterator[str]:
    """The sentence's normalised text from each capitalised word among its first
    `_DATELINE_WORDS` with no punctuation before it (a place and a source run into the lead:
    `Monchique Agência Barlavento O distrito …`; not a label: `Budget: What is …`)."""
    words = list(_WORD.finditer(sentence))
    for index in range(2, min(_DATELINE_WORDS, len(words))):
        if _PUNCTUATION.search(sentence, 0, words[index].start()):
            return
        if words[index].group()[:1].isupper():
            yield " ".join(word.group() for word in words[index:]).lower()


def _entry(doc: Document, start: int) -> bool:
    """The sentence opens a line that a list's enumerator or bullet opens (`1. Ana Ruiz …`)."""
    line_start = doc.line_starts[doc.position(start)[0] - 1]  # not a search back: one long line has many sentences
    found = _ENUMERATED.match(doc.prose, line_start)
    return found is not None and found.end() >= start - 1


def _after_dateline(sentence: str) -> str:
    """The normalised sentence after a dateline that opens it (`ROME (Agency) – The …`): its
    words after the first dash among the first `_DATELINE_WORDS` words, else ''."""
    dash = _DATELINE_DASH.search(sentence)
    if dash is None or len(_WORD.findall(sentence, 0, dash.start())) > _DATELINE_WORDS:
        return ""
    return _normalise(sentence[dash.end():])


def _ends_so_far(spans: list[tuple[int, int]]):
    """For increasing offsets, the furthest end of the spans that start at or before the offset
    (an offset lies in a reported span when that end is past it)."""
    ordered = sorted(spans)
    state = {"next": 0, "end": -1}

    def furthest(offset: int) -> int:
        while state["next"] < len(ordered) and ordered[state["next"]][0] <= offset:
            state["end"] = max(state["end"], ordered[state["next"]][1])
            state["next"] += 1
        return state["end"]

    return furthest


def _goes_on_from(paragraph: str, excerpt: str) -> bool:
    """The paragraph opens with the whole of an earlier, shorter one (normalised texts)."""
    return bool(excerpt) and paragraph.startswith(excerpt) and paragraph[len(excerpt):len(excerpt) + 1] == " "


def _normalise(text: str) -> str:
    """The text's words (letters and digits) lower-cased, one space apart."""
    return " ".join(_WORD.findall(text)).lower()


def _sentences(doc: Document) -> Iterator[tuple[int, int]]:
    """(start, end) of each sentence: from a sentence-starting word to the next one."""
    contexts = word_contexts(doc)
    starts = [start for start, boundary in zip(contexts.starts, contexts.boundaries) if boundary in (BLOCK, SENTENCE)]
    for i, start in enumerate(starts):
        block = doc.block_at(start)
        limit = block.end if block else len(doc.prose)
        end = min(starts[i + 1], limit) if i + 1 < len(starts) else limit
        while end > 0 and doc.prose[end - 1] in _TRAILING_OPENERS:
            end -= 1
        yield start, end


def _ends_sentence(text: str) -> bool:
    ending = ENDS_SENTENCE.search(text)
    return bool(ending) and ("?" not in ending.group() or len(text.split()) >= _QUESTION_WORDS)


def _deletion_end(doc: Document, start: int, end: int) -> int:
    """Where deleting a repeat should end: after its line break when it fills its lines (no
    empty line left behind), else after the spaces that follow it (no double space)."""
    text = doc.text
    if text[end:end + 1] == "\n" and (start == 0 or text[start - 1] == "\n"):
        return end + 1
    while end < len(text) and text[end] in " \t":
        end += 1
    return end

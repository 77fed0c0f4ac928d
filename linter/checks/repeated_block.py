"""`repeated-block`: a paragraph, or a long sentence, that already appeared in the article.

Only the later copy is reported. Whole paragraphs count from `min_paragraph_words` words,
single sentences from `min_sentence_words`, so stock phrases do not trip it.
"""
from __future__ import annotations

from typing import Iterable, Iterator

import regex

from ..document import Document
from ..rule import Check, Finding
from ..sentences import word_contexts

_NON_WORD = regex.compile(r"[^\p{L}\p{N}]+")


class RepeatedBlockCheck(Check):
    name = "repeated-block"
    OPTIONS = {"min_paragraph_words": 3, "min_sentence_words": 8}

    def find(self, doc: Document) -> Iterable[Finding]:
        seen_blocks: set[str] = set()
        seen_sentences: set[str] = set()
        reported: list[tuple[int, int]] = []
        for block in doc.blocks:
            if block.kind in ("heading", "table"):
                continue
            key = _normalise(doc.block_text(block))
            if len(key.split()) >= self.options["min_paragraph_words"] and key in seen_blocks:
                reported.append((block.start, block.end))
                yield Finding(block.start, block.end, values={"kind": "paragraph"}, replacement="")
            seen_blocks.add(key)
        for start, end in _sentences(doc):
            key = _normalise(doc.prose[start:end])
            if len(key.split()) < self.options["min_sentence_words"]:
                continue
            if key in seen_sentences and not any(s <= start < e for s, e in reported):
                yield Finding(start, end, values={"kind": "sentence"}, replacement="")
            seen_sentences.add(key)
            seen_sentences.add(key.partition(" ")[2])  # the copy may lack a stray first word


def _normalise(text: str) -> str:
    return " ".join(_NON_WORD.sub(" ", text).lower().split())


def _sentences(doc: Document) -> Iterator[tuple[int, int]]:
    """(start, end) of each sentence: from a sentence-starting word to the next one."""
    starts = [c.token.start for c in word_contexts(doc) if c.starts_sentence]
    for i, start in enumerate(starts):
        block = doc.block_at(start)
        limit = block.end if block else len(doc.prose)
        end = min(starts[i + 1], limit) if i + 1 < len(starts) else limit
        yield start, len(doc.prose[:end].rstrip())

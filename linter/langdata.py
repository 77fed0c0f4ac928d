"""Helpers over per-language data (`rules/languages/<code>.yaml`), as the Document carries it."""
from __future__ import annotations

from functools import lru_cache

from .document import Document
from .regex_engine import escape


def word_list(doc: Document, key: str) -> tuple[str, ...]:
    """A list from the document language's data (empty for unknown languages or keys)."""
    return doc.memo(f"word-list:{key}", lambda d: tuple(str(v) for v in (d.lang_data.get(key) or ())))


def lowered_words(doc: Document, key: str) -> frozenset[str]:
    """A list from the document language's data, lower-cased, as a set built once per document."""
    return doc.memo(f"lowered-words:{key}", lambda d: frozenset(w.lower() for w in word_list(d, key)))


@lru_cache(maxsize=512)
def alternation(words: tuple[str, ...]) -> str:
    """A regex alternation of words, longest first, or a pattern that never matches."""
    if not words:
        return r"(?!x)x"
    return "|".join(escape(w) for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=512)
def lowered(words: tuple[str, ...]) -> frozenset[str]:
    return frozenset(w.lower() for w in words)

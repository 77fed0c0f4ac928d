"""Formats turn decoded text into a Document; they know markup, rules do not."""
from __future__ import annotations

from pathlib import PurePath

from ..document import Document

MARKDOWN_SUFFIXES = frozenset({".md", ".markdown", ".mdown", ".mkd"})
ARTICLE_SUFFIXES = MARKDOWN_SUFFIXES | {".txt", ".text"}


def format_for(path: str) -> str:
    """'markdown' or 'text', from the file name."""
    return "markdown" if PurePath(path).suffix.lower() in MARKDOWN_SUFFIXES else "text"


def build_document(text: str, path: str = "<text>", fmt: str | None = None) -> Document:
    """Parse `text` in the format of `path` (or `fmt`) into a Document."""
    fmt = fmt or format_for(path)
    if fmt == "markdown":  # markdown-it is imported only for Markdown
        from .markdown import build
    else:
        from .plaintext import build
    return build(text, path)

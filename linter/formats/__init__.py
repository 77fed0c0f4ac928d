"""Formats turn decoded text into a Document; they know markup, rules do not."""
from __future__ import annotations

import os

TYPE_CHECKING = False  # typing's flag, without importing typing: a run never does (~3 ms)
if TYPE_CHECKING:  # file discovery reads the suffixes without importing the Document model
    from ..document import Document

MARKDOWN_SUFFIXES = frozenset({".md", ".markdown", ".mdown", ".mkd"})
MDX_SUFFIXES = frozenset({".mdx"})
ARTICLE_SUFFIXES = MARKDOWN_SUFFIXES | MDX_SUFFIXES | {".txt", ".text"}


def format_for(path: str) -> str:
    """'markdown', 'mdx' or 'text', from the file name."""
    suffix = suffix_of(path).lower()
    return "markdown" if suffix in MARKDOWN_SUFFIXES else "mdx" if suffix in MDX_SUFFIXES else "text"


def suffix_of(path: str) -> str:
    """`PurePath(path).suffix` without importing `pathlib` (~6 ms of a one-file run, with the
    modules it imports): the last component's (`.` components and trailing separators aside)
    from its last dot, if that dot neither starts nor ends it."""
    if os.altsep:
        path = path.replace(os.altsep, os.sep)
    name = next((part for part in reversed(path.split(os.sep)) if part not in ("", ".")), "")
    dot = name.rfind(".")
    return name[dot:] if 0 < dot < len(name) - 1 else ""


def build_document(text: str, path: str = "<text>", fmt: str | None = None,
                   prose_fields: tuple[str, ...] = ()) -> Document:
    """Parse `text` in the format of `path` (or `fmt`) into a Document; the front matter's
    `prose_fields` (`title`, `description` …) are linted as prose."""
    fmt = fmt or format_for(path)
    if fmt in ("markdown", "mdx"):  # markdown-it is imported only for Markdown
        from .markdown import build as build_markdown

        return build_markdown(text, path, mdx=fmt == "mdx", prose_fields=prose_fields)
    from .plaintext import build

    return build(text, path, prose_fields=prose_fields)

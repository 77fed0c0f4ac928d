"""Plain-text articles: one paragraph per run of non-blank lines, optional front matter."""
from __future__ import annotations

from ..document import Block, Document
from .common import front_matter, paragraphs, shared_skips


def build(text: str, path: str) -> Document:
    fm_span, metadata = front_matter(text)
    skipped = shared_skips(text)
    body_start = 0
    if fm_span:
        skipped.append(fm_span)
        body_start = fm_span.end
    blocks = [Block(s, e) for s, e in paragraphs(text, body_start)]
    return Document(text=text, path=path, format="text", metadata=metadata,
                    skipped=skipped, blocks=blocks)

"""`mojibake`: text that was UTF-8, decoded as Windows-1252 or Latin-1 (`Ã¨`, `â€™`).

Detection and repair are ftfy's: a chunk is reported when ftfy judges it bad and its
encoding fix changes it; real letters such as `SÃO` (Portuguese) stay untouched.
"""
from __future__ import annotations

from typing import Iterable

import regex

from ..document import Document
from ..rule import Check, Finding

# Runs of text between ASCII white space; a chunk is one that contains a character mojibake is
# made of (found run by run: a pattern for the chunk itself retried every offset of a long run).
_RUN = regex.compile(r"[^ \t\n]+")
_MOJIBAKE_CHAR = regex.compile(r"[\u0080-\u00ff\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013-\u2026\u2030\u2039\u203a\u20ac\u2122\ufffd]")
_EDGE_PUNCTUATION = "()[]{}.,;:!?\"'"


class MojibakeCheck(Check):
    name = "mojibake"
    DATA = frozenset()

    def find(self, doc: Document) -> Iterable[Finding]:
        for match in _RUN.finditer(doc.prose):
            chunk = match.group()
            if not _MOJIBAKE_CHAR.search(chunk):
                continue
            from ftfy import fix_encoding  # only for texts that have such characters
            from ftfy.badness import is_bad

            if not is_bad(chunk):
                continue
            repaired = fix_encoding(chunk)
            if repaired == chunk:
                continue
            start, end = _trim(chunk, match.start())
            fixed = fix_encoding(doc.text[start:end])
            yield Finding(start, end, values={"fixed": fixed}, replacement=fixed,
                          safe="\ufffd" not in fixed)


def _trim(chunk: str, offset: int) -> tuple[int, int]:
    """The chunk without ASCII punctuation around it (keeps `dâ€™acqua`, drops a final comma)."""
    left = len(chunk) - len(chunk.lstrip(_EDGE_PUNCTUATION))
    right = len(chunk.rstrip(_EDGE_PUNCTUATION))
    if right <= left:
        return offset, offset + len(chunk)
    return offset + left, offset + right

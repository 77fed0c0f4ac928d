"""`mojibake`: text that was UTF-8, decoded as Windows-1252 or Latin-1 (`Ã¨`, `â€™`).

Detection and repair are ftfy's: a chunk is reported when ftfy judges it bad and its
encoding fix changes it; real letters such as `SÃO` (Portuguese) stay untouched.
"""
from __future__ import annotations

from ..compiled import compile_cached
from ..document import Document
from ..ftfy_badness import is_bad
from ..rule import Check, Finding

TYPE_CHECKING = False  # typing's flag, without importing typing: a run never does (~3 ms)
if TYPE_CHECKING:
    from typing import Iterable, Iterator

# Runs of text between ASCII white space; a chunk is one that contains a character mojibake is
# made of (found from that character: a pattern for the chunk itself retried every offset of a long run).
_RUN = compile_cached(r"[^ \t\n]+")
_MOJIBAKE_CHAR = compile_cached(r"[\u0080-\u00ff\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013-\u2026\u2030\u2039\u203a\u20ac\u2122\ufffd]")
_EDGE_PUNCTUATION = "()[]{}.,;:!?\"'"
_LOST_NBSP = compile_cached(r"\p{Ll}Ã$")
_SPACE_LEFT = compile_cached(r"(?m) (?: |[.,;:!?)»”\"'’]|$)")  # a lower-case word ending in `Ã`: `à` lost its second byte
# Mojibake ftfy leaves: a byte after `Â`/`Ã`/`â€` lost or invisible (see `_lost_bytes`).
_SIGN_PREFIX = compile_cached(r"Â(?=[\u00a1-\u00bf])")
_LOST_INSIDE = compile_cached(r"(?<=\p{Ll})Ã(?=\p{Ll})")
_LOST_FIRST = compile_cached(r"(?<![\p{L}\p{N}])Ã(?=\p{Ll}{2})")
_LOST_LAST = compile_cached(r"(?<=\p{Ll})Ã(?![\p{L}\p{N}\u0080-\u00bf])")
_LOST_QUOTE = compile_cached(r"â€(?![\u0080-\u00ff\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013-\u2026\u2030\u2039\u203a\u20ac\u2122])")
# The accented letter a language ends its words with, whose bytes were `Ã` and an invisible one
# (`í`: soft hyphen, `à`: no-break space).
_WORD_FINAL = {"es": "í", "pt": "í"}
# What every match of ftfy's badness pattern (`ftfy.badness.BADNESS_RE`) inside a chunk holds: a
# C1 control, `Œ`/`œ`, `Ã`/`Â`, or two characters beyond ASCII side by side. A chunk without
# any (`città`, `Straße`) is not bad; the others are asked ftfy's test (`ftfy_badness`), and
# ftfy (0.1 s to import) is loaded only to repair a chunk that is bad.
_MAYBE_BAD = compile_cached(r"[\u0080-\u009f\u0152\u0153\u00c2\u00c3]|[^\x00-\x7f]{2}")


class MojibakeCheck(Check):
    name = "mojibake"
    DATA = frozenset()

    def find(self, doc: Document) -> Iterable[Finding]:
        for start, chunk in _chunks(doc.prose):
            if not _MAYBE_BAD.search(chunk):
                continue
            if (lost := _lost_no_break_space(doc.prose, start, chunk)) is not None:
                yield lost
                continue
            bad = is_bad(chunk)
            if bad:
                from ftfy import fix_encoding  # only for a chunk ftfy's test calls bad
            repaired, guessed = _lost_bytes(fix_encoding(chunk) if bad else chunk, doc.language)
            if repaired == chunk:
                continue
            start, end = _trim(chunk, start)
            original = doc.text[start:end]
            fixed, guessed = _lost_bytes(fix_encoding(original) if bad else original, doc.language)
            yield Finding(start, end, values={"fixed": fixed}, replacement=fixed,
                          safe="\ufffd" not in fixed and not guessed)


def _lost_no_break_space(prose: str, start: int, chunk: str) -> Finding | None:
    """`societÃ  partecipata`, `dell'universitÃ .`: `à` is the bytes of `Ã` and a no-break space,
    and the no-break space became a plain one (a second space or a mark follows it); the
    finding takes that space with it, so the fix reads `società `."""
    word = chunk.rstrip(_EDGE_PUNCTUATION)
    end = start + len(word)
    if not _LOST_NBSP.search(word) or not _SPACE_LEFT.match(prose, end):
        return None
    from ftfy import fix_encoding

    fixed = fix_encoding(word + "\u00a0")
    if fixed == word + "\u00a0" or fixed[-1:] == "\u00a0":
        return None
    return Finding(start, end + 1, values={"fixed": fixed}, replacement=fixed, safe=True)


def _lost_bytes(text: str, language: str | None) -> tuple[str, bool]:
    """What ftfy leaves of mojibake whose second or third byte was lost or is invisible: `Â`
    before a Latin-1 sign (`Â© 2026`: the sign's first byte), `Ã` inside a lower-case word (a
    soft hyphen's byte lost: `polÃtica`), at its start (an undefined byte lost: `Ãfrica`) or
    at its end (`asÃ`, `universitÃ`), `â€` with no third byte (`”`, an undefined byte in
    Windows-1252). The text with them repaired, and whether a lost character was guessed
    (every repair but the sign's)."""
    text, signs = _SIGN_PREFIX.subn("", text)
    guessed = 0
    for pattern, letter in ((_LOST_INSIDE, "í"), (_LOST_FIRST, "Á"), (_LOST_QUOTE, "”"),
                            (_LOST_LAST, _WORD_FINAL.get(language or "", "à"))):
        text, count = pattern.subn(letter, text)
        guessed += count
    return text, guessed > 0


def _chunks(prose: str) -> Iterator[tuple[int, str]]:
    """Each run of text between ASCII white space that holds a character mojibake is made of,
    with its offset: found from those characters, so the many runs without one cost nothing."""
    searched = 0
    while (hit := _MOJIBAKE_CHAR.search(prose, searched)) is not None:
        start = max(prose.rfind(space, searched, hit.start()) for space in " \t\n") + 1
        start = max(start, searched)
        run = _RUN.match(prose, start)
        yield start, run.group()
        searched = run.end()


def _trim(chunk: str, offset: int) -> tuple[int, int]:
    """The chunk without ASCII punctuation around it (keeps `dâ€™acqua`, drops a final comma)."""
    left = len(chunk) - len(chunk.lstrip(_EDGE_PUNCTUATION))
    right = len(chunk.rstrip(_EDGE_PUNCTUATION))
    if right <= left:
        return offset, offset + len(chunk)
    return offset + left, offset + right

"""LanguageTool counts offsets in UTF-16 code units (Java strings); Python counts code points."""
from __future__ import annotations

from bisect import bisect_right

from ..compiled import compile_cached

_ASTRAL = compile_cached(r"[^\x00-\uffff]")


def utf16_length(text: str) -> int:
    """Length of `text` as Java counts it: characters beyond the BMP take two units."""
    return len(text) + sum(1 for _ in _ASTRAL.finditer(text))


class Utf16Index:
    """Maps UTF-16 offsets in a text back to code-point offsets."""

    def __init__(self, text: str):
        # UTF-16 offset just after each astral character: the i-th one adds i + 1 extra units.
        self._ends = [m.start() + i + 2 for i, m in enumerate(_ASTRAL.finditer(text))]

    def code_point(self, offset: int) -> int:
        """The code-point offset of a UTF-16 offset (one inside a surrogate pair rounds up)."""
        return offset - bisect_right(self._ends, offset)

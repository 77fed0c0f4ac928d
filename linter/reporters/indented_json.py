"""`json.dumps(value, ensure_ascii=False, indent=2)`, byte for byte, at the C encoder's speed.

With `indent`, the standard library falls back to its pure-Python encoder (a generator per
value); findings are many small dicts of strings and numbers, so this writes the layout itself
and leaves each string and number to the C encoder. `write_indented` writes a document whose
long lists (a run's findings) are `Streamed`: made and written one item at a time, so a report
of any size is never held whole, nor its findings as dicts.
"""
from __future__ import annotations

from collections.abc import Iterable
from json import dumps

TYPE_CHECKING = False  # typing's flag, without importing typing: a run never does (~3 ms)
if TYPE_CHECKING:
    from typing import Callable, TextIO
from json.encoder import encode_basestring

_SCALARS = {str: encode_basestring, int: int.__repr__, float: dumps, bool: dumps, type(None): dumps}
# Stands for a streamed list in a rendered document: JSON escapes it in strings and keys.
_HOLE = "\0"
# Items of a streamed list joined into one write.
_BATCH = 256


class _Unsupported(Exception):
    """A value this writer does not lay out as json.dumps would (non-str key, other type)."""


class Streamed:
    """A JSON array whose items `write_indented` takes from `items` as it writes them."""

    def __init__(self, items: Iterable[object]):
        self.items = items


class Rendered:
    """Items of a `Streamed` list laid out already (`render_items` at the list's depth), written as they are."""

    def __init__(self, text: str, newline: str):
        self.text = text
        self.newline = newline


def render_items(items: Iterable[object], newline: str) -> str:
    """Items of a list laid out at `newline` and joined, as a `Streamed` list there writes them
    (a `Rendered` of the same `newline` stands for them)."""
    inner = newline + "  "
    return ("," + inner).join(_nested(item, inner) for item in items)


def write_indented(stream: TextIO, value: object) -> None:
    """Write what `json.dumps(value, ensure_ascii=False, indent=2)` returns and a newline, where
    each `Streamed` in `value` is the list of its items."""
    holes: list[tuple[Streamed, str]] = []

    def hole(streamed: Streamed, newline: str) -> str:
        holes.append((streamed, newline))
        return _HOLE

    try:
        pieces = _render(value, "\n", hole).split(_HOLE)
    except _Unsupported:
        stream.write(dumps(value, ensure_ascii=False, indent=2, default=lambda streamed: list(streamed.items)) + "\n")
        return
    for piece, (streamed, newline) in zip(pieces, holes):
        stream.write(piece)
        _write_items(stream, streamed.items, newline)
    stream.write(pieces[-1] + "\n")


def _write_items(stream: TextIO, items: Iterable[object], newline: str) -> None:
    """A list of `items` laid out at `newline`, written a batch of items at a time."""
    inner = newline + "  "
    separator = "," + inner
    opening, batch = "[" + inner, []
    for item in items:
        if type(item) is Rendered and item.newline == newline:
            batch.append(item.text)
            continue
        batch.append(_nested(item, inner))
        if len(batch) == _BATCH:
            stream.write(opening + separator.join(batch))
            opening, batch = separator, []
    if batch:
        stream.write(opening + separator.join(batch))
        opening = separator
    stream.write("[]" if opening[0] == "[" else newline + "]")


def _nested(value: object, newline: str) -> str:
    """`value` as `json.dumps(value, ensure_ascii=False, indent=2)` lays it out, with its nested
    lines starting at `newline`."""
    try:
        return _render(value, newline)
    except _Unsupported:  # json.dumps' own layout, moved to the depth (JSON text has no raw newline)
        return dumps(value, ensure_ascii=False, indent=2).replace("\n", newline)


def _render(value: object, newline: str, hole: Callable[[Streamed, str], str] | None = None) -> str:
    """`value` laid out with its nested lines starting at `newline` plus two spaces."""
    kind = type(value)
    scalar = _SCALARS.get(kind)
    if scalar is not None:
        return scalar(value)
    if kind is Streamed and hole is not None:
        return hole(value, newline)
    if kind is not dict and kind is not list:
        raise _Unsupported
    if not value:
        return "{}" if kind is dict else "[]"
    inner = newline + "  "
    if kind is list:  # strings and numbers (most values) without a call of _render each
        items = [scalar(item) if (scalar := _SCALARS.get(type(item))) else _render(item, inner, hole)
                 for item in value]
        return "[" + inner + ("," + inner).join(items) + newline + "]"
    items = [_key(key) + ": " + (scalar(item) if (scalar := _SCALARS.get(type(item))) else _render(item, inner, hole))
             for key, item in value.items()]
    return "{" + inner + ("," + inner).join(items) + newline + "}"


def _key(key: object) -> str:
    if type(key) is not str:
        raise _Unsupported
    return encode_basestring(key)

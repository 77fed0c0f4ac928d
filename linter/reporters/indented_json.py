"""`json.dumps(value, ensure_ascii=False, indent=2)`, byte for byte, at the C encoder's speed.

With `indent`, the standard library falls back to its pure-Python encoder (a generator per
value); findings are many small dicts of strings and numbers, so this writes the layout itself
and leaves each string and number to the C encoder.
"""
from __future__ import annotations

from json import dumps
from json.encoder import encode_basestring

_SCALARS = {str: encode_basestring, int: int.__repr__, float: dumps, bool: dumps, type(None): dumps}


class _Unsupported(Exception):
    """A value this writer does not lay out as json.dumps would (non-str key, other type)."""


def dumps_indented(value: object) -> str:
    """What `json.dumps(value, ensure_ascii=False, indent=2)` returns."""
    try:
        return _render(value, "\n")
    except _Unsupported:
        return dumps(value, ensure_ascii=False, indent=2)


def _render(value: object, newline: str) -> str:
    """`value` laid out with its nested lines starting at `newline` plus two spaces."""
    kind = type(value)
    scalar = _SCALARS.get(kind)
    if scalar is not None:
        return scalar(value)
    if kind is not dict and kind is not list:
        raise _Unsupported
    if not value:
        return "{}" if kind is dict else "[]"
    inner = newline + "  "
    if kind is list:  # strings and numbers (most values) without a call of _render each
        items = [scalar(item) if (scalar := _SCALARS.get(type(item))) else _render(item, inner) for item in value]
        return "[" + inner + ("," + inner).join(items) + newline + "]"
    items = [_key(key) + ": " + (scalar(item) if (scalar := _SCALARS.get(type(item))) else _render(item, inner))
             for key, item in value.items()]
    return "{" + inner + ("," + inner).join(items) + newline + "}"


def _key(key: object) -> str:
    if type(key) is not str:
        raise _Unsupported
    return encode_basestring(key)

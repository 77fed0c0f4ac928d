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
    parts: list[str] = []
    try:
        _write(value, "\n", parts)
    except _Unsupported:
        return dumps(value, ensure_ascii=False, indent=2)
    return "".join(parts)


def _write(value: object, newline: str, parts: list[str]) -> None:
    kind = type(value)
    scalar = _SCALARS.get(kind)
    if scalar is not None:
        parts.append(scalar(value))
    elif kind is dict:
        if not value:
            parts.append("{}")
            return
        inner = newline + "  "
        separator = "{" + inner
        for key, item in value.items():
            if type(key) is not str:
                raise _Unsupported
            scalar = _SCALARS.get(type(item))
            if scalar is not None:  # most values: no call of _write
                parts.append(separator + encode_basestring(key) + ": " + scalar(item))
            else:
                parts.append(separator + encode_basestring(key) + ": ")
                _write(item, inner, parts)
            separator = "," + inner
        parts.append(newline + "}")
    elif kind is list:
        if not value:
            parts.append("[]")
            return
        inner = newline + "  "
        separator = "[" + inner
        for item in value:
            parts.append(separator)
            _write(item, inner, parts)
            separator = "," + inner
        parts.append(newline + "]")
    else:
        raise _Unsupported

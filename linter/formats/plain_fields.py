"""YAML front matter of one-line fields, read without PyYAML (whose import costs as much as
linting a short article): `key: value` lines whose values are plain or quoted scalars or
one-line flow lists of them, with comments and blank lines between. It gives what
`yamlio.load_yaml` gives for them; any other YAML (a block list, a nested mapping, a value
over several lines, an anchor, a tag, an escape, a number that is not a plain integer ...)
is left to it: `None`.
"""
from __future__ import annotations

from ..compiled import compile_cached
from ..yamlio import MAX_CHARS, MAX_INT_DIGITS

# Characters that YAML reads as line breaks or refuses, tabs, and lone surrogates: not read here.
_UNREAD = compile_cached(r"[^\n\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd\U00010000-\U0010ffff]")
_FIELD = compile_cached(r"([A-Za-z_][A-Za-z0-9_-]{0,199}):(?: +(.*))?")  # PyYAML's keys are short
# A scalar in a flow list: quoted without escapes, or plain (no indicator first, no flow
# characters, comment or colon inside).
_QUOTED = r""""[^"\\]*"|'(?:[^']|'')*'"""
_ITEM = rf"""{_QUOTED}|[^\s,\[\]{{}}#"'&*!|>%@`:?-][^,\[\]{{}}#:]*?"""
_FLOW_LIST = compile_cached(rf"\[ *(?:(?:{_ITEM}) *(?:, *(?:{_ITEM}) *)*)?\]")
_FLOW_ITEM = compile_cached(rf"({_ITEM}) *(?:,|\]$)")
_SCALAR = compile_cached(rf"{_QUOTED}")
_TAIL = compile_cached(r" *(?: #.*)?")  # what may follow a value: spaces, a comment
# PyYAML's implicit int and float forms (YAML 1.1); only a plain decimal integer is read here.
_NUMBER = compile_cached(
    r"[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+"
    r"|[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+][0-9]+)?|\.[0-9][0-9_]*(?:[eE][-+][0-9]+)?"
    r"|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN)")
_DECIMAL = compile_cached(r"[-+]?(?:0|[1-9][0-9]*)")
_WORDS = {"~": None, "null": None, "Null": None, "NULL": None, "true": True, "True": True, "TRUE": True,
          "false": False, "False": False, "FALSE": False}


class _Unread(Exception):
    """YAML this module leaves to PyYAML."""


def plain_fields(body: str) -> dict | None:
    """The mapping of a front matter made of one-line fields, else None."""
    if len(body) > MAX_CHARS or _UNREAD.search(body):
        return None
    fields: dict = {}
    try:
        for line in body.split("\n"):
            if not line.strip(" ") or line.startswith("#"):
                continue
            field = _FIELD.fullmatch(line)
            if field is None or field.group(1) in _WORDS:
                return None
            fields[field.group(1)] = _value(field.group(2) or "")
    except _Unread:
        return None
    return fields


def _value(text: str):
    if text[:1] == "[":
        flow = _FLOW_LIST.match(text)
        if flow is None or not _TAIL.fullmatch(text, flow.end()):
            raise _Unread
        return [_scalar(item) for item in _FLOW_ITEM.findall(text, 1, flow.end())]
    if text[:1] in ("'", '"'):
        quoted = _SCALAR.match(text)
        if quoted is None or not _TAIL.fullmatch(text, quoted.end()):
            raise _Unread
        return _scalar(quoted.group())
    plain = text.split(" #", 1)[0].rstrip(" ")
    if plain[:1] and plain[:1] in "#{&*!|>%@`',\"[]" or plain[:1] in ("-", "?", ":") and plain[1:2] in ("", " ") \
            or ": " in plain or plain.endswith(":") or plain in ("=", "<<"):
        raise _Unread
    return _scalar(plain)


def _scalar(text: str):
    """A scalar's value: quoted ones are strings, plain ones are resolved as PyYAML does."""
    if text[:1] == '"':
        return text[1:-1]
    if text[:1] == "'":
        return text[1:-1].replace("''", "'")
    if text in _WORDS or not text:
        return _WORDS.get(text)
    if _NUMBER.fullmatch(text):
        if not _DECIMAL.fullmatch(text) or sum(char.isdigit() for char in text) > MAX_INT_DIGITS:
            raise _Unread
        return int(text)
    return text

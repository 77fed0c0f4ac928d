"""Front matter in the three forms static-site generators read: YAML (`---`), TOML (`+++`)
and JSON (a `{ … }` object at the top). Only the span and the mapping leave this module."""
from __future__ import annotations

import sys

from ..compiled import compile_cached
from ..document import Span
from ..errors import InputError
from ..regex_engine import DOTALL, MULTILINE
from ..yamlio import YamlLimitError, load_yaml
from .plain_fields import plain_fields

_FENCED = compile_cached(r"\A(---|\+\+\+)[ \t]*\n(.*?\n)?\1[ \t]*(?:\n|\Z)", DOTALL)
# Hugo's JSON front matter: an object opening the file, closed by `}` alone on a line.
_JSON = compile_cached(r"\A\{[ \t]*\n(?:.*?\n)?\}[ \t]*(?:\n|\Z)", DOTALL)


NEWSLINT_KEYS = ("ignore",)


def front_matter(text: str, path: str = "<text>") -> tuple[Span | None, dict]:
    """The front-matter span and its mapping (empty when absent, broken or not a mapping).

    YAML beyond the limits (an alias bomb), or a key newslint reads with the wrong type, is
    an InputError for this file.
    """
    match = _FENCED.match(text)
    if match:
        body = match.group(2) or ""
        data = _parse_toml(body) if match.group(1) == "+++" else _parse_yaml(body, path)
        span = Span(match.start(), match.end())
    else:
        match = _JSON.match(text)
        if not match:
            return None, {}
        import json  # only for JSON front matter

        try:
            data = json.loads(match.group())
        except (ValueError, RecursionError):
            return None, {}  # not front matter: a brace opening the text
        data, span = data if isinstance(data, dict) else {}, Span(match.start(), match.end())
    _check_front_matter(data, path)
    return span, data


def _check_front_matter(data: dict, path: str) -> None:
    """The keys newslint reads have the types it reads them as."""
    for key in ("lang", "language"):
        if data.get(key) is not None and not isinstance(data[key], str):
            raise InputError(f"{path}: front matter: '{key}' must be a language code such as it or en")
    if data.get("date") is not None and not isinstance(data["date"], (str, int)):
        raise InputError(f"{path}: front matter: 'date' must be a date such as 2024-05-01")
    section = data.get("newslint")
    if section is None:
        return
    if isinstance(section, dict):
        for key in section:
            if key not in NEWSLINT_KEYS:
                import difflib  # only for a hint

                hint = difflib.get_close_matches(str(key), NEWSLINT_KEYS, n=1)
                raise InputError(f"{path}: front matter: unknown key '{key}' in 'newslint'"
                                 + (f"; did you mean '{hint[0]}'?" if hint else "; it takes only 'ignore'"))
    ignore = section.get("ignore") if isinstance(section, dict) else None
    if not isinstance(section, dict) or not (
            ignore is None or isinstance(ignore, str) or isinstance(ignore, list) and all(isinstance(i, str) for i in ignore)):
        raise InputError(f"{path}: front matter: 'newslint' must be {{ignore: [rule ids]}}")


def _parse_yaml(body: str, path: str) -> dict:
    fields = plain_fields(body)  # most front matter: one-line fields, read without PyYAML
    if fields is not None:
        return fields
    import yaml  # only for an article with YAML front matter of other shapes

    try:
        data = load_yaml(body)
    except yaml.YAMLError:
        return {}
    except YamlLimitError as exc:
        raise InputError(f"{path}: front matter: {exc}") from None
    return data if isinstance(data, dict) else {}


def _parse_toml(body: str) -> dict:
    if sys.version_info >= (3, 11):  # imported here: only TOML front matter needs it
        import tomllib
    else:  # pragma: no cover
        import tomli as tomllib
    import datetime  # (tomllib's own import)

    try:
        data = tomllib.loads(body)
    except tomllib.TOMLDecodeError:
        return {}
    if isinstance(data.get("date"), (datetime.date, datetime.datetime)):
        data["date"] = data["date"].isoformat()  # TOML dates: strings, as YAML's are read
    return data


# A top-level field on one line: YAML `title: "…"`, TOML `title = "…"`, JSON `"title": "…",`.
_FIELD = compile_cached(
    r"""^(?:(?P<key>[A-Za-z_][\w-]*)[ \t]*[:=]|[ \t]*"(?P<jkey>[A-Za-z_][\w-]*)"[ \t]*:)[ \t]*"""
    r"""(?:"(?P<dq>(?:[^"\\\n]|\\.)*)"|'(?P<sq>[^'\n]*)'|(?P<plain>[^\s"'\[{>|#][^\n#]*?))[ \t]*,?[ \t]*(?:\#.*)?$""",
    MULTILINE)


def prose_fields(text: str, span: Span, fields: tuple[str, ...]) -> list[tuple[Span, str]]:
    """The values of the named one-line fields of the front matter in `span`, with their names."""
    found = []
    for match in _FIELD.finditer(text, span.start, span.end):
        name = match.group("key") or match.group("jkey")
        if name in fields:
            group = next(g for g in ("dq", "sq", "plain") if match.group(g) is not None)
            if match.end(group) > match.start(group):
                found.append((Span(match.start(group), match.end(group)), name))
    return found


def front_matter_skips(text: str, span: Span, fields: tuple[str, ...]) -> tuple[list[Span], list[tuple[Span, str]]]:
    """The front matter as skipped spans around the prose fields' values, and those values."""
    values = prose_fields(text, span, fields) if fields else []
    skipped, pos = [], span.start
    for value, _ in values:
        skipped.append(Span(pos, value.start))
        pos = value.end
    skipped.append(Span(pos, span.end))
    return skipped, values

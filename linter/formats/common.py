"""Regions every format leaves out: front matter, URLs, e-mail addresses, HTML comments."""
from __future__ import annotations

import regex
import yaml

from ..document import Span
from ..errors import InputError
from ..yamlio import YamlLimitError, load_yaml

FRONT_MATTER = regex.compile(r"\A(---|\+\+\+)[ \t]*\n(.*?\n)?\1[ \t]*(?:\n|\Z)", regex.S)
URL = regex.compile(
    r"""(?:\b(?i:https?|ftp)://|\b(?i:www)\.)(?:[^\s<>"'`()]|\([^\s()<>]*\))*(?:[^\s<>"'`.,;:!?()\]»”’]|\([^\s()<>]*\))"""
    r"""|\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b"""
    r"""|\b(?:[\w-]+\.)+(?:com|org|net|it|de|fr|es|pt|nl|be|ch|at|eu|uk|br|io)(?:/[^\s<>"']*)?(?=[\s,;:)»”’]|\.?$)""",
    regex.M,
)
HTML_COMMENT = regex.compile(r"<!--.*?-->", regex.S)


def front_matter(text: str, path: str = "<text>") -> tuple[Span | None, dict]:
    """The front-matter span and its YAML mapping (empty when absent, not YAML or not a mapping).

    YAML beyond the limits (an alias bomb), or a key newslint reads with the wrong type, is
    an InputError for this file.
    """
    match = FRONT_MATTER.match(text)
    if not match:
        return None, {}
    body = match.group(2) or ""
    try:
        data = load_yaml(body) if match.group(1) == "---" else {}
    except yaml.YAMLError:
        data = {}
    except YamlLimitError as exc:
        raise InputError(f"{path}: front matter: {exc}") from None
    data = data if isinstance(data, dict) else {}
    _check_front_matter(data, path)
    return Span(match.start(), match.end()), data


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
    ignore = section.get("ignore") if isinstance(section, dict) else None
    if not isinstance(section, dict) or set(section) - {"ignore"} or not (
            ignore is None or isinstance(ignore, str) or isinstance(ignore, list) and all(isinstance(i, str) for i in ignore)):
        raise InputError(f"{path}: front matter: 'newslint' must be {{ignore: [rule ids]}}")


def spans(pattern: regex.Pattern, text: str) -> list[Span]:
    return [Span(m.start(), m.end()) for m in pattern.finditer(text)]


def shared_skips(text: str) -> list[Span]:
    """URLs, addresses and HTML comments, in any format."""
    return spans(URL, text) + spans(HTML_COMMENT, text)


def paragraphs(text: str, start: int = 0) -> list[tuple[int, int]]:
    """Offsets of runs of non-blank lines, from `start` on."""
    result, block_start, pos = [], None, start
    for line in text[start:].split("\n"):
        end = pos + len(line)
        if line.strip():
            if block_start is None:
                block_start = pos
            last_end = end
        elif block_start is not None:
            result.append((block_start, last_end))
            block_start = None
        pos = end + 1
    if block_start is not None:
        result.append((block_start, last_end))
    return result

"""Gitignore-style globs (`exclude`, `overrides.files`), matched at a bounded cost per path.

A configuration may list thousands of globs. Each is translated once; literal globs go into a
set, globs anchored under a literal first folder into a bucket for that folder, and only the
rest are tested on every path, all of a bucket in one compiled expression.
"""
from __future__ import annotations

from functools import lru_cache

from .regex_engine import escape

TYPE_CHECKING = False  # typing's flag, without importing typing: a run never does (~3 ms)
if TYPE_CHECKING:
    import regex

_WILDCARDS = frozenset("*?[")


class GlobSet:
    """Match relative POSIX paths against globs: a glob without '/' matches any path component,
    a trailing '/' means a folder and everything under it, `**` spans folders."""

    def __init__(self, patterns: tuple[str, ...]):
        self.literal_paths: set[str] = set()
        self.literal_names: set[str] = set()
        self.buckets: dict[str, list[str]] = {}
        self.general: list[str] = []
        for raw in patterns:
            pattern = raw.strip()
            if pattern.endswith("/"):
                pattern += "**"
            anchored = "/" in pattern.rstrip("/")
            pattern = pattern.lstrip("/") if anchored else pattern
            if not _WILDCARDS & set(pattern):
                (self.literal_paths if anchored else self.literal_names).add(pattern)
                continue
            first = pattern.split("/", 1)[0]
            if anchored and not _WILDCARDS & set(first):
                self.buckets.setdefault(first, []).append(pattern)
            else:
                self.general.append(pattern if anchored else "**/" + pattern)

    def match(self, relative: str) -> bool:
        parts = relative.split("/")
        if self.literal_names.intersection(parts):
            return True
        if any("/".join(parts[:n]) in self.literal_paths for n in range(1, len(parts) + 1)):
            return True
        for globs in (self.buckets.get(parts[0]), self.general):
            if globs and _compiled(tuple(globs)).fullmatch(relative):
                return True
        return False


@lru_cache(maxsize=64)
def glob_set(patterns: tuple[str, ...]) -> GlobSet:
    return GlobSet(patterns)


@lru_cache(maxsize=1024)
def _compiled(globs: tuple[str, ...]) -> regex.Pattern:
    """One expression for anchored globs (a glob for any component is given as `**/glob`)."""
    import regex  # only for a configuration with globs to match

    return regex.compile("|".join(f"(?:{_translate(glob)}(?:/.*)?)" for glob in globs))


def _translate(pattern: str) -> str:
    """`**/` any folders, `**` anything, `*` and `?` within a name, `[...]` a character class."""
    out, i = [], 0
    while i < len(pattern):
        close = _class_end(pattern, i) if pattern[i] == "[" else -1
        if pattern.startswith("**/", i):
            out.append("(?:.*/)?")
            i += 3
        elif pattern.startswith("**", i):
            out.append(".*")
            i += 2
        elif pattern[i] == "*":
            out.append("[^/]*")
            i += 1
        elif pattern[i] == "?":
            out.append("[^/]")
            i += 1
        elif close > 0:
            body = pattern[i + 1:close]
            negate = body.startswith("!")
            out.append("[" + ("^" if negate else "") + escape(body[negate:]).replace("\\-", "-") + "]")
            i = close + 1
        else:
            out.append(escape(pattern[i]))
            i += 1
    return "".join(out)


def _class_end(pattern: str, start: int) -> int:
    """The index of the `]` closing the class opened at `start`, or -1 (a literal `[`)."""
    i = start + 1
    if i < len(pattern) and pattern[i] == "!":
        i += 1
    if i < len(pattern) and pattern[i] == "]":
        i += 1
    return pattern.find("]", i)

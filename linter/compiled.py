"""Compiled regular expressions kept in the user's cache between runs.

The line rules' patterns (the image-credit one is 18 KB) took about a quarter of a second to
compile at every start. A compiled `regex` pattern pickles as its compiled code, so the cache
keeps that code (as `marshal` data: plain values, nothing to execute) and rebuilds the pattern
from it in milliseconds, the way unpickling does.
"""
from __future__ import annotations

import copyreg
import hashlib
import marshal
from pathlib import Path
from typing import Callable, TypeVar

import regex

from .regex_facts import ANALYSIS_VERSION, Needles, needles
from .user_cache import cache_path, save

# How `regex` pickles a pattern: the function that rebuilds it, and its compiled code.
_REDUCE = copyreg.dispatch_table[regex.Pattern]
_REBUILD = _REDUCE(regex.compile(""))[0]
Data = TypeVar("Data")


def compile_cached(source: str, flags: int = 0) -> regex.Pattern:
    """`regex.compile(source, flags)`, from the cache when an earlier run compiled it."""
    path = _entry_path("patterns", regex.__version__, str(flags), source)
    try:
        code = marshal.loads(path.read_bytes())
        if isinstance(code, tuple) and code and code[0] == source:
            return _REBUILD(*code)
    except (OSError, ValueError, EOFError, TypeError):
        pass
    pattern = regex.compile(source, flags)
    rebuild, code = _REDUCE(pattern)
    if rebuild is _REBUILD:
        save(path, marshal.dumps(code))
    return pattern


def derived_cached(kind: str, source: str, flags: int, derive: Callable[[], Data],
                   valid: Callable[[object], bool]) -> Data:
    """`derive()`, plain data (tuples, strings, numbers) worked out from a pattern, from the
    cache when an earlier run derived it for the same pattern, flags and `regex` version and
    it has the shape `valid` expects (a damaged entry is derived again)."""
    path = _entry_path(kind, kind, regex.__version__, str(flags), source)
    try:
        stored = marshal.loads(path.read_bytes())
        if isinstance(stored, tuple) and len(stored) == 2 and stored[0] == source and valid(stored[1]):
            return stored[1]
    except (OSError, ValueError, EOFError, TypeError):
        pass
    data = derive()
    save(path, marshal.dumps((source, data)))
    return data


def needles_cached(source: str, flags: int = 0) -> Needles:
    """`regex_facts.needles(source, flags)`, from the cache when an earlier run worked them out."""
    def derive() -> tuple[tuple[tuple[str, ...], ...], tuple[str, ...]]:
        found = needles(source, flags)
        return tuple(tuple(sorted(clause)) for clause in found.clauses), tuple(sorted(found.unsafe))

    def valid(data: object) -> bool:
        return (isinstance(data, tuple) and len(data) == 2 and isinstance(data[0], tuple)
                and all(isinstance(c, tuple) and c and all(isinstance(n, str) and n for n in c) for c in data[0])
                and isinstance(data[1], tuple) and all(isinstance(c, str) for c in data[1]))

    clauses, unsafe = derived_cached(f"needles-{ANALYSIS_VERSION}", source, flags, derive, valid)
    return Needles(tuple(frozenset(clause) for clause in clauses), frozenset(unsafe))


def _entry_path(folder: str, *parts: str) -> Path:
    """The cache file named by the hash of `parts` (joined by NUL) in the cache's `folder`."""
    key = hashlib.sha256("\0".join(parts).encode("utf-8", "surrogatepass")).hexdigest()
    return cache_path(folder, key[:2], f"{key}.bin")

"""ftfy's test for mojibake (`ftfy.badness.is_bad`), without importing ftfy.

Importing ftfy (its character data, wcwidth's tables, typing) cost a one-file run about as much
CPU as the rest of it, and the mojibake rule asks the test of every chunk with two characters
beyond ASCII side by side (`ção`, `Größe`, `’»`): four articles in ten. The test is one
pattern: its source and flags are read from ftfy once and kept in the user cache under the
path, size and time of ftfy's `badness.py` (another ftfy is read again), compiled with `re` as
ftfy compiles it, and searched as `is_bad` searches it. ftfy itself is imported only to repair a
chunk, and when its file cannot be found or the cache cannot be kept.
"""
from __future__ import annotations

import importlib.util
import os
import sys
from functools import lru_cache

from .compiled import COMMON, derived_cached

TYPE_CHECKING = False  # typing's flag, without importing typing: a run never does (~3 ms)
if TYPE_CHECKING:
    import re

_KIND = "ftfy-badness-1"


def is_bad(text: str) -> bool:
    """`ftfy.badness.is_bad(text)`: whether ftfy's badness pattern is found in the text."""
    return _pattern().search(text) is not None


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern:
    loaded = sys.modules.get("ftfy.badness")
    where = None if loaded is not None else _badness_file()
    if where is None:
        return _ftfy_pattern()
    source, flags = derived_cached(_KIND, where, 0, _source_and_flags)
    import re

    return re.compile(source, flags)


def _badness_file() -> str | None:
    """ftfy's `badness.py` as a key: its path, size and time (None when it is not found)."""
    try:
        spec = importlib.util.find_spec("ftfy")
        folders = (spec.submodule_search_locations or ()) if spec else ()
        path = os.path.join(next(iter(folders)), "badness.py")
        stat = os.stat(path)
    except (ImportError, StopIteration, OSError, ValueError):
        return None
    return f"{path}\0{stat.st_size}\0{stat.st_mtime_ns}"


def _source_and_flags() -> tuple[str, int]:
    pattern = _ftfy_pattern()
    return pattern.pattern, int(pattern.flags)


def _ftfy_pattern() -> re.Pattern:
    from ftfy.badness import BADNESS_RE

    return BADNESS_RE

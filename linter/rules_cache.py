"""Parsed rule files (and configuration files) kept in the user's cache folder, so a run does
not parse their YAML again (nor import the YAML reader).

Parsing the 32 built-in rule and language files took a tenth of a second at every start. An
entry holds the plain data of every file a registry reads, as `marshal` data, named after the
files' paths and contents (or, for a registry's files none of which changed in the last
seconds, their stats: `parsed_files`), newslint's version and the YAML reader: an edited rule
file, a new newslint or a new reader parses again. Rules decide what is reported, so an entry
is signed with the user's secret (`user_cache.machine_secret`) like the result cache: one
planted or edited by anyone else, or damaged, does not verify and counts as a miss, and so
does one whose content is not plain YAML data (mappings, lists, strings, numbers, booleans).
"""
from __future__ import annotations

import marshal
import os
import time

from . import __version__
from .digests import digest, keyed, same
from .user_cache import cache_file, machine_secret, save

TYPE_CHECKING = False  # typing's flag, without importing typing: a run never does (~3 ms)
if TYPE_CHECKING:
    from os import PathLike
    from typing import Callable, Union

    Path = Union[str, PathLike]  # a file's path (a run's own are strings: no `pathlib`)

FORMAT = b"NSRULES1"
_TAG_BYTES = 32
_PLAIN = frozenset((str, int, float, bool, type(None)))
RACY_NS = 2_000_000_000  # a file changed this close to the run is named by its content (as the result cache)
_YAMLIO = os.path.join(os.path.dirname(__file__), "yamlio.py")  # the YAML reader, part of every name


def parsed(files: list[tuple[Path, str]], parse: Callable[[Path, str], dict]) -> list[dict]:
    """`parse(path, text)` of every (path, text), from the cache when an earlier run parsed the
    same files; parsed in order otherwise, so the first bad file is the error reported."""
    return parsed_signed(files, parse)[0]


def parsed_json(path: Path) -> dict:
    """The mapping in a JSON file (a model's weights), from the cache when an earlier run parsed
    the same file: importing `json` and parsing the capital model cost about 2.5 ms a start."""
    with open(path, encoding="utf-8") as handle:
        text = handle.read()
    return parsed([(path, text)], _json_mapping)[0]


def _json_mapping(path: Path, text: str) -> dict:
    import json  # only when the file is not in the cache

    data = json.loads(text)
    if not isinstance(data, dict):
        raise ValueError(f"{path}: not a JSON object")
    return data


def parsed_signed(files: list[tuple[Path, str]], parse: Callable[[Path, str], dict]) -> tuple[list[dict], str]:
    """`parsed(files, parse)`, and the signature of the files' contents (and of newslint's
    version), which names what is kept of them."""
    return _kept(_name(files), len(files), lambda: [parse(file, text) for file, text in files])


def parsed_files(paths: list[Path], read: Callable[[Path], str],
                 parse: Callable[[Path, str], dict]) -> tuple[list[dict], str]:
    """`parsed_signed` of the files' texts (`read`), named by the files' stats instead when none
    changed in the last RACY_NS: the rule files are then not read at all on a hit (reading and
    digesting the 32 built-in ones, ~0.5 MB, cost a one-file run ~2.5 ms). A file whose stat is
    unchanged (size, times, inode: its change time cannot be set back) holds what it held; one
    changed within the file system's clock tick of being read would not show it, hence the wait.
    A miss by stats looks for the entry a run inside that wait kept by content before parsing."""
    name = stat_name(paths)
    if name is None:
        return parsed_signed([(path, read(path)) for path in paths], parse)

    def by_content() -> list[dict]:
        # a miss by stats: a run within RACY_NS of a change kept the files by their content
        files = [(path, read(path)) for path in paths]  # all read first: an unreadable file is the error
        found = _found(machine_secret(), _name(files), len(files))
        return found if found is not None else [parse(path, text) for path, text in files]

    return _kept(name, len(paths), by_content)


def _kept(name: str, count: int, parse_all: Callable[[], list[dict]]) -> tuple[list[dict], str]:
    secret = machine_secret()
    found = _found(secret, name, count)
    if found is not None:
        return found, name
    data = parse_all()
    if secret:
        payload = marshal.dumps(data)
        save(cache_file("rules", f"{name}.bin"), _tag(secret, name, payload) + payload)
    return data, name


def _found(secret: bytes, name: str, count: int) -> list[dict] | None:
    """The entry kept under `name`, signed with `secret`; None without one or a secret."""
    return _read(cache_file("rules", f"{name}.bin"), secret, name, count) if secret else None


def _read(path: Path, secret: bytes, name: str, count: int) -> list[dict] | None:
    try:
        with open(path, "rb") as handle:
            raw = handle.read()
    except OSError:
        return None
    tag, payload = raw[:_TAG_BYTES], raw[_TAG_BYTES:]
    if not same(tag, _tag(secret, name, payload)):
        return None
    try:
        data = marshal.loads(payload)
    except (ValueError, EOFError, TypeError):
        return None
    if not (isinstance(data, list) and len(data) == count and all(isinstance(item, dict) for item in data)
            and _plain(data)):
        return None
    return data


def _plain(root: object) -> bool:
    """Only mappings of strings, lists and scalars, as `yamlio.load_yaml` gives them (marshal
    makes no subclasses, so the exact types are compared: twice as fast over the many strings)."""
    stack = [root]
    while stack:
        value = stack.pop()
        kind = type(value)
        if kind is dict:
            if not all(type(key) in _PLAIN for key in value):
                return False
            items = value.values()
        elif kind is list:
            items = value
        else:
            if kind not in _PLAIN:
                return False
            continue
        for item in items:
            kind = type(item)
            if kind is dict or kind is list:
                stack.append(item)
            elif kind not in _PLAIN:
                return False
    return True


def _tag(secret: bytes, name: str, payload: bytes) -> bytes:
    return keyed(secret, FORMAT + name.encode("ascii") + payload).digest()


def stat_name(paths: list[Path]) -> str | None:
    """A name from the files' stats (and the YAML reader's), None when one is missing or changed
    in the last RACY_NS."""
    oldest = time.time_ns() - RACY_NS
    stats = digest(FORMAT + b"stat\0" + __version__.encode() + b"\0")
    for path in (_YAMLIO, *paths):
        try:
            info = os.stat(path)
        except (OSError, ValueError):
            return None
        if max(info.st_mtime_ns, info.st_ctime_ns) > oldest:
            return None
        stats.update(f"{path}\0{info.st_size}:{info.st_mtime_ns}:{info.st_ctime_ns}:{info.st_ino}\0"
                     .encode("utf-8", "surrogateescape"))
    return stats.hexdigest()[:32]


def _name(files: list[tuple[Path, str]]) -> str:
    contents = digest(FORMAT + __version__.encode() + b"\0")
    with open(_YAMLIO, "rb") as handle:
        contents.update(handle.read())
    for file, text in files:
        contents.update(b"\0" + str(file).encode("utf-8", "surrogateescape") + b"\0")
        contents.update(text.encode("utf-8", "surrogatepass"))
    return contents.hexdigest()[:32]

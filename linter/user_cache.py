"""newslint's folder in the user's cache (`$XDG_CACHE_HOME/newslint`, else `~/.cache/newslint`):
data derived from installed packages and rule files (word lexicons, the language model,
compiled patterns, parsed rules), never from articles, and the secret that signs what must
not be planted. Every file is rebuilt when missing, so deleting the folder is always safe.

Each kind of data has its own folder, and a file's name carries the signature of what it was
built from, so an upgrade or an edited rule file writes new files beside the old ones. Writing
one therefore prunes its folder to the newest files within `FOLDER_BUDGET_BYTES` and
`FOLDER_MAX_FILES`: a folder keeps the last few builds, never every build since install."""
from __future__ import annotations

import importlib.util
import mmap
import os
from functools import lru_cache

from .atomic import TEMPORARY_PREFIX, write_atomic
from .digests import digest
from .errors import InputError, NewslintError
from .source import read_regular_file

TYPE_CHECKING = False  # typing's flag, without importing typing: a run never does (~3 ms)
if TYPE_CHECKING:
    from os import PathLike
    from pathlib import Path

SECRET_BYTES = 32
# What one folder of derived data may hold: two builds of the language model (about 97 MB
# each), a few installs' lexicons, the rule sets of many custom rule folders.
FOLDER_BUDGET_BYTES = 256 * 1024 * 1024
FOLDER_MAX_FILES = 128


def cache_path(*parts: str) -> Path:
    from pathlib import Path

    return Path(cache_file(*parts))


def cache_file(*parts: str) -> str:
    """`cache_path` as a string: a run's own paths are strings, so it does not import `pathlib`
    (with `urllib.parse`, `ipaddress`, `fnmatch` and `re`: ~6 ms of a one-file run)."""
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(base, "newslint", *parts)


def package_data_signature(package: str, patterns: tuple[str, ...], salt: bytes) -> str:
    """Names the files of `package`'s `data` folder that match `patterns` (their names, sizes
    and times) and `salt`, without importing the package: a cache built from them is stale
    when this changes."""
    spec = importlib.util.find_spec(package)
    folders = spec.submodule_search_locations or () if spec else ()
    data = os.path.join(next(iter(folders)), "data") if folders else None
    files = digest(salt)
    for pattern in patterns if data else ():
        for name in globbed(data, pattern):
            try:
                stat = os.stat(os.path.join(data, name))
            except OSError:
                continue
            files.update(f"{name}:{stat.st_size}:{stat.st_mtime_ns};".encode())
    return files.hexdigest()[:16]


def globbed(folder: str, pattern: str) -> list[str]:
    """The sorted names of the folder's entries that `pattern` matches, where `*` stands for any
    characters (and nothing else is special): `sorted(Path(folder).glob(pattern))`'s names for
    such a pattern, without `fnmatch` and the `re` it imports."""
    try:
        with os.scandir(folder) as entries:
            return sorted(entry.name for entry in entries if star_match(entry.name, pattern))
    except OSError:
        return []


def star_match(name: str, pattern: str) -> bool:
    """Whether `name` matches `pattern`, whose only wildcard is `*` (any characters)."""
    parts = pattern.split("*")
    first, last = parts[0], parts[-1]
    if len(parts) == 1:
        return name == pattern
    if len(name) < len(first) + len(last) or not name.startswith(first) or not name.endswith(last):
        return False
    position, end = len(first), len(name) - len(last)
    for part in parts[1:-1]:
        found = name.find(part, position, end)
        if found < 0:
            return False
        position = found + len(part)
    return True


def mapped(path: str | PathLike) -> memoryview:
    """The file's bytes mapped into memory (read-only): a run touches only the pages it reads."""
    with open(path, "rb") as handle:
        return memoryview(mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ))


def save(path: str | PathLike, data: bytes) -> None:
    """Write atomically and prune the folder; a folder that cannot be written only costs
    rebuilding next time."""
    folder, name = os.path.split(os.fspath(path))
    try:
        os.makedirs(folder, exist_ok=True)
        write_atomic(os.fspath(path), data, durable=False)
    except (OSError, NewslintError):
        return
    prune(folder, keep=name)


def prune(folder: str | PathLike, keep: str) -> None:
    """Delete the folder's oldest files (by modification time) beyond `FOLDER_MAX_FILES` or
    `FOLDER_BUDGET_BYTES`, never `keep` and never another process's temporary file. A file
    that another process still has open stays readable to it (POSIX); one that cannot be
    deleted is left."""
    folder = os.fspath(folder)
    if os.path.normpath(folder) == os.path.normpath(cache_file()):  # the secret's folder holds no builds
        return
    try:
        with os.scandir(folder) as entries:
            files = [(info.st_mtime_ns, info.st_size, entry.path) for entry in entries
                     if entry.name != keep and not entry.name.startswith(TEMPORARY_PREFIX)
                     and entry.is_file(follow_symlinks=False)
                     for info in (entry.stat(follow_symlinks=False),)]
    except OSError:
        return
    files.sort(reverse=True)
    try:
        total = os.stat(os.path.join(folder, keep)).st_size
    except OSError:
        total = 0
    for count, (_, size, file) in enumerate(files, start=2):  # `keep` is the first
        total += size
        if count > FOLDER_MAX_FILES or total > FOLDER_BUDGET_BYTES:
            try:
                os.unlink(file)
            except OSError:
                pass


def secret_path() -> Path:
    return cache_path("secret")


@lru_cache(maxsize=1)
def machine_secret() -> bytes:
    """This user's cache secret, created on first use; empty (signed caches off) when it cannot be kept.

    A secret file that others may read, or that someone else owns, is replaced: a file checked
    out from a repository (mode 0644) is never taken for one.
    """
    path = cache_file("secret")
    try:
        info = os.stat(path)
        if info.st_mode & 0o077 == 0 and info.st_uid == _uid():
            secret = read_regular_file(path, 1024)
            if len(secret) == SECRET_BYTES:
                return secret
    except (OSError, InputError):
        pass
    try:
        os.makedirs(os.path.dirname(path), exist_ok=True)
        import secrets  # only to create the secret, once

        write_atomic(path, secrets.token_bytes(SECRET_BYTES))
        os.chmod(path, 0o600)
        secret = read_regular_file(path, 1024)  # another process may have won the race
    except (OSError, NewslintError):
        return b""
    return secret if len(secret) == SECRET_BYTES else b""


def _uid() -> int:
    return os.geteuid() if hasattr(os, "geteuid") else 0  # Windows: st_uid is always 0

"""Compiled regular expressions, and data worked out from them, kept in the user's cache.

Compiling a `regex` pattern runs its parser in Python: a millisecond for a small one, a quarter
of a second for the line rules' big alternations, at every start. A compiled pattern pickles as
its compiled code, so the cache keeps that code (as `marshal` data: plain values, nothing to
execute) and rebuilds the pattern from it in microseconds, the way unpickling does.

Entries live in one file per scope (the modules' own patterns, or one language's rule
patterns), mapped once per process: a run maps the files of the languages its articles are in,
not a file per pattern, and reads only the entries it asks for. A file's index (each entry's
place and digest, under a digest of its key) is signed with the user's secret
(`user_cache.machine_secret`), and an entry is read only when its bytes have the digest the
index names, so a damaged or planted file or entry is not read but rebuilt (signing the whole
file cost a one-file run a few ms per language, reading entries it never used), and it is named after the build of
`regex`'s engine and the source of the modules that shape the derived data, so what it holds
has the shape this code wrote; what a process compiles anew is added to its scope's file by
`save_new`, and a file grown past MAX_BYTES keeps only what the last process used. Rebuilding
needs only `regex`'s C engine (`regex_engine`): a run that compiles nothing anew does not
import `regex`.
"""
from __future__ import annotations

import marshal
import os
from functools import lru_cache

from .digests import blake2b, digest, keyed, same
from .regex_engine import engine
from .user_cache import cache_file, machine_secret, mapped, save

TYPE_CHECKING = False  # typing's flag, without importing typing: a run never does (~3 ms)
if TYPE_CHECKING:
    from typing import Callable, TypeVar

    import regex

    Data = TypeVar("Data")

FORMAT = b"NSPATTERNS3"
MAX_BYTES = 4_000_000
COMMON = ""  # the scope of patterns that belong to no language (the modules' own)
_TAG_BYTES = 32
_LENGTH_BYTES = 4  # the index's length, before it
_DIGEST_BYTES = 16
_PATTERN = "pattern"
_TEMPLATE = "template"
# The modules whose code decides what the derived entries hold.
_SHAPERS = ("compiled.py", "regex_facts.py", "needles.py", "line_matcher.py")


class _Scope:
    """One scope's entries: those of its file, each found through the file's index and read
    (checked against its digest there, then decoded) when first asked for, and those this
    process added. A run maps the file and touches only the entries it uses (a language's file
    holds every rule's patterns, a few MB; a one-file run uses a fraction of them)."""

    def __init__(self, path: str, secret: bytes):
        self.path, self.secret = path, secret
        self.body, self.entries = _read(path, secret)
        self.added: set[tuple] = set()  # the keys this process compiled or derived
        self.unsaved = False
        self.decoded: dict[tuple, object] = {}
        self.built: dict[tuple, regex.Pattern] = {}  # the patterns rebuilt in this process
        self.used: set[bytes] = set()

    def has(self, key: tuple) -> bool:
        """Whether the signed index names an entry for `key` (made once: a pattern that
        compiled), the entry itself unread: the rules ask this of every pattern they may build
        later, and reading those a run never builds decoded ~0.9 MB for the seed."""
        if key in self.decoded:
            return True
        name = _name(key)
        if name not in self.entries:
            return False
        self.used.add(name)
        return True

    def get(self, key: tuple):
        value = self.decoded.get(key)
        if value is None:
            name = _name(key)
            data = _entry(self.body, self.entries[name]) if name in self.entries else None
            if data is None:
                return None
            self.used.add(name)
            try:
                value = self.decoded[key] = marshal.loads(data)
            except (ValueError, EOFError, TypeError):
                return None
        return value

    def put(self, key: tuple, value: object) -> None:
        name = _name(key)
        self.entries[name] = marshal.dumps(value)
        self.decoded[key] = value
        self.used.add(name)
        self.added.add(key)
        self.unsaved = True

    def save(self) -> None:
        """Write the entries back, with what other processes added meanwhile."""
        body, entries = _read(self.path, self.secret)
        merged = {name: bytes(data) for name, where in entries.items() if (data := _entry(body, where)) is not None}
        merged.update((name, bytes(data)) for name, where in self.entries.items()
                      if (data := _entry(self.body, where)) is not None)
        self.body = body = None  # unmapped before the file is replaced (Windows keeps a mapped file)
        if sum(map(len, merged.values())) > MAX_BYTES:
            merged = {name: data for name, data in merged.items() if name in self.used}
        index, offset = {}, 0
        for name, data in merged.items():
            index[name] = (offset, len(data), _digest(data))
            offset += len(data)
        header = marshal.dumps(index)
        head = len(header).to_bytes(_LENGTH_BYTES, "little") + header
        save(self.path, _tag(self.secret, head) + head + b"".join(merged.values()))
        self.entries, self.unsaved = merged, False


def _name(key: tuple[str, int, str]) -> bytes:
    """The name an entry is filed under: a digest of its kind, flags and source's digest (a
    source, up to tens of KB, which the index would otherwise repeat, is digested once a
    process: a line rule's pattern names its compiled code, its filing and more)."""
    kind, flags, source = key
    source_digest = _source_digests.get(source)
    if source_digest is None:
        source_digest = _source_digests[source] = _digest(source.encode("utf-8", "surrogatepass"))
    return blake2b(marshal.dumps((kind, flags, source_digest)), digest_size=_DIGEST_BYTES).digest()


_source_digests: dict[str, bytes] = {}


def _digest(data: bytes) -> bytes:
    return blake2b(data, digest_size=_DIGEST_BYTES).digest()


def _entry(body: memoryview | None, where: bytes | tuple[int, int, bytes]) -> bytes | memoryview | None:
    """An entry's marshal data: kept bytes, or its place in the mapped file if the bytes there
    are the ones the signed index names (None for a damaged entry)."""
    if isinstance(where, bytes):
        return where
    offset, length, expected = where
    data = body[offset:offset + length] if body is not None else b""
    return data if len(data) == length and same(_digest(data), expected) else None


_scopes: dict[tuple[str, str | None, str | None], _Scope | None] = {}


def _scope(name: str) -> _Scope | None:
    """The entries of scope `name`, read on first use; None when nothing can be kept (no secret)."""
    where = (name, os.environ.get("XDG_CACHE_HOME"), os.environ.get("HOME"))
    if where in _scopes:
        return _scopes[where]
    secret = machine_secret()
    plain = name.isascii() and name.replace("-", "").replace("_", "").isalnum() and len(name) <= 16
    safe = (name if plain else digest(name.encode("utf-8", "surrogatepass")).hexdigest()[:16]) if name else "common"
    found = _scopes[where] = _Scope(cache_file("compiled", f"{safe}-{_code_version()}.bin"), secret) if secret else None
    return found


@lru_cache(maxsize=1)
def _code_version() -> str:
    """The build of `regex`'s engine (its file's size and time: the compiled code is that
    build's) and a digest of the modules that shape the entries."""
    shapers = digest(FORMAT)
    for name in _SHAPERS:
        shapers.update(_file_bytes(os.path.join(os.path.dirname(__file__), name)))
    built = os.stat(engine().__file__)
    return f"{built.st_size:x}{built.st_mtime_ns:x}-{shapers.hexdigest()[:16]}"


def compile_cached(source: str, flags: int = 0, scope: str = COMMON) -> regex.Pattern:
    """`regex.compile(source, flags)`, rebuilt from the cache when an earlier run compiled it."""
    store = _scope(scope)
    key = (_PATTERN, int(flags), source)
    if store is None:
        return _compiled(source, flags)
    pattern = store.built.get(key)
    if pattern is not None:
        return pattern
    code = store.get(key)
    if isinstance(code, tuple) and code and code[0] == source:
        try:  # the engine's `compile` rebuilds a pattern from its code, as unpickling does
            pattern = store.built[key] = engine().compile(*code)
            return pattern
        except Exception:  # noqa: BLE001 - code this engine does not take: compile anew
            pass
    pattern = store.built[key] = _compiled(source, flags)
    code = _code(pattern)
    if code is not None:
        store.put(key, code)
    return pattern


def _compiled(source: str, flags: int) -> regex.Pattern:
    import regex  # only to compile a pattern anew

    return regex.compile(source, flags)


def _code(pattern: regex.Pattern) -> tuple | None:
    """The pattern's compiled code, as `regex` pickles it (None if it pickles otherwise)."""
    import copyreg

    rebuild, code = copyreg.dispatch_table[type(pattern)](pattern)
    return code if rebuild is engine().compile else None


def expand_cached(match: regex.Match, template: str, scope: str = COMMON) -> str:
    """`match.expand(template)`, the template read once by `regex` and kept in the cache: the
    engine reads a template with `regex`'s parser, which a warm run does not import."""
    if "\\" not in template:
        return template  # a literal, as the engine takes it
    pattern = match.re
    items = derived_cached(_TEMPLATE, f"{pattern.pattern}\0{template}", pattern.flags,
                           lambda: tuple(_template_items(pattern, template)), scope)
    return "".join(item if isinstance(item, str) else match.group(item) or "" for item in items)


def _template_items(pattern: regex.Pattern, template: str) -> list[str | int]:
    """The literal pieces and group numbers of a replacement template, as the engine asks
    `regex` for them."""
    from regex._main import _compile_replacement_helper

    return _compile_replacement_helper(pattern, template)


def compiled_before(source: str, flags: int = 0, scope: str = COMMON) -> bool:
    """Whether the cache holds the pattern's code: it compiled, so it is a valid pattern."""
    store = _scope(scope)
    return store is not None and store.has((_PATTERN, int(flags), source))


def derived_cached(kind: str, source: str, flags: int, derive: Callable[[], Data], scope: str = COMMON) -> Data:
    """`derive()`, plain data (tuples, strings, numbers) worked out from a pattern, from the
    cache when an earlier run derived it for the same pattern and flags (an entry read back
    from a signed file is what this code wrote: its shape needs no checking)."""
    store = _scope(scope)
    key = (kind, int(flags), source)
    stored = store.get(key) if store is not None else None
    if stored is not None:
        return stored
    data = derive()
    if store is not None:
        store.put(key, data)
    return data


def source_digest(module: str, *neighbours: str) -> str:
    """A short digest of a module's source file and of files beside it (paths relative to its
    folder), for naming derived data after the code that derives it."""
    sources = digest()
    for path in (module, *(os.path.join(os.path.dirname(module), name) for name in neighbours)):
        sources.update(_file_bytes(path))
    return sources.hexdigest()[:16]


def _file_bytes(path: str) -> bytes:
    with open(path, "rb") as handle:
        return handle.read()


def save_new() -> None:
    """Write the scopes this process added entries to (after a document is linted)."""
    for store in list(_scopes.values()):
        if store is not None and store.unsaved:
            store.save()


def _read(path: str, secret: bytes) -> tuple[memoryview | None, dict]:
    """The file's body, mapped, and its index (entry name -> offset, length and digest in the
    body); nothing when the file is missing or its index is not signed with `secret`."""
    try:
        raw = mapped(path)
    except (OSError, ValueError):  # missing, or empty (nothing to map)
        return None, {}
    start = _TAG_BYTES + _LENGTH_BYTES
    end = start + int.from_bytes(raw[_TAG_BYTES:start], "little")
    head = raw[_TAG_BYTES:end]
    if end > len(raw) or not same(raw[:_TAG_BYTES], _tag(secret, head)):
        return None, {}
    try:
        index = marshal.loads(head[_LENGTH_BYTES:])
    except (ValueError, EOFError, TypeError):
        return None, {}
    return (raw[end:], index) if isinstance(index, dict) else (None, {})


def _tag(secret: bytes, payload: bytes) -> bytes:
    return keyed(secret, FORMAT + payload).digest()

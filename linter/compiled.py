"""Compiled regular expressions, and data worked out from them, kept in the user's cache.

Compiling a `regex` pattern runs its parser in Python: a millisecond for a small one, a quarter
of a second for the line rules' big alternations, at every start. A compiled pattern pickles as
its compiled code, so the cache keeps that code (as `marshal` data: plain values, nothing to
execute) and rebuilds the pattern from it in microseconds, the way unpickling does.

Entries live in one file per scope (the modules' own patterns, or one language's rule
patterns), read once per process: a run reads the files of the languages its articles are in,
not a file per pattern. A file is signed with the user's secret (`user_cache.machine_secret`),
so a damaged or planted one does not verify and is rebuilt, and it is named after the build of
`regex`'s engine and the source of the modules that shape the derived data, so what it holds
has the shape this code wrote; what a process compiles anew is added to its scope's file by
`save_new`, and a file grown past MAX_BYTES keeps only what the last process used. Rebuilding
needs only `regex`'s C engine (`regex_engine`): a run that compiles nothing anew does not
import `regex`.
"""
from __future__ import annotations

import hashlib
import hmac
import marshal
import os
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Callable, TypeVar

from .regex_engine import engine
from .user_cache import cache_path, machine_secret, save

if TYPE_CHECKING:
    import regex

FORMAT = b"NSPATTERNS2"
MAX_BYTES = 4_000_000
COMMON = ""  # the scope of patterns that belong to no language (the modules' own)
_TAG_BYTES = 32
_PATTERN = "pattern"
_TEMPLATE = "template"
# The modules whose code decides what the derived entries hold.
_SHAPERS = ("compiled.py", "regex_facts.py", "needles.py", "line_matcher.py")
Data = TypeVar("Data")


class _Scope:
    """One scope's entries, each kept as its own `marshal` data and decoded when first asked
    for (a run uses about half of what its languages' files hold): those read from its file,
    and those this process added."""

    def __init__(self, path: Path, secret: bytes):
        self.path, self.secret = path, secret
        self.entries = _read(path, secret)
        self.decoded: dict[tuple, object] = {}
        self.built: dict[tuple, regex.Pattern] = {}  # the patterns rebuilt in this process
        self.used: set[tuple] = set()
        self.added = False

    def has(self, key: tuple) -> bool:
        if key in self.entries:
            self.used.add(key)
            return True
        return False

    def get(self, key: tuple):
        value = self.decoded.get(key)
        if value is None and self.has(key):
            try:
                value = self.decoded[key] = marshal.loads(self.entries[key])
            except (ValueError, EOFError, TypeError):
                return None
        return value

    def put(self, key: tuple, value: object) -> None:
        self.entries[key] = marshal.dumps(value)
        self.decoded[key] = value
        self.used.add(key)
        self.added = True

    def save(self) -> None:
        """Write the entries back, with what other processes added meanwhile."""
        merged = {**_read(self.path, self.secret), **self.entries}
        payload = marshal.dumps(merged)
        if len(payload) > MAX_BYTES:
            payload = marshal.dumps({key: value for key, value in merged.items() if key in self.used})
        save(self.path, _tag(self.secret, payload) + payload)
        self.added = False


_scopes: dict[tuple[str, str | None, str | None], _Scope | None] = {}


def _scope(name: str) -> _Scope | None:
    """The entries of scope `name`, read on first use; None when nothing can be kept (no secret)."""
    where = (name, os.environ.get("XDG_CACHE_HOME"), os.environ.get("HOME"))
    if where in _scopes:
        return _scopes[where]
    secret = machine_secret()
    plain = name.isascii() and name.replace("-", "").replace("_", "").isalnum() and len(name) <= 16
    safe = (name if plain else hashlib.sha256(name.encode("utf-8", "surrogatepass")).hexdigest()[:16]) if name else "common"
    found = _scopes[where] = _Scope(cache_path("compiled", f"{safe}-{_code_version()}.bin"), secret) if secret else None
    return found


@lru_cache(maxsize=1)
def _code_version() -> str:
    """The build of `regex`'s engine (its file's size and time: the compiled code is that
    build's) and a digest of the modules that shape the entries."""
    digest = hashlib.sha256(FORMAT)
    for name in _SHAPERS:
        digest.update(Path(__file__).with_name(name).read_bytes())
    built = os.stat(engine().__file__)
    return f"{built.st_size:x}{built.st_mtime_ns:x}-{digest.hexdigest()[:16]}"


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
    digest = hashlib.sha256()
    for path in (Path(module), *(Path(module).parent / name for name in neighbours)):
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def save_new() -> None:
    """Write the scopes this process added entries to (after a document is linted)."""
    for store in list(_scopes.values()):
        if store is not None and store.added:
            store.save()


def _read(path: Path, secret: bytes) -> dict:
    try:
        raw = path.read_bytes()
    except OSError:
        return {}
    tag, payload = raw[:_TAG_BYTES], raw[_TAG_BYTES:]
    if not hmac.compare_digest(tag, _tag(secret, payload)):
        return {}
    try:
        entries = marshal.loads(payload)
    except (ValueError, EOFError, TypeError):
        return {}
    return entries if isinstance(entries, dict) else {}


def _tag(secret: bytes, payload: bytes) -> bytes:
    return hmac.new(secret, FORMAT + payload, hashlib.sha256).digest()

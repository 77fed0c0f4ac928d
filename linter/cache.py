"""The result cache: one JSON file per file content, settings, rule set and newslint version,
and an index of the whole tree, read and written once per run.

Entries are trusted to say "this file has these findings", so nobody but this machine's user
may be able to plant one: a key is a MAC (keyed BLAKE2b, `linter.digests`) under a secret kept in the user's cache folder
(`$XDG_CACHE_HOME/newslint/secret`, created on first use), never in the cache folder itself.
A cache folder that was committed, restored from elsewhere or edited by someone else only
misses. What is read is checked field by field; anything else counts as a miss.

The index (`index` in the cache folder, `marshal` data signed as a whole with the same secret)
maps each file to its stat (size, mtime, ctime, inode), the MAC of everything but its content
(newslint, rules, settings, path) and its content key and findings (`cached_result`), with
the findings as the run's output format writes them when it is one that keeps them
(`--format json`). A file whose stat and context match is served without being read (nor its
findings checked field by field: the signature says this code wrote them; nor decoded, when
their kept rendering is written); any other is read and hashed as before. A run that changes
a few records writes only those, to `index-recent` (signed the same way), read over the index;
the index is written whole again when they grow to an eighth of it. A stat is only
recorded when the file was last changed well before it was read, so that an edit within the
file system's clock tick after the read cannot hide behind an unchanged stat (git's "racily
clean" files).
"""
from __future__ import annotations

import json
import marshal
import os
import stat
import time
from functools import lru_cache

from . import __version__
from .atomic import remove_stale_temporaries, write_atomic
from .cached_result import SEVERITIES, IndexedResult, index_entry
from .config import Settings
from .diagnostic import Diagnostic, Fix
from .digests import blake2b, digest, keyed, same
from .errors import InputError, NewslintError
from .result import FileResult
from .rules_cache import stat_name
from .rulesdir import CAPITAL_MODEL_FILE, MODEL_FILE, builtin_rules_folder, rule_file_paths
from .source import read_regular_file
from .user_cache import machine_secret

TYPE_CHECKING = False  # typing's flag, without importing typing: a run never does (~3 ms)
if TYPE_CHECKING:
    from os import PathLike
    from typing import Callable

DEFAULT_DIR = ".newslint_cache"
MAX_ENTRY_BYTES = 50_000_000
INDEX_FILE = "index"
RECENT_FILE = "index-recent"  # the records changed since the index was last written whole
RECENT_SHARE = 8  # ... while they are at most an eighth of the records
MAX_INDEX_BYTES = 200_000_000
RACY_NS = 2_000_000_000  # a file changed this close to the read keeps no stat: coarse clocks, skew


class Cache:
    """FileResults stored under `directory`; unreadable, corrupt or invalid entries count as misses."""

    def __init__(self, directory: str | PathLike = DEFAULT_DIR, secret: bytes | None = None):
        self.root = os.fspath(directory)  # (a string: `pathlib` costs a served run ~6 ms of imports)
        self.secret = secret if secret is not None else machine_secret()
        self._swept: set[str] = set()
        self._index: dict[str, list] | None = None  # read on first lookup
        self._recent: dict[str, list] = {}  # the records of RECENT_FILE, and those this run changed
        self._index_changed = False
        self._pending: dict[str, tuple[str, list | None, blake2b]] = {}  # key: index name, stat, context
        # The run's output format that keeps its rendering of each file's findings in the index,
        # and its renderer (`Reporter.cached_output`, `Reporter.render`); None: none is kept.
        self.output: tuple[str, Callable[[FileResult], str]] | None = None

    def key(self, path: str, settings: Settings) -> str | None:
        """The entry for a file as it is now, or None when it cannot be read (linting will say why)
        or there is no secret to sign with (the cache is then off)."""
        context = self._context(path, settings)
        return None if context is None else self._content_key(path, settings, context)

    def lookup(self, path: str, settings: Settings) -> tuple[str | None, FileResult | None]:
        """A file's key (None: not cacheable; also None on an index hit, which needs none) and
        its cached result (None: lint it)."""
        context = self._context(path, settings)
        if context is None:
            return None, None
        name = os.path.abspath(path)
        record = self._read_index().get(name)
        now = time.time_ns()
        try:
            info = os.stat(path)
        except (OSError, ValueError):
            return None, None
        signature = _signature(info, now)
        if record is not None and signature is not None and record[0] == signature \
                and record[1] == context.hexdigest():
            return None, self._with_output(name, record[3], IndexedResult.of(record[3]))
        key = self._content_key(path, settings, context)
        if key is None:
            return None, None
        entry = record[3] if record is not None and record[2] == key else None
        hit = IndexedResult.of(entry) if entry is not None else self.load(key)
        if hit is None:
            self._pending[key] = (name, signature, context)
            return key, None
        entry = index_entry(hit) if entry is None else entry
        self._record(name, signature, context, key, entry)
        return key, self._with_output(name, entry, hit)

    def _with_output(self, name: str, entry: dict, result: FileResult) -> FileResult:
        """The result with its findings as the run's output format writes them, made once and
        kept in its index entry (the record of `name`)."""
        if self.output is None or not result.finding_count():
            return result
        output, render = self.output
        outputs = entry["rendered"]
        if output not in outputs:
            outputs[output] = render(result)
            if name in self._index:
                self._recent[name] = self._index[name]
                self._index_changed = True
        result.rendered[output] = outputs[output]
        return result

    def save_index(self) -> None:
        """Write what this run changed in the index, a folder that cannot be written is only slower:
        while the records changed since the index was written whole are few, only those (a
        re-run after an edit rewrites one small file, not the whole tree's findings)."""
        if not self._index_changed or not self.secret:
            return
        whole = len(self._recent) * RECENT_SHARE > len(self._index)
        payload = marshal.dumps(self._index if whole else self._recent)
        try:
            self._prepare_folder(self.root)
            write_atomic(os.path.join(self.root, INDEX_FILE if whole else RECENT_FILE),
                         _sign(self.secret, payload) + b"\n" + payload, durable=False)
            if whole:
                _remove(os.path.join(self.root, RECENT_FILE))
                self._recent = {}
        except (OSError, NewslintError):
            pass
        self._index_changed = False

    def _context(self, path: str, settings: Settings) -> blake2b | None:
        if not self.secret:
            return None
        context = _settings_context(self.secret, settings, time.localtime().tm_year).copy()
        context.update(path.encode("utf-8", "surrogateescape") + b"\0")
        return context

    def _content_key(self, path: str, settings: Settings, context: blake2b) -> str | None:
        try:
            data = read_regular_file(path, settings.max_file_size)
        except InputError:
            return None
        content = context.copy()
        content.update(data)
        return content.hexdigest()

    def _read_index(self) -> dict[str, list]:
        """The index with the recent records over it. Every record is signed and says only what
        held for its file's stat, context and content, so any of them may be served whichever
        file it comes from: a damaged file is ignored, the other is still read."""
        if self._index is None:
            self._recent = self._read_records(RECENT_FILE)
            self._index = self._read_records(INDEX_FILE)
            self._index.update(self._recent)
        return self._index

    def _read_records(self, file: str) -> dict[str, list]:
        try:
            data = read_regular_file(os.path.join(self.root, file), MAX_INDEX_BYTES)
            end = data.find(b"\n")
            signature, payload = data[:end], memoryview(data)[end + 1:]  # (the payload, MBs, not copied)
            if end >= 0 and same(signature, _sign(self.secret, payload)):
                return {name: record for name, record in _of(marshal.loads(payload), dict).items() if _well_formed(record)}
        except (InputError, ValueError, EOFError, KeyError, TypeError, RecursionError):
            pass
        return {}

    def _record(self, name: str, signature: list | None, context: blake2b, key: str, entry: dict) -> None:
        record = [signature, context.hexdigest(), key, entry]
        if self._read_index().get(name) != record:
            self._index[name] = self._recent[name] = record
            self._index_changed = True

    def load(self, key: str) -> FileResult | None:
        try:
            raw = read_regular_file(self._entry(key), MAX_ENTRY_BYTES)
            return _decode(json.loads(raw.decode("utf-8")))
        except (InputError, ValueError, KeyError, TypeError, RecursionError):
            return None

    def store(self, key: str, result: FileResult) -> None:
        """Save a result; errors are not cached, and a cache that cannot be written is only slower.

        Nor is a result a check could not contribute to (LanguageTool down): the next run retries it.
        """
        if result.error is not None or result.warnings:
            return
        entry = self._entry(key)
        if key in self._pending:
            indexed = index_entry(result)
            self._with_output(self._pending[key][0], indexed, result)
            self._record(*self._pending.pop(key), key, indexed)
        try:
            self._prepare_folder(os.path.dirname(entry))
            # ASCII JSON: paths that are not UTF-8 travel as \udcXX escapes and come back the same.
            write_atomic(entry, json.dumps(_encode(result)).encode("ascii"), durable=False)
        except (OSError, NewslintError):
            pass

    def _prepare_folder(self, folder: str) -> None:
        os.makedirs(folder, exist_ok=True)
        if folder not in self._swept:  # once per folder and run: a killed run's leftovers
            self._swept.add(folder)
            remove_stale_temporaries(folder)
        ignore = os.path.join(self.root, ".gitignore")
        if not os.path.exists(ignore):
            write_atomic(ignore, b"# Created by newslint: never commit this folder.\n*\n", durable=False)

    def _entry(self, key: str) -> str:
        return os.path.join(self.root, key[:2], f"{key}.json")


def _encode(result: FileResult) -> dict:
    return {
        "path": result.path, "language": result.language, "language_source": result.language_source,
        "lines": {str(n): text for n, text in result.lines.items()},
        "diagnostics": [[d.path, d.line, d.column, d.end_line, d.end_column, d.rule, d.message,
                         d.severity.value, None if d.fix is None else [d.fix.replacement, d.fix.safe],
                         d.start, d.end] for d in result.diagnostics],
        "notices": result.notices,
    }


@lru_cache(maxsize=64)
def _settings_context(secret: bytes, settings: Settings, year: int) -> blake2b:
    """The MAC of all a file's context but its path: newslint, its rules, the settings, and
    the year of the run (tense-year reads an undated article in the year it is linted)."""
    context = keyed(secret)
    for part in (__version__, _code_digest(), _rules_digest(settings.rules_paths), repr(settings), str(year)):
        context.update(part.encode("utf-8", "surrogateescape") + b"\0")
    return context


def _decode(raw: dict) -> FileResult:
    """A FileResult from an entry, every field of its type; TypeError or ValueError otherwise."""
    if not isinstance(raw, dict):
        raise TypeError("entry")
    diagnostics = []
    for item in _of(raw["diagnostics"], list):
        path, line, column, end_line, end_column, rule, message, severity, fix, start, end = _of(item, list)
        numbers = (line, column, end_line, end_column, start, end)
        if not all(type(n) is int and n >= 0 for n in numbers):
            raise TypeError("position")
        if fix is not None:
            fix = Fix(_of(_of(fix, list)[0], str), _of(fix[1], bool))
        diagnostics.append(Diagnostic(_of(path, str), line, column, end_line, end_column, _of(rule, str),
                                      _of(message, str), SEVERITIES[severity], fix, start, end))
    lines = {int(n): _of(text, str) for n, text in _of(raw["lines"], dict).items()}
    notices = [_of(notice, str) for notice in _of(raw.get("notices", []), list)]
    return FileResult(_of(raw["path"], str), diagnostics, _optional_str(raw["language"]),
                      _optional_str(raw["language_source"]), lines=lines, notices=notices)


def _signature(info: os.stat_result, now: int) -> list | None:
    """What says a regular file is unchanged, or None when it changed too recently to trust it."""
    if not stat.S_ISREG(info.st_mode) or max(info.st_mtime_ns, info.st_ctime_ns) > now - RACY_NS:
        return None
    return [info.st_size, info.st_mtime_ns, info.st_ctime_ns, info.st_ino]


def _sign(secret: bytes, payload: bytes | memoryview) -> bytes:
    signature = keyed(secret, b"newslint index 4\0")
    signature.update(payload)  # (not joined to the prefix: a copy of MBs)
    return signature.hexdigest().encode("ascii")


def _well_formed(record) -> bool:
    return (isinstance(record, list) and len(record) == 4 and (record[0] is None or isinstance(record[0], list))
            and isinstance(record[1], str) and isinstance(record[2], str) and isinstance(record[3], dict))


def _of(value, kind: type):
    if not isinstance(value, kind):
        raise TypeError(kind.__name__)
    return value


def _optional_str(value) -> str | None:
    return None if value is None else _of(value, str)


@lru_cache(maxsize=1)
def _code_digest() -> str:
    """newslint's own source files by name, size and time of change, so that an edited check
    never serves stale results (without reading the source at every run)."""
    package = os.path.dirname(os.path.abspath(__file__))
    found = []
    for folder, _, names in os.walk(package):  # (not `pathlib`'s rglob: its imports and walk cost ~5 ms a run)
        relative = os.path.relpath(folder, package)
        found.extend((() if relative == "." else tuple(relative.split(os.sep))) + (name,)
                     for name in names if name.endswith(".py"))
    sources = digest()
    for parts in sorted(found):
        try:
            info = os.stat(os.path.join(package, *parts))
        except OSError:
            continue
        sources.update(f"{'/'.join(parts)}:{info.st_size}:{info.st_mtime_ns}\0".encode("utf-8", "surrogateescape"))
    return sources.hexdigest()


@lru_cache(maxsize=32)
def _rules_digest(rules_paths: tuple[str, ...]) -> str:
    """The files the registry reads from the built-in rule folder and the user folders, and the
    models' weights: named by their stats when none changed in the last seconds (as the parsed
    rules are, `rules_cache.stat_name`: the files are then not read, ~0.5 MB digested at every
    run), else by their contents."""
    files = [path for folder in (builtin_rules_folder(), *rules_paths) for group in rule_file_paths(folder)
             for path in group]
    models = [os.path.join(builtin_rules_folder(), name) for name in (MODEL_FILE, CAPITAL_MODEL_FILE)]
    files += [model for model in models if os.path.isfile(model)]
    return stat_name(files) or _digest(files)


def _digest(files: list[str]) -> str:
    contents = digest()
    for file in files:
        contents.update(file.encode("utf-8", "surrogateescape") + b"\0")
        try:
            contents.update(read_regular_file(file))
        except InputError:
            contents.update(b"<unreadable>")
        contents.update(b"\0")
    return contents.hexdigest()


def _remove(path: str) -> None:
    try:
        os.unlink(path)
    except FileNotFoundError:
        pass

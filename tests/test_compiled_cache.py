"""Compiled patterns and the data derived from them come back from the user's cache only when
the file holding them is this user's and undamaged; otherwise they are compiled again."""
from __future__ import annotations

import pytest
import regex

from linter import compiled, user_cache

SOURCE = r"(?<![\w.])(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|(?:Foto|Photo):\s*\w+)(?![\w])"
TEXTS = ("Foto: Reuters", "12/05/2024", "photo: x", "1.2.2024x", "")
fresh_compile = regex.compile  # the real one, also while a test refuses compiling


@pytest.fixture
def cache_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    user_cache.machine_secret.cache_clear()
    compiled._scopes.clear()
    yield tmp_path / "xdg" / "newslint" / "compiled"
    user_cache.machine_secret.cache_clear()
    compiled._scopes.clear()


def next_process() -> None:
    """Forget what this process read and built, as a new run starts with nothing."""
    compiled._scopes.clear()


def no_compiling(monkeypatch) -> None:
    def refuse(source, flags=0):
        raise AssertionError(f"compiled {source!r} again")

    monkeypatch.setattr(compiled, "_compiled", refuse)


def same_answers(pattern: regex.Pattern, flags: int) -> None:
    fresh = fresh_compile(SOURCE, flags)
    assert (pattern.pattern, pattern.flags) == (fresh.pattern, fresh.flags)
    for text in TEXTS:
        assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in fresh.finditer(text)]


def test_a_later_run_rebuilds_the_pattern_without_compiling(cache_dir, monkeypatch):
    compiled.compile_cached(SOURCE, regex.I, "it")
    compiled.save_new()
    next_process()
    no_compiling(monkeypatch)
    same_answers(compiled.compile_cached(SOURCE, regex.I, "it"), regex.I)
    assert compiled.compiled_before(SOURCE, regex.I, "it") and not compiled.compiled_before(SOURCE, 0, "it")


def test_each_language_has_its_own_file(cache_dir):
    compiled.compile_cached(SOURCE, 0, "it")
    compiled.compile_cached(SOURCE, 0, "de")
    compiled.compile_cached(SOURCE)
    compiled.save_new()
    assert sorted(path.name.split("-")[0] for path in cache_dir.iterdir()) == ["common", "de", "it"]


def test_derived_data_is_derived_once(cache_dir):
    calls = []

    def derive():
        calls.append(1)
        return (("a", "b"), None, 3)

    assert compiled.derived_cached("facts-test", SOURCE, 0, derive, "en") == (("a", "b"), None, 3)
    compiled.save_new()
    next_process()
    assert compiled.derived_cached("facts-test", SOURCE, 0, derive, "en") == (("a", "b"), None, 3)
    assert calls == [1]


@pytest.mark.parametrize("damage", ["flip", "truncate", "other-user"])
def test_a_damaged_or_planted_file_is_not_read(cache_dir, monkeypatch, damage):
    compiled.compile_cached(SOURCE, 0, "it")
    compiled.save_new()
    (entry,) = cache_dir.iterdir()
    raw = bytearray(entry.read_bytes())
    if damage == "flip":
        raw[len(raw) // 2] ^= 0xFF
    elif damage == "truncate":
        del raw[len(raw) // 2:]
    else:  # signed with another secret: planted by someone else
        other = b"x" * user_cache.SECRET_BYTES
        head = bytes(raw[32:36 + int.from_bytes(raw[32:36], "little")])  # the index's length, the index
        raw = bytearray(compiled._tag(other, head) + raw[32:])
    entry.write_bytes(bytes(raw))
    next_process()
    if damage == "other-user":  # damage to the entry leaves the signed index: the pattern compiled once
        assert not compiled.compiled_before(SOURCE, 0, "it")
    same_answers(compiled.compile_cached(SOURCE, 0, "it"), 0)
    compiled.save_new()  # rewritten whole
    next_process()
    no_compiling(monkeypatch)
    same_answers(compiled.compile_cached(SOURCE, 0, "it"), 0)


def test_without_a_secret_patterns_are_compiled_every_time(cache_dir, monkeypatch):
    monkeypatch.setattr(compiled, "machine_secret", lambda: b"")
    same_answers(compiled.compile_cached(SOURCE, 0, "it"), 0)
    compiled.save_new()
    assert not cache_dir.exists()


def test_a_file_grown_too_big_keeps_what_the_last_run_used(cache_dir, monkeypatch):
    for number in range(40):
        compiled.compile_cached(f"{SOURCE}|x{number}", 0, "it")
    compiled.save_new()
    next_process()
    monkeypatch.setattr(compiled, "MAX_BYTES", 2000)
    compiled.compile_cached(SOURCE, 0, "it")
    compiled.compile_cached(f"{SOURCE}|x7", 0, "it")
    compiled.save_new()
    next_process()
    assert compiled.compiled_before(SOURCE, 0, "it") and compiled.compiled_before(f"{SOURCE}|x7", 0, "it")
    assert not compiled.compiled_before(f"{SOURCE}|x8", 0, "it")


def test_a_bad_pattern_is_still_an_error(cache_dir):
    with pytest.raises(regex.error):
        compiled.compile_cached("(unclosed", 0, "it")


def test_asking_whether_a_pattern_compiled_reads_no_entry(cache_dir):
    """The rules ask it of every pattern they may build later: decoding the code of those a run
    never builds cost a one-file run ~0.9 MB of reading (the signed index answers)."""
    compiled.compile_cached(SOURCE, 0, "it")
    compiled.save_new()
    next_process()
    assert compiled.compiled_before(SOURCE, 0, "it") and not compiled.compiled_before(f"{SOURCE}|x", 0, "it")
    assert compiled._scope("it").decoded == {}

"""The user cache keeps the last few builds of each kind of data, not every build since install."""
from __future__ import annotations

import os

import pytest

from linter import user_cache


@pytest.fixture
def cache_home(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    return tmp_path / "newslint"


def _age(path, seconds_ago: int) -> None:
    stamp = path.stat().st_mtime - seconds_ago
    os.utime(path, (stamp, stamp))


def test_saving_a_new_build_deletes_the_oldest_beyond_the_file_count(cache_home, monkeypatch):
    monkeypatch.setattr(user_cache, "FOLDER_MAX_FILES", 3)
    for index in range(5):
        user_cache.save(user_cache.cache_path("rules", f"build{index}.bin"), b"x")
        _age(user_cache.cache_path("rules", f"build{index}.bin"), 100 - index)
    user_cache.save(user_cache.cache_path("rules", "newest.bin"), b"x")
    assert sorted(os.listdir(cache_home / "rules")) == ["build3.bin", "build4.bin", "newest.bin"]


def test_the_byte_budget_keeps_the_new_file_even_when_it_alone_is_over(cache_home, monkeypatch):
    monkeypatch.setattr(user_cache, "FOLDER_BUDGET_BYTES", 10)
    user_cache.save(user_cache.cache_path("langid", "old.bin"), b"a" * 8)
    _age(user_cache.cache_path("langid", "old.bin"), 60)
    user_cache.save(user_cache.cache_path("langid", "new.bin"), b"b" * 20)
    assert os.listdir(cache_home / "langid") == ["new.bin"]
    assert (cache_home / "langid" / "new.bin").read_bytes() == b"b" * 20


def test_other_processes_temporary_files_other_folders_and_the_secret_are_left(cache_home, monkeypatch):
    monkeypatch.setattr(user_cache, "FOLDER_MAX_FILES", 1)
    user_cache.machine_secret.cache_clear()
    secret = user_cache.machine_secret()
    (cache_home / "lexicon").mkdir(parents=True)
    temporary = cache_home / "lexicon" / ".newslint-123-abc.tmp"
    temporary.write_bytes(b"half written")
    (cache_home / "compiled").mkdir()
    (cache_home / "compiled" / "other.bin").write_bytes(b"y")
    user_cache.save(user_cache.cache_path("lexicon", "a.trie"), b"x")
    _age(user_cache.cache_path("lexicon", "a.trie"), 60)
    user_cache.save(user_cache.cache_path("lexicon", "b.trie"), b"x")
    assert sorted(os.listdir(cache_home / "lexicon")) == [".newslint-123-abc.tmp", "b.trie"]
    assert (cache_home / "compiled" / "other.bin").exists()
    assert user_cache.secret_path().read_bytes() == secret
    user_cache.machine_secret.cache_clear()


def test_a_folder_within_its_limits_is_untouched(cache_home):
    for name in ("one.bin", "two.bin"):
        user_cache.save(user_cache.cache_path("rules", name), b"z" * 100)
    assert sorted(os.listdir(cache_home / "rules")) == ["one.bin", "two.bin"]

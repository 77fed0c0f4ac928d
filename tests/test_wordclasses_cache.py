"""The word-class tables load from a trie in the user's cache after the first run, answer as
the compressed text does, and a damaged cached trie is read afresh, never trusted."""
from __future__ import annotations

import pytest

from linter import wordclasses


@pytest.fixture
def fresh_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    wordclasses._table.cache_clear()
    yield tmp_path / "newslint" / "wordclasses"
    wordclasses._table.cache_clear()


def _answers(language: str, words: list[str]) -> list[str | None]:
    return [wordclasses.lower_case_class(word, language) for word in words]


@pytest.mark.parametrize("language", ["it", "en", "de", "nl"])
def test_the_cached_trie_answers_as_the_text_table(fresh_cache, language):
    text_table = wordclasses._read_table(wordclasses._FOLDER / f"{language}.txt.gz")
    words = sorted(text_table)[::97] + ["zzqxv", ""]
    first = _answers(language, words)
    wordclasses._table.cache_clear()
    assert isinstance(wordclasses._table(language), wordclasses._ClassTrie)
    assert _answers(language, words) == first == [text_table.get(word) for word in words]


def test_a_damaged_cached_trie_is_read_afresh(fresh_cache):
    expected = _answers("it", ["inoltre", "roma", "abbonamento"])
    wordclasses._table.cache_clear()
    for cached in fresh_cache.glob("it-*.trie"):
        cached.write_bytes(cached.read_bytes()[:4000])
    assert _answers("it", ["inoltre", "roma", "abbonamento"]) == expected
    assert isinstance(wordclasses._table("it"), dict)


def test_a_language_without_a_table_has_no_class(fresh_cache):
    assert wordclasses.lower_case_class("casa", "xx") is None
    assert wordclasses.lower_case_class("casa", None) is None

"""The shipped word classes: which words a language writes only in lower case, and as what; after
the first run they load from a trie in the user's cache that answers as the compressed text does,
and a damaged cached trie is read afresh, never trusted."""
from __future__ import annotations

import os

import pytest

from linter import wordclasses
from linter.wordclasses import ADJECTIVE, ADVERB, NOUN, VERB, lower_case_class


def test_each_language_ships_its_table():
    for language, word in (("en", "hospital"), ("de", "gestern"), ("it", "trimestre"), ("nl", "verkeerd"),
                           ("fr", "rapidement"), ("es", "tractores"), ("pt", "vegetação")):
        assert lower_case_class(word, language) is not None, (language, word)


def test_classes_follow_the_readings():
    assert lower_case_class("warnte", "de") == VERB
    assert lower_case_class("ziemlich", "de") == ADJECTIVE  # an adjective and an adverb
    assert lower_case_class("partially", "en") == ADVERB
    assert lower_case_class("hospital", "en") == NOUN
    assert lower_case_class("were", "en") == VERB


def test_a_word_also_written_as_a_name_or_german_noun_has_no_class():
    assert lower_case_class("rose", "en") is None  # `Rose` is a name
    assert lower_case_class("haus", "de") is None  # German writes its nouns with a capital
    assert lower_case_class("snel", "nl") is None  # `Snel` is a surname


def test_no_language_or_an_unknown_one_has_no_classes():
    assert lower_case_class("hospital", None) is None
    assert lower_case_class("hospital", "xx") is None


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
    text_table = wordclasses._read_table(os.path.join(wordclasses._FOLDER, f"{language}.txt.gz"))
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


"""The compact lexicon answers exactly as wordfreq does, for the words articles hold."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest
import regex

from linter.document import WORD
from linter.lexicon import SUPPORTED, _ONE_TOKEN, _token, known, zipf

ROOT = Path(__file__).resolve().parents[1]
wordfreq = pytest.importorskip("wordfreq")


def corpus_words() -> list[str]:
    words: set[str] = set()
    for path in [*ROOT.glob("tests/corpus/*.txt"), *ROOT.glob("tests/corpus/*.md"), *ROOT.glob("seeds/*.txt")]:
        for match in WORD.finditer(path.read_text(encoding="utf-8")):
            words.update((match.group(), match.group().lower()))
    edge = ["straße", "ﬁnal", "İstanbul", "Ångström", "ŉ", "µs", "c't", "l'Europa", "e-mail", "2024", "h24",
            "ΚΑΛΗΜΕΡΑ", "Привет", "日本語"]
    return sorted(words) + edge


@pytest.mark.parametrize("language", sorted(SUPPORTED))
def test_zipf_and_known_match_wordfreq(language):
    for word in corpus_words():
        expected = wordfreq.zipf_frequency(word, language)
        assert zipf(word, language) == expected, word
        in_either = expected > 0 or wordfreq.zipf_frequency(word, "en") > 0
        assert known(word, language) == in_either, word


def test_a_word_of_letters_is_the_one_token_wordfreq_looks_up():
    from wordfreq.tokens import lossy_tokenize

    letters = [chr(c) for c in range(0x41, 0x2000) if _ONE_TOKEN.fullmatch(chr(c))]
    assert len(letters) > 500
    for letter in letters:
        word = f"ab{letter}cd"
        assert lossy_tokenize(word, "it") == [_token(word)], repr(letter)


def test_unsupported_languages_have_no_frequencies():
    assert zipf("casa", "pl") == 0.0 and not known("casa", None)


@pytest.mark.parametrize("language", ["it", "de", "en"])
def test_builds_words_counts_the_commonest_words_wordfreq_lists(language):
    from bisect import bisect_left
    from itertools import islice

    from wordfreq import iter_wordlist

    from linter.lexicon import _PREFIX_MIN_TAIL, _PREFIX_MIN_WORDS, _PREFIX_VOCABULARY, builds_words

    common = sorted(islice(iter_wordlist(language), _PREFIX_VOCABULARY))
    prefixes = {word[:size] for word in common[::97] for size in (1, 2, 3, 4, 6)} | {"zzq", "über", "ß", "l'"}
    for prefix in sorted(prefixes):
        start = bisect_left(common, prefix)
        end = bisect_left(common, prefix + "\U0010ffff")
        longer = sum(1 for word in common[start:end] if len(word) >= len(prefix) + _PREFIX_MIN_TAIL)
        assert builds_words(prefix, language) == (longer >= _PREFIX_MIN_WORDS), prefix


@pytest.mark.parametrize("damaged", [".trie", ".zipf"])
def test_a_damaged_lexicon_file_is_rebuilt(tmp_path, monkeypatch, damaged):
    from linter import lexicon_store, user_cache

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    user_cache.machine_secret.cache_clear()
    first = lexicon_store.load("nl")
    expected = [first.centizipf(word) for word in ("het", "regering", "fiets", "qqqx")]
    (path,) = (tmp_path / "newslint" / "lexicon").glob(f"nl-*{damaged}")
    path.write_bytes(path.read_bytes()[:100])
    again = lexicon_store.load("nl")
    assert [again.centizipf(word) for word in ("het", "regering", "fiets", "qqqx")] == expected
    assert expected[0] > expected[2] > 0 and expected[3] is None

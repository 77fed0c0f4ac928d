"""Words of several tokens get wordfreq's own answer from the lexicon, without wordfreq."""
from __future__ import annotations

from pathlib import Path

import pytest
import regex

from linter.lexicon import SUPPORTED, _lexicon, _token
from linter.wordfreq_tokens import tokens, zipf_of_tokens

ROOT = Path(__file__).resolve().parents[1]
wordfreq = pytest.importorskip("wordfreq")


def several_token_words() -> list[str]:
    """The corpora's words with hyphens, digits or an apostrophe, and numbers and years."""
    words: set[str] = set()
    paths = [*ROOT.glob("tests/corpus/*.txt"), *ROOT.glob("tests/corpus/*.md"), *ROOT.glob("seeds/*.txt"),
             *ROOT.glob("tests/corpus-extra/*/*.txt"), *ROOT.glob("tests/corpus-extra/*/*.md")]
    for path in paths:
        for word in regex.findall(r"[\p{L}\p{N}'’-]+", path.read_text(encoding="utf-8")):
            word = word.strip("-'’")
            if regex.search(r"[-'’\d]", word):
                words.update((word, word.lower()))
    numbers = {str(n) for n in [*range(0, 150), *range(1890, 2080), 250, 999, 1000, 10000, 123456]}
    shapes = {"porte-parole", "l'impasto", "L'Italia", "d’Italia", "dell'esercito", "aujourd'hui", "don't",
              "23-jährige", "COVID-19", "qu'il", "l'x", "e-mail", "mi-journée", "05", "007",
              "1ste", "x2o", "covid19", "rbb24", "2023er", "a1b22c333", "mp3", "11ste", "G7", "set2019",
              "torhã¼ter", "a--b", "-", "x²", "1½", "«ciao»", "10€", "a/b", "(l'uomo)", "bis…",
              "dell'8", "all’82", "l'11", "dall'1", "dell'8a", "all'8ª", "nell'2024", "Dell'11esimo"}
    return sorted(words | numbers | shapes)


@pytest.mark.parametrize("language", sorted(SUPPORTED))
def test_several_tokens_combine_as_wordfreq_does(language):
    lexicon = _lexicon(language)
    handled = 0
    for word in several_token_words():
        found = tokens(word)
        if found is None:
            continue
        handled += 1
        assert zipf_of_tokens([_token(t) for t in found], lexicon.centizipf) == wordfreq.zipf_frequency(word, language), word
    assert handled > 500


def test_an_apostrophe_before_a_number_is_a_break():
    """`dell'8 settembre`: Italian dates elide before the day; wordfreq cuts there whatever the
    word before (importing it for such a word cost a one-file run some 0.8 s)."""
    assert tokens("dell'8") == ["dell", "8"]
    assert tokens("all’82") == ["all", "82"]
    assert tokens("l'11esimo") == ["l", "11esimo"]
    assert tokens("ab'cd'8") is None  # two apostrophes: wordfreq's own


def test_shapes_it_does_not_know_are_left_to_wordfreq():
    for word in ("l'aujourd'hui", "µs", "日本語", "e_mail", "a,b", "a.b", "a©b", "a_b"):
        assert tokens(word) is None, word

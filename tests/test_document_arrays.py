"""The Document's compact word and line storage answers as the plain lists it replaces."""
from __future__ import annotations

import random

import pytest

from linter.document import LOWER_PIECE, WORD, Lines, Token, Words, line_offsets, lower_pieces
from linter.needles import NeedleFinder, Needles
from linter.formats import build_document
from linter.sentences import BLOCK, CONTINUE, SENTENCE, word_contexts

TEXTS = [
    "",
    "\n",
    "Una riga.",
    "Il governo l’ha detto.\n\nPoi: «basta»!\n",
    "a\nb\n\n\nc",
    "Lo stato-nazione, 2024-25 e l'anno\n  rientrato\u00a0qui.\n",
]


@pytest.mark.parametrize("text", TEXTS)
def test_lines_cut_as_split_would(text):
    lines = Lines(text, line_offsets(text))
    expected = text.split("\n")
    assert list(lines) == expected
    assert len(lines) == len(expected)
    assert [lines[i] for i in range(-len(expected), len(expected))] == expected * 2
    assert lines[1:3] == expected[1:3]
    with pytest.raises(IndexError):
        lines[len(expected)]


@pytest.mark.parametrize("text", TEXTS)
def test_words_are_the_word_pattern_matches(text):
    words = Words(text)
    expected = [Token(m.group(), m.start(), m.end()) for m in WORD.finditer(text)]
    assert list(words) == expected
    assert [words[i] for i in range(len(expected))] == expected
    assert words[-1:] == expected[-1:]
    assert words.texts == [token.text for token in expected]


def test_contexts_give_each_word_its_boundary_and_neighbours():
    doc = build_document("Il governo ha deciso. Poi si vedrà.\n\nNuovo paragrafo qui.\n", "a.txt")
    doc.language = "it"
    contexts = word_contexts(doc)
    assert contexts.texts == ["Il", "governo", "ha", "deciso", "Poi", "si", "vedrà", "Nuovo", "paragrafo", "qui"]
    assert [contexts[i].boundary for i in (0, 1, 4, 7)] == [BLOCK, CONTINUE, SENTENCE, BLOCK]
    poi = contexts[4]
    assert (poi.prev.text, poi.next.text, poi.gap_before) == ("deciso", "si", ". ")
    assert contexts[7].prev is None and contexts[6].next is None  # a paragraph ends the sentence's neighbours
    assert list(contexts)[4] == poi


def test_big_texts_are_lowered_a_piece_at_a_time_as_a_whole():
    # A final sigma lowers by the letters around it; `İ` grows to two characters.
    rng = random.Random(3)
    letters = "ΣΑσς İAb’'.\u0345 \n"
    for size in (LOWER_PIECE - 1, LOWER_PIECE + 1, 3 * LOWER_PIECE + 7):
        text = "".join(rng.choice(letters) for _ in range(size))
        assert "".join(lower_pieces(text)) == text.lower()
    assert "".join(lower_pieces("Σ" * (2 * LOWER_PIECE))) == ("Σ" * (2 * LOWER_PIECE)).lower()  # no place to cut


def test_needles_are_found_across_the_pieces_of_a_big_text():
    finder = NeedleFinder()
    finder.add([Needles((frozenset({"x via", "ap ne"}),), frozenset("€")), Needles((frozenset({"q"}),))])
    for text in ("X" * LOWER_PIECE + " VIA AP NEWS", "a " * LOWER_PIECE + "x", "x v" * LOWER_PIECE + "€", ""):
        whole = finder.present([text.lower()], text)
        assert finder.present(lower_pieces(text), text) == whole
    assert finder.present(lower_pieces("X" * LOWER_PIECE + " VIA AP NEWS"), "").needles == {"x via", "ap ne"}
    needles = Needles((frozenset({"x via", "q"}), frozenset({"ap ne"})))
    for text in ("X" * LOWER_PIECE + " VIA AP NEWS", "X" * LOWER_PIECE + " VIA", "a " * LOWER_PIECE, ""):
        assert needles.may_match_text(text) == needles.may_match(text.lower(), text)
    assert needles.may_match_text("X" * LOWER_PIECE + " VIA AP NEWS")

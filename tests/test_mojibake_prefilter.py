"""The mojibake check asks ftfy only about chunks that can be bad: the cheap test it runs first
lets through every chunk ftfy's badness pattern matches, so skipping the others loses nothing."""
from __future__ import annotations

from ftfy.badness import is_bad

from linter.checks.mojibake import _MAYBE_BAD

# Letters, digits and punctuation beside one character beyond ASCII (a chunk has no space).
CONTEXTS = ("", "a", "z", "A", "Z", "e", "1", ".", ",", "?", "!", "_", "'", "-")
BEYOND_ASCII = [chr(code) for code in (*range(0x80, 0x590), *range(0x2000, 0x2600), 0xF8FF, 0xFB01, 0xFB02, 0xFFFD)]


def test_no_chunk_ftfy_judges_bad_is_skipped():
    missed = [left + char + right for char in BEYOND_ASCII for left in CONTEXTS for right in CONTEXTS
              if is_bad(left + char + right) and not _MAYBE_BAD.search(left + char + right)]
    assert missed == []


def test_real_accented_words_skip_ftfy():
    for word in ("città", "perché", "Straße", "über", "français", "año", "não", "één", "œuvre."):
        assert not is_bad(word)
    assert not any(_MAYBE_BAD.search(word) for word in ("città", "perché", "Straße", "über", "français", "año"))


def test_the_characters_of_mojibake_reach_ftfy():
    for chunk in ("cittÃ", "â€™s", "Ã¨", "l\u0080x", "dâ€”"):
        assert _MAYBE_BAD.search(chunk), chunk

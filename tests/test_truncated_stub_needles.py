"""truncated-text: the scan for a continuation stub (`Read More`, `Leggi tutto`, case-insensitive
after an ellipsis) runs only on a text that holds what every stub holds (`read more`, `leggi
tutto`, ...): tried at every character, it cost more than any other pattern of the rules on
articles without one. The stubs found are the same.

Every example here is written for this file.
"""
from __future__ import annotations

import pytest

from linter.checks import truncation
from linter.engine import lint_text

PLAIN = ("The council approved the budget on Tuesday evening after a long debate.\n\n"
         "The mayor said the town would read the plans again before the vote.\n")


@pytest.fixture
def scans(monkeypatch) -> list[str]:
    """The texts the stub scan searched."""
    searched: list[str] = []
    real = truncation._lines_with
    monkeypatch.setattr(truncation, "_lines_with",
                        lambda ending, text, pattern: searched.append(text) or real(ending, text, pattern))
    return searched


def stubs(text: str, language: str) -> list[str]:
    return [d.message for d in lint_text(text, language=language)
            if d.rule == "truncated-text" and d.message.startswith("continuation stub")]


def test_a_text_without_a_stubs_words_is_not_scanned(scans):
    assert stubs(PLAIN, "en") == [] and scans == []


@pytest.mark.parametrize("language, text, stub", [
    ("en", "The council approved the budget on Tuesday evening after a long debate nogRead More\n", "Read More"),
    ("it", "Il consiglio ha approvato il bilancio martedì sera dopo un lungo dibattito. Leggi tutto\n",
     "Leggi tutto"),
    ("de", "Der Rat hat den Haushalt am Dienstagabend nach langer Debatte beschlossen… weiterlesen mit LA+\n",
     "… weiterlesen mit LA+"),
    ("nl", "De raad keurde de begroting dinsdagavond goed na een lang debat en [lees verder]\n",
     "[lees verder]"),
])
def test_a_stub_is_still_found(scans, language, text, stub):
    assert stubs(text, language) == [f"continuation stub '{stub}' glued to the text: the article was cut here"]
    assert scans

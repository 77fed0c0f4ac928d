"""merged-words: a name in camel case next to a noun that a product's name goes with (`the app
iTide`, `die Plattform bergKompass`) is the product's name, written so on purpose; a link's join
there still counts when a function word or a word the language writes only in lower case sits at
the cut (`the appThe`, `la plataforma vecinalRuta`).

Every example here is written for this file.
"""
from __future__ import annotations

import pytest

from lint_support import merged


@pytest.mark.parametrize("language, sentence", [
    ("en", "Residents can follow the repairs through the city's iTide app, which sends a daily update."),
    ("en", "The county warns drivers through the iRoute system when a bridge closes."),
    ("de", "Wanderer finden die Lage der Hütten in der App gipfelPlan, die der Alpenverein betreibt."),
])
def test_product_name_beside_its_noun_is_not_a_join(language: str, sentence: str) -> None:
    assert merged(sentence, language) == []


@pytest.mark.parametrize("language, sentence, join", [
    ("en", "The council said the appThe service would reopen on Monday after the repairs.", "appThe"),
    ("es", "La concejala presentó la web delAyuntamiento durante el pleno de ayer por la tarde.", "delAyuntamiento"),
])
def test_join_beside_a_product_noun_is_still_found(language: str, sentence: str, join: str) -> None:
    assert merged(sentence, language) == [join]

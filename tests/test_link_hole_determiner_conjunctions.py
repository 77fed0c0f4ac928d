"""link-hole, seventeenth session: an article or possessive that never stands alone, after a
preposition, straight before a conjunction (`pediu uma reunião com o e com a ministra`): its noun,
the first conjunct, was a link, as before punctuation (`selon son .`). Determiners that are
pronouns too are not in the language's `bare_determiners` (`met haar en`, `di suo e`).

Every example here is written for this file.
"""
from __future__ import annotations

import pytest

from lint_support import holes


@pytest.mark.parametrize("language, sentence, hole", [
    ("pt", "O autarca pediu uma reunião com o e com a ministra do Trabalho.", "com o e"),
    ("es", "La alcaldesa se reunió con la y con el consejero de Sanidad.", "con la y"),
    ("fr", "Le maire a rencontré les responsables avec leur et le préfet.", "avec leur et"),
])
def test_a_bare_determiner_before_a_conjunction_is_a_hole(language: str, sentence: str, hole: str) -> None:
    assert holes(sentence, language) == [hole]


@pytest.mark.parametrize("language, sentence", [
    ("pt", "O autarca pediu uma reunião com o presidente e com a ministra."),   # the noun is there
    ("nl", "Hij sprak met haar en met de burgemeester."),                      # a pronoun too
    ("it", "Ha messo del suo e ha vinto."),
    ("es", "Habló con su hermano y con la alcaldesa."),
])
def test_a_determiner_with_its_noun_or_a_pronoun_before_a_conjunction_is_left_alone(language: str, sentence: str) -> None:
    assert holes(sentence, language) == []

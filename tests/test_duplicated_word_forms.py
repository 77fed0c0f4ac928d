"""duplicated-word: doubles in other forms than two identical words, and the look-alikes they leave
alone: a preposition doubled after a colon (German `Land: Für für`), a long compound noun doubled
(no name made of a doubled word is that long), a word doubled after its elided article
(`l'histoire histoire`), a negation doubled before its verb (`no no cubren`).

Every example here is written for this file.
"""
from __future__ import annotations

import pytest

from lint_support import rules


SLIPS = [
    ("de", "Die Kammer verweist auf den Bund: Für für neue Gleise sei das Land zuständig."),
    ("de", "Der Rat will mit den Kreisverwaltungen Kreisverwaltungen über die Kosten reden."),
    ("nl", "De wethouder wil met de woningcorporaties woningcorporaties praten."),
    ("fr", "Le livre retrace l'évolution évolution du quartier depuis 1950."),
    ("it", "Il museo racconta la storia dell'industria industria tessile della valle."),
    ("it", "Il sindaco ha parlato dell'alluvione alluvione di ottobre."),
    ("es", "Los vecinos dicen que el ayuntamiento no no atiende sus quejas."),
    ("pt", "A direção garante que a empresa não não vai fechar a fábrica."),
]

LOOK_ALIKES = [
    ("de", "Er will nur sein Leben leben."),
    ("en", "Residents of Wagga Wagga voted."),
    ("it", "\"E l'uva che c'era era buona\", ha detto il viticoltore."),
    ("fr", "Le club de l'Aquila Aquila Rugby a gagné."),
    ("es", "«No no, eso no lo vamos a aceptar», respondió."),
    ("es", "Le preguntaron si iría y dijo que no, no irá."),
    ("pt", "Não não, obrigado, respondeu o autarca."),
]


@pytest.mark.parametrize("language, sentence", SLIPS)
def test_a_double_in_another_form_is_a_slip(language: str, sentence: str) -> None:
    assert "duplicated-word" in rules(sentence, language)


@pytest.mark.parametrize("language, sentence", LOOK_ALIKES)
def test_grammatical_and_emphatic_doubles_stay_silent(language: str, sentence: str) -> None:
    assert "duplicated-word" not in rules(sentence, language)

"""merged-words: a word run into an elided function word (Italian `dell'`, `l'`, French `d'`,
`l'`), which lost its vowel before the next word and its space before itself; the elided words
of the language (`quell'`, `sant'`, `jusqu'`, `aujourd'hui`) and places named so (`Castell'…`)
are left alone.

Every example here is written for this file.
"""
from __future__ import annotations

import pytest

from lint_support import merged


@pytest.mark.parametrize("language, sentence, token", [
    ("it", "Il sindaco ha ringraziato i tecnicidell'azienda per il lavoro svolto.", "tecnicidell'azienda"),
    ("it", "Stando ai numerinell'ultimo bilancio, la spesa cresce.", "numerinell'ultimo"),
    ("it", "Dopol'incontro in prefettura, i sindacati hanno sospeso lo sciopero.", "Dopol'incontro"),
    ("fr", "La ville a lancé un appeld'offres pour la piscine.", "appeld'offres"),
    ("fr", "Les habitants du quartierl'ont appris lundi.", "quartierl'ont"),
])
def test_a_word_run_into_an_elided_function_word_is_found(language: str, sentence: str, token: str) -> None:
    assert merged(sentence, language) == [token]


@pytest.mark.parametrize("language, sentence", [
    ("it", "Quell'anno a Sant'Angelo nessun'altra festa durò mezz'ora, anch'essa all'aperto."),
    ("it", "La sagra di Castell'Alfero e quella di Castell'Azzara cadono lo stesso giorno."),
    ("fr", "Aujourd'hui, jusqu'à midi, quelqu'un attend puisqu'il pleut sur la presqu'île."),
    ("fr", "Sa grand'mère habite à l'entrée du village."),
])
def test_elided_words_and_names_are_left_alone(language: str, sentence: str) -> None:
    assert merged(sentence, language) == []

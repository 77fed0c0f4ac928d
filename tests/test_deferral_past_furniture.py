"""A finding that starts on a line another rule reports as a whole and runs on past it is not
one the other rules defer to: the paragraph after a tweet's signature keeps its own findings."""
from __future__ import annotations

import pytest

from linter.engine import lint_text

SIGNATURES = {
    "es": "— Plataforma Vecinal del Faro (@vecinosfaro) 3 de junio de 2025",
    "fr": "— Collectif Rives Vivantes (@rives_vivantes) 14 octobre 2025",
    "nl": "— Buurtvereniging Oostkade (@oostkade) 5 november 2025",
    "pt": "— Associação Rio Limpo (@riolimpo_pt) 15 de julho de 2025",
}
LEADS = {
    "es": ("El puerto quiere ampliar el muelle norte, y los vecinos temen perder la playa del barrio.",
           "el informe ambiental reconoce una posible pérdida de arena en el tramo oeste del paseo."),
    "fr": ("La commune veut agrandir le port de plaisance, et les riverains craignent pour la plage.",
           "la mairie assure pourtant que les travaux ne toucheront pas la dune au nord du port."),
    "nl": ("De gemeente wil de haven uitbreiden, en omwonenden vrezen voor het strand bij de kade.",
           "het college zegt dat de werkzaamheden het strand aan de noordkant niet raken."),
    "pt": ("A câmara quer alargar o porto de recreio, e os moradores temem perder a praia do bairro.",
           "o relatório ambiental admite uma possível perda de areia no troço oeste do passeio."),
}


@pytest.mark.parametrize("language", sorted(SIGNATURES))
def test_lowercase_start_after_a_tweet_signature(language: str) -> None:
    first, lowercase = LEADS[language]
    text = f"Titolo\n\n{first}\n\n{SIGNATURES[language]}\n\n{lowercase}\n\n{first}\n"
    found = {(d.rule, d.line) for d in lint_text(text, "a.txt", language=language)}
    assert ("embed-remnant", 5) in found
    assert ("lowercase-sentence-start", 7) in found


@pytest.mark.parametrize("language", sorted(SIGNATURES))
def test_a_paragraph_broken_mid_sentence_still_defers(language: str) -> None:
    first, lowercase = LEADS[language]
    broken = first.rsplit(" ", 3)[0]  # the first half of a paragraph the layout broke
    text = f"Titolo\n\n{broken}\n\n{lowercase}\n"
    found = {(d.rule, d.line) for d in lint_text(text, "a.txt", language=language)}
    assert ("lowercase-sentence-start", 5) not in found

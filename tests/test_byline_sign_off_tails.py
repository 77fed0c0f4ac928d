"""byline-remnant, issue 10's eighteenth session: a paragraph that ends, after its last sentence,
with the reporter signing off: the byline above the text again, its name (`… geven. – Anna
Vos`), an initial and the surname (`… plateau ». L. Girard`) or its initials (`… .fr. M.D.-R.`),
the byline above the text or glued to the lead. A name that is not the byline's, and the byline's
name inside a sentence, stay silent.

Every example here is written for this file.
"""
from __future__ import annotations

import pytest

from lint_support import spans

TEXTS = {
    "nl": ("Door Anna Vos", "De gemeenteraad beslist op 12 november over het voorstel, nadat de scholen hun mening hebben gegeven.",
           "Het zwembad blijft dit jaar gewoon open, zegt de wethouder."),
    "fr": ("Par Luc Girard", "Le maire s'est dit « fier d'un rallye qui fait vivre tout le plateau ».",
           "La prochaine édition est prévue au printemps, selon les organisateurs."),
}


def article(language: str, tail: str) -> str:
    byline, first, second = TEXTS[language]
    return f"Titel van het stuk\n\n{byline}\n\n{second}\n\n{first}{tail}\n\n{second}\n"


@pytest.mark.parametrize(("language", "tail", "sign"), [
    ("nl", " – Anna Vos", " – Anna Vos"),
    ("nl", " Anna Vos", " Anna Vos"),
    ("fr", " L. Girard", " L. Girard"),
])
def test_the_byline_signed_off_after_the_last_sentence(language: str, tail: str, sign: str) -> None:
    assert spans(article(language, tail), language, "byline-remnant")[-1:] == [sign]


def test_initials_of_a_byline_glued_to_the_lead() -> None:
    text = ("Titre\n\nPar Marc Dubois-RenaudLyon. Plus de 9 000 coureurs ont pris le départ dimanche matin, "
            "sous la pluie et dans le vent.\n\nLes résultats sont publiés sur le site de l'épreuve, course-lyon.fr. "
            "M.D.-R.\n\nLa prochaine édition est prévue au printemps.\n")
    assert " M.D.-R." in spans(text, "fr", "byline-remnant")


@pytest.mark.parametrize(("language", "tail"), [
    ("nl", " – Piet Smit"),
    ("fr", " J. Moreau"),
])
def test_a_name_that_is_not_the_bylines_stays(language: str, tail: str) -> None:
    assert spans(article(language, tail), language, "byline-remnant") == []


def test_the_bylines_name_in_a_sentence_stays() -> None:
    text = article("nl", " Volgens Anna Vos is dat te laat.")
    assert spans(text, "nl", "byline-remnant") == []

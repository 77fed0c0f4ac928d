"""truncated-text: a paragraph cut two or three letters into its last word (`al Ter`, `noodles
wi`), which the word-frequency lexicon counts as a string of its own (another language's word, a
fragment) far less often than the word it starts; and the short words a paragraph may end on.

Every example here is written for this file.
"""
from __future__ import annotations

import pytest

from linter.engine import lint_text

FRAME = ("{first}\n\n{second}\n\n{last}\n")
FIRST = {
    "en": ("The council approved the budget on Tuesday evening after a long debate.",
           "The mayor spoke of a historic day for the town and for all of its residents."),
    "it": ("Il consiglio comunale ha approvato il bilancio martedì sera dopo un lungo dibattito.",
           "Il sindaco ha parlato di una giornata storica per la città e per i suoi abitanti."),
    "es": ("El pleno aprobó el presupuesto el martes por la noche tras un largo debate.",
           "El alcalde habló de un día histórico para la ciudad y para todos sus vecinos."),
    "pt": ("A câmara aprovou o orçamento na terça-feira à noite depois de um longo debate.",
           "O presidente falou de um dia histórico para a cidade e para os seus habitantes."),
    "nl": ("De gemeenteraad keurde dinsdagavond na een lang debat de begroting goed.",
           "De burgemeester sprak van een historische dag voor de stad en haar inwoners."),
}


def truncated(language: str, last: str) -> int:
    first, second = FIRST[language]
    text = FRAME.format(first=first, second=second, last=last)
    return sum(d.rule == "truncated-text" for d in lint_text(text, language=language))


@pytest.mark.parametrize("language, last", [
    ("en", "A spokesman for the mayor said the new timetable would be published before the end of the mon"),
    ("it", "Resta da definire il futuro del difensore, che piace alla Salernitana e alla Reg"),
    ("es", "Los detenidos fueron trasladados a la prisión provincial y el juicio se celebrará en Alm"),
    ("pt", "Os reclusos foram transferidos na semana passada para a prisão de Coi"),
    ("nl", "Het besluit valt volgens de gemeente pas aan het eind van de maand in Ams"),
])
def test_a_paragraph_cut_into_a_short_fragment(language: str, last: str) -> None:
    assert truncated(language, last) == 1


@pytest.mark.parametrize("language, last", [
    ("en", "Residents who want to take part can sign up online, or just turn up on the day and go."),
    ("it", "Chi vuole partecipare può iscriversi online o presentarsi il giorno stesso al Pd"),
    ("es", "Los vecinos que quieran participar pueden inscribirse en la web o acudir a la sede del PP"),
    ("nl", "Wie wil meedoen, kan zich online aanmelden of op de dag zelf langskomen bij de VVD"),
])
def test_a_paragraph_that_ends_on_a_short_word_or_acronym(language: str, last: str) -> None:
    assert truncated(language, last) == 0

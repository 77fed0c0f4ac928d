"""midsentence-capital traps that are names after all, by their shape: a content word before a
number is a numbered name (`Gate 12`, `Fase 2`), a numeral with a capital opens a name with the
plural after it (`De Drie Gebroeders`), a closed-class word after an article is a label
(`the No side`), one after a first name and its particles is a surname (`Joost van der Meer`), and
a common word after a name's capital before a verb ends the name (`la Polícia Nacional investigou`),
a noun after an institution's head and its link words names the portfolio (`la consejería de
la Vivienda`), and the capitals around a preposition inside a group's name are the name's
(`Vélos sans Frontières`). The slips of the same shapes stay reported. Sentences written for this test."""
from __future__ import annotations

import pytest

from linter.engine import lint_text

RULE = "midsentence-capital"


def flagged(text: str, language: str) -> list[str]:
    return [text[d.start:d.end].split()[0] for d in lint_text(text, language=language) if d.rule == RULE]


@pytest.mark.parametrize("language, text", [
    ("en", "Passengers booked on the Gate 12 flights were moved after the gate was closed for repairs."),
    ("pt", "A obra da Fase 2 da escola começa em março, depois de a primeira fase ter terminado."),
    ("es", "La empresa cerró la Nave 3 de la fábrica porque la nave tenía goteras."),
    ("nl", "Volgens de club De Drie Gebroeders waren er dit jaar minder leden."),
    ("en", "Organisers of the No side conceded on Sunday, saying there was no appetite for change."),
    ("nl", "Penningmeester Joost van der Meer van de schaatsclub was tevreden over het seizoen."),
    ("nl", "Volgens wethouder Annelies ter Haar zal de brug in het voorjaar opengaan."),
    ("pt", "De acordo com o jornal, a Polícia Nacional investigou o caso durante meses."),
    ("es", "El acuerdo con el Gobierno Nacional supone un cambio para la región."),
    ("es", "Según la nota, la consejería de la Vivienda ha pedido más tiempo para revisar la vivienda pública."),
    ("it", "Il comitato Scuole senza Barriere ha chiesto un incontro al sindaco sulle scuole."),
    ("fr", "L'association Vélos sans Frontières a demandé une piste le long du canal."),
    ("pt", "O movimento Casas para Jovens pediu à câmara uma reunião sobre as casas devolutas."),
    ("nl", "De actiegroep Bomen voor Iedereen heeft bezwaar gemaakt tegen de kap van de bomen."),
])
def test_a_numbered_name_a_capital_numerals_name_and_a_label_stay_silent(language, text):
    assert flagged(text, language) == []


@pytest.mark.parametrize("language, text, word", [
    ("es", "Dos barcos llegaron al puerto y Otros 3 esperan todavía en alta mar.", "Otros"),
    ("nl", "Bij de opening waren er vier Bezoekers aanwezig, zei de organisatie.", "Bezoekers"),
    ("en", "The rescue team said the Hospital was full, and the hospital asked for help.", "Hospital"),
    ("it", "Il progetto ha ricevuto da Torino Grande sostegno nelle ultime settimane.", "Grande"),
    ("fr", "Les infirmières ont dénoncé la Santé des patients, disent-elles, et la santé du personnel.", "Santé"),
])
def test_the_slips_of_the_same_shapes_are_still_reported(language, text, word):
    assert flagged(text, language) == [word]

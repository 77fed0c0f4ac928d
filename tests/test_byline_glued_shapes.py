"""byline-remnant on bylines glued to the lead in shapes written for this test: after a label
(`Words by X`), with the reporter's role and place or with the outlet after a bar, run into the
lead's first word; with the role alone a space from it; a name alone before the lead's dateline.
The agency's dateline that opens a lead, a sentence that opens with a name (maybe one in camel
case) and a byline on its own line under the headline stay the article's."""
from __future__ import annotations

import pytest

from test_line_variants import HEADLINE, SECOND, lines_of


def lead(first: str, language: str) -> str:
    return f"{HEADLINE}\n\n{first}\n\n{SECOND[language]}\n"


@pytest.mark.parametrize(("language", "first"), [
    ("en", "Words by Tom HargreavesFor three decades the red light above the studio door has meant the same thing."),
    ("it", "Testo di Marta SelviDa trent'anni la luce rossa sopra la porta dello studio vuol dire la stessa cosa."),
    ("fr", "Lucie Perrin | L'Écho du VernoisLe maire a annoncé mardi la fermeture de la piscine pour travaux."),
    ("de", "Katrin Möller · Kreiszeitung NordDie Stadt hat am Dienstag die Schließung des Hallenbads beschlossen."),
    ("es", "Por Ana Ruiz, enviada especial a TeruelEl pleno aprobó el martes el presupuesto tras un largo debate."),
    ("pt", "Por Rui Matos, repórter Durante três meses a piscina municipal ficará fechada para obras."),
    ("it", "Marta Selvi VALLEFONDA (Agenzia Appennino) – Da lunedì la piscina comunale resterà chiusa per lavori."),
    ("nl", "Sanne Bakker ZWOLLE (ANP) – De gemeenteraad heeft dinsdag de begroting voor volgend jaar goedgekeurd."),
])
def test_a_byline_glued_to_the_lead(language: str, first: str) -> None:
    assert lines_of("byline-remnant", lead(first, language), language) == [3]


@pytest.mark.parametrize(("language", "first"), [
    ("it", "ROMA (ANSA) – Il governo ha approvato il decreto sulle pensioni nella notte di martedì scorso."),
    ("it", "Giorgia Meloni ha detto che il governo approverà il decreto entro la fine del mese di marzo."),
    ("de", "Angela Merkel (CDU) hat am Dienstag in Berlin die neue Regierung vorgestellt, hieß es."),
    ("en", "Story by the river: the council voted on Tuesday to close the library for three months."),
    ("en", "Words by the mayor were read out at the start of the meeting on Tuesday evening in the hall."),
    ("pt", "Por Rui Matos, repórter\n\nDurante três meses a piscina municipal ficará fechada para obras."),
    # A name written in camel case inside the lead's first words.
    ("nl", "Volgens SpoorNed is de brug zo versleten dat treinen er maar met veertig kilometer per uur overheen mogen."),
    ("nl", "Oppositiepartijen GroenLinks-PvdA en D66 noemen het bedrag te laag voor het onderhoud van de dijken."),
    ("de", "Die Stadtsparkasse RheinMain verweist auf ihre Filialen und die persönliche Beratung vor Ort."),
    # A name before a word in capitals that is no dateline.
    ("de", "Der Landkreistag NRW, der ebenfalls zur Anhörung geladen ist, befürwortet die Änderungen grundsätzlich."),
    ("en", "Collectif NUIT (Belgium) builds light installations and often works with the streets around them."),
])
def test_a_lead_that_is_the_articles(language: str, first: str) -> None:
    assert lines_of("byline-remnant", lead(first, language), language) == []

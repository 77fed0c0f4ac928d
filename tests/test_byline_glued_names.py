"""byline-remnant, issue 10's eighteenth session: a byline without a byline word glued to the
lead by its shape: a name run into the lead's dateline in capitals with no space, names (maybe
with the reporter's place) and a bar a space from the lead, and a staff byline in capitals whose
desk ran into the dateline. The lead's own dateline, a name in a sentence and a table's row stay.

Every example here is written for this file.
"""
from __future__ import annotations

import pytest

from test_line_variants import HEADLINE, SECOND, lines_of

GLUED = [
    ("nl", "Sem BakkerHAARLEM - De gemeenteraad heeft dinsdag na een lang debat ingestemd met het nieuwe parkeerbeleid."),
    ("es", "Marta Collado RuizVILLAFRÍA.– El pleno del Ayuntamiento aprobó anoche por unanimidad el nuevo plan de aparcamiento."),
    ("de", "Jonas Reiter, Lea Brandt | Kirchdorf – Seit Sonntag streiten die Gemeinderäte über den neuen Parkplatz am Bahnhof."),
    ("pt", "Rita Alves, em Tavira | O fogo que deflagrou na madrugada de sábado já consumiu quatro mil hectares de pinhal."),
    ("nl", "DOOR ONZE REDACTIE REGIOALMELO - De gemeenteraad heeft dinsdag na een lang debat ingestemd met het parkeerbeleid."),
]


@pytest.mark.parametrize(("language", "line"), GLUED)
def test_a_byline_glued_to_the_lead_by_its_shape(language: str, line: str) -> None:
    text = f"{HEADLINE}\n\n{line}\n\n{SECOND[language]}\n"
    assert lines_of("byline-remnant", text, language) == [3]


@pytest.mark.parametrize(("language", "line"), [
    ("nl", "HAARLEM - De gemeenteraad heeft dinsdag na een lang debat ingestemd met het nieuwe parkeerbeleid."),
    ("es", "VILLAFRÍA.– El pleno del Ayuntamiento aprobó anoche por unanimidad el nuevo plan de aparcamiento."),
    ("de", "Der Städtetag NRW, der die Kommunen vertritt, fordert seit Jahren mehr Geld für den Nahverkehr."),
    ("en", "Anna Berg said the council would meet again in May to discuss the plan for the new car park."),
    ("de", "Jonas Reiter | Lea Brandt | Kirchdorf | Seit Sonntag streiten die Gemeinderäte über den Parkplatz."),
])
def test_a_lead_of_that_shape_without_a_byline_stays(language: str, line: str) -> None:
    text = f"{HEADLINE}\n\n{line}\n\n{SECOND[language]}\n"
    assert lines_of("byline-remnant", text, language) == []

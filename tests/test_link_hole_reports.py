"""link-hole: the outlet a report names, dropped with its link: after a German or Dutch
preposition of address that may also be a verb's particle, before a spaced stop (`sagte er
gegenüber .`, `zei hij tegen .`), and the subject of an `as … reported` clause, which French,
German and Dutch cannot leave out (`Comme l'a révélé la semaine dernière,`, `Wie berichtete,`,
`Zoals meldde,`); and the look-alikes: a particle that makes a verb with its clause (`valt
tegen .`), the idioms with a participle (`Wie berichtet,`, `Zoals gemeld,`) and a subject after
the French verb (`Comme l'a révélé la presse,`).

Every example here is written for this file.
"""
from __future__ import annotations

import pytest

from lint_support import holes


@pytest.mark.parametrize("language, sentence, span", [
    ("de", "„Wir sind bereit“, sagte die Trainerin gegenüber . Das Spiel beginnt um acht.", "gegenüber ."),
    ("nl", "„We zijn er klaar voor”, zei de burgemeester tegen . Het feest begint om acht uur.", "tegen ."),
    ("fr", "Comme l'a révélé mardi, la mairie renonce au projet.", "Comme l'a révélé mardi"),
    ("fr", "Comme l'avait annoncé le mois dernier, le club change d'entraîneur.", "Comme l'avait annoncé le mois dernier"),
    ("fr", "Le tableau a été retrouvé, comme l'a rapporté hier . La police enquête.", "comme l'a rapporté hier"),
    ("de", "Wie meldete, schließt das Werk zum Jahresende.", "Wie meldete"),
    ("nl", "Zoals meldde, sluit de fabriek aan het eind van het jaar.", "Zoals meldde"),
])
def test_a_dropped_outlet_is_a_hole(language: str, sentence: str, span: str) -> None:
    assert span in holes(sentence, language)


@pytest.mark.parametrize("language, sentence", [
    ("nl", "De omzet van het laatste kwartaal valt tegen . Dat zegt de directie."),  # a particle
    ("de", "Die beiden Rathäuser stehen sich gegenüber . Dazwischen liegt der Markt."),
    ("fr", "Comme l'a révélé la presse régionale, la mairie renonce au projet."),   # a subject
    ("fr", "Comme l'a révélé Le Parisien, la mairie renonce au projet."),
    ("de", "Wie berichtet, schließt das Werk zum Jahresende."),                     # the idiom
    ("nl", "Zoals gemeld, sluit de fabriek aan het eind van het jaar."),
    ("de", "Wie die Zeitung meldete, schließt das Werk zum Jahresende."),
])
def test_whole_reports_are_left_alone(language: str, sentence: str) -> None:
    assert holes(sentence, language) == []

"""link-hole, seventeenth session: a German or Dutch preposition before a spaced comma.

A preposition that is also a verb's particle ends its clause when it makes a verb with a word of
that clause (`teilte die Stadt mit , dass`: `mitteilte`), and a spaced comma after it is a
spacing slip; when it makes none, its object was a link (`sagte sie nach dem Gespräch mit ,
man`), as before a spaced stop. German prepositions that are never a particle (`wegen`, `trotz`,
`seit`, …) lost their object before a spaced comma after any word, not only after a noun.

Every example here is written for this file.
"""
from __future__ import annotations

import pytest

from lint_support import holes


@pytest.mark.parametrize("language, sentence, hole", [
    ("de", "Der Minister sagte nach einem Treffen mit , man werde die Hilfen verlängern.", "mit ,"),
    ("de", "Er verwies auf die Karte auf , wo die Sperrungen eingetragen sind.", "auf ,"),
    ("de", "Viele Betriebe hätten wegen , höherer Kosten bereits Personal abgebaut.", "wegen ,"),
    ("nl", "Volgens een studie die vorige maand verscheen in , stijgt de zeespiegel sneller.", "in ,"),
    ("nl", "Het gaat om een bedrag dat voor , de meeste gezinnen te hoog is.", "voor ,"),
])
def test_a_preposition_that_makes_no_verb_before_a_spaced_comma_is_a_hole(language: str, sentence: str, hole: str) -> None:
    assert holes(sentence, language) == [hole]


@pytest.mark.parametrize("language, sentence", [
    ("de", "Das Ministerium teilte am Montag mit , dass die Brücke gesperrt bleibt."),   # mitteilte: a particle
    ("de", "Die Bahn kündigte gestern an , die Strecke zu sperren."),                     # ankündigte
    ("nl", "De gemeente belde de bewoners op , zodat niemand verrast werd."),             # opbelde
    ("nl", "Het resultaat viel ons tegen , zei hij na afloop."),                         # tegenviel
])
def test_a_particle_that_ends_its_verb_before_a_spaced_comma_is_left_alone(language: str, sentence: str) -> None:
    assert holes(sentence, language) == []

"""link-hole, seventeenth session: a German or Dutch preposition before a spaced comma, and Dutch
`van` before a word no singular finite verb ends so.

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


@pytest.mark.parametrize("sentence", [
    "Woensdag bereikte een wolk van geladen deeltjes de aarde.",             # a participle before its noun
    "De expositie is in de loop van volgend jaar te zien.",                   # a present participle
    "Volgens de bond is de koopkracht van gepensioneerden gedaald.",        # a participle made a noun
])
def test_a_dutch_word_after_van_that_no_singular_finite_verb_ends_so_is_left_alone(sentence: str) -> None:
    """After a noun and `van` the dropped name's verb is singular and finite: a word ending in `-en`
    or `-end` (an infinitive, a plural, a participle before its noun or made a noun) is no hole."""
    assert holes(sentence, "nl") == []


def test_a_finite_verb_after_van_is_still_a_hole() -> None:
    assert holes("Volgens een rapport van toont de regio een groei.", "nl") == ["van toont"]


def test_dutch_zijn_after_a_preposition_is_a_possessive_not_a_verb() -> None:
    """`zijn` after a preposition that never ends a clause opens a noun phrase (a possessive), so
    it is no finite verb whose subject was dropped."""
    assert holes("Volgens zijn ploegleider wordt maandag bekeken of hij kan starten.", "nl") == []

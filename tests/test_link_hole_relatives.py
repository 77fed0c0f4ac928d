"""link-hole: an indefinite article after a preposition with what cannot follow one (a
participle before its agent or day in English, a verb's particle closing a German clause, a
relative pronoun in Dutch), and Dutch `van` before a finite verb after a bare noun that `uit`
or `volgens` opens; a German or Dutch preposition before a spaced stop when it makes no
separable verb with a word of its clause; the idioms, phrases and particle verbs that look alike
are left alone.

Every example here is written for this file.
"""
from __future__ import annotations

import pytest

from lint_support import holes


@pytest.mark.parametrize("language, sentence, hole", [
    ("en", "Prices fell, according to a released by the growers' union on Monday.", "a released"),
    ("en", "Turnout rose, according to a compiled by the electoral office.", "a compiled"),
    ("de", "Die Arbeiten sollen 2026 beginnen, teilte das Landesamt in einer mit.", "in einer mit."),
    ("de", "Das Museum schließt im März, gab die Stiftung in einem bekannt, teilte sie auf mit.", "auf mit."),
    ("nl", "Dat blijkt uit een die de provincie vorige week publiceerde.", "uit een die"),
    ("nl", "Het staat in een waarin de wethouder de kosten uitlegt.", "in een waarin"),
    ("nl", "Uit cijfers van blijkt dat het aantal inbraken stijgt.", "van blijkt dat"),
    ("nl", "Volgens een studie van zou het verbruik fors stijgen.", "van zou"),
])
def test_hole_is_found(language: str, sentence: str, hole: str) -> None:
    assert holes(sentence, language) == [hole]


@pytest.mark.parametrize("language, sentence", [
    ("en", "He works in a converted barn on the edge of town, run by a trust."),
    ("en", "The mayor, elected by a narrow margin on Sunday, took office."),
    ("de", "Er trank das Glas in einem aus."),
    ("de", "Wir nehmen einen mit, sagte sie."),
    ("nl", "Hij woont in een huis dat groot is."),
    ("nl", "Ze stuurde het in een met de hand geschreven brief."),
    ("nl", "Uit angst van de buren blijkt niets."),
])
def test_look_alike_is_left_alone(language: str, sentence: str) -> None:
    assert holes(sentence, language) == []


@pytest.mark.parametrize("language, sentence, expected", [
    ("de", "Das sagte der Förster im Gespräch mit . Danach begann die Zählung.", ["mit ."]),
    ("de", "„Es war knapp“, erklärte die Trainerin nach dem Spiel vor . Die Mannschaft fuhr heim.", ["vor ."]),
    ("de", "„Es war knapp“, sagte die Trainerin nach dem Spiel zu . Die Mannschaft fuhr heim.", []),
    ("nl", "Dat zei de burgemeester in een interview aan . Het was druk op het plein.", ["aan ."]),
    ("de", "Das teilte die Stadt am Montag mit . Die Arbeiten beginnen im Mai.", []),
    ("de", "Die Feuerwehr rückte am Abend aus . Verletzt wurde niemand.", []),
    ("nl", "Hij belde de politie op . Die kwam snel ter plaatse.", []),
])
def test_particle_before_a_spaced_stop(language: str, sentence: str, expected: list[str]) -> None:
    assert holes(sentence, language) == expected


@pytest.mark.parametrize("language, sentence, expected", [
    ("en", "The inspectors noted in their that the roof was unsafe.", ["their that"]),
    ("en", "The board set out in its for the coming year a leaner budget.", ["its for"]),
    ("it", "L'assessore ha detto in un a margine del consiglio che i fondi ci sono.", ["un a"]),
    ("nl", "Een agent zei op de dat de weg dicht blijft.", ["de dat"]),
    ("nl", "Volgens het , dat in maart uitkwam, groeit de wachtlijst.", ["het ,"]),
    ("nl", "De cijfers staan in de . Ze zijn nog voorlopig.", ["de ."]),
    ("en", "She gave their son to the nurse and told her that it was fine.", []),
    ("it", "Li contarono uno a uno davanti al municipio.", []),
    ("nl", "Hij is het met het plan eens, zei de wethouder.", []),
])
def test_possessive_and_article_holes(language: str, sentence: str, expected: list[str]) -> None:
    assert holes(sentence, language) == expected

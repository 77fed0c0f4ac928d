"""link-hole, nineteenth session: Dutch words that the rule read as a hole's function words but
that are whole where they stand.

- `haar`, `ons`, `hun` are object pronouns as well as possessives: after a preposition they may
  end its phrase (`achter haar in de rij`, `voor ons een stap`), so they count as no article
  there (data `pronoun_determiners`, as English `her`, `his`), and so is the demonstrative
  `die` (`samen met die in Oosterburen`: the one in);
- after a noun and `van`, the dropped name's verb is a finite form with no other reading (the
  finite forms' table): a participle or an adverb there describes the noun after it (`een garen
  van gerecycled denim`, `een hellingshoek van gemiddeld twaalf procent`).

Every example here is written for this file.
"""
from __future__ import annotations

import pytest

from lint_support import holes


@pytest.mark.parametrize("sentence", [
    "Een man achter haar in de rij zegt dat hij wacht.",
    "Het is voor ons een grote stap, zei de directeur.",
    "De gemeente gaf hun een week de tijd.",
    "De markt gaat samen met die in Oosterburen, tien kilometer verderop.",  # `die`, a demonstrative
    "De fabriek maakt een garen van gerecycled plastic.",
    "De helling heeft een hoek van gemiddeld tien procent.",
    "Het gaat om het landen van vertraagde toestellen.",
])
def test_look_alike_is_left_alone(sentence: str) -> None:
    assert holes(sentence, "nl") == []


@pytest.mark.parametrize("sentence, hole", [
    ("Volgens een rapport van blijkt dat de kosten stijgen.", "van blijkt dat"),
    ("Uit een analyse van leidt de bank af dat de rente daalt.", "van leidt"),
    ("De vereniging vroeg in een brief aan de gemeente om geld, volgens de .", "de ."),
])
def test_hole_is_still_found(sentence: str, hole: str) -> None:
    assert holes(sentence, "nl") == [hole]

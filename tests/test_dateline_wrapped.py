"""split-dateline in Markdown, where a soft-wrapped paragraph holds the torn dateline: its place
and source are the short lines that open the paragraph of the lead (no wrapped line is short
before its paragraph ends), or the lead stands as a wrapped paragraph under the place."""
from __future__ import annotations

import pytest

from linter.engine import lint_text


def dateline(text: str, language: str) -> list[int]:
    return [d.line for d in lint_text(text, path="a.md", language=language, select=["split-dateline"])]


@pytest.mark.parametrize(("language", "text"), [
    ("nl", "Rijswijk\nPersbureau Haaglanden\nDe gemeente Rijswijk heeft dinsdag besloten het zwembad aan de\n"
           "Haagweg een jaar langer open te houden, tot de nieuwbouw klaar is.\n"),
    ("it", "BOLZANO\nAgenzia Alto Adige\nLa Provincia ha deciso ieri di prorogare di un anno la chiusura\n"
           "notturna del passo dello Stelvio, in attesa dei lavori sulla galleria.\n"),
    ("de", "Husum\nnwd-Nachrichtendienst\nDie Deichbaustelle am Dockkoog ist seit Montag für Radfahrer\n"
           "gesperrt, wie der Landesbetrieb für Küstenschutz mitteilte.\n"),
])
def test_place_and_source_opening_the_wrapped_lead(language: str, text: str) -> None:
    assert dateline(text, language) == [1]


@pytest.mark.parametrize(("language", "text"), [
    ("pt", "PORTIMÃO\n\nA câmara municipal aprovou ontem o novo regulamento das esplanadas,\n"
           "que entra em vigor em março e reduz a ocupação dos passeios.\n"),
    ("fr", "SAINT-MALO\n\n(Armor Infos) — Le port de plaisance des Bas-Sablons sera fermé aux\n"
           "bateaux de passage pendant toute la durée des travaux de dragage.\n"),
])
def test_a_place_in_capitals_over_the_wrapped_lead(language: str, text: str) -> None:
    assert dateline(text, language) == [1]


@pytest.mark.parametrize(("language", "text"), [
    # a wrapped paragraph that opens on a long line: no torn line in it
    ("de", "Husum will die Deichbaustelle am Dockkoog bis zum Sommer fertigstellen, sagte\n"
           "der Bürgermeister am Montag vor dem Bauausschuss der Stadt.\n"),
    # a short subheading over a paragraph that is no lead (no sentence end)
    ("nl", "Rijswijk\nPersbureau Haaglanden\nContactpersoon voor de pers\n"),
    # a place in mixed case alone over a paragraph: a subheading as well
    ("fr", "Saint-Malo\n\nLe port de plaisance des Bas-Sablons sera fermé aux bateaux de passage\n"
           "pendant toute la durée des travaux de dragage.\n"),
])
def test_wrapped_paragraphs_without_a_torn_dateline(language: str, text: str) -> None:
    assert dateline(text, language) == []

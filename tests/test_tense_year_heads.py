"""tense-year: a dateline's full date gives the article's year before a headline's year, which
names what the headline announces; an English future before `for the YEAR edition` (a season,
a tournament, an election) counts, and a past year's costs do not.

Every example here is written for this file.
"""
from __future__ import annotations

import pytest

from linter.engine import lint_text


def found(text: str, language: str) -> list[str]:
    return [text[d.start:d.end] for d in lint_text(text, language=language, select=["tense-year"])]


@pytest.mark.parametrize("language, text", [
    ("fr", "Le pont de Vernay rénové dès 2026\n\nVernay, le 12 février 2024 - La métropole a voté le budget. "
           "Les poutres seront livrées à partir de 2025, selon le maître d'œuvre.\n"),
    ("it", "La nuova scuola di Casale pronta nel 2027\n\nCasale, 9 aprile 2025 - Il consiglio ha approvato il "
           "progetto. Gli arredi saranno consegnati nel 2026, secondo l'assessore.\n"),
    ("en", "Ferry service to return by 2026\n\nHARLOW, 3 June 2024 (Wire) - The operator said the ships will be "
           "delivered in 2025 after sea trials off the coast.\n"),
])
def test_headline_year_is_not_the_articles(language: str, text: str) -> None:
    assert found(text, language) == []


def test_dateline_year_still_dates_a_past_future() -> None:
    text = ("Ferry service to return by 2026\n\nHARLOW, 3 June 2024 (Wire) - The operator said the ships will be "
            "delivered in 2023 after sea trials off the coast.\n")
    assert found(text, "en") == ["will be delivered in 2023"]


@pytest.mark.parametrize("sentence, expected", [
    ("The route will be shortened for the 2023 edition, the organisers said.", ["will be shortened for the 2023"]),
    ("The club will sign two defenders for the 2023 season, the coach said.", ["will sign two defenders for the 2023"]),
    ("The state will pay for the 2023 floods from its reserve, the minister said.", []),
    ("The club will sign two defenders for the 2026 season, the coach said.", []),
])
def test_year_of_an_event(sentence: str, expected: list[str]) -> None:
    assert found("Thursday 14 March 2024\n\n" + sentence + "\n", "en") == expected

"""Another story's headline behind a link's arrow between the paragraphs, with or without a
label (`ALSO READ ➜ …` in a text of any language): read-insertion; a quotation in guillemets
and a player's bar are not."""
from __future__ import annotations

import pytest

from linter.engine import lint_text

PROSE = {
    "de": ("Der Gemeinderat hat den neuen Haushalt am Dienstag nach einer langen Debatte beschlossen.",
           "Die Opposition kündigte an, gegen einzelne Posten vor Gericht zu ziehen, sagte ihr Sprecher."),
    "fr": ("Le conseil municipal a adopté le nouveau budget mardi après un long débat dans la salle.",
           "L'opposition a annoncé qu'elle contesterait plusieurs postes devant le tribunal administratif."),
    "it": ("Il consiglio comunale ha approvato martedì il nuovo bilancio dopo un lungo dibattito in aula.",
           "L'opposizione ha annunciato un ricorso al tribunale amministrativo contro alcune voci di spesa."),
}


def rules_on(line: str, language: str) -> list[str]:
    first, second = PROSE[language]
    text = f"{first}\n\n{line}\n\n{second}\n"
    return [d.rule for d in lint_text(text, language=language, select=["ALL"]) if d.line == 3]


@pytest.mark.parametrize(("language", "line"), [
    ("de", "➜ Neue Radwege: Stadt plant den Umbau der Uferstraße bis 2028"),
    ("fr", "» Le préfet suspend la chasse dans trois communes du Jura"),
    ("it", "ALSO READ ➜ Porto di Livorno, nuova gara per la gestione dei moli"),
])
def test_a_headline_behind_an_arrow(language: str, line: str) -> None:
    assert rules_on(line, language) == ["read-insertion"]


@pytest.mark.parametrize(("language", "line"), [
    ("de", "»Wir sind bereit für die nächste Saison«, sagte der Trainer am Abend"),
    ("it", "▶ 00:00 / 02:47 Guarda la conferenza stampa del sindaco"),
])
def test_a_quotation_or_a_player_bar_is_no_teaser(language: str, line: str) -> None:
    assert "read-insertion" not in rules_on(line, language)

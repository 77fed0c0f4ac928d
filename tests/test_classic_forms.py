"""duplicated-word, lowercase-sentence-start and split-dateline on forms first met in blind
sets, each with the look-alikes that stay silent (own variants, seven languages)."""
from __future__ import annotations

import pytest

from linter.engine import lint_text


def found(text: str, language: str, rule: str) -> list[int]:
    return [d.line for d in lint_text(text, language=language, select=[rule])]


@pytest.mark.parametrize("language, text, lines", [
    # an allowed double is a slip when its second word is capitalised too
    ("de", "Die Gäste kamen spät. „Der Der Preis ist zu hoch“, sagte sie.", [1]),
    ("de", "Er sagte, das das Problem gelöst sei.", []),
    # a relative pronoun after a preposition only where a comma opens the clause
    ("de", "Gegen den den Entwurf gab es Protest.", [1]),
    ("de", "Der Vertrag, über den den Preis keiner kennt, liegt vor.", []),
    # the comparison's `que`, then the clause's
    ("es", "Se quejan de que que nadie les informa.", [1]),
    ("es", "Sale más caro traer el grano en barco que que lo cultiven aquí.", []),
    ("pt", "É mais barato produzir cá do que que trazer de fora.", []),
    ("fr", "Il vaut mieux attendre que que de partir trop tôt.", []),
])
def test_doubles(language: str, text: str, lines: list[int]) -> None:
    assert found(text, language, "duplicated-word") == lines


@pytest.mark.parametrize("language, text, lines", [
    ("de", "Der Umbau kostet Millionen. Wer zahlt das alles? die Stadt schweigt dazu.", [1]),
    ("it", "Chi pagherà il conto? la Regione non risponde.", [1]),
    ("nl", "Waarom duurt het zo lang? niemand weet het precies.", [1]),
    ("es", "La tarifa sube a 1,50 euros. los jubilados pagarán la mitad.", [1]),
    ("it", "La corsa passerà da 1 a 1,30 euro. gli studenti pagano la metà.", [1]),
    # incises, dialogue, quotes and abbreviations stay silent
    ("fr", "Que faire de ces terres ? se demandent les éleveurs du plateau.", []),
    ("en", "Why does it matter now? he asked the council.", []),
    ("es", "— ¿Y ahora qué? la gente espera.", []),
    ("fr", "« Et maintenant ? » la salle se tait.", []),
    ("en", "Opening hours are 9 a.m. to 5 p.m., Mon. to Sat. on weekdays.", []),
    ("de", "Die Strecke misst 5 km. dahinter beginnt der Wald.", []),
])
def test_sentence_starts(language: str, text: str, lines: list[int]) -> None:
    assert found(text, language, "lowercase-sentence-start") == lines


@pytest.mark.parametrize("language, text", [
    ("en", "Harbour trust buys new tug\nPORT ELLEN, Scotland, March 3, 2026\n(Islay Wire) —\n"
           "The harbour trust on the island has bought a second tug to guide the ferries in winter storms.\n"),
    ("es", "La lonja estrena báscula\nCELEIRO, 4 de marzo de 2026\n(Agencia Mariña Press)\n"
           "La lonja de Celeiro estrenó este lunes una báscula automática que pesa cada caja en dos segundos.\n"),
    ("en", "---\ntitle: Library reopens\n---\n\nWillow Ford\nLakeside Bulletin\n\n"
           "Willow Ford's library reopened on Monday after the flood repairs.\n"),
])
def test_torn_datelines_with_a_date_or_a_lead_past_a_blank_line(language: str, text: str) -> None:
    assert len(found(text, language, "split-dateline")) == 1


def test_a_heading_over_a_paragraph_is_no_dateline() -> None:
    text = "---\ntitle: Library reopens\n---\n\nOpening hours\nReading room\n\nThe library reopened on Monday.\n"
    assert found(text, "en", "split-dateline") == []

"""midsentence-capital: a capital the model scores as a slip counts from `threshold_unexplained`
(0.7) instead of the language's threshold (0.86-0.99) when no name's shape explains it: not
where every noun takes a capital, not an institution, a portfolio, a word after a preposition of
place (maybe with an article that is not an indefinite one), in apposition to a lower-case noun,
after a name's capital, next to a number (but for a plural a number counts) or a bare noun
after a verb, not a word the dictionary also writes with a capital, and not an adjective where
names style their adjectives. German and Dutch adjectives after an indefinite article are
judged by their word class too. Sentences written for this test."""
from __future__ import annotations

import pytest

from linter.engine import lint_text

RULE = "midsentence-capital"


def flagged(text: str, language: str) -> list[str]:
    return [text[d.start:d.end].split()[0] for d in lint_text(text, language=language) if d.rule == RULE]


@pytest.mark.parametrize("language, text, word", [
    ("en", "Doctors say most people who are exposed will Catch the virus within a week.", "Catch"),
    ("en", "The two climbers were later reported to be in a Stable condition in hospital.", "Stable"),
    ("fr", "Les Acheteurs se tournent davantage vers les petites voitures cette année.", "Acheteurs"),
    ("fr", "Un Logement au sous-sol n'avait qu'une seule fenêtre.", "Logement"),
    ("nl", "Volgens de politie sloegen de Inbrekers vooral 's nachts toe in de wijk.", "Inbrekers"),
    ("it", "Secondo la questura, i cavi venivano Bruciati per recuperare il rame.", "Bruciati"),
    ("it", "Il materiale rubato finiva in un Magazzino abusivo vicino al fiume.", "Magazzino"),
    # a plural counted by a number is no numbered name (`the 14th Century` is)
    ("nl", "Op de markt stonden dit jaar 85 Kramen, van kaas tot bloemen.", "Kramen"),
    ("fr", "Le marché a accueilli 75 Exposants, venus de toute la région.", "Exposants"),
])
def test_a_capital_no_name_explains_counts_from_the_lower_threshold(language, text, word):
    assert flagged(text, language) == [word]


@pytest.mark.parametrize("language, text", [
    ("en", "The museum holds tools from the 14th Century and earlier."),
    ("pt", "O terreno pertence ao Estado há décadas, segundo a autarquia."),
    ("it", "Il papa sarà in visita a Lanciano la prossima settimana."),
    ("es", "La fiesta terminó de madrugada en la plaza Mayor del pueblo."),
    ("nl", "De inbraak gebeurde in een winkel aan de Molenstraat op een zondagavond."),
    ("nl", "De minister van Landbouw heeft al laten weten dat hij het plan steunt."),
    ("en", "The attack drew the attention of two Democratic senators in Washington."),
    ("pt", "A concessionária responsável pela Linha 6 do metrô anunciou atrasos."),
    ("en", '"The system let her down, and in the end it failed Dad," his daughter said.'),
])
def test_names_institutions_and_places_keep_the_language_threshold(language, text):
    assert flagged(text, language) == []


@pytest.mark.parametrize("language, text, word", [
    ("de", "Eine Schnelle Lösung sei nicht in Sicht, sagte die Ministerin.", "Schnelle"),
    ("de", "Dort gab es keine Messbaren Folgen für die Fischbestände.", "Messbaren"),
    ("de", "Die Pendler warten auf eine Verlässliche Verbindung in die Stadt.", "Verlässliche"),
])
def test_an_adjective_after_an_indefinite_article_by_its_word_class(language, text, word):
    """The article may open the sentence, and a rarer stem counts when the dictionary writes it
    only in lower case as an adjective (`messbar`, `verlässlich`)."""
    assert flagged(text, language) == [word]

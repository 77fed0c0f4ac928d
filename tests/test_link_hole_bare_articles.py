"""link-hole: an article straight before a short preposition with no preposition before it
(`told the on Monday`), and a passive's agent preposition after a participle straight before
another preposition that opens a noun phrase (`approved by in May`); and the look-alikes they
leave alone: a German article as a relative pronoun, a Romance or Dutch numeral, an article as a
pronoun before a genitive, an ordinal, a Dutch extended attribute and a preposition that
measures (`by at least`, `por até três`).

Every example here is written for this file.
"""
from __future__ import annotations

import pytest

from lint_support import holes

BARE_ARTICLES = [
    ("en", "The mayor told the on Friday that the bridge would reopen.", "the on"),
    ("en", "A spokesman told a in Brussels that the talks had stalled.", "a in"),
    ("es", "El alcalde anunció el en una rueda de prensa que la obra se retrasa.", "el en"),
    ("pt", "O clube confirmou o na sexta-feira que o treinador vai sair.", "o na"),
    ("pt", "A empresa explicou a em comunicado que a linha fica fechada.", "a em"),
    ("it", "Il sindaco ha spiegato il in una nota che i lavori partono lunedì.", "il in"),
    ("nl", "Dat schrijft de in een analyse van de begroting.", "de in"),
]

LOST_AGENTS = [
    ("en", "The plan was approved by in June, but nothing has been built.", "approved by in"),
    ("en", "Figures published by on Thursday show a sharp fall.", "published by on"),
    ("pt", "O modelo foi adotado por em 2019 e copiado depois.", "adotado por em"),
    ("es", "El proyecto fue anunciado por en 2021 y nunca se ejecutó.", "anunciado por en"),
]


@pytest.mark.parametrize("language, sentence, span", BARE_ARTICLES + LOST_AGENTS)
def test_an_article_or_agent_before_a_preposition_is_a_hole(language: str, sentence: str, span: str) -> None:
    assert any(span in found or found in span for found in holes(sentence, language))


@pytest.mark.parametrize("language, sentence", [
    ("de", "Die Firma, die in Bonn sitzt, baut ab."),                     # a relative pronoun
    ("es", "Las cifras son parecidas a las de la Semana Santa."),          # an article as a pronoun
    ("pt", "Apenas um em cada cinco alunos usa a biblioteca."),           # a numeral
    ("it", "Le buste sono state aperte una per una."),
    ("nl", "Als het dan vriest, kunnen we schaatsen."),                   # a pronoun
    ("nl", "De in 2019 gebouwde brug is al aan vervanging toe."),        # an extended attribute
    ("it", "Il secondo lancio è previsto in estate."),                    # an ordinal
    ("en", "The startup built a following of thousands of readers."),
    ("en", "The deal could end a near two-year dispute."),
    ("en", "The launch was delayed by at least three months."),           # a measure
    ("pt", "As bolinhas podem ser congeladas por até três meses."),
    ("fr", "Les contrats, souscrits par à peine un tiers des exploitants, coûtent cher."),
    ("en", "The witness listened in on the call."),                      # a particle, no agent
])
def test_real_prose_is_left_alone(language: str, sentence: str) -> None:
    assert holes(sentence, language) == []

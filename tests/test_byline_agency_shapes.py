"""byline-remnant on wordings written for this test in the seven languages: a wire the agency
list does not know, named by what it is (`Agência Sul`, `Northern Press Agency`, a camel-case
name closing on such a word), in the credits below the text; a wire's slug with its codes and
stamp; a republication note in brackets; and bylines glued to the lead by a space before an
elided article, after the reporter's role and place, before a dateline, or the newsroom with
the wires. The look-alikes (a lead that opens with a preposition and a name or a date) stay."""
from __future__ import annotations

import pytest

from test_line_variants import HEADLINE, SECOND, at_end, lines_of, reported


@pytest.mark.parametrize(("language", "line"), [
    ("pt", "Marta Quintela, com Agência Sul"),
    ("es", "Elena Robles, con Agencia Levante"),
    ("fr", "Lucie Fabre, avec Agence Garonne"),
    ("en", "Tom Barker, with Northern Press Agency"),
    ("de", "Jana Vogt, mit Nachrichtenagentur Nord"),
    ("nl", "Sanne Bos, met Persbureau Zuid"),
    ("es", "Redacción / Agencia Cantábrica – Texto distribuido por InfoNorte"),
    ("pt", "AG/LPS // Agência Beira"),
    ("it", "NordAgenzia/red-mlf 14-MAR-25 09:12"),
    ("en", "WestWire/ed-jph"),
    ("nl", "(Dit artikel verscheen eerder in het Zeeuws Dagblad.)"),
    ("fr", "(Cet article a d'abord été publié dans L'Écho du Morvan.)"),
])
def test_a_wire_named_by_what_it_is_below_the_text(language: str, line: str) -> None:
    assert reported("byline-remnant", at_end(line, language), line, language)


@pytest.mark.parametrize(("language", "line"), [
    ("fr", "Par Mathilde Roussel L'assemblée départementale a voté mardi soir une enveloppe de deux millions d'euros."),
    ("it", "di Paolo Ferrante L'amministrazione comunale ha approvato ieri sera il piano triennale delle opere."),
    ("fr", "Par Hugo Lemaire, correspondant à Dinan Le conseil municipal a voté mardi soir une enveloppe."),
    ("es", "Por Lucía Ferrán, enviada especial a Teruel El Ayuntamiento aprobó el martes un nuevo plan."),
    ("de", "Von Sabine Kröger Hamburg, 3. März 2025. Der Kreistag hat am Dienstag einen neuen Plan beschlossen."),
    ("en", "By Nathan Oduya LEEDS, March 4 (Northern Wire) - The county council approved a new plan on Tuesday."),
    ("pt", "Por Rui Almeida Lisboa, 4 mar (Lusa) - O Governo aprovou na terça-feira um novo plano para as pontes."),
    ("nl", "Door Bram Kuipers UTRECHT (ANP) - Het kabinet heeft dinsdag een nieuw plan gepresenteerd voor de bruggen."),
    ("es", "Redacción El Heraldo Comarcal / Agencias El Ayuntamiento aprobó el martes un nuevo plan para los puentes."),
    ("pt", "Redação Jornal do Planalto / Agências A câmara municipal aprovou na terça-feira um novo plano."),
])
def test_a_byline_glued_to_the_lead_by_a_space(language: str, line: str) -> None:
    text = f"{HEADLINE}\n\n{line}\n\n{SECOND[language]}\n"
    assert lines_of("byline-remnant", text, language) == [3]


@pytest.mark.parametrize(("language", "line"), [
    ("en", "By Christmas Day, 25 December, the county council had approved a new plan to repair the bridges."),
    ("pt", "Por Lisboa, 4 de março, passaram milhares de manifestantes que exigiam um novo plano para a habitação."),
    ("fr", "Par Saint-Malo, Dinan et Rennes, le cortège a traversé toute la Bretagne en trois jours de marche."),
    ("es", "Por Real Decreto, el Gobierno aprobó el martes un nuevo plan para reparar los puentes del río Ebro."),
    ("en", "The Northern Press Agency said on Monday that it would cut forty jobs by the end of the year."),
])
def test_a_lead_opening_with_a_preposition_a_name_or_a_date_is_prose(language: str, line: str) -> None:
    text = f"{HEADLINE}\n\n{line}\n\n{SECOND[language]}\n"
    assert lines_of("byline-remnant", text, language) == []

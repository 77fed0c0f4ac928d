"""Look-alikes that four rules reported in issue 10's eleventh session, by class, each in several
languages, with the slips next to them still found: a quote that opens the next sentence after a
stop with no space (unbalanced-quotes); a tag's name and a quotation's source under a dash
(lowercase-sentence-start); a date a holiday apposition names, a named day and a long street name
(month-capitalization); letter-spaced words, an HTML entity and an elision mark in brackets
(spacing); and another language's conjunction between the last two names of a list
(untranslated-fragment).

Every example here is written for this file.
"""
from __future__ import annotations

import pytest

from linter.engine import lint_text

LEADS = {
    "it": "Il consiglio comunale ha approvato il bilancio martedì sera dopo una lunga seduta.",
    "de": "Der Gemeinderat hat am Dienstagabend den Haushalt nach langer Sitzung beschlossen.",
    "en": "The council approved the budget on Tuesday evening after a long session.",
    "nl": "De gemeenteraad keurde dinsdagavond na een lange vergadering de begroting goed.",
    "fr": "Le conseil municipal a adopté le budget mardi soir après une longue séance.",
    "es": "El pleno aprobó el presupuesto el martes por la noche tras una larga sesión.",
    "pt": "A câmara aprovou o orçamento na terça-feira à noite após uma longa sessão.",
}


def count(text: str, language: str, rule: str) -> int:
    lead = LEADS[language]
    return sum(d.rule == rule for d in lint_text(f"{lead}\n\n{text}\n\n{lead}\n", language=language))


@pytest.mark.parametrize("language, rule, text", [
    ("es", "unbalanced-quotes", "Llenan los depósitos en la plaza.«La gente viene con garrafas», lamentó."),
    ("it", "unbalanced-quotes", "Ha ripreso i filari del nonno.«Qui è ancora una festa», racconta."),
    ("pt", "unbalanced-quotes", "O autarca visitou a obra.«Está quase pronta», garantiu."),
    ("it", "lowercase-sentence-start", '<p class="nota">Il ministero pubblicherà il testo.</p>'),
    ("en", "lowercase-sentence-start", '[caption id="attachment_1" align="alignright"]A view of the town.[/caption]'),
    ("fr", "lowercase-sentence-start", "<figcaption>Le massif vu depuis Allauch.</figcaption>"),
    ("en", "lowercase-sentence-start", "> The house remembers everything.\n>\n> — from the translator's afterword to The House"),
    ("pt", "lowercase-sentence-start", "> Queijo bom é queijo com tempo.\n>\n> — dona Zilá, aos 88 anos"),
    ("pt", "month-capitalization", "Nos dias 25 de Abril e 1 de Maio, feriados nacionais, haverá mais comboios."),
    ("pt", "month-capitalization", "A festa começa no dia 28 de fevereiro e vai até a Quarta-feira de Cinzas."),
    ("es", "month-capitalization", "La feria abre el Sábado de Gloria y cierra el Lunes de Pascua."),
    ("it", "month-capitalization", "Dopo l'ultima sfilata, il Mercoledì delle Ceneri si brucia il fantoccio."),
    ("nl", "midsentence-capital", "De kiescommissie wees het bezwaar van de partij af. 's Avonds werden in totaal 9.305 stembiljetten opnieuw met de hand geteld."),
    ("it", "month-capitalization", "Il corteo partirà da piazza Martiri del 7 Luglio e arriverà al museo."),
    ("en", "spacing", "The route is part of the state's R e g i o n a l  A i r  N e t w o r k programme."),
    ("de", "spacing", "Fahrgäste können einsteigen. Die&nbsp;Ersatzhaltestellen sind markiert."),
    ("it", "spacing", "Hanno trascritto le lettere a mano ( … ) e alcune le hanno lette."),
    ("en", "untranslated-fragment", "Shops in Paris, Lyon and Nice reopened on Monday."),
    ("es", "untranslated-fragment", "Llegaron visitantes de Francia, Italia y Portugal."),
    ("it", "untranslated-fragment", "Il gruppo Marks and Spencer ha aperto a Milano."),
])
def test_look_alike_is_left_alone(language: str, rule: str, text: str) -> None:
    assert count(text, language, rule) == 0


@pytest.mark.parametrize("language, rule, text", [
    ("it", "unbalanced-quotes", "«Una manovra senza coraggio, ha commentato la capogruppo."),
    ("es", "spacing", "Llenan los depósitos en la plaza.«La gente viene con garrafas», lamentó."),
    ("es", "lowercase-sentence-start", "Todo depende de los resultados. poco a poco se extenderá a otros barrios."),
    ("pt", "month-capitalization", "A reunião será no dia 3 de Maio, segundo a câmara."),
    ("fr", "month-capitalization", "Le marché aura lieu Samedi de 8 h à 13 h."),
    ("it", "spacing", "Il ponte verso  l'Europa è pronto."),
    ("it", "untranslated-fragment", "Le corse riguardano Lipari, Salina and Vulcano, con due partenze al giorno."),
    ("fr", "untranslated-fragment", "Les bus desservent Lyon, Vienne und Valence chaque matin."),
    ("nl", "untranslated-fragment", "De bussen rijden naar Zwolle, Kampen and Meppel."),
])
def test_slip_is_still_found(language: str, rule: str, text: str) -> None:
    assert count(text, language, rule) == 1

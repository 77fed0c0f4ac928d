"""Which line rule owns a credit line, by signals (issue 10): a credit that names people or a news
source for the text is byline-remnant's, even beside a rights holder's `©`; one that names a
photo, picture or camera is image-credit's; a notice that the text may not be copied is
page-chrome's; a reporter's note at the text's end is byline-remnant's, in a text written one
paragraph a line too. Wordings written for this test, none from a held-out set."""
from __future__ import annotations

import pytest

from line_prose import PROSE
from test_line_variants import SECOND, at_end, lines_of, reported

from linter.engine import lint_text

RULES = ["byline-remnant", "image-credit", "page-chrome"]


def owners(text: str, language: str) -> list[tuple[str, int]]:
    return sorted((d.rule, d.line) for d in lint_text(text, language=language, select=RULES))


def one_a_line(line: str, language: str) -> str:
    """A text written one paragraph a line, no blank line between, the line last."""
    return f"{PROSE[language]}\n{SECOND[language]} {SECOND[language]}\n{line}\n"


@pytest.mark.parametrize(("language", "line"), [
    # the wires' material or the reporter, with the outlet's rights after a `©`
    ("en", "With material from Reuters and AP. © Fenwick Courier Group"),
    ("de", "Mit Material von AFP. © Weserbote Verlag"),
    ("nl", "Door onze correspondent Wim Hollander – © Zuiderpers"),
    ("es", "Información elaborada con datos de Fotolandia y Pisos Hoy. © Diario del Jalón"),
    ("fr", "© La Gazette du Morvan. Cet article a été publié d'abord sur gazettemorvan.fr"),
    # a credit signed after a dash
    ("it", "— a cura della redazione di Eco della Lomellina (fonte: Ats Pavia)"),
])
def test_a_credit_beside_a_rights_holder_is_a_byline(language: str, line: str) -> None:
    text = at_end(line, language)
    assert owners(text, language) == [("byline-remnant", text.split("\n").index(line) + 1)]


@pytest.mark.parametrize(("language", "line"), [
    ("fr", "© Mathis Laval / Agence Vosges Images"),
    ("nl", "© Anouk Brink / Hollands Beeld"),
    ("it", "Foto © Ettore Balzani / Studio Riviera"),
])
def test_a_picture_credit_with_a_rights_holder_stays_image_credit(language: str, line: str) -> None:
    assert reported("image-credit", at_end(line, language), line, language)
    assert lines_of("byline-remnant", at_end(line, language), language) == []


@pytest.mark.parametrize(("language", "line"), [
    ("fr", "© Le Petit Journal du Quercy – Reproduction interdite"),
    ("de", "© Lahnbote Medien – Nachdruck verboten"),
    ("es", "© El Eco del Cinca. Reproducción prohibida"),
])
def test_a_notice_that_the_text_may_not_be_copied_is_page_chrome(language: str, line: str) -> None:
    text = at_end(line, language)
    assert owners(text, language) == [("page-chrome", text.split("\n").index(line) + 1)]


@pytest.mark.parametrize(("language", "line"), [
    ("en", "Tobias Wren is the Courier's health correspondent. Follow him on Mastodon @twren"),
    ("en", "Mara Quint covers transport for The Valley Ledger. Email her at @maraquint."),
    ("nl", "Lotte Brandsma is verslaggever bij Dagblad Fryslân en schrijft over landbouw."),
    ("es", "Sobre el autor: Julián Oñate es periodista y escribe sobre vivienda desde 2018."),
    ("pt", "Marta Queirós, jornalista da secção Economia. Escreve segundo a antiga ortografia."),
    ("de", "Über die Autorin: Greta Lindqvist ist Redakteurin im Ressort Wirtschaft."),
])
def test_a_reporters_note_is_a_byline_at_the_end(language: str, line: str) -> None:
    for text in (at_end(line, language), one_a_line(line, language)):
        assert owners(text, language) == [("byline-remnant", text.split("\n").index(line) + 1)]


@pytest.mark.parametrize(("language", "line"), [
    # the text's own last paragraph about a person, not the reporter
    ("it", "Mario Bellini, sindaco di Verzuolo, ha detto che i lavori finiranno entro l'estate."),
    ("en", "Hannah Price is the council's new chief executive and starts work in May."),
    ("es", "Lucía Ferrer, periodista del diario local, presentará el libro el jueves en la biblioteca."),
])
def test_the_texts_last_paragraph_about_someone_stays(language: str, line: str) -> None:
    for text in (at_end(line, language), one_a_line(line, language)):
        assert owners(text, language) == []


LEAD = {
    "it": "Il consiglio comunale ha approvato ieri sera il bilancio con ventidue voti favorevoli.",
    "pt": "O governo regional aprovou ontem o orçamento com vinte e dois votos a favor.",
    "nl": "De gemeenteraad heeft gisteravond de begroting aangenomen met tweeëntwintig stemmen voor.",
    "fr": "La mairie a voté hier soir le budget par vingt-deux voix pour et huit contre.",
    "es": "El ayuntamiento aprobó anoche el presupuesto con veintidós votos a favor y ocho en contra.",
    "de": "Der Stadtrat hat gestern Abend den Haushalt mit zweiundzwanzig Stimmen beschlossen.",
}


@pytest.mark.parametrize(("language", "head"), [
    ("it", "di Marta Colonnese"),
    ("nl", "Door onze verslaggever Bram de Wilde"),
    ("pt", "Da redação, com agências"),
    ("fr", "L'Écho du Ternois avec AFP"),
    ("fr", "L'Écho du Ternois — Par Lise Moreau"),
    ("es", "Por Irene Salaberri @isalaberri_"),
])
def test_a_credit_run_into_the_lead_is_a_byline(language: str, head: str) -> None:
    text = f"{HEADLINE_OF[language]}\n\n{head}{LEAD[language]}\n\n{SECOND[language]}\n"
    assert lines_of("byline-remnant", text, language) == [3]


HEADLINE_OF = {language: "Bilancio approvato" for language in LEAD}


@pytest.mark.parametrize(("language", "line"), [
    # a brand in camel case after a preposition, a name after a byline word with its own capital
    ("es", "Por WhatsApp, los vecinos se organizaron para limpiar la plaza antes de la fiesta del barrio."),
    ("de", "Von McDonald's bis zum kleinen Imbiss haben alle Betriebe in der Innenstadt geöffnet."),
    ("en", "By YouTube standards the video was small, but it reached every household in the valley."),
])
def test_a_camel_case_name_after_a_preposition_stays(language: str, line: str) -> None:
    text = f"Headline\n\n{PROSE[language]}\n\n{line}\n\n{SECOND[language]}\n"
    assert lines_of("byline-remnant", text, language) == []


@pytest.mark.parametrize(("language", "tail"), [
    ("de", "(kbr)"),
    ("it", "(lmt/fz)"),
    ("en", "(Reporting by Anna Reid; editing by Tom Vale)"),
])
def test_a_code_or_credit_in_brackets_ending_the_last_paragraph_is_a_byline(language: str, tail: str) -> None:
    last = f"{SECOND[language]} {tail}"
    text = at_end(last, language)
    found = lint_text(text, language=language, select=["byline-remnant"])
    # the finding covers the space and the bracket, so the fix leaves the sentence intact
    assert [(d.line, d.column) for d in found] == [(text.split("\n").index(last) + 1, len(SECOND[language]) + 1)]


@pytest.mark.parametrize(("language", "tail"), [
    ("en", "(sic)"),
    ("it", "(ndr)"),
])
def test_an_editors_note_ending_the_last_paragraph_stays(language: str, tail: str) -> None:
    assert lines_of("byline-remnant", at_end(f"{SECOND[language]} {tail}", language), language) == []

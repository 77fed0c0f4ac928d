"""byline-remnant by its classes, from new examples in several languages: a byline glued to the
lead by a space, a byline with the page's extras after a bar or a dot, a byline with the role
before the name, the newsroom as the byline, a credit in another language than the text's, an
address to write to, initials at the foot, a byline run into the end of a paragraph. Traps: the
article's own byline above its first paragraph, a day or a city after the byline word."""
from __future__ import annotations

import pytest

from line_prose import PROSE

from linter.engine import lint_text
HEADLINE = "Council backs the budget after a long night"


def bylines(text: str, language: str) -> list[int]:
    return [d.line for d in lint_text(text, language=language) if d.rule == "byline-remnant"]


def under_headline(line: str, language: str) -> str:
    return f"{HEADLINE}\n\n{line}\n\n{PROSE[language]}\n"


def after_text(line: str, language: str) -> str:
    return f"{HEADLINE}\n\n{PROSE[language]}\n\n{line}\n"


@pytest.mark.parametrize(("language", "line"), [
    ("de", "Von Karin Lenz und Timo Brandt Die Stadtwerke erhöhen ab Januar die Preise für Fernwärme um zwölf Prozent."),
    ("fr", "Par Julie Marchand Le tribunal administratif a suspendu mardi l'arrêté municipal sur les terrasses."),
    ("es", "Por Marta Ruiz Ortega El ayuntamiento cerrará la piscina municipal durante todo el verano por obras."),
    ("en", "By Laura Finch The county council will close two libraries next spring to save money on repairs."),
])
def test_a_byline_glued_to_the_lead_by_a_space(language: str, line: str) -> None:
    assert bylines(under_headline(line, language), language) == [3]


@pytest.mark.parametrize(("language", "line"), [
    ("en", "By Monday The Times had already printed the whole story on its front page."),
    ("es", "Por Buenos Aires pasaron miles de turistas durante el largo fin de semana de carnaval."),
])
def test_a_day_or_a_city_after_the_byline_word_is_prose(language: str, line: str) -> None:
    assert bylines(under_headline(line, language), language) == []


@pytest.mark.parametrize(("language", "line"), [
    ("it", "di Marco Ferri · aggiornato 3 ore fa"),
    ("de", "Von Karin Lenz | Ressort Wirtschaft | 4. März 2026"),
    ("nl", "Door Pieter Jansen | 12 maart 2026, 08:14"),
    ("pt", "Por Ana Lima, no Porto | 3 de março de 2026"),
])
def test_a_byline_with_the_pages_stamp_is_reported_even_above_the_text(language: str, line: str) -> None:
    assert bylines(under_headline(line, language), language) == [3]


@pytest.mark.parametrize(("language", "line"), [
    ("fr", "Par Julie Marchand | Service Politique"), ("en", "By Laura Finch · Health desk"),
])
def test_a_byline_with_its_desk_is_the_articles_above_the_text_and_a_remnant_below(language: str, line: str) -> None:
    assert bylines(under_headline(line, language), language) == []
    assert bylines(f"{HEADLINE}\n\n{PROSE[language]}\n\n{line}\n\n{PROSE[language]}\n", language) == [5]


@pytest.mark.parametrize(("language", "line"), [
    ("en", "By Laura Finch"), ("de", "Von Karin Lenz und Timo Brandt"), ("pt", "Por Ana Lima"),
])
def test_the_articles_own_byline_above_its_first_paragraph_stays(language: str, line: str) -> None:
    assert bylines(under_headline(line, language), language) == []


def test_a_date_in_a_byline_line_is_still_reported() -> None:
    found = lint_text(under_headline("Por Ana Ruiz | Noviembre 12, 2026", "es"), language="es")
    assert {d.rule for d in found if d.line == 3} == {"byline-remnant", "date-format"}


@pytest.mark.parametrize(("language", "line"), [
    ("de", "Von dpa-Korrespondent Jan Berger"),
    ("en", "By AP correspondent Lisa Ward"),
    ("es", "Por el corresponsal de EFE Diego Salas"),
    ("fr", "Par la rédaction du Courrier Picard, avec AFP"),
    ("en", "By the Harbour Post newsroom, with agencies"),
    ("pt", "Pela redação do Diário do Minho, com Lusa"),
])
def test_a_byline_with_its_role_or_newsroom_after_the_text(language: str, line: str) -> None:
    assert bylines(after_text(line, language), language) == [5]


@pytest.mark.parametrize(("language", "line"), [
    ("pt", "Con información de Reuters y AFP"),
    ("en", "Mit Material von dpa und AFP"),
    ("de", "Avec AFP"),
    ("nl", "Fuente: EFE"),
])
def test_a_credit_in_another_language_than_the_texts(language: str, line: str) -> None:
    assert bylines(after_text(line, language), language) == [5]


@pytest.mark.parametrize(("language", "line"), [
    ("en", "Laura Finch, laura.finch@harbourpost.co.uk"),
    ("it", "Di Marco Ferri - m.ferri@gazzettalago.it"),
    ("fr", "– J.M."),
])
def test_an_address_or_initials_under_the_text(language: str, line: str) -> None:
    assert bylines(after_text(line, language), language) == [5]


@pytest.mark.parametrize(("language", "byline"), [
    ("de", "Von Karin Lenz"), ("en", "By Laura Finch and Tom Weir"), ("fr", "Par Julie Marchand"),
])
def test_a_byline_run_into_the_end_of_a_paragraph_inside_the_text(language: str, byline: str) -> None:
    text = f"{HEADLINE}\n\n{PROSE[language]} {byline}\n\n{PROSE[language]}\n"
    assert bylines(text, language) == [3]


@pytest.mark.parametrize(("language", "line"), [
    ("en", "Email: press@harbourcycles.co.uk"), ("fr", "Courriel : presse@coop-lauzes.fr"),
])
def test_a_press_releases_contact_address_is_its_own(language: str, line: str) -> None:
    assert bylines(after_text(line, language), language) == []


def test_a_single_name_run_into_a_paragraph_may_be_a_cut_sentence() -> None:
    text = f"{HEADLINE}\n\n{PROSE['de']} Von Berlin\n\n{PROSE['de']}\n"
    assert bylines(text, "de") == []


@pytest.mark.parametrize(("language", "byline"), [
    ("de", "(Von: Karin Lenz, Lokalredaktion)"), ("it", "(di Marco Ferri)"), ("en", "(By Laura Finch)"),
])
def test_a_byline_in_brackets_run_into_a_paragraph(language: str, byline: str) -> None:
    text = f"{HEADLINE}\n\n{PROSE[language]} {byline}\n\n{PROSE[language]}\n"
    assert bylines(text, language) == [3]


@pytest.mark.parametrize(("language", "line"), [
    ("en", "(Photo by the author)"), ("es", "(por ejemplo, Madrid)"),
])
def test_a_bracket_that_names_no_reporter_is_prose(language: str, line: str) -> None:
    text = f"{HEADLINE}\n\n{PROSE[language]} {line}\n\n{PROSE[language]}\n"
    assert bylines(text, language) == []


@pytest.mark.parametrize(("language", "line"), [
    ("en", "By Maria Lund, Health EditorHospitals in the county will cut waiting lists by a third next year, officials said."),
    ("es", "Por Marta Ruiz, corresponsal en BruselasLa Comisión Europea presentó este martes su plan para reducir el gasto agrícola."),
    ("fr", "Par Julie Marchand, envoyée spécialeLe Premier ministre a annoncé mardi un plan de soutien aux éleveurs bretons."),
])
def test_a_byline_and_its_role_glued_to_the_lead(language: str, line: str) -> None:
    assert bylines(under_headline(line, language), language) == [3]


def test_a_name_and_its_role_opening_a_sentence_is_prose() -> None:
    line = "By Maria Lund, the health minister, hospitals were told to cut waiting lists by a third."
    assert bylines(under_headline(line, "en"), "en") == []


@pytest.mark.parametrize(("language", "line"), [
    ("es", "Redacción Deportes / JMG"), ("it", "Redazione Sport / MB"), ("de", "Redaktion Lokales / jr"),
])
def test_the_newsrooms_desk_with_a_code_is_no_photo_credit(language: str, line: str) -> None:
    text = after_text(line, language)
    assert bylines(text, language) == [5]
    assert [d.line for d in lint_text(text, language=language) if d.rule == "image-credit"] == []


@pytest.mark.parametrize(("language", "line"), [
    ("de", "Karin Lenz | Lokalredaktion | k.lenz@stadtkurier.de"),
    ("en", "Laura Finch – health desk / l.finch@harbourpost.co.uk"),
    ("es", "Marta Ruiz · Sección Local · mruiz@diariosur.es"),
    ("nl", "Pieter Jansen, regioredactie, p.jansen@dagblad-oost.nl"),
])
def test_a_reporters_name_desk_and_address_under_the_text(language: str, line: str) -> None:
    assert bylines(after_text(line, language), language) == [5]


@pytest.mark.parametrize(("language", "line"), [
    ("nl", "Door Pieter Jansen | 09:12 | Update 10:40"),
    ("en", "By Peter Johnson | 09:12 | Updated 10:40"),
    ("es", "Por Lucía Ferrer | 18:05 | Actualizado 19:30"),
    ("de", "Von Jana Roth · 07:45 · Aktualisiert 08:10"),
])
def test_a_byline_with_its_times_in_segments_is_a_byline_not_a_player_bar(language: str, line: str) -> None:
    """A clip's duration and a page's clock time look alike; the byline word decides."""
    found = {d.rule for d in lint_text(under_headline(line, language), language=language) if d.line == 3}
    assert found == {"byline-remnant"}

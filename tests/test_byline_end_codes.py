"""byline-remnant on wordings written for this test in the seven languages: end codes (an
editor's initials over the desk spelled out in lower case, desk codes in brackets before the
source's label), the newsroom or a desk as the byline, a desk's address, the feed's date, a
read-on pointer naming the outlet, bylines glued to the lead by their extras, a change of case,
a staff title or a dash; with the lines of the same shape that stay the article's."""
from __future__ import annotations

import pytest

from test_line_variants import HEADLINE, PROSE, SECOND, at_end, between, lines_of, reported


@pytest.mark.parametrize(("language", "line"), [
    ("nl", "KVB/regioredactie"),
    ("de", "SWP/lokales"),
    ("it", "FDR/cronaca-red"),
    ("es", "MGL/deportes"),
    ("fr", "JDL/service-économie"),
    ("pt", "RMA/desporto"),
])
def test_initials_over_the_desk_spelled_out(language: str, line: str) -> None:
    assert reported("byline-remnant", at_end(line, language), line, language)


@pytest.mark.parametrize(("language", "line"), [
    ("it", "(Ser/Eco) Fonte: Notiziario Lombardo"),
    ("es", "(Red/Eco) Fuente: Agencia Ebro Noticias"),
    ("pt", "(Red/Pol) Fonte: Agência Lusitana"),
    ("de", "(red/wi) Quelle: Nachrichtendienst Süd"),
    ("fr", "(Réd/Soc) Source : Agence Loire Info"),
    ("en", "(ed/bm) Source: Fenland Press Agency"),
    ("nl", "(red/ec) Bron: Persbureau Noord"),
])
def test_desk_codes_before_the_sources_label(language: str, line: str) -> None:
    assert reported("byline-remnant", at_end(line, language), line, language)


@pytest.mark.parametrize(("language", "line"), [
    ("en", "The fare rises to £4.20 for adults (£2.10 for children) from April, the operator said on Monday."),
    ("de", "Die Linie fährt künftig im Zehn-Minuten-Takt, teilte die SWP/Verkehrsgesellschaft am Montag mit."),
    ("it", "(Fonte: Istat) La disoccupazione è scesa al 6,1 per cento nel secondo trimestre dell'anno."),
])
def test_prose_with_codes_and_labels_is_the_articles(language: str, line: str) -> None:
    assert lines_of("byline-remnant", at_end(line, language), language) == []


@pytest.mark.parametrize(("language", "line"), [
    ("it", "a cura della redazione sportiva"),
    ("en", "Web Desk Manchester"),
    ("fr", "La Rédaction Web"),
    ("it", "— cronaca/localiredazione@gazzettadelpo.it (Redazione Web)"),
    ("es", "REDACCIÓN | contacto@diariodelvalle.es"),
    ("it", "(Di giovedì 6 marzo 2025)"),
    ("es", "/ martes 4 de marzo de 2025 / 10:32"),
    ("it", "di TeleRomagna24"),
    ("de", "Mehr dazu lesen Sie auf saechsische-rundschau.de"),
    ("es", "Lee la noticia original en El Correo de Teruel"),
    ("en", "— Marta Selvi"),
    ("it", "Marta Selvi (testo) e Luca Neri (foto)"),
    ("nl", "Tekst en foto's: Sanne Bos"),
    ("es", "Colaboró: Pedro Sanz"),
    ("it", "Di Marco Ferri - 12 marzo 2025"),
    ("es", "Por Ana Ruiz, 4 de marzo de 2025 - 10:32"),
    ("en", "Tom Hale, Senior Reporter"),
    ("pt", "Rui Calado, enviado especial ao Porto"),
    ("en", "Tom Hale @tomhale_news"),
])
def test_the_newsroom_a_desk_a_feeds_date_and_credits_below_the_text(language: str, line: str) -> None:
    assert reported("byline-remnant", at_end(line, language), line, language)


@pytest.mark.parametrize(("language", "byline", "glue"), [
    ("it", "Redazione Web", " – "),
    ("en", "BY TOM HALE", " "),
    ("es", "Redacción Deportes", ""),
    ("fr", "Par Julie Marchand | 12/03/2025 à 14h05", " "),
    ("nl", "Door onze verslaggever", ""),
    ("pt", "Da Redação", " - "),
])
def test_a_byline_glued_to_the_lead(language: str, byline: str, glue: str) -> None:
    text = f"{HEADLINE}\n\n{byline}{glue}{PROSE[language]}\n\n{SECOND[language]}\n"
    assert lines_of("byline-remnant", text, language) == [3]


@pytest.mark.parametrize(("language", "line"), [
    ("en", "Staff shortages"),
    ("de", "Die Redaktion empfiehlt"),
    ("en", "Newsroom cuts"),
    ("nl", "Redactie reageert"),
    ("es", "Redacción y estilo"),
    ("it", "(Dal 6 marzo 2025)"),
    ("fr", "La rédaction a contacté la mairie, qui n'a pas répondu à nos questions avant la publication."),
])
def test_headings_and_prose_about_the_newsroom_stay(language: str, line: str) -> None:
    assert lines_of("byline-remnant", between(line, language), language) == []


@pytest.mark.parametrize(("language", "line"), [
    ("en", "By NOON the council had approved the new budget after a long debate in the chamber."),
    ("de", "Von Anfang an hat der Gemeinderat den neuen Haushalt nach einer langen Debatte unterstützt."),
    ("it", "Da Roma il consiglio comunale ha approvato il nuovo bilancio dopo un lungo dibattito in aula."),
])
def test_a_lead_opening_with_a_byline_word_is_prose(language: str, line: str) -> None:
    text = f"{HEADLINE}\n\n{line}\n\n{SECOND[language]}\n"
    assert lines_of("byline-remnant", text, language) == []

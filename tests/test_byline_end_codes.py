"""byline-remnant on end codes written for this test in the seven languages: an editor's
initials over the desk spelled out in lower case, and desk codes in brackets before the
source's label; with the lines of the same shape that stay the article's."""
from __future__ import annotations

import pytest

from test_line_variants import at_end, lines_of, reported


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

"""byline-remnant by signals, not wordings: below the text's last paragraph, a short line that
names someone (a name or an outlet, a newsroom, a handle, an editor's code) and shows a second
sign of a credit (a reporter's title, publishing or translating, the text naming itself, a
credit's label or a byline word, another of those who) is the page's credit, in whatever words:
segments set apart alone are no sign (a list's items are set apart so).
A machine translation's note, a picture's credit, a list of items, a line under a label that is
no credit's, a sentence of the text and a line above the last paragraph stay silent."""
from __future__ import annotations

import pytest

from test_line_variants import between, lines_of, reported, at_end


@pytest.mark.parametrize(("language", "line"), [
    ("en", "Morag Tulloch | Courts reporter | @mtulloch_news"),
    ("en", "This story first appeared in the Fenland Gazette."),
    ("de", "Jonas Ebeling, Lokalredaktion Hügelland, Telefon 05121 33-40"),
    ("de", "Dieser Text beruht auf Material der Nordsee Agentur."),
    ("fr", "Par L. Garnier, avec la rédaction Économie"),
    ("fr", "Article initialement publié par Le Réveil du Causse."),
    ("it", "Gianni Ferro · Corrispondente da Trapani"),
    ("it", "Articolo pubblicato originariamente su La Voce del Tirreno."),
    ("es", "Texto: Irene Salcedo | Edición: Marcos Peral"),
    ("es", "Artículo publicado originalmente en el Diario de Almenara."),
    ("pt", "Reportagem: Carla Pimenta; edição: Rui Valadares"),
    ("pt", "Notícia reproduzida do portal Gazeta do Planalto"),
    ("nl", "— Sanne Wolters, verslaggever Rivierenland"),
    ("nl", "Dit stuk verscheen eerder in Dagblad De Polder"),
])
def test_a_credit_below_the_text_is_read_by_its_signals(language: str, line: str) -> None:
    assert reported("byline-remnant", at_end(line, language), line, language)


@pytest.mark.parametrize(("language", "line"), [
    # a machine translation's note (generation-residue's)
    ("de", "Dieser Artikel wurde automatisch aus dem Englischen übersetzt."),
    ("es", "Este contenido ha sido traducido con un sistema de traducción automática."),
    ("nl", "Vertaling gegenereerd door Taalhulp Pro (bèta)."),
    # a picture's credit, the rights line, a share bar, tags (image-credit's, page-chrome's)
    ("fr", "Photo : Lucie Morel / Ouest Matin"),
    ("en", "© 2025 Harbour Media Ltd. All rights reserved"),
    ("it", "Condividi: Facebook · WhatsApp · Telegram"),
    ("en", "Tags: Harlow Bend, city council · parking · Front Street"),
    # a line under a label that is no credit's, a score, a post's signature
    ("es", "Árbitro: Mateu Lahoz (Comité Valenciano)."),
    ("nl", "Regie: Iris Haitsma en Daan Bosma"),
    ("de", "Kurpfalz Falken - Ostsee Lions Rostock 4:2 (0:1, 1:1, 3:0)"),
    ("en", "A post shared by Calder Health Watch (@calderhealthwatch)"),
    # the text's own sentences and headings
    ("en", "He said the Datu Cabaylo was the third vessel owned by the bureau this year."),
    ("en", "Story Timeline"),
    ("pt", "Esta receita foi publicada pela primeira vez em março de 2019."),
    ("de", "Veröffentlicht wurde die Studie von der Universität Jena im vergangenen Herbst."),
    ("fr", "Lorient Agglomération · Transports"),
])
def test_other_lines_below_the_text_stay(language: str, line: str) -> None:
    assert lines_of("byline-remnant", at_end(line, language), language) == []


@pytest.mark.parametrize(("language", "line"), [
    ("es", "Artículo publicado originalmente en el Diario de Almenara."),
    ("nl", "Oorspronkelijk gepubliceerd door Dagblad De Polder"),
    ("de", "Jonas Ebeling, Lokalredaktion Hügelland, Telefon 05121 33-40"),
])
def test_the_signals_count_only_below_the_text(language: str, line: str) -> None:
    assert lines_of("byline-remnant", between(line, language), language) == []

"""generation-residue on wordings written for this test in the seven languages: a line pointing
at a text marked as an answer by the request it recalls, the language it put the text into or
the layout it kept; the model lacking what the text needs, then giving it anyway; an MT note
on a paragraph in another language than the text's; and the news lines of the same shape."""
from __future__ import annotations

import pytest

from test_line_variants import between, line_number, lines_of, reported


@pytest.mark.parametrize(("language", "line"), [
    ("en", "Below is the translated article, keeping the original layout:"),
    ("en", "Here are the main points of the story, condensed as you asked:"),
    ("it", "Di seguito il testo tradotto in italiano, con la formattazione originale:"),
    ("it", "Ecco i punti principali dell'articolo, riassunti come richiesto:"),
    ("de", "Nachfolgend die Übersetzung des Artikels ins Deutsche, mit dem ursprünglichen Format:"),
    ("fr", "Ci-dessous, les points essentiels de l'article, résumés comme demandé :"),
    ("es", "Estos son los puntos clave del texto, resumidos según lo solicitado:"),
    ("pt", "Segue abaixo a tradução do texto para o português, mantendo o formato original:"),
    ("pt", "Aqui estão os principais pontos do artigo, resumidos conforme pedido:"),
    ("nl", "Hieronder staat de vertaalde tekst in het Nederlands:"),
    ("nl", "Dit zijn de belangrijkste punten uit het artikel, samengevat zoals gevraagd:"),
])
def test_a_line_pointing_at_a_text_marked_as_an_answer(language: str, line: str) -> None:
    assert reported("generation-residue", between(line, language), line, language)


@pytest.mark.parametrize(("language", "line"), [
    ("fr", "Je n'ai pas d'informations récentes sur cette société, mais voici une version réécrite du texte."),
    ("it", "Non ho accesso ai dati più recenti su questa azienda, ma ecco una versione riscritta dell'articolo."),
    ("nl", "Ik heb geen actuele informatie over dit bedrijf, maar hier is een herschreven versie van het artikel."),
    ("pt", "Não tenho acesso a dados recentes sobre esta empresa, mas aqui está uma versão reescrita do texto."),
])
def test_the_model_lacking_data_then_giving_its_text(language: str, line: str) -> None:
    text = between(line, language)  # (a note on what it did to the text may report the line too)
    assert set(lines_of("generation-residue", text, language)) == {line_number(text, line)}


@pytest.mark.parametrize(("language", "line"), [
    ("de", "Note: this paragraph was machine-translated and may contain errors."),
    ("it", "Nota: questo paragrafo è stato tradotto automaticamente e potrebbe contenere imprecisioni."),
    ("es", "Nota: este párrafo fue traducido automáticamente y puede contener errores."),
])
def test_an_mt_note_on_a_paragraph_in_any_language(language: str, line: str) -> None:
    assert reported("generation-residue", between(line, language), line, language)


@pytest.mark.parametrize(("language", "line"), [
    ("en", "Here is the full text of the statement, translated from French:"),
    ("fr", "Voici le texte intégral de la lettre, que vous pouvez lire ci-dessous :"),
    ("en", "Below is the original text of the letter sent to residents:"),
    ("en", "Here are the key points you need to know:"),
    ("it", "Ecco i punti chiave che devi sapere:"),
    ("de", "Hier sind die wichtigsten Punkte des Berichts, die Sie kennen sollten:"),
    ("es", "Este es el texto íntegro del comunicado, tal como lo publicó el ministerio:"),
    ("pt", "Estes são os principais pontos do acordo assinado ontem:"),
    ("nl", "Dit zijn de belangrijkste punten uit het rapport van de inspectie:"),
    ("de", "Das sind die Kernpunkte des Koalitionsvertrags:"),
    ("en", "Here is the format of the new competition, as explained by the league:"),
    ("en", "The mayor said she did not have the figures, but here is what the report shows:"),
    ("es", "No tengo nada que ocultar, pero aquí está el texto del contrato, dijo el alcalde."),
    ("fr", "Le document a été traduit en français par les services de la mairie."),
])
def test_news_lines_that_point_at_a_text_stay(language: str, line: str) -> None:
    assert lines_of("generation-residue", between(line, language), language) == []

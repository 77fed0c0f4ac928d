"""Residue that carries to new outlets, seen in the open sets' misses: a translation tool's
trailer naming its free or beta version, the French refusal `En tant que modèle de langage`, a
note in brackets, a progress message with its share done, a courtesy that names the article; a
continuation stub after an ellipsis in lower case or with the offer after it, or in brackets; a
year fronted after a comma before its future verb."""
from __future__ import annotations

import pytest

from lint_support import rules, spans

LEAD = {
    "en": "The council voted on Tuesday to approve the new budget for the city and its schools.",
    "fr": "Le conseil municipal a approuvé mardi le nouveau budget de la ville et de ses écoles.",
    "de": "Der Stadtrat hat am Dienstag den neuen Haushalt für die Stadt und ihre Schulen beschlossen.",
    "nl": "De gemeenteraad heeft dinsdag de nieuwe begroting voor de stad en haar scholen goedgekeurd.",
    "it": "Il consiglio comunale ha approvato martedì il nuovo bilancio per la città e le sue scuole.",
    "pt": "A câmara municipal aprovou na terça-feira o novo orçamento para a cidade e as suas escolas.",
    "es": "El pleno municipal aprobó el martes el nuevo presupuesto para la ciudad y sus escuelas.",
}


@pytest.mark.parametrize(("language", "line"), [
    ("en", "Translated with LinguaFlow (free version)"),
    ("nl", "Vertaald met een gratis vertaaldienst – upgrade voor onbeperkte vertalingen"),
    ("nl", "Vertaling gegenereerd door NPD Translate (bèta). Meld fouten via de redactie."),
    ("pt", "Traduzido com o TradutorX (versão beta)"),
    ("fr", "En tant que modèle de langage, je ne peux pas vérifier les chiffres les plus récents."),
    ("fr", "En tant qu'assistant IA, je ne suis pas en mesure de vérifier les chiffres cités."),
    ("en", "[Note: This summary was generated automatically and may contain errors.]"),
    ("de", "Übersetzung wird geladen … 87 %"),
    ("de", "Hinweis: Dieser Text wurde von einer KI aus dem Französischen übertragen."),
    ("it", "Spero che questo articolo ti sia stato utile!"),
])
def test_generation_residue_on_a_line_of_its_own(language: str, line: str) -> None:
    assert "generation-residue" in rules(f"{LEAD[language]}\n\n{line}\n", language)


@pytest.mark.parametrize(("language", "line"), [
    ("en", "Translated by Maria Lopez."),  # a translator's credit
    ("en", "Created with free software, the festival's website drew 40,000 visitors in a week."),
    ("nl", "Vertaald door Anna de Vries, met dank aan de gratis cursus van de bibliotheek."),
])
def test_a_credit_or_prose_that_names_a_free_thing(language: str, line: str) -> None:
    assert "generation-residue" not in rules(f"{LEAD[language]}\n\n{line}\n", language)


@pytest.mark.parametrize(("language", "paragraph", "stub"), [
    ("de", "Die Landesregierung hat zusätzliche Mittel in Aussicht gestellt, allerdings erst für den Doppelhaus… weiterlesen",
     "… weiterlesen"),
    ("de", "Über die Finanzierung soll der Kreistag im Dezem… Weiterlesen mit LA+", "… Weiterlesen mit LA+"),
    ("nl", "Het waterbedrijf adviseert gemeenten om rekening te houden met regenwateropvang, groene daken en [lees verder]",
     "[lees verder]"),
])
def test_a_continuation_stub_after_the_cut(language: str, paragraph: str, stub: str) -> None:
    assert stub in spans(f"{LEAD[language]}\n\n{paragraph}\n", language, "truncated-text", select=["truncated-text"])


def test_a_sentence_that_ends_on_the_verb_read_is_no_stub() -> None:
    text = f"{LEAD['de']}\n\nWer mehr über den Haushalt wissen will, kann im Amtsblatt weiterlesen.\n"
    assert "truncated-text" not in rules(text, "de")


@pytest.mark.parametrize(("language", "head", "sentence"), [
    ("it", "martedì 12 marzo 2025",
     "Secondo il piano finanziario presentato ai soci, nel 2024 la cooperativa unica raggiungerà il pareggio."),
    ("es", "martes 12 de marzo de 2025",
     "Según el plan regional aprobado en 2021, en 2023 la cobertura superará el 75 % en todos los municipios."),
])
def test_a_year_fronted_after_a_comma(language: str, head: str, sentence: str) -> None:
    assert rules(f"{head}\n\n{sentence}\n", language, select=["tense-year"]) == ["tense-year"]


@pytest.mark.parametrize(("language", "head", "sentence"), [
    ("it", "martedì 12 marzo 2025",
     "Secondo il piano finanziario presentato ai soci, nel 2027 la cooperativa unica raggiungerà il pareggio."),
    ("it", "martedì 12 marzo 2025", "Secondo il piano presentato ai soci, nel 2024 la cooperativa ha raggiunto il pareggio."),
])
def test_a_year_after_a_comma_that_is_to_come_or_past(language: str, head: str, sentence: str) -> None:
    assert rules(f"{head}\n\n{sentence}\n", language, select=["tense-year"]) == []


@pytest.mark.parametrize(("language", "paragraph", "both"), [
    ("de", "Die Zufahrt ist nur für Anlieger frei, sagte ein Sprecher. Die Brücke bleibt bis auf Weiteres gesperrt. "
     "Die Brücke bleibt bis auf Weiteres gesperrt.",
     "Die Brücke bleibt bis auf Weiteres gesperrt. Die Brücke bleibt bis auf Weiteres gesperrt."),
    ("fr", "Le dernier office aura lieu le dimanche de Pâques dans la chapelle. Le dernier office aura lieu le dimanche "
     "de Pâques dans la chapelle. La commune reprendra ensuite le bâtiment.",
     "Le dernier office aura lieu le dimanche de Pâques dans la chapelle. Le dernier office aura lieu le dimanche "
     "de Pâques dans la chapelle."),
])
def test_a_sentence_again_right_after_itself(language: str, paragraph: str, both: str) -> None:
    assert spans(f"{LEAD[language]}\n\n{paragraph}\n", language, "duplicated-paragraph") == [both]


def test_a_sentence_again_later_in_its_paragraph_is_a_quote_of_it() -> None:
    paragraph = ("Die Brücke bleibt bis auf Weiteres gesperrt. Die Stadt prüft eine Umleitung über die Talstraße. "
                 "Die Brücke bleibt bis auf Weiteres gesperrt.")
    assert "duplicated-paragraph" not in rules(f"{LEAD['de']}\n\n{paragraph}\n", "de")


@pytest.mark.parametrize(("language", "text"), [
    ("nl", "Storm Hedda raast over Schouwerland: dijken bewaakt, honderden bomen omgewaaid\narrow_drop_down\n"
     "Zware windstoten tot 130 kilometer per uur hebben in de nacht grote schade aangericht in Schouwerland.\n"),
    ("pt", "Publicado por Unidade Local de Saúde da Lapa em quarta-feira, 9 de outubro de 2024\n\nchevron_left chevron_right\n\n"
     "A campanha de vacinação contra a gripe começa na próxima semana em todos os centros de saúde.\n"),
])
def test_a_line_over_an_icons_name_is_not_broken(language: str, text: str) -> None:
    assert "layout-damage" not in rules(text, language)


def test_an_icons_name_opens_no_sentence() -> None:
    text = ("Beratungsangebot für Ehrenamtliche: jeden Mittwoch, 17 bis 19 Uhr, Alter Speicher, Raum 4\n\n"
            "arrow_forward_ios Weitere Meldungen aus der Region\n")
    assert "lowercase-sentence-start" not in rules(text, "de")

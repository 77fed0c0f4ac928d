"""Line classes told by their neighbours and their segments, each written from new examples in
several languages: a clip's duration beside its player, a dateline torn into place and date or
signed by a desk code, a header stamp with the page's data under a front-matter title, a list of
headlines under a link to the section, and the forms of bylines, players and tokens that the
lists did not hold. Each has its trap: the same line where its neighbours make it prose."""
from __future__ import annotations

import pytest

from line_prose import PROSE

from linter.engine import lint_text


def flagged(text: str, rule: str, language: str, path: str = "<text>") -> list[int]:
    return [d.line for d in lint_text(text, path, language=language, select=[rule]) if d.rule == rule]


def between(line: str, language: str) -> str:
    return f"{PROSE[language]}\n\n{line}\n\n{PROSE[language]}\n"


@pytest.mark.parametrize(("language", "button", "duration"), [
    ("en", "Play video", "2:37"),
    ("it", "Guarda il video", "01:12"),
    ("nl", "Video afspelen", "▶ 3:05"),
])
def test_a_duration_beside_its_player(language: str, button: str, duration: str) -> None:
    text = f"{PROSE[language]}\n\n{button}\n\n{duration}\n\n{PROSE[language]}\n"
    assert flagged(text, "embed-remnant", language) == [3, 5]
    # Alone between paragraphs the same line may be a time of day.
    assert flagged(between(duration, language), "embed-remnant", language) == []


@pytest.mark.parametrize(("language", "line"), [
    ("fr", "Regarder sur Dailymotion"),
    ("es", "Ver en TikTok"),
    ("de", "Auf Vimeo ansehen"),
    ("pt", "▶ Ver no YouTube"),
    ("it", "@comunedilucca · Segui"),
    ("en", "@harbourtrust · Follow"),
])
def test_a_player_or_profile_button(language: str, line: str) -> None:
    assert flagged(between(line, language), "embed-remnant", language) == [3]


@pytest.mark.parametrize(("language", "line"), [
    ("en", "The mayor said she would watch the vote on YouTube with her staff."),
    ("fr", "Le maire a suivi la séance sur YouTube depuis son bureau de la mairie."),
])
def test_prose_that_names_a_network(language: str, line: str) -> None:
    assert flagged(between(line, language), "embed-remnant", language) == []


@pytest.mark.parametrize(("language", "place", "date"), [
    ("it", "Borgo Valsesia", "12 marzo 2026"),
    ("es", "Puerto Lumbreras", "3 de abril"),
    ("en", "Kettleby", "March 4, 2026"),
    ("de", "Bad Wendstein", "am 5. Mai"),
])
def test_a_dateline_torn_into_place_and_date(language: str, place: str, date: str) -> None:
    text = f"{place}\n\n{date}\n\n{PROSE[language]}\n\n{PROSE[language]}\n"
    assert flagged(text, "split-dateline", language) == [1]
    # A place with no date under it, in mixed case, may be a heading.
    assert flagged(f"{place}\n\n{PROSE[language]}\n\n{PROSE[language]}\n", "split-dateline", language) == []


@pytest.mark.parametrize(("language", "headline", "place", "lead"), [
    ("de", "Stadt sperrt die Uferstraße", "Grenzach", "(lsw) - Die Stadt sperrt die Uferstraße ab Montag für drei Wochen, teilte das Rathaus mit."),
    ("it", "Chiusa la strada del lago", "Laveno", "(red/ag) – La strada del lago resterà chiusa da lunedì per tre settimane, ha fatto sapere il Comune."),
])
def test_a_place_over_a_lead_signed_by_a_desk_code(language: str, headline: str, place: str, lead: str) -> None:
    # One paragraph a line: the place is a line of its own whatever stands above it.
    text = f"Startseite › Region\n{headline} und mehr\n{place}\n{lead}\n{PROSE[language]}\n"
    assert flagged(text, "split-dateline", language) == [3]


@pytest.mark.parametrize(("language", "stamp"), [
    ("de", "Dienstag, 3. März 2026 · Lesezeit 5 Min."),
    ("it", "Martedì 3 marzo 2026 | Aggiornato 2 ore fa"),
    ("nl", "3 maart 2026 · 4 min leestijd"),
    ("de", "03.03.2026, 09:41 Uhr"),
])
def test_a_header_stamp_under_a_front_matter_title(language: str, stamp: str) -> None:
    text = f"---\ntitle: Der Haushalt ist beschlossen\nlang: {language}\n---\n\n{stamp}\n\n{PROSE[language]}\n\n{PROSE[language]}\n"
    assert flagged(text, "page-chrome", language, "a.md") == [6]
    # With no title above it, the first line is the article's own date line.
    assert flagged(f"{stamp}\n\n{PROSE[language]}\n\n{PROSE[language]}\n", "page-chrome", language) == []


@pytest.mark.parametrize(("language", "header", "headline"), [
    ("es", "Más noticias de Economía", "La lonja de Vigo amplía su horario de subasta"),
    ("pt", "Mais notícias de Cultura", "Festival de jazz volta ao centro histórico em julho"),
    ("it", "Ultime notizie da Bergamo", "Il nuovo pontile sarà pronto per l'estate secondo la Regione"),
])
def test_headlines_under_a_link_to_the_section(language: str, header: str, headline: str) -> None:
    text = f"{PROSE[language]}\n\n{PROSE[language]}\n\n{header}\n\n{headline}\n"
    assert flagged(text, "page-chrome", language) == [5, 7]
    # The headline's other findings stay (it may be cut off).
    assert [d.shares_line for d in lint_text(text, language=language, select=["page-chrome"])] == [False, True]


@pytest.mark.parametrize(("language", "line"), [
    ("de", "Jetzt weiterlesen mit Kurier Plus – 4 Wochen für 1 €"),
    ("fr", "Lire la suite avec l'offre numérique à 1 € le premier mois"),
    ("nl", "Lees verder met Dagblad Plus voor €1,99 per maand"),
    ("fr", "Ce site utilise des traceurs. Tout accepter · Tout refuser · Paramétrer"),
    ("es", "Usamos tecnologías propias y de terceros. Aceptar todo | Configurar"),
    ("it", "Tutti i diritti riservati"),
    ("es", "Reservados todos los derechos"),
    ("it", "Riproduzione riservata © Gazzetta del Lago 2026"),
])
def test_paywall_consent_and_rights_lines(language: str, line: str) -> None:
    assert flagged(between(line, language), "page-chrome", language) == [3]


@pytest.mark.parametrize(("language", "line"), [
    ("de", "Das Abo kostet künftig 9,99 € im Monat, teilte der Verlag am Dienstag mit."),
    ("fr", "Il ne faut pas tout accepter, a répondu la maire lors du conseil municipal de lundi."),
    ("en", "The union said the rights of the workers were not reserved for anyone in particular."),
])
def test_prose_about_prices_consent_and_rights(language: str, line: str) -> None:
    assert flagged(between(line, language), "page-chrome", language) == []


@pytest.mark.parametrize(("language", "line"), [
    ("en", "By Hannah Reyes and Tom Okafor — The county board voted on Monday to close two libraries for the winter."),
    ("nl", "Door Els van Dam - De provincie trekt volgend jaar twee miljoen euro uit voor nieuwe fietspaden."),
    ("pt", "Redação Diário do Vale"),
    ("it", "(MB – ufficio di Bergamo)"),
    ("es", "(Con información de NoticiasSur y agencias)"),
    ("pt", "*Com informações da Agência Serra"),
    ("it", "(red/cro-MI)"),
    ("de", "Autorin: Katrin Albers"),
    ("de", "Text: Lena Voss / Redaktion Wirtschaft (lv/wi)"),
])
def test_bylines_desks_and_credits_inside_the_text(language: str, line: str) -> None:
    text = f"{PROSE[language]}\n\n{line}\n\n{PROSE[language]}\n\n{PROSE[language]}\n"
    assert flagged(text, "byline-remnant", language) == [3]


@pytest.mark.parametrize(("language", "line"), [
    ("en", "By Tuesday — The county board had already voted to close two libraries for the winter."),
    ("pt", "A Redação do jornal mudou-se para um novo edifício no centro da cidade no ano passado."),
])
def test_prose_that_opens_like_a_byline(language: str, line: str) -> None:
    text = f"{PROSE[language]}\n\n{line}\n\n{PROSE[language]}\n"
    assert flagged(text, "byline-remnant", language) == []


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("nl", "Kaart wordt geladen...", [3]),
    ("it", "Mappa in caricamento…", [3]),
    ("en", "Comments loading...", [3]),
    ("nl", "De schepen bleven laden...", []),
])
def test_a_loading_state_that_names_what_loads(language: str, text: str, expected: list[int]) -> None:
    assert flagged(between(text, language), "template-token", language) == expected


def test_a_shortcode_pair_is_one_leak() -> None:
    line = '[caption id="attachment_51" align="alignleft" width="300"]The new pier at dawn.[/caption]'
    assert set(flagged(between(line, "en"), "template-token", "en")) == {3}
    assert len([d for d in lint_text(between(line, "en"), language="en", select=["template-token"])
                if "caption" in d.message]) == 1


@pytest.mark.parametrize(("language", "line"), [
    ("de", "Wiedergabe ▶ 00:00 / 01:58 · Vollbild"),
    ("fr", "Lecture 0:00 / 3:12 Plein écran"),
    ("en", "▶ 0:00 / 4:05 · Settings"),
    ("pt", "@joana.ribeiro Que noite em Braga! 🎶 ♬ som original - Joana Ribeiro"),
])
def test_a_player_bar_and_a_clip_caption(language: str, line: str) -> None:
    assert flagged(between(line, language), "embed-remnant", language) == [3]


def test_a_score_in_prose_is_no_player_bar() -> None:
    line = "Il Lecce ha chiuso il primo tempo sull'1-0 e ha perso 2/3 dei contrasti."
    assert flagged(between(line, "it"), "embed-remnant", "it") == []


@pytest.mark.parametrize(("language", "line"), [
    ("es", "(Redacción Deportes) AMG/lrs"),
    ("it", "(Redazione Cronaca) GB/fm"),
])
def test_a_desk_in_brackets_with_its_codes(language: str, line: str) -> None:
    assert flagged(between(line, language), "byline-remnant", language) == [3]


@pytest.mark.parametrize(("language", "line"), [
    ("de", "Übersetzt mit DeepL.com (kostenlose Version)"),
    ("fr", "Traduit avec www.DeepL.com/Translator (version gratuite)"),
    ("pt", "Traduzido com a versão gratuita do tradutor - www.DeepL.com/Translator"),
])
def test_an_mt_service_trailer(language: str, line: str) -> None:
    assert flagged(between(line, language), "generation-residue", language) == [3]


@pytest.mark.parametrize(("language", "line", "rule"), [
    ("en", "Scroll for more pictures", "embed-remnant"),
    ("de", "Wischen für mehr Bilder →", "embed-remnant"),
    ("es", "Desliza para ver más imágenes", "embed-remnant"),
    ("it", "Tocca per ingrandire", "page-chrome"),
    ("nl", "Klik hier om te vergroten", "page-chrome"),
    ("fr", "Identifiez-vous pour réagir", "page-chrome"),
    ("pt", "Faça login para deixar o seu comentário", "page-chrome"),
    ("de", "Beitrag drucken", "page-chrome"),
    ("it", "Stampa questo articolo", "page-chrome"),
    ("es", "¿Te ha resultado útil esta noticia? Sí No", "page-chrome"),
    ("en", "— Additional reporting by Sam Ortiz in Lima", "byline-remnant"),
])
def test_widgets_of_the_gallery_the_comments_and_the_page(language: str, line: str, rule: str) -> None:
    assert flagged(between(line, language), rule, language) == [3]


@pytest.mark.parametrize(("language", "line"), [
    ("en", "Scroll down the list and you will find the names of every councillor who voted."),
    ("fr", "Les élus pourront imprimer l'article de loi avant la séance, a précisé la mairie."),
    ("it", "Il sindaco ha chiesto se fosse utile? No, ha risposto l'assessore."),
])
def test_prose_that_scrolls_prints_or_asks(language: str, line: str) -> None:
    text = between(line, language)
    assert flagged(text, "page-chrome", language) == [] and flagged(text, "embed-remnant", language) == []


@pytest.mark.parametrize(("language", "line", "rule"), [
    ("en", "Listen on SoundCloud", "embed-remnant"),
    ("it", "Ascolta su Apple Podcasts", "embed-remnant"),
    ("nl", "De prijs: NaN euro per maand", "template-token"),
    ("de", "Preis: [object Object]", "template-token"),
    ("es", "undefined", "template-token"),
    ("pt", "Por %AUTOR%", "template-token"),
    ("es", "Texto y fotos: Marta Gil", "byline-remnant"),
])
def test_players_script_values_and_labelled_credits(language: str, line: str, rule: str) -> None:
    text = f"{PROSE[language]}\n\n{line}\n\n{PROSE[language]}\n\n{PROSE[language]}\n"
    assert flagged(text, rule, language) == [3]


@pytest.mark.parametrize(("language", "line"), [
    ("en", "The judge said the contract was null and void, and the council had to start again."),
    ("it", "La nonna, che tutti chiamano Nan, ha compiuto cento anni martedì in paese."),
])
def test_prose_with_a_script_word(language: str, line: str) -> None:
    assert flagged(between(line, language), "template-token", language) == []

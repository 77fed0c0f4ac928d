"""Classes of page furniture beyond one marker string, each written from new examples.

Each case puts the line between two paragraphs of prose in the language (the place where a
scraper leaves it) or at the text's edge, and checks the rule that owns the class, and that
the prose around it and the traps next to it are left alone.
"""
from __future__ import annotations

import pytest

from line_prose import PROSE

from linter.engine import lint_text


def flagged(text: str, rule: str, language: str) -> list[int]:
    return [d.line for d in lint_text(text, language=language, select=[rule]) if d.rule == rule]


def between(line: str, language: str) -> str:
    return f"{PROSE[language]}\n\n{line}\n\n{PROSE[language]}\n"


@pytest.mark.parametrize(("language", "line"), [
    ("en", "pic.twitter.com/Hr5tQ2 — Harbour Parents (@HarbourParents) March 2, 2026"),
    ("es", "pic.twitter.com/Lp0Zx9 — Tráfico Sur (@traficosur) 2 de marzo de 2026"),
])
def test_a_tweet_line_that_opens_with_its_picture_link(language: str, line: str) -> None:
    assert flagged(between(line, language), "embed-remnant", language) == [3]


def test_a_bare_address_line_stays_unreported() -> None:
    # Nothing on the line is prose: no rule reports a line of addresses alone.
    assert flagged(between("pic.twitter.com/Hr5tQ2", "en"), "embed-remnant", "en") == []


@pytest.mark.parametrize(("language", "line"), [
    ("en", "You may also like: Ten walks along the coast · How to pickle onions at home"),
    ("it", "Potrebbe interessarti: Dieci passeggiate sulla costa · Come fare le conserve"),
    ("de", "Das könnte Sie auch interessieren: Zehn Wanderungen an der Küste · Zwiebeln einlegen"),
])
def test_a_teaser_header_over_a_list_is_page_chrome(language: str, line: str) -> None:
    text = between(line, language)
    assert flagged(text, "read-insertion", language) == []
    assert flagged(text, "page-chrome", language) == [3]


@pytest.mark.parametrize(("language", "line"), [
    ("en", "MORE ON THE SITE → Harbour ferry fares to rise in spring"),
    ("it", "LEGGI ANCHE SUL SITO ► Traghetti, aumentano le tariffe in primavera"),
    ("nl", "LEES OOK OP DE SITE → Veerpont wordt in het voorjaar duurder"),
])
def test_an_upper_case_label_with_an_arrow(language: str, line: str) -> None:
    assert flagged(between(line, language), "read-insertion", language) == [3]


def test_an_upper_case_heading_with_an_arrow_but_no_teaser_word() -> None:
    assert flagged(between("UPDATE → The ferry is running again", "en"), "read-insertion", "en") == []


@pytest.mark.parametrize(("language", "line"), [
    ("fr", "9 h 20. Le message de la mairie de Quimper sur X :"),
    ("en", "14:05 - The fire service's post on Instagram:"),
    ("es", "12.40 - Mensaje de la alcaldía en X:"),
])
def test_an_embed_intro_after_a_live_blog_time(language: str, line: str) -> None:
    assert flagged(between(line, language), "embed-remnant", language) == [3]


@pytest.mark.parametrize(("language", "line"), [
    # Prose that names a network, or a quoted post after its intro, is no remnant.
    ("fr", "9 h 20. La mairie a publié un message sur X pour rassurer les habitants du quartier."),
    ("en", "14:05 - The fire service wrote on Instagram: \"Stay away from the harbour.\""),
])
def test_live_blog_entries_that_name_a_network(language: str, line: str) -> None:
    assert flagged(between(line, language), "embed-remnant", language) == []


@pytest.mark.parametrize(("language", "line"), [
    ("de", "Direkt zum Seiteninhalt springen"),
    ("nl", "Overslaan en naar de inhoud gaan"),
    ("en", "Jump to main content"),
    ("en", "Jump to Recipe · Print Recipe"),
    ("es", "Saltar al contenido principal"),
])
def test_skip_links(language: str, line: str) -> None:
    assert flagged(f"{line}\n\n{PROSE[language]}\n", "page-chrome", language) == [1]


@pytest.mark.parametrize(("language", "line"), [
    ("de", "Lesezeit: ungefähr 4 Minuten"),
    ("en", "Reading time: about 5 min"),
    ("fr", "Temps de lecture : environ 6 min"),
])
def test_approximate_reading_times(language: str, line: str) -> None:
    assert flagged(between(line, language), "page-chrome", language) == [3]


@pytest.mark.parametrize(("language", "line"), [
    ("fr", "Donnez votre avis : participez au débat dans les commentaires"),
    ("en", "Have your say: join the conversation in the comments below"),
    ("es", "Normas de la comunidad"),
    ("nl", "Spelregels voor reacties"),
])
def test_comment_section_lines(language: str, line: str) -> None:
    assert flagged(between(line, language), "page-chrome", language) == [3]


def test_a_sentence_about_comments_is_prose() -> None:
    line = "Many readers joined the conversation in the comments, and most of them backed the plan."
    assert flagged(between(line, "en"), "page-chrome", "en") == []


HEADLINE = {"it": "Bilancio approvato dopo una seduta fiume", "de": "Haushalt nach langer Sitzung beschlossen",
            "fr": "Le budget adopté après une longue séance", "en": "Budget approved after a marathon sitting"}


@pytest.mark.parametrize(("language", "stamp"), [
    ("de", "Stand: 02.03.2026, 07:15 Uhr"),
    ("it", "Aggiornato il 02/03/2026 alle 07:15"),
    ("fr", "Publié le 2 mars 2026 à 07h15 · Mis à jour il y a 2 heures"),
    ("en", "Published 2 March 2026 | 5 min read"),
])
def test_a_stamp_under_the_headline(language: str, stamp: str) -> None:
    text = f"{HEADLINE[language]}\n\n{stamp}\n\n{PROSE[language]}\n"
    assert flagged(text, "page-chrome", language) == [3]
    # On the text's first line it is the article's date line.
    assert flagged(f"{stamp}\n\n{HEADLINE[language]}\n\n{PROSE[language]}\n", "page-chrome", language) == []


def test_a_stamp_keeps_the_report_of_its_month() -> None:
    text = f"{HEADLINE['it']}\n\nAggiornato il 2 Marzo 2026 alle 07:15\n\n{PROSE['it']}\n"
    rules = {d.rule for d in lint_text(text, language="it") if d.line == 3}
    assert {"page-chrome", "month-capitalization"} <= rules


def test_a_date_alone_under_the_headline_is_the_date_line() -> None:
    text = f"{HEADLINE['de']}\n\nStand: 2. März 2026\n\n{PROSE['de']}\n"
    assert flagged(text, "page-chrome", "de") == []


@pytest.mark.parametrize(("language", "line"), [
    ("de", "Ein Bericht von Lea Brandstätter"),
    ("it", "Un servizio di Marco Vitale"),
    ("nl", "Een verhaal van Joost de Wit"),
    ("es", "Texto: M.R. / Diario del Ebro"),
    ("pt", "Texto: Inês Baptista · Edição: RCM"),
    ("es", "Redacción HL / agencias"),
    ("it", "Redazione / agenzie"),
])
def test_byline_remnants_in_their_forms(language: str, line: str) -> None:
    assert flagged(between(line, language), "byline-remnant", language) == [3]


@pytest.mark.parametrize(("language", "text", "expected"), [
    # A byline run into the lead without a space, two names joined by the language's conjunction.
    ("fr", "Par Lucie Marchand et Hugo BessonLe conseil municipal a adopté mardi soir le budget de la ville.\n", [1]),
    ("nl", "Door onze verslaggever - De gemeenteraad heeft dinsdagavond de nieuwe begroting goedgekeurd.\n", [1]),
    # A surname with an inner capital is no glue.
    ("en", "By Sarah McCarthy and Tom Price\n\n" + PROSE["en"] + "\n", []),
])
def test_bylines_glued_to_the_lead(language: str, text: str, expected: list[int]) -> None:
    assert flagged(text, "byline-remnant", language) == expected


@pytest.mark.parametrize(("language", "last", "expected"), [
    # A desk code at the foot of a text written one paragraph a line; an agency there signs off.
    ("it", "(red.mf)", [2]),
    ("it", "(ANSA).", []),
])
def test_a_desk_code_as_the_last_line(language: str, last: str, expected: list[int]) -> None:
    assert flagged(f"{PROSE[language]}\n{last}\n", "byline-remnant", language) == expected


CUT = {
    "fr": ("Les travaux commenceront au printemps prochain et dureront environ deux ans selon la mairie qui veut",
           "Cet article est réservé aux abonnés. Pour lire la suite, abonnez-vous dès 1 € par mois."),
    "de": ("Die Arbeiten beginnen im Frühjahr und dauern nach Angaben der Stadt rund zwei Jahre bis zur neuen",
           "© Beispielverlag GmbH – Alle Rechte vorbehalten"),
    "en": ("The works will start next spring and will take about two years, the council said on Monday, while the",
           "This article is for subscribers only. Subscribe now to keep reading."),
}


@pytest.mark.parametrize("language", sorted(CUT))
def test_a_cut_paragraph_above_the_paywall(language: str) -> None:
    cut, wall = CUT[language]
    text = f"{PROSE[language]}\n\n{PROSE[language]}\n\n{cut}\n\n{wall}\n"
    assert flagged(text, "truncated-text", language) == [5]
    # A full paragraph above the wall, and a short line (a headline) above it, are no cut.
    assert flagged(f"{PROSE[language]}\n\n{PROSE[language]}\n\n{wall}\n", "truncated-text", language) == []
    assert flagged(f"{PROSE[language]}\n\nBudget approved\n\n{wall}\n", "truncated-text", language) == []


@pytest.mark.parametrize(("language", "line"), [
    ("it", "Tempo previsto di lettura: 4 minuti"),
    ("de", "Geschätzte Lesezeit: 5 Minuten"),
    ("en", "Posted by Dana Whitfield · 23 comments"),
    ("en", "Some links in this article are affiliate links."),
    ("nl", "Dit artikel bevat affiliatelinks."),
    ("pt", "Gostou? Compartilhe com seus amigos que vão para a praia!"),
])
def test_page_data_and_calls_between_paragraphs(language: str, line: str) -> None:
    assert flagged(between(line, language), "page-chrome", language) == [3]


@pytest.mark.parametrize(("language", "header", "headline"), [
    ("fr", "Dernières infos Normandie", "Caen : la piscine du Chemin-Vert rouvrira au printemps après travaux"),
    ("it", "Ultime dal Basso Molise", "Termoli, il nuovo pontile sarà pronto per l'estate secondo la Regione"),
    ("de", "Neueste Meldungen aus dem Allgäu", "Kempten bekommt einen neuen Busbahnhof am Rande der Altstadt"),
])
def test_a_latest_stories_header_after_the_end(language: str, header: str, headline: str) -> None:
    text = f"{PROSE[language]}\n\n{PROSE[language]}\n\n{header}\n\n{headline}\n"
    # The header and the other articles' headlines under it, to the end.
    assert flagged(text, "page-chrome", language) == [5, 7]
    # The header alone as the text's last line is a link to the section.
    assert flagged(f"{PROSE[language]}\n\n{PROSE[language]}\n\n{header}\n", "page-chrome", language) == [5]
    # Between the paragraphs, with prose under it, it is a subheading of the text.
    assert flagged(f"{PROSE[language]}\n\n{header}\n\n{PROSE[language]}\n", "page-chrome", language) == []


def test_a_block_of_page_lines_without_blank_lines() -> None:
    # Lines of a page block, one under the other: each stands alone after a line of furniture.
    text = ("Wij en onze partners gebruiken cookies om content en advertenties te personaliseren. Akkoord"
            " Instellingen\nDeel dit artikel\n"
            f"\n{PROSE['nl']}\n")
    assert flagged(text, "page-chrome", "nl") == [1, 2]


LONG = {
    "de": ("Der Pegel der Ilz stieg in der Nacht auf mehr als acht Meter, und die Feuerwehr sperrte die "
           "Uferstraßen der Altstadt für den Verkehr."),
    "pt": ("Cerca de três mil utentes do centro de saúde vão ficar sem médico de família a partir de janeiro, "
           "segundo a unidade local de saúde."),
    "it": ("La seduta del consiglio comunale è durata oltre quattro ore e si è chiusa dopo la mezzanotte, "
           "senza il voto sul bilancio."),
}


@pytest.mark.parametrize(("language", "place", "source"), [
    ("de", "Regensburg", "(dpa/lby) – " + LONG["de"]),
    ("pt", "Guarda", "Lusa"),
    ("it", "TRESANA", "(Lunigiana24)"),
])
def test_a_torn_dateline_in_a_text_written_one_paragraph_a_line(language: str, place: str, source: str) -> None:
    caption = {"de": "Bild: Anna Berger / Donaubild", "pt": "Foto: Rui Costa/Arquivo", "it": "Foto di Lia Neri"}[language]
    text = f"{caption}\n{place}\n{source}\n{LONG[language]}\n{LONG[language]}\n"
    assert flagged(text, "split-dateline", language) == [2]


def test_a_subheading_in_a_text_written_one_paragraph_a_line() -> None:
    text = f"{LONG['de']}\nDie Folgen\n{LONG['de']}\n{LONG['de']}\n"
    assert flagged(text, "split-dateline", "de") == []

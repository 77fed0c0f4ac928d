"""The in-text rules: template-token, link-hole, layout-damage, truncated-text,
untranslated-fragment (and tense-year's English, German and Dutch).

Beyond the YAML examples: which rule owns a shared span, formats, fixes, and the signals
that keep real prose quiet (a bilingual article, a German passive, quoted speech).
"""
from __future__ import annotations

import pytest

from linter.config import Settings
from linter.engine import lint_source, lint_text
from linter.fix import fix_source
from linter.source import Source


def rules_found(text: str, language: str, fmt: str = "text", select: list[str] | None = None) -> list[tuple[int, str]]:
    return [(d.line, d.rule) for d in lint_text(text, language=language, fmt=fmt, select=select)]


def test_a_hole_is_link_hole_not_spacing() -> None:
    found = rules_found("The deal was signed, according to , the agency said.\n", "en", select=["ALL"])
    assert (1, "link-hole") in found and (1, "spacing") not in found


def test_a_space_before_a_comma_after_a_noun_stays_spacing() -> None:
    found = rules_found("Il governo ha scelto di renderla strutturale , come chiedevano.\n", "it", select=["ALL"])
    assert (1, "spacing") in found and (1, "link-hole") not in found


def test_raw_html_is_a_token_in_text_and_markup_in_markdown() -> None:
    text = "The <strong>mayor</strong> said the plan was ready.\n"
    assert rules_found(text, "en", "text", ["template-token"]) == [(1, "template-token")]
    assert rules_found(text, "en", "markdown", ["template-token"]) == []


@pytest.mark.parametrize(("language", "line", "expected"), [
    # A machine-translation note in brackets, or naming who provided it.
    ("pt", "[Tradução automática feita por IA — sujeita a revisão]", True),
    ("es", "(Traducción automática generada con inteligencia artificial)", True),
    ("de", "[Maschinelle Übersetzung, vom Verlag nicht geprüft]", True),
    ("it", "(Traduzione automatica a cura di LinguaNet)", True),
    ("en", "Machine translation provided by Alpine Lingua; the French original prevails.", True),
    # Prose about machine translation is no note.
    ("en", "Machine translation by volunteers was the only option, she said.", False),
    ("fr", "La traduction automatique a fait des progrès, selon les chercheurs.", False),
])
def test_machine_translation_notes(language: str, line: str, expected: bool) -> None:
    found = lint_text(f"{line}\n", language=language, select=["generation-residue"])
    assert bool(found) == expected


@pytest.mark.parametrize(("language", "text", "expected"), [
    # An icon's class name left as text, and a loading state of a few words.
    ("de", "icon-chevron-right Weiter zur Bildergalerie\n", ["icon-chevron-right"]),
    ("en", "fa-share-alt Share\n", ["fa-share-alt"]),
    ("es", "Cargando galería de fotos...\n", ["Cargando galería de fotos..."]),
    ("en", "Loading live results…\n", ["Loading live results…"]),
    # Hyphenated words of prose are no icon class; a loading sentence is prose.
    ("en", "The state-of-the-art icon was unveiled on Monday.\n", []),
    ("es", "El camión seguía cargando sacos de arena toda la tarde...\n", []),
])
def test_icon_classes_and_loading_states(language: str, text: str, expected: list[str]) -> None:
    found = lint_text(text, language=language, select=["template-token"])
    assert [text.splitlines()[d.line - 1][d.column - 1:d.end_column - 1] for d in found] == expected


@pytest.mark.parametrize(("text", "tags"), [
    # An element is one leak: its closing tag is reported only when it opened on another line.
    ("Il sindaco <em>ha detto</em> che il piano è pronto.\n", ["<em>"]),
    ("Der Plan steht.</p>\n", ["</p>"]),
    ("<p>Le plan est prêt.\n</p>\n", ["<p>", "</p>"]),
    ("El <b>alcalde</b> y la <i>concejala</i> votaron.<br/>\n", ["<b>", "<i>", "<br/>"]),
])
def test_raw_html_element_is_one_finding(text: str, tags: list[str]) -> None:
    found = lint_text(text, language="en", select=["template-token"])
    assert [text.splitlines()[d.line - 1][d.column - 1:d.end_column - 1] for d in found] == tags


def test_a_shortcode_in_code_is_left_alone() -> None:
    text = "Use the shortcode like this:\n\n```\n[ad_1]\n```\n\nThen `[caption]` in a sentence.\n"
    assert rules_found(text, "en", "markdown", ["template-token"]) == []


def _fixed(text: str, language: str) -> str:
    settings = Settings(language=language, select=("layout-damage",))
    source, _, _ = fix_source(Source(text), lambda s: lint_source(s, "a.txt", settings))
    return source.text


def test_layout_fix_joins_a_hyphenated_word_and_removes_invisible_characters() -> None:
    text = "The council said the infor-\nmation would be published.\nIt was a pro\u200bject, he said.\n"
    assert _fixed(text, "en") == "The council said the information would be published.\nIt was a project, he said.\n"


def test_layout_fix_leaves_compounds_alone() -> None:
    text = "The council set out a long-\nterm plan and a follow-\nup meeting.\n"
    assert _fixed(text, "en") == text


def test_a_broken_paragraph_is_layout_damage_not_a_lowercase_start() -> None:
    text = "Netanyahu ha poi detto che l'operazione durerà ancora pochi\n\ngiorni, secondo la radio militare.\n"
    assert rules_found(text, "it", select=["ALL"]) == [(1, "layout-damage")]


def test_a_headline_over_a_byline_is_not_broken() -> None:
    text = "Ghiacciai alpini, uno studio italiano ricostruisce cinquecento anni di clima\n\ndi Paolo Rinaldi\n"
    assert rules_found(text, "it", select=["layout-damage", "truncated-text"]) == []


def test_localised_truncation_marks() -> None:
    text = "Las entradas se podrán retirar a partir del [+1.240 caracteres]\n"
    assert rules_found(text, "es", select=["truncated-text"]) == [(1, "truncated-text")]


def test_an_inch_mark_is_no_open_quotation() -> None:
    text = "Deal of the day: a 34\" curved monitor with a stand, now for a good price in the shop\n"
    assert rules_found(text, "en", select=["truncated-text"]) == []


def test_a_bilingual_article_is_not_reported() -> None:
    english = "The council approved the budget on Tuesday night after a long debate."
    italian = "Il consiglio ha approvato il bilancio martedì sera dopo un lungo dibattito."
    text = "\n\n".join([italian, english, italian.replace("martedì", "mercoledì"), english.replace("Tuesday", "Monday")]) + "\n"
    assert rules_found(text, "it", select=["untranslated-fragment"]) == []


def test_a_foreign_clause_inside_a_sentence() -> None:
    text = ("The system has helped identify 14 suspects since its introduction, darunter zwei "
            "mutmaßliche Mitglieder einer Schleuserbande.\n\nThe police said the results were good.\n\n"
            "Critics said the cameras go too far.\n\nThe state will decide next year.\n")
    assert rules_found(text, "en", select=["untranslated-fragment"]) == [(1, "untranslated-fragment")]


def test_tense_year_german_passive_and_future() -> None:
    head = "Dienstag, 6. Februar 2024\n\n"
    assert rules_found(head + "Die Firma wird das Werk im Sommer 2023 schließen.\n", "de", select=["tense-year"]) == [(3, "tense-year")]
    assert rules_found(head + "Das Haus wird im Jahr 2023 renoviert.\n", "de", select=["tense-year"]) == []


def test_a_word_cut_short_is_the_start_of_a_frequent_word() -> None:
    cut = "Los expertos creen que la tormenta tropical podría debilit\n\nFuente: EFE\n"
    compound = "Dijkversterking langs de Lek loopt vertraging op door vondst van beverburchten\n"
    assert rules_found(cut, "es", select=["truncated-text"]) == [(1, "truncated-text")]
    assert rules_found(compound, "nl", select=["truncated-text"]) == []


def test_a_whole_line_a_line_rule_reports_is_not_also_untranslated() -> None:
    text = ("Il consiglio ha approvato il bilancio martedì sera.\n\nREAD  Some headline about the vote\n\n"
            "Il sindaco ha parlato di una giornata storica.\n\nIl voto finale è previsto la prossima settimana.\n")
    assert [rule for _, rule in rules_found(text, "it", select=["ALL"])] == ["read-insertion"]


@pytest.mark.parametrize("text, language", [
    ("Zutaten\n• zwei Zwiebeln, gewürfelt\n• eine Handvoll Petersilie\n", "de"),
    ("Ingrédients\n• une pincée de sel\n• deux oignons\n", "fr"),
    ("What you need\n• a ball of string\n• two pegs\n", "en"),
])
def test_a_bulleted_line_in_plain_text_is_a_list_item(text: str, language: str) -> None:
    assert (2, "lowercase-sentence-start") not in rules_found(text, language)


def test_a_lowercase_line_without_a_bullet_still_starts_a_sentence() -> None:
    text = "Zutaten\n\nzwei Zwiebeln werden gewürfelt und in Butter angebraten, bis sie glasig sind.\n"
    assert (3, "lowercase-sentence-start") in rules_found(text, "de")


@pytest.mark.parametrize("text, language", [
    ("The panel met on Monday (approx. twenty members attended) and voted.\n", "en"),
    ("Il testo (trad. automatica/red) è stato rivisto.\n", "it"),
])
def test_a_stop_inside_a_short_bracket_is_an_abbreviation(text: str, language: str) -> None:
    assert (1, "lowercase-sentence-start") not in rules_found(text, language)


def test_a_spaced_stop_is_a_hole_not_a_sentence_end() -> None:
    found = rules_found("Die Unterlagen liegen ab heute unter . einsehbar im Rathaus.\n", "de", select=["ALL"])
    assert (1, "link-hole") in found and (1, "lowercase-sentence-start") not in found


def test_a_preposition_and_article_before_a_spaced_comma_is_a_hole() -> None:
    found = rules_found("Die Stadt will den Plan gemeinsam mit der , dem Landkreis und dem Verein prüfen.\n", "de",
                        select=["ALL"])
    assert (1, "link-hole") in found and (1, "spacing") not in found


def test_a_preposition_and_demonstrative_before_a_relative_clause_is_no_hole() -> None:
    assert rules_found("Er war zufrieden mit dem, was er sah, und mit der Lösung.\n", "de", select=["ALL"]) == []


@pytest.mark.parametrize("text, language", [
    ("Het café wordt al dertig jaar gerund door de familie Van den IJssel uit Zwolle.\n", "nl"),
    ("The pub has been run for years by the family Van den IJssel from Leeds.\n", "en"),
])
def test_a_capitalised_name_particle_before_a_name_is_a_name(text: str, language: str) -> None:
    assert (1, "midsentence-capital") not in rules_found(text, language)


@pytest.mark.parametrize("text, language, repaired", [
    ("La cittÃ  vecchia è chiusa.\n", "it", "La città vecchia è chiusa.\n"),
    ("VoilÃ  comment le port a rouvert.\n", "fr", "Voilà comment le port a rouvert.\n"),
])
def test_a_mangled_a_grave_that_lost_its_no_break_space_is_mojibake(text: str, language: str, repaired: str) -> None:
    found = rules_found(text, language, select=["ALL"])
    assert (1, "mojibake") in found and (1, "spacing") not in found
    settings = Settings(language=language, select=("mojibake", "spacing"))
    source, _, _ = fix_source(Source(text), lambda s: lint_source(s, "a.txt", settings))
    assert source.text == repaired


def test_a_capital_a_tilde_in_capitals_before_a_double_space_is_no_mojibake() -> None:
    found = rules_found("A cidade de SÃO  Paulo cresceu.\n", "pt", select=["ALL"])
    assert (1, "mojibake") not in found and (1, "spacing") in found


@pytest.mark.parametrize("language, text", [
    ("en", "Prices fell again on Friday. The funds are done with this market. #cocoa #markets"),
    ("it", "Il club ha confermato l'accordo ieri sera. @ravennacalcio"),
    ("es", "El partido terminó sin goles en el estadio. #liga"),
])
def test_a_hashtag_or_handle_after_a_stop_is_no_sentence_start(language: str, text: str) -> None:
    assert not lint_text(text, language=language, select=["lowercase-sentence-start"])


@pytest.mark.parametrize("language, text, expected", [
    ("en", "What they do do well here is look after each other.", []),
    ("en", "The council will do do the review next week.", ["do"]),
    ("nl", "Het geld gaat naar de scholen die het het hardst nodig hebben.", []),
    ("nl", "Ze zei dat het het rapport gisteren al had gelezen.", []),
    ("nl", "Het het kabinet viel op dinsdag.", ["het"]),
    ("es", "La señal llegó a la estación terrena de Pago Pago, en Samoa Americana.", []),
    ("pt", "O voo para Bora Bora foi cancelado por causa do pagamento.", []),
    ("en", "The Senate Senate voted on Tuesday.", ["Senate"]),
    ("es", "El Gobierno Gobierno aprobó la ley de pago.", ["Gobierno"]),
])
def test_grammatical_doubles_after_their_subject(language: str, text: str, expected: list[str]) -> None:
    found = lint_text(text, language=language, select=["duplicated-word"])
    assert [d.message for d in found] == [f"duplicated word '{word}'" for word in expected]

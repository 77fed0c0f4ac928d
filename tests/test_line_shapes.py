"""Line classes judged by shape, position and neighbours, each written from new examples.

Every class is checked in both layouts a scraped text comes in: paragraphs between blank
lines, and one paragraph a line with no blank line at all; and next to it the prose traps
that look alike and must stay unreported.
"""
from __future__ import annotations

import pytest

from linter.engine import lint_text

PROSE = {
    "en": ("The harbour board approved the plan for a new ferry terminal on Tuesday after two years of "
           "talks with the town council."),
    "it": ("Il consiglio del porto ha approvato martedì il progetto del nuovo terminal dei traghetti dopo "
           "due anni di trattative con il Comune."),
    "de": ("Der Hafenbeirat hat am Dienstag den Plan für ein neues Fährterminal gebilligt, nachdem zwei "
           "Jahre lang mit der Stadt verhandelt worden war."),
    "fr": ("Le conseil portuaire a approuvé mardi le projet de nouveau terminal pour les ferries après deux "
           "ans de discussions avec la mairie."),
    "es": ("La junta del puerto aprobó el martes el proyecto de la nueva terminal de ferris tras dos años "
           "de negociaciones con el ayuntamiento."),
    "pt": ("A administração do porto aprovou na terça-feira o projeto do novo terminal de ferries depois "
           "de dois anos de negociações com a câmara."),
    "nl": ("Het havenbestuur heeft dinsdag het plan voor een nieuwe veerterminal goedgekeurd na twee jaar "
           "overleg met de gemeente."),
}


def flagged(text: str, rule: str, language: str) -> list[int]:
    return [d.line for d in lint_text(text, language=language, select=[rule]) if d.rule == rule]


def spans(text: str, rule: str, language: str) -> list[str]:
    return [text.splitlines()[d.line - 1][d.column - 1:d.end_column - 1]
            for d in lint_text(text, language=language, select=[rule]) if d.rule == rule]


def spaced(*lines: str) -> str:
    """Paragraphs between blank lines."""
    return "\n\n".join(lines) + "\n"


def flat(*lines: str) -> str:
    """One paragraph a line, no blank line."""
    return "\n".join(lines) + "\n"


LAYOUTS = [(spaced, 2), (flat, 1)]  # the layout and how many lines each paragraph takes


# --- byline-remnant ------------------------------------------------------------------------

@pytest.mark.parametrize(("language", "line"), [
    ("en", "By Karen Holt | Editing by Sam Price"),
    ("de", "Von Jana Roth | Redaktion: Paul Meier"),
    ("it", "Di Marco Neri · Editing: Luca Bassi"),
    ("nl", "Door Eva Smit | Eindredactie: Tom de Wit"),
    ("fr", "Par Anne Morel | Édition : Paul Girard"),
])
@pytest.mark.parametrize(("layout", "step"), LAYOUTS)
def test_a_byline_with_its_editor_after_the_last_paragraph(language, line, layout, step) -> None:
    text = layout(PROSE[language], PROSE[language], line)
    assert flagged(text, "byline-remnant", language) == [1 + 2 * step]


@pytest.mark.parametrize(("language", "line"), [
    ("fr", "Marc Lefèvre (à Bruxelles, correspondant)"),
    ("de", "Katrin Aust (Wien, Korrespondentin)"),
    ("it", "Giulia Ferri (corrispondente da Berlino)"),
    ("es", "Lucía Prado (corresponsal en Lisboa)"),
    ("en", "Tom Reeve (Brussels correspondent)"),
    ("pt", "Ana Moura (correspondente em Madrid)"),
])
@pytest.mark.parametrize(("layout", "step"), LAYOUTS)
def test_a_correspondent_with_the_place_in_brackets(language, line, layout, step) -> None:
    text = layout(PROSE[language], PROSE[language], line)
    assert flagged(text, "byline-remnant", language) == [1 + 2 * step]


def test_a_name_with_a_party_in_brackets_is_no_byline() -> None:
    text = flat(PROSE["it"], "Giulia Ferri (Forza Italia)", PROSE["it"])
    assert flagged(text, "byline-remnant", "it") == []


@pytest.mark.parametrize(("language", "line"), [
    ("en", "This story first appeared in the Harbour Gazette and is shared here with permission."),
    ("de", "Dieser Beitrag wurde zuerst von der Rheinpfalz veröffentlicht und erscheint hier im Rahmen einer Kooperation."),
    ("it", "Questo articolo è stato pubblicato originariamente da Il Piccolo ed è ripreso qui per gentile concessione."),
    ("es", "Este artículo fue publicado originalmente por El Norte de Castilla y se reproduce aquí con permiso."),
    ("fr", "Cet article a d'abord été publié par Ouest-France."),
    ("pt", "Este texto foi publicado originalmente pelo Jornal de Leiria."),
    ("nl", "Dit nieuwsbericht werd samengesteld door Regiobundel uit berichten van De Gelderlander."),
])
@pytest.mark.parametrize("at_top", [True, False])
def test_a_republication_note(language, line, at_top) -> None:
    text = flat(line, PROSE[language], PROSE[language]) if at_top else flat(PROSE[language], PROSE[language], line)
    assert flagged(text, "byline-remnant", language) == [1 if at_top else 3]


@pytest.mark.parametrize(("language", "line"), [
    ("en", "This article was updated on Monday to correct the name of the school."),
    ("en", "This story was first told by his grandmother in a letter to the newspaper in 1952."),
    ("de", "Dieser Artikel wurde am Montag aktualisiert."),
])
def test_notes_that_are_the_outlets_own_stay(language, line) -> None:
    assert flagged(flat(PROSE[language], PROSE[language], line), "byline-remnant", language) == []


@pytest.mark.parametrize(("language", "line"), [
    ("nl", "Via: Gooise Bode · 2 uur geleden"),
    ("en", "Via: Lakeside Herald · 3 hours ago"),
    ("de", "Via: Weserbote · vor 5 Stunden"),
])
def test_an_aggregators_via_line(language, line) -> None:
    text = flat("Headline of the page", line, PROSE[language], PROSE[language])
    assert flagged(text, "byline-remnant", language) == [2]
    assert flagged(text, "page-chrome", language) == []


@pytest.mark.parametrize(("language", "ending", "byline"), [
    ("en", "The terminal should open next spring.", "By Karen Holt – Harbour Post"),
    ("de", "Das Terminal soll im Frühjahr öffnen.", "Von Jana Roth, Weserbote"),
    ("es", "La terminal abrirá en primavera.", "Por Lucía Prado – DiarioSur.es"),
    ("fr", "Le terminal ouvrira au printemps.", "Par Marc Lefèvre"),
    ("it", "Il terminal aprirà in primavera.", "Di Giulia Ferri – Portonews.it"),
])
@pytest.mark.parametrize(("layout", "step"), LAYOUTS)
def test_a_byline_glued_to_the_last_sentence(language, ending, byline, layout, step) -> None:
    text = layout(PROSE[language], f"{PROSE[language]} {ending} {byline}")
    assert spans(text, "byline-remnant", language) == [" " + byline]  # the fix keeps the sentence


@pytest.mark.parametrize(("language", "ending", "byline", "expected"), [
    # With its outlet the byline is one anywhere; a name alone inside the text may start a cut sentence.
    ("it", "Il terminal aprirà in primavera.", "Di Giulia Ferri – Portonews.it", [1]),
    ("fr", "Le terminal ouvrira au printemps.", "Par Marc Lefèvre", []),
    ("de", "Das Terminal soll im Frühjahr öffnen.", "Von Jana Roth", []),
])
def test_a_glued_byline_inside_the_text(language, ending, byline, expected) -> None:
    text = flat(f"{PROSE[language]} {ending} {byline}", PROSE[language], PROSE[language])
    assert flagged(text, "byline-remnant", language) == expected


@pytest.mark.parametrize(("language", "last"), [
    ("en", "The terminal should open next spring, said Di Maio."),
    ("it", "Il terminal aprirà in primavera, ha detto il sindaco Di Maio"),
    ("de", "Das Terminal soll im Frühjahr öffnen. Von Montag an"),
])
def test_a_last_sentence_with_a_name_is_prose(language, last) -> None:
    assert flagged(flat(PROSE[language], f"{PROSE[language]} {last}"), "byline-remnant", language) == []


# --- embed-remnant -------------------------------------------------------------------------

@pytest.mark.parametrize(("language", "line"), [
    ("en", "The match highlights video is loading…"),
    ("it", "Il video della conferenza è in caricamento..."),
    ("fr", "La vidéo du match est en cours de chargement…"),
    ("nl", "De video van de wedstrijd wordt geladen..."),
    ("pt", "O vídeo está a carregar"),
    ("en", "Tap to watch the video ▶ 1:05"),
    ("de", "Tippen, um das Video abzuspielen"),
    ("it", "Tocca per guardare il video ▶ 2:10"),
    ("fr", "Appuyez pour lire la vidéo"),
    ("es", "Pulsa para ver el vídeo 1:12"),
    ("en", "Play video 02:13"),
])
@pytest.mark.parametrize(("layout", "step"), LAYOUTS)
def test_a_players_state_or_call(language, line, layout, step) -> None:
    text = layout(PROSE[language], line, PROSE[language])
    assert flagged(text, "embed-remnant", language) == [1 + step]


@pytest.mark.parametrize(("language", "line"), [
    ("en", "Loading video..."),  # a loading word first: template-token's
    ("en", "The video of the crash was shared thousands of times before the police asked people to stop."),
    ("de", "Das Video wird derzeit von der Polizei ausgewertet, wie ein Sprecher am Montag sagte."),
    ("es", "Pulsa el botón rojo y espera."),
])
def test_sentences_about_a_video_are_prose(language, line) -> None:
    assert flagged(flat(PROSE[language], line, PROSE[language]), "embed-remnant", language) == []


POSTS = {
    "en": ("Ferry service resumes at 6am tomorrow. Thanks for your patience, everyone!",
           "— Harbour Ferries (@HarbourFerries) March 3, 2026"),
    "es": ("¡Volvemos mañana a las seis! Gracias por la paciencia 💙",
           "— Ferris del Puerto (@ferrispuerto) 3 de marzo de 2026"),
    "it": ("Da domani si torna a navigare. Grazie a tutti per la pazienza!",
           "— Traghetti del Golfo (@traghettigolfo) 3 marzo 2026"),
}
# The same posts as they end on the network: a hashtag last (no outlet's paragraph ends so).
TAGGED = {"en": "#Harbour", "es": "#Puerto", "it": "#Porto 🙏"}


@pytest.mark.parametrize("language", sorted(POSTS))
@pytest.mark.parametrize(("layout", "step"), LAYOUTS)
def test_a_post_quoted_above_its_signature_is_the_articles(language, layout, step) -> None:
    post, signature = POSTS[language]
    text = layout(PROSE[language], post + "\n" + signature, PROSE[language])
    assert flagged(text, "embed-remnant", language) == [1 + step + 1]  # the signature alone


@pytest.mark.parametrize(("language", "intro"), [
    ("en", "The operator posted the news on X:"),
    ("es", "La naviera lo anunció así en X:"),
    ("it", "L'annuncio della compagnia:"),
])
@pytest.mark.parametrize(("layout", "step"), LAYOUTS)
def test_a_post_under_the_line_that_announced_its_embed(language, intro, layout, step) -> None:
    post, signature = POSTS[language]
    text = layout(PROSE[language], intro, post + "\n" + signature, PROSE[language])
    assert flagged(text, "embed-remnant", language)[-2:] == [1 + 2 * step, 2 + 2 * step]


@pytest.mark.parametrize("language", sorted(POSTS))
@pytest.mark.parametrize(("layout", "step"), LAYOUTS)
def test_a_post_that_ends_with_a_hashtag_is_the_embeds(language, layout, step) -> None:
    post, signature = POSTS[language]
    text = layout(PROSE[language], f"{post} {TAGGED[language]}\n{signature}", PROSE[language])
    assert flagged(text, "embed-remnant", language) == [1 + step, 1 + step + 1]


@pytest.mark.parametrize("line", ["Il numero #1 del ranking resta in testa.", "Il brano è al #12 in classifica."])
def test_a_number_after_a_hash_is_no_hashtag(line) -> None:
    text = flat(PROSE["it"], line, POSTS["it"][1], PROSE["it"])
    assert flagged(text, "embed-remnant", "it") == [3]


@pytest.mark.parametrize("handle", ["luciaferrer_", "lucia_ferrer_"])
def test_a_signature_whose_handle_holds_underscores_in_markdown(handle) -> None:
    """Markdown blanks a handle's `_` as emphasis (`(@luciaferrer )`): still a signature."""
    text = spaced(PROSE["es"], f"— Lucía Ferrer (@{handle}) 12 de julio de 2025", PROSE["es"])
    diagnostics = lint_text(text, "post.md", language="es", select=["embed-remnant"])
    assert [d.line for d in diagnostics] == [3]


def test_a_post_in_another_language_than_the_article() -> None:
    post, signature = POSTS["es"]
    text = spaced(PROSE["en"], post + "\n" + signature, PROSE["en"])
    assert flagged(text, "embed-remnant", "en") == [3, 4]


def test_a_post_that_opens_with_a_pictograph_is_the_embeds() -> None:
    text = flat(PROSE["it"], "⚠️ Porto chiuso fino alle 18 per il vento forte. Seguite gli aggiornamenti.",
                POSTS["it"][1], PROSE["it"])
    assert flagged(text, "embed-remnant", "it") == [2, 3]


# --- read-insertion ------------------------------------------------------------------------

@pytest.mark.parametrize(("language", "line"), [
    ("de", "Das interessiert Sie vielleicht: Neue Fähre soll ab Mai zwischen den Inseln pendeln"),
    ("de", "EBENFALLS LESENSWERT: Neue Fähre soll ab Mai zwischen den Inseln pendeln"),
    ("it", "Ti consigliamo: Traghetti, dal primo aprile tariffe più care del venti per cento"),
    ("fr", "Notre sélection pour vous : Les tarifs des ferries augmenteront au printemps"),
    ("es", "Esto también te puede gustar: Las tarifas del ferri subirán un veinte por ciento"),
    ("pt", "Você também vai gostar: Tarifas das balsas sobem vinte por cento na primavera"),
    ("nl", "Ook voor jou geselecteerd: Veerpont wordt in het voorjaar flink duurder"),
    ("en", "MORE HARBOUR NEWS: Ferry fares to rise by a fifth in spring"),
    ("en", "Further reading: How the old ferry terminal was built in six months"),
    ("nl", "Ook gelezen ➜ Veerpont wordt in het voorjaar flink duurder"),
    ("it", "Dal territorio ▸ Il nuovo pontile sarà pronto entro l'estate"),
    ("fr", "À la une ⇒ Le nouveau terminal ouvrira au printemps prochain"),
    ("es", "Otras noticias → El ayuntamiento licita el nuevo muelle de pasajeros"),
])
@pytest.mark.parametrize(("layout", "step"), LAYOUTS)
def test_a_teaser_by_its_shape(language, line, layout, step) -> None:
    text = layout(PROSE[language], line, PROSE[language])
    assert flagged(text, "read-insertion", language) == [1 + step]


@pytest.mark.parametrize(("language", "line"), [
    # Above the text a labelled line is the headline; a sentence, a question and a short label are prose.
    ("de", "Der Bürgermeister sagte: Sie werden die neue Fähre ab Mai nutzen können."),
    ("de", "Ihre Meinung: Wie finden Sie die neue Fähre zwischen den Inseln?"),
    ("en", "UPDATE: Police reopen the coast road after the storm"),
    ("en", "WATCH: The moment the pier roof came off in the storm"),
    ("it", "Anche lui: Traghetti"),
    ("de", "Startseite ▸ Region ▸ Hafen ▸ Neue Fähre soll ab Mai pendeln"),
    ("en", "Costs → higher fares"),
])
def test_labelled_lines_that_are_no_teasers(language, line) -> None:
    assert flagged(flat(PROSE[language], line, PROSE[language]), "read-insertion", language) == []


def test_a_labelled_headline_above_the_text_is_its_title() -> None:
    line = "Das interessiert Sie vielleicht: Neue Fähre soll ab Mai zwischen den Inseln pendeln"
    assert flagged(flat(line, PROSE["de"], PROSE["de"]), "read-insertion", "de") == []


def test_a_labelled_line_of_wrapped_prose_is_no_teaser() -> None:
    line = "Get your branding in place: The earlier the better when it comes to"
    assert flagged(spaced(PROSE["en"], line, PROSE["en"]), "read-insertion", "en") == []


# --- generation-residue --------------------------------------------------------------------

@pytest.mark.parametrize(("language", "line"), [
    # The assistant's closing courtesy to whoever asked for the text.
    ("en", "I hope this translation is useful. Let me know if you would like a more formal tone."),
    ("it", "Spero che questa traduzione ti sia utile!"),
    ("de", "Ich hoffe, diese Zusammenfassung hilft Ihnen weiter."),
    ("fr", "J'espère que cette traduction vous conviendra. N'hésitez pas à me demander une autre version."),
    ("pt", "Se quiser que eu ajuste o tom da tradução, é só dizer."),
    ("nl", "Laat het me weten als je de vertaling in een andere stijl wilt."),
    # A note on how the text was made, with its noun bare or in brackets that run on.
    ("de", "Hinweis: Text mit Hilfe von KI zusammengefasst und von der Redaktion geprüft."),
    ("it", "Nota: testo tradotto con un sistema automatico e rivisto dalla redazione."),
    ("fr", "[Traduit de l'allemand par un système de traduction automatique. Certaines tournures peuvent différer de l'original.]"),
    ("es", "[Traducido del inglés mediante un servicio de traducción automática]. Algunas expresiones pueden variar."),
    ("en", "This report was summarised with the help of AI and checked by an editor."),
])
@pytest.mark.parametrize(("layout", "step"), LAYOUTS)
def test_what_the_generation_pipeline_leaves(language, line, layout, step) -> None:
    text = layout(PROSE[language], line, PROSE[language])
    assert flagged(text, "generation-residue", language) == [1 + step]


@pytest.mark.parametrize(("language", "line"), [
    ("en", "I hope the council will publish the translation of the report before the vote, she said."),
    ("es", "Espero que el ayuntamiento publique pronto la traducción del informe, dijo la concejala."),
    ("de", "Hinweis: Die Fähre fährt am Sonntag nicht."),
])
def test_sentences_about_translations_are_prose(language, line) -> None:
    assert flagged(flat(PROSE[language], line, PROSE[language]), "generation-residue", language) == []


# --- byline-remnant, more forms --------------------------------------------------------------

@pytest.mark.parametrize(("language", "line"), [
    ("de", "Von unserer Korrespondentin Eva Lindqvist [Kiel]"),
    ("nl", "Van onze correspondent Pieter Bos (Brussel)"),
    ("pt", "Por Rita Amaral, correspondente (Braga)"),
    ("es", "Por Luis Ortega, enviado especial (Rabat)"),
])
@pytest.mark.parametrize("at_top", [True, False])
def test_a_correspondents_byline_with_the_place(language, line, at_top) -> None:
    text = flat(line, PROSE[language], PROSE[language]) if at_top else flat(PROSE[language], PROSE[language], line)
    assert flagged(text, "byline-remnant", language) == [1 if at_top else 3]


@pytest.mark.parametrize(("language", "line"), [
    ("en", "Priya Nair is transport correspondent for the Harbour Gazette."),
    ("it", "Giulia Ferri è corrispondente da Bruxelles per il Piccolo."),
    ("de", "Jana Roth ist Redakteurin im Ressort Wirtschaft."),
    ("fr", "Marc Lefèvre est journaliste au service politique."),
    ("de", "abc/wk"),
    ("it", "L'articolo è stato ripreso da Gazzetta del Porto."),
    ("es", "El artículo fue publicado originalmente por Diario del Puerto."),
    ("it", "— di Luca Bassi, Portonews (ripreso su licenza)"),
])
@pytest.mark.parametrize(("layout", "step"), LAYOUTS)
def test_credits_below_the_last_paragraph(language, line, layout, step) -> None:
    text = layout(PROSE[language], PROSE[language], line)
    assert flagged(text, "byline-remnant", language) == [1 + 2 * step]
    # Between the paragraphs the same sentence is the article's.
    if len(line) > 20:
        assert flagged(layout(PROSE[language], line, PROSE[language]), "byline-remnant", language) == []


@pytest.mark.parametrize(("language", "line"), [
    ("en", "Tap to play"),
    ("de", "Zum Anhören klicken"),
    ("it", "Tocca per attivare l'audio"),
    ("fr", "Cliquez pour activer le son"),
    ("pt", "Toque para ouvir"),
    ("nl", "Klik om af te spelen"),
    ("it", "Visualizza questa foto su Instagram"),
    ("de", "Diesen Beitrag auf TikTok öffnen"),
    ("es", "Abrir esta publicación en Instagram"),
])
@pytest.mark.parametrize(("layout", "step"), LAYOUTS)
def test_a_players_button_or_a_posts_fallback(language, line, layout, step) -> None:
    text = layout(PROSE[language], line, PROSE[language])
    assert flagged(text, "embed-remnant", language) == [1 + step]


# --- page-chrome ---------------------------------------------------------------------------

@pytest.mark.parametrize(("language", "line"), [
    ("en", "Skip to the standings"),
    ("it", "Salta alla classifica"),
    ("de", "Springe zur Tabelle"),
    ("fr", "Passer au tableau des résultats"),
    ("pt", "Pular para a classificação"),
    ("nl", "Spring naar de uitslagen"),
    ("en", "Advertisement – story continues below"),
    ("it", "Pubblicità - l'articolo continua sotto"),
    ("nl", "Advertentie · het artikel gaat hieronder verder"),
    ("es", "Publicidad | La noticia sigue tras el anuncio"),
    ("fr", "Il vous reste 71 % de cet article à découvrir."),
    ("pt", "Ainda lhe restam 80% deste artigo para ler"),
    ("nl", "Nieuwsbrief: elke maandag het belangrijkste havennieuws in je mailbox"),
    ("es", "Boletín diario: lo más importante del día, cada mañana en tu correo"),
])
@pytest.mark.parametrize(("layout", "step"), LAYOUTS)
def test_page_lines_by_their_kind(language, line, layout, step) -> None:
    text = layout(PROSE[language], line, PROSE[language])
    assert flagged(text, "page-chrome", language) == [1 + step]


@pytest.mark.parametrize(("language", "header"), [
    ("de", "Meistgelesen im Ressort Kultur"),
    ("it", "I più visti della settimana"),
    ("fr", "Les plus lus du jour"),
    ("es", "Lo más visto en Cultura"),
    ("nl", "Meest gelezen in Sport"),
])
def test_a_list_header_after_the_end_and_its_headlines(language, header) -> None:
    headlines = {"de": "Neue Fähre soll ab Mai zwischen den Inseln pendeln",
                 "it": "Il nuovo pontile sarà pronto entro l'estate",
                 "fr": "Le nouveau terminal ouvrira au printemps prochain",
                 "es": "El ayuntamiento licita el nuevo muelle de pasajeros",
                 "nl": "Veerpont wordt in het voorjaar flink duurder"}
    text = flat(PROSE[language], PROSE[language], header, headlines[language])
    assert flagged(text, "page-chrome", language) == [3, 4]


@pytest.mark.parametrize(("language", "header"), [
    ("fr", "Vous aimerez peut-être aussi"),
    ("de", "Das gefällt Ihnen vielleicht auch"),
    ("nl", "Dit vind je misschien ook leuk"),
])
def test_a_header_that_recommends_more_to_the_reader(language, header) -> None:
    # What stands under it may be teasers, or the text's own last paragraph cut off.
    text = flat(PROSE[language], PROSE[language], header, "Ferry fares to rise by a fifth in spring")
    assert flagged(text, "page-chrome", language) == [3]


@pytest.mark.parametrize(("language", "line"), [
    ("fr", "Il reste 62 % des bulletins à dépouiller dans la circonscription."),
    ("de", "Die Werbung für die neue Fähre geht am Montag weiter."),
    ("en", "Skip to the end of the story, and the council still has no plan for the harbour."),
    ("de", "Sie kommen auch"),
])
def test_prose_that_shares_their_words(language, line) -> None:
    assert flagged(flat(PROSE[language], line, PROSE[language]), "page-chrome", language) == []


def test_a_stamp_after_the_byline_under_the_headline() -> None:
    text = flat("Urgences : le service de nuit fermera en mars", "Par Anne Morel — Publié le 02/02/2026 à 07h45",
                PROSE["fr"], PROSE["fr"])
    assert flagged(text, "page-chrome", "fr") == [2]


# --- split-dateline ------------------------------------------------------------------------

LEADS = {
    "pt": "– Os hospitais da região vão alargar o horário das consultas a partir de abril, anunciou a administração.",
    "nl": "- De gemeenteraad van Leiden heeft dinsdagavond ingestemd met een nieuwe fietsbrug over de Oude Rijn.",
    "en": "— Police said on Friday that two men had been charged after a break-in at a jewellery store on Main Street.",
}


@pytest.mark.parametrize(("language", "place", "source"), [
    ("pt", "COIMBRA", "Beira Press"),
    ("nl", "LEIDEN", "Rijnland Pers"),
    ("en", "PORTREE, Scotland", "Highland Wire"),
])
@pytest.mark.parametrize(("layout", "step"), LAYOUTS)
def test_a_place_in_capitals_and_its_source_above_the_dashed_lead(language, place, source, layout, step) -> None:
    text = layout("Headline of the story", place, source, LEADS[language], PROSE[language])
    assert flagged(text, "split-dateline", language) == [1 + step]


@pytest.mark.parametrize("layout", [spaced, flat])
def test_a_place_with_its_region_alone_above_the_lead(layout) -> None:
    text = layout("Headline of the story", "BANGOR, Maine", LEADS["en"], PROSE["en"])
    assert flagged(text, "split-dateline", "en") != []


def test_a_subheading_in_capitals_over_a_name_and_prose_is_no_dateline() -> None:
    text = flat(PROSE["en"], PROSE["en"], "THE VERDICT", "Martha Quinn", PROSE["en"])
    assert flagged(text, "split-dateline", "en") == []


# --- image-credit --------------------------------------------------------------------------

@pytest.mark.parametrize(("language", "line"), [
    ("it", "Fotografia di Marco Neri per il Piccolo"),
    ("de", "Foto von Jana Roth für den Weserboten"),
    ("pt", "Fotografia de Rui Sá para o Jornal de Leiria"),
    ("en", "Photograph by Tom Reeve for the Harbour Gazette"),
    ("pt", "Foto © Ana Lima / Diário do Sul"),
    ("es", "Imagen © Luis Ortega / Diario del Puerto"),
    ("pt", "Créditos da imagem: Rita Amaral/Porto Canal"),
    ("es", "Créditos de la foto: Luis Ortega"),
])
@pytest.mark.parametrize(("layout", "step"), LAYOUTS)
def test_credits_with_their_label(language, line, layout, step) -> None:
    text = layout(PROSE[language], line, PROSE[language])
    assert flagged(text, "image-credit", language) == [1 + step]


def test_a_paywall_notice_right_under_the_cut_text() -> None:
    text = spaced(PROSE["fr"], "La mairie doit présenter le projet aux habitants lors d'une réunion publique\n"
                  "Il vous reste 71 % de cet article à lire. Déjà abonné ? Se connecter")
    assert flagged(text, "page-chrome", "fr") == [4]


@pytest.mark.parametrize(("language", "place"), [("en", "Bangor, Maine"), ("pt", "Coimbra"), ("nl", "Leiden")])
def test_a_place_over_the_lead_that_opens_with_the_datelines_dash(language, place) -> None:
    assert flagged(flat("Headline of the story", place, LEADS[language], PROSE[language]),
                   "split-dateline", language) == [2]
    # Over a paragraph without the dash, a place in ordinary case is a heading.
    assert flagged(flat("Headline of the story", place, PROSE[language], PROSE[language]),
                   "split-dateline", language) == []


@pytest.mark.parametrize(("language", "line"), [
    ("de", "Von Jana Roth, dpa"),
    ("en", "By Karen Holt/AFP"),
    ("de", "(Mit Material von dpa und AFP)"),
    ("pt", "Com agências"),
    ("it", "Giulia Ferri, inviata a Bruxelles"),
    ("fr", "Anne Morel, avec AFP"),
    ("fr", "Cet article est issu du site Ouest-France."),
])
@pytest.mark.parametrize(("layout", "step"), LAYOUTS)
def test_text_credits_after_the_last_paragraph(language, line, layout, step) -> None:
    text = layout(PROSE[language], PROSE[language], line)
    assert flagged(text, "byline-remnant", language) == [1 + 2 * step]
    assert flagged(text, "image-credit", language) == []


@pytest.mark.parametrize(("language", "line"), [
    ("en", "Article continues after this ad"),
    ("de", "Weiter nach der Anzeige"),
    ("en", "Have a story tip? Email us at tips@example.com"),
    ("de", "Haben Sie Hinweise? Schreiben Sie uns an redaktion@example.de"),
    ("nl", "Tips? Mail naar tips@voorbeeld.nl"),
])
def test_more_page_lines(language, line) -> None:
    assert flagged(flat(PROSE[language], PROSE[language], line), "page-chrome", language) == [3]


def test_a_sentence_with_a_contact_verb_and_no_address_is_prose() -> None:
    line = "The mayor said she would email us at the end of the week with the figures for the ferry."
    assert flagged(flat(PROSE["en"], line, PROSE["en"]), "page-chrome", "en") == []


@pytest.mark.parametrize(("language", "line"), [
    ("de", "Automatisch übersetzt aus dem Englischen."),
    ("pt", "Texto traduzido automaticamente; pode conter imprecisões."),
    ("it", "Vuoi che adatti il testo a un pubblico più giovane?"),
    ("fr", "Souhaitez-vous que je raccourcisse le texte ?"),
    ("nl", "Wil je dat ik de tekst inkort?"),
    ("en", "Would you like me to shorten the article?"),
])
def test_more_pipeline_notes_and_questions_back(language, line) -> None:
    assert flagged(flat(PROSE[language], PROSE[language], line), "generation-residue", language) == [3]


@pytest.mark.parametrize(("language", "line"), [
    ("de", "Soll ich jetzt die Fähre nehmen oder den Bus, fragte die Pendlerin?"),
    ("en", "Automatically generated alerts will be sent to residents when the river rises."),
])
def test_questions_and_sentences_of_the_article(language, line) -> None:
    assert flagged(flat(PROSE[language], line, PROSE[language]), "generation-residue", language) == []


def test_a_republication_sentence_inside_the_text_tells_a_storys_history() -> None:
    line = "This story was first published by the Gazette in 1952 and told of a shipwreck off the coast."
    text = flat(PROSE["en"], PROSE["en"], PROSE["en"], line, PROSE["en"])
    assert flagged(text, "byline-remnant", "en") == []


def test_a_subheading_that_speaks_to_the_reader_between_paragraphs() -> None:
    text = flat(PROSE["de"], "Das sollten Sie auch noch wissen", PROSE["de"], PROSE["de"])
    assert flagged(text, "page-chrome", "de") == []


@pytest.mark.parametrize(("language", "line"), [
    ("fr", "Photo d'illustration Marc Lefèvre / Ouest-France"),
    ("es", "Foto Luis Ortega / Diario del Puerto"),
    ("de", "Bild Jana Roth | Weserbote"),
])
def test_a_label_without_a_colon_before_a_chain_of_credits(language, line) -> None:
    assert flagged(flat(PROSE[language], line, PROSE[language]), "image-credit", language) == [2]


def test_a_place_in_capitals_with_its_region_in_brackets() -> None:
    text = flat("Centros de saúde alargam horário", "ÉVORA (Portugal)", "Planície Press", LEADS["pt"], PROSE["pt"])
    assert flagged(text, "split-dateline", "pt") == [2]

"""A player's or an embed's notice to its reader is embed-remnant's (catalogue A9) in whatever
words: it names what the embed serves and shows two signals of the page speaking of its own
machinery (the reader addressed, technical nouns and verbs, a failure, an apology, `this
video`). Prose about a video shows one at most. The lines below were written for this test,
not taken from a labelled set."""
from __future__ import annotations

import pytest

from linter.engine import lint_text

from line_prose import PROSE


def rules_on(line: str, language: str) -> list[str]:
    text = f"{PROSE[language]}\n\n{line}\n\n{PROSE[language]}\n"
    return sorted({d.rule for d in lint_text(text, language=language, select=["ALL"]) if d.line == 3})


@pytest.mark.parametrize(("language", "line"), [
    ("en", "Sorry, this video could not be played in your browser."),
    ("en", "Your device does not support playback of this clip."),
    ("it", "Per visualizzare questo video è necessario abilitare JavaScript."),
    ("it", "Spiacenti, il filmato non è più disponibile."),
    ("de", "Dieses Video kann in Ihrem Land leider nicht angezeigt werden."),
    ("de", "Der Player konnte nicht geladen werden. Bitte laden Sie die Seite neu."),
    ("fr", "Cette vidéo ne peut pas être lue sur votre appareil."),
    ("fr", "Acceptez les cookies pour afficher ce contenu."),
    ("es", "Lo sentimos, este contenido no está disponible en tu región."),
    ("es", "Activa JavaScript para ver el reproductor."),
    ("pt", "O leitor de vídeo não carregou. Tente novamente."),
    ("pt", "Aceite os cookies para ver este conteúdo do YouTube."),
    ("nl", "Deze video kan niet worden afgespeeld in jouw browser."),
    ("nl", "Helaas is dit fragment niet meer beschikbaar."),
])
def test_a_players_notice_is_embed_remnant(language: str, line: str) -> None:
    assert rules_on(line, language) == ["embed-remnant"]


@pytest.mark.parametrize(("language", "line"), [
    ("en", "The video could not be played in court because the laptop had no charger."),
    ("it", "Il video è stato girato con un telefono e non è più disponibile online."),
    ("it", "Questo video ha fatto il giro del web in poche ore."),
    ("de", "Das Video der Überwachungskamera ist nicht mehr verfügbar, weil es gelöscht wurde."),
    ("fr", "Cette vidéo, tournée par un passant, a été vue des millions de fois."),
    ("es", "El contenido del informe no está disponible para el público."),
    ("pt", "Você pode assistir ao vídeo completo no site da emissora, segundo a empresa."),
    ("nl", "De video is niet meer beschikbaar op de site van de omroep."),
])
def test_prose_about_a_video_is_no_notice(language: str, line: str) -> None:
    assert rules_on(line, language) == []


@pytest.mark.parametrize(("language", "line"), [
    ("en", "🎧 Listen: the morning bulletin from Radio Kent"),
    ("it", "Ascolta la puntata integrale su Radio Lago"),
    ("de", "Folge 7 · Der Fluss und die Stadt · 41 Min."),
    ("de", "Bildergalerie öffnen (9 Bilder)"),
    ("fr", "Galerie · 5 sur 12"),
    ("fr", "Voir la publication sur Facebook ↗"),
    ("es", "El siguiente vídeo empieza en 7 s · Cancelar"),
    ("es", "La alcaldesa habló durante una hora. Aquí el vídeo de su intervención:"),
    ("pt", "Episódio 5 · O rio e a cidade · 19 min"),
    ("pt", "Abrir galeria (11 fotos)"),
    ("nl", "Bekijk bericht op Instagram ↗"),
    ("nl", "De wethouder sprak een uur lang. Bekijk hieronder de video:"),
])
def test_a_players_label_in_new_words_is_embed_remnant(language: str, line: str) -> None:
    assert rules_on(line, language) == ["embed-remnant"]


@pytest.mark.parametrize(("language", "line"), [
    ("en", "Listen to the people who live here, she told the council."),
    ("en", "Episode 12 of the series was filmed on the quay in March."),
    ("de", "Die Galerie zeigt ab Samstag 20 neue Bilder des Fotografen."),
    ("fr", "L'épisode 9 a été tourné sur la digue en mars."),
    ("pt", "Ouça os moradores, pediu o presidente da associação."),
    ("nl", "Luister naar de bewoners, zei de wethouder tegen de raad."),
])
def test_prose_about_an_episode_or_a_gallery_is_left_alone(language: str, line: str) -> None:
    assert rules_on(line, language) == []


@pytest.mark.parametrize(("language", "line"), [
    ("en", "You have reached your limit of free articles this month."),
    ("en", "Get unlimited access to our journalism for just £1 a week."),
    ("it", "Hai esaurito gli articoli gratuiti di questo mese."),
    ("de", "Sie haben Ihr Kontingent an kostenlosen Artikeln erreicht."),
    ("fr", "Vous avez atteint la limite d'articles gratuits ce mois-ci."),
    ("es", "Has alcanzado el límite de artículos gratuitos."),
    ("pt", "Você atingiu o limite de reportagens gratuitas."),
    ("nl", "Je hebt het maximale aantal gratis artikelen bereikt."),
])
def test_a_sites_notice_to_its_reader_is_page_chrome(language: str, line: str) -> None:
    assert rules_on(line, language) == ["page-chrome"]


@pytest.mark.parametrize(("language", "line"), [
    ("en", "Subscribers will pay £1 a week from January under the new plan."),
    ("en", "Sign up for a streaming account for $11.99 a month"),
    ("it", "Gli abbonati pagheranno un euro in più a partire da gennaio."),
    ("fr", "Les abonnés pourront lire les articles gratuitement pendant un mois."),
    ("pt", "Ana paga 890 euros por mês. «Hoje metade do nosso ordenado vai para o banco», conta."),
    ("nl", "Abonnees betalen vanaf januari een euro meer per maand."),
])
def test_prose_about_subscribers_is_no_notice(language: str, line: str) -> None:
    assert rules_on(line, language) == []


@pytest.mark.parametrize(("language", "line"), [
    ("en", "Priya Nand · Leeds · @priyanand"),
    ("it", "Giulia Fontana | redazione Cronaca di Lecce"),
    ("de", "Mitarbeit: Lena Vogt (lv)"),
    ("de", "Jonas Reiter / Redaktion Lokales"),
    ("fr", "Avec Loïc Perron, à Rennes"),
    ("es", "Iker Etxeberria · Donostia · @iketxe"),
    ("pt", "Colaboração: Inês Lopes (IL)"),
    ("nl", "Sanne de Boer | redactie Haarlems Nieuws"),
])
def test_a_reporters_name_with_address_desk_or_place_is_byline_remnant(language: str, line: str) -> None:
    assert rules_on(line, language) == ["byline-remnant"]


@pytest.mark.parametrize(("language", "line"), [
    ("en", "Leeds · Bradford · Wakefield"),
    ("de", "Jonas Reiter leitet seit 2019 die Redaktion Lokales der Zeitung."),
    ("fr", "Avec le maire à Rennes"),
])
def test_names_and_places_in_prose_are_no_byline(language: str, line: str) -> None:
    assert rules_on(line, language) == []


END = {
    "fr": ("Abonnez-vous à notre lettre du soir et recevez chaque soir l'actualité de la région.",
           "Marseille : la ligne de tramway prolongée jusqu'au stade en 2027"),
    "nl": ("Nieuwsbrief: elke ochtend het belangrijkste nieuws uit de regio in je mailbox. Aanmelden",
           "Gemeente zoekt nieuwe locatie voor de jaarlijkse kermis op het plein"),
}


@pytest.mark.parametrize("language", sorted(END))
def test_other_articles_headlines_under_a_newsletters_pitch_are_page_chrome(language: str) -> None:
    pitch, headline = END[language]
    text = f"{PROSE[language]}\n\n{PROSE[language]}\n\n{pitch}\n\n{headline}\n"
    found = {(d.line, d.rule) for d in lint_text(text, language=language, select=["ALL"])}
    assert {(5, "page-chrome"), (7, "page-chrome")} <= found


def test_a_table_after_an_ad_label_is_the_articles_own() -> None:
    text = (f"{PROSE['es']}\n\n{PROSE['es']}\n\nPublicidad\n\nEstadísticas del partido\nPosesión: 54% - 46%\n"
            "Tiros: 14 - 9\n")
    assert [d.line for d in lint_text(text, language="es", select=["ALL"]) if d.line > 6] == []


@pytest.mark.parametrize(("language", "line"), [
    ("en", "External content: to see this post from Instagram you need to consent to data transfer to third parties."),
    ("it", "Contenuto esterno: per vedere questo post di Instagram devi accettare i cookie di terze parti."),
    ("de", "So reagierte die Polizei auf X:"),
    ("fr", "La préfecture a réagi sur Facebook :"),
    ("es", "Así lo explicó el alcalde en este vídeo:"),
    ("nl", "Externe inhoud: om dit bericht van Instagram te bekijken moet je toestemming geven voor cookies van derden."),
])
def test_an_embeds_consent_notice_or_dangling_announcement_is_embed_remnant(language: str, line: str) -> None:
    assert rules_on(line, language) == ["embed-remnant"]


def test_an_announcement_followed_by_the_quoted_post_is_the_articles() -> None:
    text = f"{PROSE['en']}\n\nThe council replied on X:\n\n“We are working on it and the road will reopen tonight.”\n"
    assert [d.rule for d in lint_text(text, language="en", select=["ALL"]) if d.line == 3] == []


@pytest.mark.parametrize(("language", "announcement", "remnant"), [
    ("es", "Así lo contó la alcaldesa en este vídeo:", "Reproducir vídeo\nDuración 2:41"),
    ("nl", "De brandweer reageerde op X:",
     "Het vuur is onder controle. Blijf uit de buurt van de haven.\n— Brandweer Zeeland (@BrwZeeland) 2 mei 2025"),
])
def test_an_announcement_followed_by_the_embeds_remnant_is_not_reported_itself(
        language: str, announcement: str, remnant: str) -> None:
    text = f"{PROSE[language]}\n\n{announcement}\n\n{remnant}\n\n{PROSE[language]}\n"
    lines = [d.line for d in lint_text(text, language=language, select=["ALL"]) if d.rule == "embed-remnant"]
    assert 3 not in lines and 5 in lines


@pytest.mark.parametrize(("language", "line"), [
    ("en", "In the video, the mayor lists three demands:"),
    ("de", "Die Polizei reagierte auf X mit einem Foto der Absperrung."),
])
def test_prose_naming_a_video_or_a_network_is_no_announcement(language: str, line: str) -> None:
    assert rules_on(line, language) == []


@pytest.mark.parametrize(("language", "line", "rule"), [
    ("it", "Fotogramma: Luca Bracardi/Umbria Press", "image-credit"),
    ("fr", "Photo DR", "image-credit"),
    ("es", "Captura de pantalla: Canal Sur", "image-credit"),
    ("fr", "[mod_carte_interactive_ligneC]", "template-token"),
])
def test_stills_rights_and_module_tokens(language: str, line: str, rule: str) -> None:
    assert rules_on(line, language) == [rule]


@pytest.mark.parametrize(("language", "line"), [
    ("en", "Want to read more? Council delays vote on the new harbour bridge"),
    ("it", "Vuoi leggere altro? Il piano parcheggi slitta ancora di un anno"),
    ("es", "¿Quieres leer más? El pleno aplaza la votación del nuevo puente"),
    ("nl", "Meer lezen? Gemeenteraad stelt besluit over nieuwe brug uit"),
])
def test_a_teaser_label_asked_as_a_question_is_read_insertion(language: str, line: str) -> None:
    text = f"{PROSE[language]}\n\n{PROSE[language]}\n\n{line}\n\n{PROSE[language]}\n"
    assert [d.rule for d in lint_text(text, language=language, select=["ALL"]) if d.line == 5] == ["read-insertion"]


def test_a_question_answered_in_a_sentence_is_prose() -> None:
    assert rules_on("Want to read more about it? Then visit the library, she said.", "en") == []


@pytest.mark.parametrize(("language", "line", "expected"), [
    ("it", "Continuando la navigazione accetti l'uso dei cookie.", ["page-chrome"]),
    ("nl", "Deze website gebruikt cookies om het verkeer te meten.", ["page-chrome"]),
    ("de", "Die Verwendung von Cookies ist nach dem Urteil nur mit Zustimmung der Nutzer erlaubt.", []),
    ("fr", "De plus en plus de sites proposent à l'internaute d'accepter les cookies publicitaires ou de payer.", []),
])
def test_a_cookie_notice_speaks_as_the_site_an_article_about_cookies_does_not(
        language: str, line: str, expected: list[str]) -> None:
    assert rules_on(line, language) == expected


@pytest.mark.parametrize(("language", "line"), [
    ("pt", "Texto: redação LusoNotícias/HM"),
    ("de", "Text: Redaktion Lokales/jk"),
    ("nl", "Tekst: redactie Noord"),
])
def test_a_credit_that_names_the_desk_is_byline_remnant(language: str, line: str) -> None:
    assert rules_on(line, language) == ["byline-remnant"]


@pytest.mark.parametrize(("language", "line"), [
    ("pt", "SMF // PFT"),
    ("es", "JFR // MCV"),
    ("pt", "(JCS/ADão)"),
])
def test_desk_codes_at_the_foot_are_byline_remnant(language: str, line: str) -> None:
    text = f"{PROSE[language]}\n\n{PROSE[language]}\n\n{line}\n"
    assert [d.rule for d in lint_text(text, language=language, select=["ALL"]) if d.line == 5] == ["byline-remnant"]


def test_a_byline_over_a_capitalised_dateline_is_no_torn_place() -> None:
    text = ("Le port rouvre après trois semaines\nPar Anne Morel\n"
            "BREST - Le port de commerce a rouvert lundi après trois semaines de grève des dockers.\n")
    assert [d.rule for d in lint_text(text, language="fr", select=["ALL"])] == []

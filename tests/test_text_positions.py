"""Where a word stands tells the text rules what it is: a capital opening the standfirst under a
headline, a name the text also writes as a handle, a line the writer broke on purpose.

Every example here is written for this file.
"""
from __future__ import annotations

import pytest

from linter.engine import lint_text

from lint_support import count


# --- midsentence-capital: a line the writer broke, not a wrap ------------------------------------

BODY = {
    "en": "The council voted on Tuesday evening after a long debate about the cost of the new bridge "
          "over the river, which engineers say will take three years to build.",
    "es": "El pleno votó el martes por la noche tras un largo debate sobre el coste del nuevo puente "
          "sobre el río, que según los ingenieros tardará tres años en construirse.",
    "pt": "A câmara votou na terça-feira à noite depois de um longo debate sobre o custo da nova ponte "
          "sobre o rio, que segundo os engenheiros levará três anos a construir.",
    "nl": "De gemeenteraad stemde dinsdagavond na een lang debat over de kosten van de nieuwe brug "
          "over de rivier, die volgens ingenieurs drie jaar bouwtijd vraagt.",
    "it": "Il consiglio ha votato martedì sera dopo un lungo dibattito sul costo del nuovo ponte sul "
          "fiume, che secondo gli ingegneri richiederà tre anni di lavori.",
}
HEADLINES = {
    "en": ("Harbour town approves new bridge despite warnings from its engineers",
           "A majority of councillors backed the plan, saying the ferry can no longer cope"),
    "es": ("El ayuntamiento aprueba el nuevo puente pese a las advertencias técnicas",
           "La mayoría del pleno respaldó el plan porque el transbordador ya no da abasto"),
    "pt": ("Câmara aprova a nova ponte apesar dos avisos dos seus engenheiros",
           "Os vereadores apoiaram o plano por considerarem que o ferry já não chega"),
    "nl": ("Gemeente keurt nieuwe brug goed ondanks waarschuwingen van ingenieurs",
           "Een meerderheid van de raad steunde het plan omdat de veerpont het niet meer aankan"),
    "it": ("Il Comune approva il nuovo ponte nonostante gli avvertimenti dei tecnici",
           "Una larga maggioranza ha sostenuto il piano perché il traghetto non basta più"),
}


@pytest.mark.parametrize("language", sorted(HEADLINES))
def test_the_standfirst_under_a_headline_opens_a_sentence(language: str) -> None:
    headline, standfirst = HEADLINES[language]
    text = f"{headline}\n{standfirst}\n\n{BODY[language]}\n"
    assert count(text, language, "midsentence-capital") == 0


def test_a_wrapped_line_that_opens_on_a_capital_article_is_still_a_slip() -> None:
    # the first line is the longest: the break before `Un` is where wrapping had to go on
    text = ("Le texte doit permettre d'économiser trois milliards d'euros, a déclaré\n"
            "Un porte-parole du ministère, qui refuse de donner d'autres\n"
            "détails sur le calendrier.\n")
    assert count(text, "fr", "midsentence-capital") == 1


# --- midsentence-capital: a handle is no lower-case use of the name ----------------------------

@pytest.mark.parametrize("language, text", [
    ("nl", "Het festival Zomerklank in het stadspark trok ruim 40.000 bezoekers.\n\n"
           "Een bericht gedeeld door Zomerklank (@zomerklank)\n"),
    ("en", "The bakery Crumbwell on the high street closed its doors for the last time.\n\n"
           "Thank you for twenty years #crumbwell\n"),
])
def test_a_name_written_as_a_handle_keeps_its_capital(language: str, text: str) -> None:
    assert count(text, language, "midsentence-capital") == 0


# --- midsentence-capital: a label glued before the lead, a name in apposition ------------------

@pytest.mark.parametrize("language, text", [
    ("de", "Von Jana Weller | Lokalredaktion Ein Sprecher der Stadt sagte, die Brücke bleibe gesperrt.\n"),
    ("es", "Por Marta Gil | sección local La alcaldesa anunció ayer que el mercado abrirá en mayo.\n"),
    ("it", "Foto: Luca Neri / Agenzia Nord Il sindaco ha detto che la piazza riaprirà a maggio.\n"),
    ("nl", "Door Pieter Smit · redactie binnenland De gemeente wil de brug in het voorjaar openen.\n"),
    ("en", "By Sam Ortiz | metro desk The ferry resumed its crossings on Monday after the storm.\n"),
])
def test_a_byline_or_credit_glued_before_the_lead_opens_it(language: str, text: str) -> None:
    assert count(text, language, "midsentence-capital") == 0


def test_a_slash_early_in_a_sentence_does_not_hide_a_later_slip() -> None:
    text = "Il servizio 24/7 è attivo da ieri e lo ha confermato ieri sera Un portavoce del comune.\n"
    assert count(text, "it", "midsentence-capital") == 1


@pytest.mark.parametrize("language, text", [
    ("pt", "O movimento de moradores Porto Melhor pede mais autocarros à noite.\n"),
    ("es", "La plataforma de usuarios Tren Mejor reclama más frecuencias.\n"),
    ("fr", "Le collectif d'usagers Vivre Mieux réclame des trains plus fréquents.\n"),
    ("nl", "De bewonersgroep Samen Beter vraagt om meer groen in de wijk.\n"),
])
def test_a_name_of_common_words_in_apposition_keeps_its_capitals(language: str, text: str) -> None:
    assert count(text, language, "midsentence-capital") == 0


# --- midsentence-capital: closed-class words that no noun or name spells -----------------------

@pytest.mark.parametrize("language, text", [
    ("de", "Die Stadt will Ab Montag die Gebühren für das Parken erhöhen.\n"),
    ("de", "Der Verein habe Bereits reagiert und die Halle geschlossen.\n"),
    ("de", "Die Arbeiten an der Brücke sollen Bis Ende Mai dauern.\n"),
    ("de", "Die Folgen seien Kaum abzusehen, sagte der Landrat.\n"),
    ("nl", "De raad noemt het besluit een Grote stap voor de wijk.\n"),
    ("nl", "Het kabinet wil geen Lange discussie over de begroting.\n"),
])
def test_a_capitalised_adverb_preposition_or_inflected_adjective(language: str, text: str) -> None:
    assert count(text, language, "midsentence-capital") == 1


@pytest.mark.parametrize("language, text", [
    ("de", "Die Baustelle am Ring wird Am Markt fortgesetzt.\n"),
    ("nl", "Het bod kwam van een Duitse fabrikant uit Keulen.\n"),
    ("nl", "Volgens een Haagse wethouder is het plan te duur.\n"),
])
def test_street_names_and_adjectives_of_places_keep_their_capital(language: str, text: str) -> None:
    assert count(text, language, "midsentence-capital") == 0


# --- tense-year: a future and its year on two lines of one paragraph; the dateline under chrome ---

WRAPPED_FUTURES = {
    "pt": "O governo anunciou que a nova ponte sobre o rio Jacuí ficará\npronta em 2024, segundo o ministério.\n",
    "it": "Il sindaco ha detto che il nuovo ponte sul fiume verrà\ninaugurato nel 2024, dopo due anni di lavori.\n",
    "fr": "Le préfet a indiqué que le nouveau pont sera\nouvert à la circulation en 2024, après deux ans de travaux.\n",
    "en": "The council said the new bridge will open to traffic\nin 2024, two years later than planned.\n",
    "nl": "De gemeente meldt dat de nieuwe brug in 2024\nzal worden geopend voor het verkeer.\n",
    "de": "Die Stadt teilte mit, die neue Brücke werde im Jahr 2024\neröffnen, zwei Jahre später als geplant.\n",
}


@pytest.mark.parametrize("language", sorted(WRAPPED_FUTURES))
def test_a_future_wrapped_onto_the_next_line_of_its_paragraph(language: str) -> None:
    text = f"---\ndate: 2026-05-04\nlang: {language}\n---\n\n{WRAPPED_FUTURES[language]}"
    assert sum(d.rule == "tense-year" for d in lint_text(text, path="a.md")) == 1


@pytest.mark.parametrize("language, text", [
    ("en", "Councillors were told that the reading rooms will be finished by the autumn of 2024.\n"),
    ("nl", "De minister beloofde dat de sluis in het voorjaar van 2024 weer volledig open zal zijn.\n"),
    ("fr", "Le ministère a précisé que le déploiement sera fait au cours de l'hiver 2024, selon le calendrier.\n"),
    ("de", "Das Ministerium teilte mit, der Plan werde im Laufe des Jahres 2024 umgesetzt werden.\n"),
])
def test_a_future_about_a_season_of_a_past_year(language: str, text: str) -> None:
    dated = f"---\ndate: 2026-05-04\nlang: {language}\n---\n\n{text}"
    assert sum(d.rule == "tense-year" for d in lint_text(dated, path="a.md")) == 1


def test_a_future_and_a_year_in_two_paragraphs_are_not_read_together() -> None:
    text = "---\ndate: 2026-05-04\nlang: en\n---\n\nThe new bridge will open to traffic\n\nin 2024 the old one closed.\n"
    assert sum(d.rule == "tense-year" for d in lint_text(text, path="a.md")) == 0


def test_an_undated_place_dateline_below_a_site_menu_dates_the_wire_copy() -> None:
    text = ("NewsNow\nWorld · Europe\n3 min read\nUpdated 1 hour ago\n"
            "Lisbon's new bridge over the Tagus delayed again\nLISBON\nSome Wire\n"
            "The city council said on Monday that the new bridge over the Tagus will open to traffic "
            "in 2024, two years later than first planned by the engineers.\n")
    assert count(text, "en", "tense-year") == 1


# --- duplicated-paragraph: a headline or caption printed twice, a lead copied without its dateline ---

@pytest.mark.parametrize("language, text", [
    ("es", "El puerto de Vigo cierra el año con un récord de mercancías\n"
           "El puerto de Vigo cierra el año con un récord de mercancías\n"
           "El tráfico creció un 12 % respecto al año anterior, según la autoridad portuaria.\n"),
    ("de", "Der neue Hafenkran wird am Montag von zwei Schleppern angeliefert\nFoto: Archiv\n"
           "Der neue Hafenkran wird am Montag von zwei Schleppern angeliefert\n\n"
           "Die Stadt rechnet mit vielen Schaulustigen am Kai.\n"),
])
def test_a_headline_or_caption_printed_twice(language: str, text: str) -> None:
    assert count(text, language, "duplicated-paragraph") == 1


CAPTION_BODY = {  # a scraped page: a paragraph a line, longer than any wrapped text's lines
    "it": ("Il cantiere sul molo, avviato tre anni fa, ha accumulato ritardi per le bonifiche e per il "
           "rincaro dei materiali, secondo l'ente.",
           "La banchina del molo nord vista dall'alto, in febbraio",
           "Gli operatori turistici chiedono tempi certi e un calendario dei lavori, perché le compagnie "
           "non aspettano nessuno."),
    "nl": ("Tijdens de werkzaamheden bleek de betonnen bodem van de sluis in veel slechtere staat dan "
           "vooraf door de ingenieurs was gedacht.",
           "De oude sluis gezien vanaf de dijk bij de haven",
           "Schippers moeten voorlopig uitwijken naar de nieuwe sluis verderop, wat hun per vaart "
           "ruim een uur extra kost."),
    "en": ("Surveys found asbestos in the east wing, the council said on Tuesday, and the contractor is "
           "now working to a revised schedule.",
           "The east wing of the library, photographed in January",
           "Opening hours at the existing building are not affected by the works, which will go on "
           "until the end of next year."),
}


@pytest.mark.parametrize("language", sorted(CAPTION_BODY))
def test_a_caption_printed_again_further_down(language: str) -> None:
    first, caption, last = CAPTION_BODY[language]
    text = f"{first}\n{caption}\n{last}\n{first[:-1]} again.\n{last[:-1]} too.\n{caption}\n{last[:-1]} at last.\n"
    assert count(text, language, "duplicated-paragraph") == 1


def test_the_entries_of_a_contents_box_come_back_as_subheadings() -> None:
    text = ("Auf dieser Seite:\nSchlachtbetrieb mit vielen Mitarbeitern in der Region\n"
            "Ein Großkonzern dominiert den Schweinemarkt im Land\n"
            "Pro Stunde werden in der Halle etwa fünfundvierzig Schweine geschlachtet, sagt der Geschäftsführer "
            "bei einem Rundgang durch den Betrieb.\n"
            "Er führt die Besucher an den Männern mit Sägen und Messern vorbei, bis zu den Kühlräumen am "
            "anderen Ende der Halle.\n"
            "Die Tiere kommen aus Betrieben in einem Umkreis von hundert Kilometern, sagt er, und das sei "
            "den Kunden heute wichtig.\n"
            "Schlachtbetrieb mit vielen Mitarbeitern in der Region\n"
            "Der Betrieb wurde vor fünf Jahren vom Vater an den Sohn übergeben, der ihn seither mit "
            "dreihundert Mitarbeitern führt.\n"
            "Ein Großkonzern dominiert den Schweinemarkt im Land\n"
            "Wer nach dem Grund für den Rückgang der Schlachtungen sucht, stößt schnell auf den Konzern "
            "und seine Umstrukturierung.\n")
    assert count(text, "de", "duplicated-paragraph") == 0


@pytest.mark.parametrize("language, text", [
    ("it", "GENOVA, 4 marzo (Agenzia Mare) – Il porto ha chiuso l'anno con un record di container movimentati.\n\n"
           "Il traffico è cresciuto del 12 per cento.\n\n"
           "Il porto ha chiuso l'anno con un record di container movimentati.\n"),
    ("en", "HULL (Coast Wire) — The port closed the year with a record number of containers handled.\n\n"
           "Traffic grew by 12 per cent.\n\n"
           "The port closed the year with a record number of containers handled.\n"),
])
def test_a_lead_repeated_without_its_dateline(language: str, text: str) -> None:
    assert count(text, language, "duplicated-paragraph") == 1


@pytest.mark.parametrize("fmt, text", [
    ("md", "**Points**\n\n1. Ana Ruiz (Sol) 41 pts.\n\n**Mountains**\n\n1. Ana Ruiz (Sol) 41 pts.\n"),
    ("txt", "Points\n1. Ana Ruiz (Sol) 41 pts.\n\nMountains\n1. Ana Ruiz (Sol) 41 pts.\n"),
])
def test_list_entries_that_recur_are_no_repeat(fmt: str, text: str) -> None:
    found = lint_text(text, path=f"a.{fmt}", language="en")
    assert sum(d.rule == "duplicated-paragraph" for d in found) == 0


# --- link-hole: a participle or a preposition that lost its object before a spaced comma --------

@pytest.mark.parametrize("language, text", [
    ("it", "Come ha confermato , i lavori finiranno a maggio.\n"),
    ("it", "Il club, dopo aver contattato , che però ha rifiutato, cerca un altro allenatore.\n"),
    ("es", "Según ha explicado , las obras terminarán en mayo.\n"),
    ("pt", "Como tinha revelado , os trabalhos terminam em maio.\n"),
    ("en", "As the paper has reported , the works will end in May.\n"),
    ("en", "The trains were sent back to , the depot at the edge of town.\n"),
    ("nl", "De wethouder van Financiën , zei dat de begroting sluitend is.\n"),
])
def test_a_word_that_needs_an_object_before_a_spaced_comma(language: str, text: str) -> None:
    assert count(text, language, "link-hole") == 1
    assert count(text, language, "spacing") == 0  # the hole is one finding, not two


@pytest.mark.parametrize("language, text", [
    ("pt", "A proposta foi aprovada com os votos do e da coligação, e a abstenção da oposição.\n"),
    ("it", "Il piano è stato firmato dal presidente della e dal sindaco di Genova.\n"),
    ("en", "The deal was backed by the and the unions after a long night of talks.\n"),
    ("es", "Organizaciones como y el consejo vecinal criticaron la falta de consulta.\n"),
])
def test_an_article_or_preposition_straight_before_a_conjunction(language: str, text: str) -> None:
    assert count(text, language, "link-hole") == 1


@pytest.mark.parametrize("language, text", [
    ("es", "Antes, durante y después del partido, los aficionados podrán entrar como y cuando quieran.\n"),
    ("en", "Rock and roll, the council and the mayor, and the one and only.\n"),
    ("pt", "O ministro explicou como e quando a obra vai terminar.\n"),
])
def test_conjunctions_after_a_complete_phrase_are_no_hole(language: str, text: str) -> None:
    assert count(text, language, "link-hole") == 0


def test_a_french_preposition_straight_before_que() -> None:
    assert count("Le ministère a indiqué sur que les travaux reprendraient lundi.\n", "fr", "link-hole") == 1
    assert count("La mairie a agi pour que les travaux reprennent, sans que personne ne proteste.\n",
                 "fr", "link-hole") == 0


def test_a_semicolon_glued_to_the_next_word() -> None:
    assert count("De boete bedraagt 150 euro;de boete loopt op bij herhaling.\n", "nl", "spacing") == 1
    assert count("Het kost 150 euro; de boete loopt op. Zie &nbsp;niets.\n", "nl", "spacing") == 0


def test_a_spaced_comma_before_a_conjunction_is_only_spacing() -> None:
    text = "Il sindaco ha vinto , e ora governa la città.\n"
    assert count(text, "it", "link-hole") == 0
    assert count(text, "it", "spacing") == 1


# --- truncated-text: a word cut short before an ellipsis, in any paragraph ----------------------

@pytest.mark.parametrize("language, text", [
    ("de", "Der Verein bietet am Sonntag eine Führung durch den Park an, für die eine Reservier …\n\n"
           "Der Eintritt ist frei.\n"),
    ("it", "Il museo resterà aperto anche domenica, ma per le visite guidate serve una prenot…\n\n"
           "L'ingresso è gratuito.\n"),
    ("es", "El ayuntamiento abrirá el parque el domingo, aunque para las visitas hace falta una inscrip …\n\n"
           "La entrada es gratuita.\n"),
    ("fr", "Le musée restera ouvert dimanche, mais les visites guidées exigent une réserv…\n\nL'entrée est gratuite.\n"),
])
def test_a_word_cut_short_before_an_ellipsis(language: str, text: str) -> None:
    assert count(text, language, "truncated-text") == 1


def test_a_whole_word_before_an_ellipsis_is_a_trailing_thought() -> None:
    text = "The museum will stay open on Sunday, and the director said the weekend would be busy…\n\nEntry is free.\n"
    assert count(text, "en", "truncated-text") == 0


ONE_LINE_CUTS = {
    "en": ("The library will also host a series of free workshops on family history, with sessions "
           "running every Saturday until the end of"),
    "pt": ("Os moradores de Gaia queixam-se do ruído das obras noturnas e pedem à autarquia que limite "
           "os trabalhos ao período entre as oito da manhã e as"),
}
ONE_LINE_BODY = {
    "en": ("Opening hours at the existing building are unaffected, the council said on Tuesday.",
           "Residents can follow progress on the council's website, where updates are published every month."),
    "pt": ("A linha terá oito estações e servirá cerca de quarenta mil passageiros por dia, segundo a empresa.",
           "A empresa promete publicar um novo calendário das obras até ao fim do mês, disse o presidente."),
}


@pytest.mark.parametrize("language", sorted(ONE_LINE_CUTS))
def test_a_paragraph_a_line_cut_on_a_word_no_sentence_ends_with_mid_article(language: str) -> None:
    before, after = ONE_LINE_BODY[language]
    text = f"{before}\n{ONE_LINE_CUTS[language]}\n{after}\n"
    assert count(text, language, "truncated-text") + count(text, language, "layout-damage") == 1
    caption_under = f"{before}\n{ONE_LINE_CUTS[language]}\nThe east wing, photographed in January\n{after}\n"
    assert count(caption_under, language, "truncated-text") == 1


def test_a_photo_credit_near_the_top_is_no_paywall() -> None:
    lead = ("La mairie a présenté mardi le nouveau plan de circulation du centre-ville, qui entrera en "
            "vigueur au printemps après deux ans de concertation avec les commerçants.")
    text = (f"Le nouveau plan de circulation divise les commerçants\n"
            f"Publié le 4 mars à 18h12 et mis à jour dans la soirée par la rédaction locale du journal\n"
            f"© Mathilde Kerjean / L'Écho des Marches\n{lead}\n{lead}\n{lead}\n")
    assert count(text, "fr", "truncated-text") == 0
    cut = f"{lead}\n{lead}\n{lead[:-40]}\n© 2025 L'Écho des Marches. Tous droits réservés.\n"
    assert count(cut, "fr", "truncated-text") == 1


SHORT_CUTS = {
    "it": ("Il comune ha approvato ieri sera il bilancio, con i voti della maggioranza e l'astensione di due consiglieri.",
           "Il comune dovrà ora rivedere il contratto di gestione con"),
    "es": ("El pleno aprobó ayer el presupuesto, con los votos del gobierno y la abstención de dos concejales.",
           "El ayuntamiento tendrá que renegociar ahora el contrato con"),
    "de": ("Der Stadtrat hat am Abend den Haushalt beschlossen, mit den Stimmen der Mehrheit und zwei Enthaltungen.",
           "Die Stadt muss den Vertrag mit dem Betreiber nun neu verhandeln und"),
}


@pytest.mark.parametrize("language", sorted(SHORT_CUTS))
def test_a_short_paragraph_cut_on_a_word_that_needs_an_object(language: str) -> None:
    prose, cut = SHORT_CUTS[language]
    assert count(f"{prose}\n\n{prose}\n\n{cut}\n", language, "truncated-text") == 1


def test_an_english_headline_may_end_on_a_preposition() -> None:
    prose = "The council approved the budget on Tuesday evening, with the votes of the majority and two abstentions."
    text = f"{prose}\n\nWhat the new parking rules mean for\n\n{prose}\n"
    assert count(text, "en", "truncated-text") == 0


def test_a_text_wrapped_at_a_fixed_width_goes_on_after_of() -> None:
    text = ("The council said on Tuesday that the works had gone well.\n"
            "The library will host free workshops, with sessions every Saturday in the city of\n"
            "Leeds until the end of the year, the council said.\n"
            "Residents can follow progress on the council's website.\n")
    assert count(text, "en", "truncated-text") == 0


# --- midsentence-capital: verbs by their form; lowercase-sentence-start: abbreviations ------------

@pytest.mark.parametrize("language, text", [
    ("it", "Le autorità hanno Chiuso la strada per il rischio di frane.\n"),
    ("it", "Il comune ha Preso la decisione ieri sera.\n"),
    ("es", "Las autoridades han Puesto el plan en marcha.\n"),
    ("pt", "Os bombeiros tinham Aberto as comportas durante a noite.\n"),
    ("pt", "Na sexta-feira as autoridades Decidiram fechar as comportas do cais.\n"),
    ("es", "Tras la reunión los vecinos Decidieron cortar la calle.\n"),
    ("it", "Dopo la riunione i sindacati Decisero di sospendere lo sciopero.\n"),
])
def test_a_verb_capitalised_mid_sentence(language: str, text: str) -> None:
    assert count(text, language, "midsentence-capital") == 1


@pytest.mark.parametrize("language, text", [
    ("it", "Il club ha Pinto in porta e Bianchi in difesa.\n"),
    ("es", "En el reparto la actriz Sharon tiene un papel pequeño.\n"),
])
def test_a_name_after_an_auxiliary_or_shaped_like_a_verb_keeps_its_capital(language: str, text: str) -> None:
    assert count(text, language, "midsentence-capital") == 0


@pytest.mark.parametrize("language, text", [
    ("fr", "Les travaux, d'un coût d'env. trente mille euros, commenceront lundi.\n"),
    ("fr", "La réunion a duré env. deux heures selon les participants.\n"),
])
def test_a_short_cut_word_before_its_stop_is_an_abbreviation(language: str, text: str) -> None:
    assert count(text, language, "lowercase-sentence-start") == 0


@pytest.mark.parametrize("language, text", [
    ("de", "Verkehr Neue Ampeln sollen den Stau in der Innenstadt verringern.\n"),
    ("es", "Rafael Nadal Un viejo problema en la muñeca le obliga a parar.\n"),
    ("nl", "TIP Als lezer van de krant krijg je korting op het museum.\n"),
    ("de", "Mehr Informationen zum Programm finden Sie hier, bevor Du dich anmeldest.\n"),
])
def test_a_kicker_before_the_headline_and_the_pronoun_of_address_keep_their_capital(language: str, text: str) -> None:
    assert count(text, language, "midsentence-capital") == 0


def test_an_article_opening_the_paragraph_is_no_kicker() -> None:
    assert count("Die Gemeinde Muss nun sparen, sagte der Kämmerer.\n", "de", "midsentence-capital") == 1


@pytest.mark.parametrize("language, text", [
    ("it", "Il film La grande bellezza ha vinto l'Oscar nel 2014.\n"),
    ("es", "La película Mientras dure la guerra se estrenó en 2019.\n"),
    ("fr", "La série Un village français a duré sept saisons.\n"),
    ("it", "Il movimento Fratelli d'Italia ha ottenuto il 26 per cento dei voti.\n"),
])
def test_a_title_after_the_kind_of_work_and_a_name_going_on_after_an_elision(language: str, text: str) -> None:
    assert count(text, language, "midsentence-capital") == 0

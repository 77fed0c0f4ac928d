"""Classes of damage the in-text rules learnt in issue 10's fifth round from the words around a
slip (what stands before a capital, what follows a preposition, what closes a paragraph), and
the look-alikes they leave alone.

Every example here is written for this file.
"""
from __future__ import annotations

import pytest

from linter.engine import lint_text

from lint_support import count


# --- midsentence-capital: nouns, verbs and adjectives by their neighbours ---------------------

@pytest.mark.parametrize("language, sentence", [
    ("nl", "Bij de brand raakten volgens de brandweer nauwelijks Bewoners gewond."),
    ("nl", "In het dorp wonen nog maar weinig Gezinnen met kinderen."),
    ("nl", "Van de 150 Leerlingen haalden er 120 hun diploma."),
    ("nl", "De partij verloor drie Zetels aan de oppositie."),
])
def test_a_counted_plural_noun(language: str, sentence: str) -> None:
    assert count(sentence + "\n", language, "midsentence-capital") == 1


@pytest.mark.parametrize("language, sentence", [
    ("pt", "O relatório fala de Problemas graves nas escolas do interior."),
    ("es", "La ciudad ofrece Servicios públicos de calidad a los vecinos."),
    ("it", "Il sindaco ha parlato di Interventi urgenti sulle strade."),
    ("fr", "Le chantier est à l'arrêt faute de Moyens humains et de matériel."),
])
def test_a_plural_noun_before_its_agreeing_adjective(language: str, sentence: str) -> None:
    assert count(sentence + "\n", language, "midsentence-capital") == 1


@pytest.mark.parametrize("text", [
    "Die Regeln seien klar und Gelten auch für kleine Betriebe, sagte sie. Sie gelten ab Mai.\n",
    "Der Plan sei gut, aber Reicht nicht aus, sagte er. Das Geld reicht bis Juni.\n",
])
def test_a_german_verb_the_text_writes_in_lower_case_elsewhere(text: str) -> None:
    assert count(text, "de", "midsentence-capital") == 1


@pytest.mark.parametrize("text", [
    "Die Stadt will das Leben im Viertel verbessern. Viele leben hier seit Jahren.\n",
    "Es gab nichts Neues zu berichten, sagte er. Das neue Gesetz gilt ab Mai.\n",
    "Beim Essen wurde gelacht. Wir essen um acht.\n",
])
def test_a_german_noun_made_of_a_verb_or_adjective_keeps_its_capital(text: str) -> None:
    assert count(text, "de", "midsentence-capital") == 0


def test_an_english_noun_the_text_writes_in_lower_case_elsewhere() -> None:
    text = ("Patients were moved after the Ward flooded on Monday night.\n\n"
            "The ward reopened on Wednesday, a spokesperson said.\n")
    assert count(text, "en", "midsentence-capital") == 1


def test_an_english_model_name_that_recurs_keeps_its_capital() -> None:
    text = ("The Lexus Coupe Convertible drew crowds. The roof of the Convertible folds in "
            "twelve seconds, and the convertible market is small.\n")
    assert count(text, "en", "midsentence-capital") == 0


@pytest.mark.parametrize("language, text", [
    ("en", "The Government said it would act. Local government leaders were not consulted.\n"),
    ("en", "The report by St Mary's Hospital was published. The hospital said it would respond.\n"),
    ("nl", "De club telt nu twee Belgen en een Fransman in de selectie.\n"),
    ("it", "Lo ha scritto la Repubblica nella sua edizione di oggi.\n"),
    ("fr", "Les ministres des Affaires étrangères se réunissent lundi.\n"),
    ("it", "Il prefetto ha premiato i Comuni virtuosi della provincia.\n"),
])
def test_institutions_names_and_peoples_keep_their_capital(language: str, text: str) -> None:
    assert count(text, language, "midsentence-capital") == 0


# --- link-hole: a preposition before a spaced comma or a finite verb --------------------------

@pytest.mark.parametrize("language, sentence", [
    ("en", "Residents said they had trusted the warnings on , but the water rose too fast."),
    ("en", "Prices rose faster than , the central bank said."),
    ("de", "Der Bürgermeister verwies auf das neue Stadion neben , das im Mai öffnet."),
    ("it", "Lo ha ricordato in una lettera a , pubblicata ieri dal quotidiano."),
    ("nl", "Het plan kreeg steun van partijen zoals , maar de gemeente twijfelt."),
    ("es", "Según un informe de es probable que el precio suba."),
    ("pt", "De acordo com uma pesquisa da consultoria em é possível que a taxa caia."),
    ("fr", "Selon une étude publiée par est désormais en baisse."),
    ("nl", "Volgens is de schade groter dan gedacht."),
])
def test_a_preposition_that_lost_its_object(language: str, sentence: str) -> None:
    assert count(sentence + "\n", language, "link-hole") == 1


@pytest.mark.parametrize("language, sentence", [
    ("en", "He came in, and the meeting started."),
    ("en", "He gave up , and the others followed."),
    ("de", "Das teilte eine Sprecherin mit , bevor die Sitzung begann."),
    ("nl", "Hij belde zijn broer op , maar die nam niet op."),
    ("en", "What they voted for was a cut in fees."),
    ("de", "Er ging hinaus, als das Licht an war."),
    ("nl", "Dat is waar hij bang van is, zei ze."),
    ("es", "Según es costumbre, el alcalde abrió la fiesta."),
])
def test_particles_and_stranded_prepositions_are_no_hole(language: str, sentence: str) -> None:
    assert count(sentence + "\n", language, "link-hole") == 0


# --- truncated-text: a cut paragraph on a line of its own, under a note ----------------------

CUT_UNDER_NOTE = {
    "en": ("The port handled a record number of containers in the third quarter, the authority said.\n"
           "Shipping lines have added two weekly services to Asia and one to West Africa since the spring.\n"
           "Subscribe to keep reading\n"
           "Already a subscriber? Log in\n"
           "Speaking to reporters on Tuesday, the harbour master said the new crane would be delivered in March and that the dredging of the\n"
           "By Tom Hale | Editing by Sara Lind\n"),
    "es": ("El ayuntamiento aprobó ayer el presupuesto de 2027 con los votos del equipo de gobierno.\n"
           "La oposición criticó el aumento del gasto en personal y la falta de inversión en barrios.\n"
           "Contenido exclusivo para suscriptores\n"
           "¿Ya eres suscriptor? Inicia sesión\n"
           "En la rueda de prensa posterior, la alcaldesa explicó que las obras del nuevo mercado empezarán en febrero y que la reforma de la\n"
           "Por Lucía Ferrer | Edición: Pablo Gil\n"),
    "nl": ("De gemeenteraad heeft gisteravond ingestemd met de bouw van tweehonderd nieuwe woningen aan de rand van het dorp.\n"
           "De eerste huizen moeten in 2028 worden opgeleverd, de laatste twee jaar later, aldus de wethouder.\n"
           "Dit artikel is alleen voor abonnees\n"
           "Al abonnee? Log in\n"
           "Tijdens het debat benadrukte de wethouder dat een derde van de woningen sociale huur wordt en dat de gemeente met de\n"
           "Door Sanne de Wit\n"),
}


@pytest.mark.parametrize("language", sorted(CUT_UNDER_NOTE))
def test_a_long_line_cut_under_a_paywall_note_and_above_a_byline(language: str) -> None:
    assert count(CUT_UNDER_NOTE[language], language, "truncated-text") == 1


def test_a_text_wrapped_at_a_fixed_width_is_not_cut_at_each_line() -> None:
    text = ("The harbour master said on Tuesday that the new crane would be delivered in\n"
            "March, and that the dredging of the channel would follow in the summer, when\n"
            "the water is calm. The authority expects the work to cost four million.\n")
    assert count(text, "en", "truncated-text") == 0


# --- month-capitalization: days named by their date ---------------------------------------------

@pytest.mark.parametrize("language, sentence", [
    ("pt", "Com os feriados de 8 de Dezembro e 25 de Dezembro, o comércio fecha mais cedo."),
    ("es", "Muchos madrileños aprovechan el puente del 9 de Noviembre para salir de la ciudad."),
    ("it", "Le celebrazioni per il 17 Marzo si terranno in piazza."),
    ("fr", "Les commémorations du 19 Mars ont réuni les anciens combattants."),
])
def test_a_day_the_sentence_calls_a_holiday_keeps_its_capital(language: str, sentence: str) -> None:
    assert count(sentence + "\n", language, "month-capitalization") == 0


@pytest.mark.parametrize("language, sentence", [
    ("pt", "A festa acabou e a obra começa no dia 8 de Dezembro de 2026."),
    ("es", "El concierto será el 9 de Noviembre en el auditorio."),
    ("it", "La festa è finita. La gara si corre il 17 Marzo."),
])
def test_a_date_without_a_holiday_word_before_it_is_still_reported(language: str, sentence: str) -> None:
    assert count(sentence + "\n", language, "month-capitalization") == 1


def test_an_english_noun_inside_a_name_with_an_article_keeps_its_capital() -> None:
    text = ("The Alliance for the Future leader met the press. Many people came to listen.\n")
    assert count(text, "en", "midsentence-capital") == 0


def test_a_word_split_by_mojibake_is_no_preposition() -> None:
    assert count("La baterÃ\u00ada es el punto fuerte del móvil.\n", "es", "link-hole") == 0


@pytest.mark.parametrize("language, sentence", [
    ("es", "El puerto registró el año pasado la Mayor subida de tráfico desde 2015."),
    ("it", "La squadra ha giocato la Migliore partita della stagione."),
    ("fr", "Le maire a présenté le Nouveau plan de circulation hier soir."),
    ("pt", "A empresa registou o Maior lucro da sua história."),
    ("fr", "Le maire sortant a salué son Successeur, un ancien adjoint."),
    ("es", "El alcalde se reunió con su Homólogo de la ciudad vecina."),
    ("it", "Le scuole erano state Chiuse per settimane."),
    ("es", "Las obras han sido Suspendidas por la lluvia."),
    ("pt", "O governo pretende Reduzir a fila de espera nos hospitais."),
    ("fr", "La commune veut Rénover la salle des fêtes avant l'été."),
])
def test_an_adjective_noun_or_verb_a_neighbour_gives_away(language: str, sentence: str) -> None:
    assert count(sentence + "\n", language, "midsentence-capital") == 1


@pytest.mark.parametrize("language, text", [
    ("es", "Relacionado ⟶ Las obras del puerto, otra vez retrasadas\n"),
    ("fr", "Le conseil se réunira samedi pour élire les adjoints.\n\nla commune Le nouveau conseil compte 19 membres.\n"),
    ("it", "Le vongole dell'alto Adriatico dal 2023 sono in calo.\n"),
    ("fr", "Il a salué sa Majesté, puis il est reparti.\n"),
    ("it", "La Nuova Sardegna ha pubblicato la notizia.\n"),
    ("fr", "La manifestation est prévue samedi, à l'appel des syndicats et des\nIl vous reste 62 % de cet article à lire.\n"),
])
def test_teaser_arrows_fragments_names_and_honorifics_keep_their_capital(language: str, text: str) -> None:
    assert count(text, language, "midsentence-capital") == 0


def test_a_network_after_a_possessive_keeps_its_capital() -> None:
    assert count("La cantante lo anunció en su Instagram que sigue un millón de personas.\n", "es",
                 "midsentence-capital") == 0


# --- tense-year: the article's year from a terser dateline ------------------------------------

@pytest.mark.parametrize("language, text", [
    ("es", "TARRAGONA, 3 mar. (Costa Press) - El puerto ampliará el muelle de cruceros en 2024, "
           "según la autoridad portuaria, que espera más escalas.\n"),
    ("de", "Bremen (nordpresse) - Die Stadt wird die neue Brücke nach Angaben der Verwaltung im "
           "Frühjahr 2024 eröffnen, wie ein Sprecher sagte.\n"),
    ("pt", "FARO\nAlgarve Press\n– O novo terminal do aeroporto vai abrir em 2025, segundo a "
           "administração, que prevê mais voos no verão.\n"),
    ("it", "---\ndate: 2026-02-10\n---\nI lavori inizieranno nella primavera del 2025, ha detto "
           "l'assessore.\n"),
])
def test_a_future_about_a_past_year_under_a_terse_dateline(language: str, text: str) -> None:
    fmt = "markdown" if text.startswith("---") else "text"
    found = [d for d in lint_text(text, language=language, fmt=fmt) if d.rule == "tense-year"]
    assert len(found) == 1


# --- date-format: a date in digits with the month first --------------------------------------

@pytest.mark.parametrize("language, sentence", [
    ("es", "La comisión volverá a reunirse el 09/23/2026 en Oviedo."),
    ("nl", "De uitspraak volgt op 11-14-2026, meldt de rechtbank."),
    ("it", "Il bando scade il 4/30/2026 alle 12."),
])
def test_a_date_in_digits_with_the_month_first(language: str, sentence: str) -> None:
    assert count(sentence + "\n", language, "date-format") == 1


@pytest.mark.parametrize("language, sentence", [
    ("es", "La comisión volverá a reunirse el 23/09/2026 en Oviedo."),
    ("it", "Il bando scade il 04/05/2026 alle 12."),
    ("nl", "Zie https://example.org/docs/05/18/2026/rapport voor details."),
])
def test_day_first_or_ambiguous_dates_in_digits_are_left_alone(language: str, sentence: str) -> None:
    assert count(sentence + "\n", language, "date-format") == 0


@pytest.mark.parametrize("language, sentence", [
    ("es", "La propuesta llegará al Parlamento de la UE en Febrero."),
    ("it", "Il piano passerà al Consiglio della Regione in Marzo."),
    ("pt", "O relatório será entregue à Comissão da UE em Janeiro."),
])
def test_a_month_after_a_name_and_a_time_preposition(language: str, sentence: str) -> None:
    assert count(sentence + "\n", language, "month-capitalization") == 1


@pytest.mark.parametrize("language, sentence", [
    ("fr", "Le projet est financé par et par la région, a précisé le maire."),
    ("es", "La obra fue pagada por y por el Ayuntamiento de Lugo."),
    ("nl", "Het onderzoek is betaald door de provincie met en met steun van het Rijk."),
    ("en", "Data published by show that delays doubled last year."),
    ("pt", "Os dados divulgados por mostram que a procura caiu."),
])
def test_a_preposition_before_a_conjunction_or_a_verb_of_showing(language: str, sentence: str) -> None:
    assert count(sentence + "\n", language, "link-hole") == 1


@pytest.mark.parametrize("language, sentence", [
    ("de", "Die Zahl der Gäste stieg nach und nach, durch und durch zufrieden."),
    ("nl", "Ze waren door en door nat."),
    ("en", "He read the letter over and over, and the result was decided by show of hands."),
    ("fr", "Ils ont voté pour ou contre, avec ou sans réserve."),
])
def test_idioms_that_double_a_preposition_are_no_hole(language: str, sentence: str) -> None:
    assert count(sentence + "\n", language, "link-hole") == 0


@pytest.mark.parametrize("language, text", [
    ("en", "The council approved the budget on Monday, and the mayor said the new library would open soon.\n\n"
           "Residents will be asked about the design in a consultation that starts next week, officials said.\n\n"
           "A second consultation, on the bus station, is planned for the autumn, according to the\n"
           "You have 70% of this article left to read. Already a subscriber? Log in\n"),
    ("es", "El pleno aprobó ayer el presupuesto y la alcaldesa anunció que la biblioteca abrirá pronto.\n\n"
           "Los vecinos podrán opinar sobre el diseño en una consulta que empieza la próxima semana, según el consistorio.\n\n"
           "Una segunda consulta, sobre la estación de autobuses, está prevista para el otoño, según los\n"
           "Te queda el 70 % de este artículo. ¿Ya eres suscriptor? Inicia sesión\n"),
])
def test_a_paragraph_that_runs_on_into_the_paywall_line_is_cut(language: str, text: str) -> None:
    found = [d for d in lint_text(text, language=language, fmt="markdown") if d.rule == "truncated-text"]
    assert len(found) == 1 and "suscriptor" not in text[found[0].start:found[0].end] \
        and "subscriber" not in text[found[0].start:found[0].end]


@pytest.mark.parametrize("language, text", [
    ("nl", "De gemeenteraad heeft gisteravond ingestemd met de bouw van tweehonderd nieuwe woningen aan de rand van het dorp.\n"
           "De eerste huizen moeten in 2028 worden opgeleverd, de laatste twee jaar later, aldus de wethouder.\n"
           "Volgens de oppositie komen er te weinig sociale huurwoningen, omdat de gemeente daar geen\n"
           "Door Sanne de Wit\n"
           "Dit artikel is automatisch vertaald. Aan de vertaling kunnen geen rechten worden ontleend.\n"),
    ("pt", "A câmara aprovou ontem o orçamento para 2027 com os votos da maioria e a abstenção da oposição.\n"
           "O presidente disse que a nova biblioteca vai abrir no verão, depois de dois anos de obras no centro.\n"
           "Segundo a vereadora da cultura, o edifício terá uma sala de estudo aberta até à meia-noite, porque os\n"
           "Por Ana Lima | Edição: Rui Costa\n"
           "Este texto foi traduzido automaticamente. A tradução pode conter erros de sentido.\n"),
])
def test_a_cut_line_above_a_byline_with_a_note_under_it(language: str, text: str) -> None:
    assert count(text, language, "truncated-text") == 1


def test_a_cut_word_above_a_stray_lower_case_fragment() -> None:
    text = ("Die Stadt hat im vergangenen Jahr mehr als zwei Millionen Euro in neue Radwege investiert, sagte der Bürgermeister.\n"
            "Vor allem die Verbindung zwischen Bahnhof und Altstadt sei deutlich sicherer geworden, heißt es im Bericht.\n"
            "Der Ausbau soll weitergehen, denn seit Januar arbeiten im Bauamt drei neue Ingeni\n"
            "verwaltung Die Arbeiten beginnen im März.\n")
    assert count(text, "de", "truncated-text") == 1


@pytest.mark.parametrize("language, text", [
    ("nl", "De raad stemde in met het plan, dat volgend jaar ingaat.\n\nDeel via WhatsApp · Kopieer link\n"
           "Nieuwsbrief: elke week het beste nieuws uit de regio in je mailbox\n"),
    ("fr", "Le conseil a voté le budget, qui entrera en vigueur en janvier.\n\n"
           "Il vous reste 80 % de cet article à lire. Déjà abonné ? Se connecter\n"),
])
def test_a_teaser_label_or_a_paywall_line_is_not_cut(language: str, text: str) -> None:
    assert count(text, language, "truncated-text") == 0


@pytest.mark.parametrize("language, sentence", [
    ("nl", "Volgens het ministerie van Financiën heeft de gemeente te veel uitgegeven aan financiën van derden."),
    ("es", "La consejería de Sanidad ha abierto un expediente y la sanidad pública lo revisa."),
])
def test_a_ministry_and_its_portfolio_keep_their_capital(language: str, sentence: str) -> None:
    assert count(sentence + "\n", language, "midsentence-capital") == 0


# --- merged-words: a camel-case name or a title run into the next sentence ------------------

@pytest.mark.parametrize("language, sentence", [
    ("fr", "Les parents ont lancé un appel sur ParentsEnColèreIls demandent une réunion."),
    ("nl", "De steun kwam van de gemeente WesterkwartierWethouder Anna Bos noemt het plan goed."),
    ("es", "La protesta la organizó el colectivo VecinosUnidosLa asamblea pide más autobuses."),
])
def test_a_camel_case_name_or_a_place_run_into_the_next_sentence(language: str, sentence: str) -> None:
    assert count(sentence + "\n", language, "merged-words") == 1


@pytest.mark.parametrize("language, sentence", [
    ("nl", "Het filmpje staat op YouTube en werd vaak bekeken."),
    ("fr", "La start-up MesDocsPro lève deux millions d'euros."),
])
def test_camel_case_brands_are_no_join(language: str, sentence: str) -> None:
    assert count(sentence + "\n", language, "merged-words") == 0


@pytest.mark.parametrize("sentence", [
    "The night bus was Cut in the spring and has not come back.",
    "The final was Won on penalties after a goalless draw.",
])
def test_an_english_irregular_participle_after_its_auxiliary(sentence: str) -> None:
    assert count(sentence + "\n", "en", "midsentence-capital") == 1


# --- lowercase-sentence-start: a credit line opened by a byline phrase ----------------------

@pytest.mark.parametrize("language, text", [
    ("it", "Il porto riapre domani dopo la mareggiata.\n\n— a cura di Luca Ferri, Tirreno24 (ripubblicato con permesso)\n"),
    ("it", "Il porto riapre domani dopo la mareggiata.\n\ntesto di Anna Riva, redazione cronaca di Livorno e provincia\n"),
])
def test_a_credit_line_opened_by_a_byline_phrase_is_no_sentence(language: str, text: str) -> None:
    assert count(text, language, "lowercase-sentence-start") == 0


def test_a_space_before_a_comma_after_a_german_closing_quote() -> None:
    assert count("„Das reicht nicht“ , sagt die Sprecherin.\n", "de", "spacing") == 1


# --- layout-damage: a paragraph broken mid-sentence in a text of one paragraph a line ---------

def test_a_line_that_breaks_off_and_goes_on_in_lower_case_on_the_next() -> None:
    text = ("Il consiglio comunale ha approvato ieri sera il bilancio di previsione per il prossimo anno.\n"
            "La seduta è durata più di quattro ore e si è chiusa poco prima della mezzanotte, dopo un lungo dibattito.\n"
            "Secondo l'assessore al bilancio, la manovra permetterà di ridurre le tariffe della mensa e di\n"
            "aumentare i fondi per la manutenzione delle scuole elementari del centro.\n"
            "L'opposizione ha votato contro, giudicando insufficienti le risorse destinate ai quartieri periferici.\n"
            "Il bilancio entrerà in vigore dal primo gennaio, come previsto dal regolamento contabile.\n")
    assert count(text, "it", "layout-damage") == 1


def test_a_text_wrapped_at_a_fixed_width_is_no_broken_paragraph() -> None:
    text = ("The council approved the budget for next year on Monday night after a\n"
            "long debate that ran until almost midnight, officials said.\n")
    assert count(text, "en", "layout-damage") == 0


def test_a_teaser_line_above_a_lower_case_line_is_no_broken_paragraph() -> None:
    text = ("O novo horário entra em vigor em janeiro, segundo o comunicado enviado às redações ontem.\n"
            "A medida abrange onze concelhos e custa cerca de dois milhões de euros por ano, disse a presidente.\n"
            "Os utentes podem marcar consultas através da aplicação ou por telefone, como até agora.\n"
            "Os sindicatos dizem que faltam enfermeiros para garantir o alargamento do horário.\n"
            "Veja ainda → Greve dos enfermeiros adiada para março\n"
            "the measure is part of a national pilot, disse a presidente.\n")
    assert count(text, "pt", "layout-damage") == 0


# --- merged-words: an article or numeral run into the next word --------------------------------

@pytest.mark.parametrize("language, sentence", [
    ("en", "Residents asked thecouncil to reopen the library."),
    ("en", "The fire spread to twoshops before crews arrived."),
    ("it", "La proposta delsindaco è stata respinta."),
    ("nl", "Het besluit van degemeente viel gisteren."),
])
def test_an_article_or_numeral_run_into_a_common_word(language: str, sentence: str) -> None:
    assert count(sentence + "\n", language, "merged-words") == 1


@pytest.mark.parametrize("language, sentence", [
    ("en", "The therapist and the theologian spoke about onboarding."),
    ("it", "Il deltaplano e il delfino sono tornati in laguna."),
    ("nl", "De inzamelpunten en de opvanglocatie gaan dicht."),
])
def test_words_that_start_like_an_article_are_no_join(language: str, sentence: str) -> None:
    assert count(sentence + "\n", language, "merged-words") == 0


@pytest.mark.parametrize("language, sentence", [
    ("nl", "Het blijft nog even nat. Vanaf Woensdag wordt het droger."),
    ("fr", "Le chantier a pris du retard. Dès Lundi, la rue sera fermée."),
])
def test_a_weekday_after_a_capitalised_time_preposition_at_a_sentence_start(language: str, sentence: str) -> None:
    assert count(sentence + "\n", language, "month-capitalization") == 1


@pytest.mark.parametrize("language, sentence", [
    ("it", "Il migliore in campo è stato Moretti a centrocampo."),
    ("it", "Il centenario della Grande guerra è stato ricordato ieri."),
    ("es", "El más rápido ha sido Prieto en la segunda etapa."),
    ("fr", "Le premier à réagir a été Louis dans la matinée."),
])
def test_names_after_a_participle_of_to_be_and_great_wars_keep_their_capital(language: str, sentence: str) -> None:
    assert count(sentence + "\n", language, "midsentence-capital") == 0


@pytest.mark.parametrize("sentence, found", [
    ("Volgens een peiling van is een meerderheid tegen het plan.", 1),
    ("Uit het rapport van blijkt dat de kosten stijgen.", 1),  # `van`, a verb of showing and `dat`: a hole
    ("Dat het rapport van belang is, blijkt uit de cijfers.", 0),
    ("Dat is iets waar de gemeente de eigenaar van is, zei ze.", 0),
    ("Hij weet dat hij er de oorzaak van is.", 0),
])
def test_dutch_van_before_a_finite_verb(sentence: str, found: int) -> None:
    assert count(sentence + "\n", "nl", "link-hole") == found


@pytest.mark.parametrize("language, sentence", [
    ("es", "La nueva estación estará lista a finales de 2024, según el ministerio."),
    ("it", "Il cantiere sarà chiuso entro fine 2025, ha detto l'assessore."),
    ("en", "The bridge will reopen early 2025, the council said."),
    ("de", "Die neue Halle wird Ende 2024 fertig sein, sagte der Bürgermeister."),
    ("fr", "La ligne sera prolongée courant 2025, selon la métropole."),
])
def test_a_future_about_a_past_year_with_a_part_of_the_year_before_it(language: str, sentence: str) -> None:
    text = f"---\ndate: 2026-03-02\n---\n{sentence}\n"
    assert sum(d.rule == "tense-year" for d in lint_text(text, language=language, fmt="markdown")) == 1


@pytest.mark.parametrize("language, sentence", [
    ("en", "The company will publish its accounts for 2024 next month."),
    ("es", "El ministerio presentará mañana el balance de 2024."),
])
def test_a_future_about_a_past_year_s_results_is_no_slip(language: str, sentence: str) -> None:
    text = f"---\ndate: 2026-03-02\n---\n{sentence}\n"
    assert sum(d.rule == "tense-year" for d in lint_text(text, language=language, fmt="markdown")) == 0


def test_dutch_van_before_a_possessive_is_no_hole() -> None:
    assert count("Het aandeel verloor een vijfde van zijn waarde.\n", "nl", "link-hole") == 0


# --- unbalanced-quotes: markup attributes are no quotation --------------------------------------

def test_an_unclosed_quote_above_a_shortcode_with_an_attribute() -> None:
    text = ("Il sindaco ha definito “il progetto più atteso del mandato, una promessa mantenuta.\n"
            "[newsletter_box id=\"7\"]\n"
            "I lavori partiranno in primavera.\n")
    assert count(text, "it", "unbalanced-quotes") == 1


def test_a_quote_that_goes_on_into_the_next_paragraph_is_still_balanced() -> None:
    text = ("“The plan is late,\" he said. “We will not wait.\n\n"
            "“Nobody will,” he added.\n")
    assert count(text, "en", "unbalanced-quotes") == 0


def test_a_low_quote_damaged_into_mojibake_still_opens_its_own_quotation() -> None:
    text = ("„Stikstof is het grootste probleem, zei een woordvoerder van de provincie.\n\n"
            "De boeren reageerden boos. â€žWe willen best veranderen, maar niet zo snel”, zei een van hen.\n")
    assert count(text, "nl", "unbalanced-quotes") == 1


# --- month-capitalization: a date line under the headline, with no comma after its weekday -----

@pytest.mark.parametrize("language, text", [
    ("fr", "La piscine municipale de Vendrel rouvre ses portes après deux ans de travaux\nJeudi 12 juin 2025\n\nLe bassin a été refait.\n"),
    ("nl", "Nieuwe brug over de Lek bij Vianen na drie jaar bouwen eindelijk geopend\nZaterdag 8 maart 2025\n\nDe brug kostte miljoenen.\n"),
    ("it", "Riapre il mercato coperto di Valdoria dopo due anni di lavori e molte polemiche\nVenerdì 3 ottobre 2025\n\nI banchi sono quaranta.\n"),
])
def test_a_weekday_opening_a_date_line_right_under_the_headline(language: str, text: str) -> None:
    assert count(text, language, "month-capitalization") == 0


@pytest.mark.parametrize("language, text", [
    ("fr", "Le conseil se réunira le Jeudi 12 juin pour voter le budget.\n"),
    ("nl", "De raad vergadert op Zaterdag 8 maart over de begroting.\n"),
])
def test_a_capitalised_weekday_before_a_date_inside_a_sentence(language: str, text: str) -> None:
    assert count(text, language, "month-capitalization") == 1

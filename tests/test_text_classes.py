"""Classes of damage the in-text rules learnt in issue 10's third round, and the look-alikes
they leave alone: a name dropped after a role noun, quotes damaged into mojibake, apostrophes
written as an opening quote.

Every example here is written for this file.
"""
from __future__ import annotations

import pytest

from linter.config import Settings
from linter.engine import lint_text

from lint_support import count, rules


# --- link-hole: a role noun, a spaced comma, and the clause goes on ----------------------

ROLE_HOLES = {
    "en": "The budget was defended by the finance director , who said cuts were over.",
    "it": "La proposta, sostenuta dal vicesindaco , è stata ritirata ieri.",
    "es": "El acuerdo, firmado por la alcaldesa , entra en vigor el lunes.",
    "pt": "Segundo a vereadora , que votou contra, o plano é caro.",
    "fr": "Le projet, porté par la sénatrice , sera examiné mardi.",
    "de": "Der Plan, den die Landrätin , vorgestellt hat, kostet viel.",
    "nl": "Het plan van gedeputeerde verkeer , die gisteren sprak, is duur.",
}


@pytest.mark.parametrize("language", sorted(ROLE_HOLES))
def test_a_role_noun_before_a_spaced_comma_lost_its_name(language: str) -> None:
    text = ROLE_HOLES[language] + "\n"
    assert count(text, language, "link-hole") == 1
    assert count(text, language, "spacing") == 0  # the hole is one finding, not two


@pytest.mark.parametrize("language, sentence", [
    ("en", "Fans queued outside the arena , which opened late."),
    ("it", "I tifosi aspettavano fuori dallo stadio , dove pioveva."),
    ("nl", "De bezoekers wachtten bij de ingang , die dicht bleef."),
])
def test_a_spaced_comma_after_another_noun_is_a_spacing_slip(language: str, sentence: str) -> None:
    assert count(sentence + "\n", language, "link-hole") == 0
    assert count(sentence + "\n", language, "spacing") == 1


# --- unbalanced-quotes: marks that are no quotes -------------------------------------------

def test_a_mojibake_closing_quote_that_lost_its_last_byte_still_closes() -> None:
    text = "The hall was called â€œa disgraceâ€ by two of the inspectors.\n"
    assert count(text, "en", "unbalanced-quotes") == 0
    assert count(text, "en", "mojibake") == 2  # each damaged quote once, by its own rule


@pytest.mark.parametrize("language, sentence", [
    ("nl", "Ze verhuisde van ‘s-Gravenzande naar ‘t Harde, waar ze sindsdien woont."),
    ("en", "The band played the hits of the ‘80s and some rock ‘n’ roll."),
])
def test_an_apostrophe_written_as_an_opening_quote_opens_nothing(language: str, sentence: str) -> None:
    assert count(sentence + "\n", language, "unbalanced-quotes") == 0


def test_an_unclosed_single_quote_is_still_reported() -> None:
    assert count("He called the plan ‘a fantasy and left the room.\n", "en", "unbalanced-quotes") == 1


# --- merged-words: camel joins with a name, an elision or a short function word ------------

@pytest.mark.parametrize("language, sentence", [
    ("it", "La delibera è stata firmata dall'assessoraGiulia Ferri ieri sera."),
    ("fr", "Le match a été reporté, annonce Saint-EtienneLe club attend la décision."),
    ("nl", "De subsidie gaat naar deGemeente en de provincie."),
    ("en", "The contract was signed inThe presence of the mayor."),
    ("de", "Die Linie fährt ab Montag öfter, sagt Karla WeinerDie Stadtwerke zahlen, die Kunden nicht."),
    ("es", "La línea quedó cortada, según ha confirmadoRenfe esta mañana."),
])
def test_a_camel_join_with_a_name_or_a_short_word(language: str, sentence: str) -> None:
    assert count(sentence + "\n", language, "merged-words") == 1


@pytest.mark.parametrize("language, sentence", [
    ("en", "She booked an easyJet flight and sold the old phone on eBay."),
    ("it", "Il sindaco di Reggio-Emilia e l'assessore hanno parlato con l'iPhone in mano."),
    ("fr", "Le club de Saint-Etienne a battu Paris-Saint-Germain."),
    ("nl", "De app myTaxi en de site bol.com zijn populair."),
])
def test_brands_and_hyphenated_names_are_no_join(language: str, sentence: str) -> None:
    assert count(sentence + "\n", language, "merged-words") == 0


@pytest.mark.parametrize("language, sentence", [
    # A name, then the next sentence's first word: a very common word of the article's language
    # that only a sentence's start capitalises.
    ("it", "L'accordo è stato curato dall'agente che aveva portato il giocatore al PortoSecondo quanto filtra, manca poco."),
    ("pt", "A obra foi entregue a uma empresa de BragaSegundo o contrato, o prazo termina em março."),
    ("es", "Lo confirmó el portavoz del ValenciaAdemás el club anunció dos fichajes nuevos."),
    ("fr", "Le club a publié un message sur TwitterSelon lui, la décision est injuste."),
    ("nl", "De club meldde het op InstagramVolgens de voorzitter is de transfer bijna rond."),
    ("de", "Zuletzt hatte die benachbarte GemeindeWie ein Sprecher bestätigte, die Station geschlossen."),
    # A token only the English word list knows, ending in such a word: `Sur|El`
    ("es", "Según la Asociación de Caficultores del SurEl gremio calcula que el coste subirá."),
])
def test_a_name_run_into_the_next_sentences_first_word(language: str, sentence: str) -> None:
    assert count(sentence + "\n", language, "merged-words") == 1


@pytest.mark.parametrize("language, sentence", [
    # Brands whose second half is English, or a noun of the language (German capitalises nouns),
    # or a word the language uses less often.
    ("it", "Ha pagato con BancoPosta e ha letto MilanoFinanza al bar prima di guardare RaiPlay."),
    ("de", "Die RheinEnergie und MediaMarkt werben mit dem DeutschlandTicket bei ProSieben."),
    ("nl", "VodafoneZiggo werkt samen met ProRail, PostNL en RegioBank."),
    ("pt", "A ViaVerde apoia a SportTV e a RedeGlobo no festival."),
    ("fr", "BlaBlaCar a rejoint la FrenchTech avec DailyMotion et BackMarket."),
])
def test_brands_of_a_name_and_a_noun_are_no_join(language: str, sentence: str) -> None:
    assert count(sentence + "\n", language, "merged-words") == 0


@pytest.mark.parametrize("language, line, join", [
    ("en", "By Owen Carr, Property CorrespondentRents in Harbridge rose by 11.4% in the year to March, the agency said.", "CorrespondentRents"),
    ("de", "Von Sabine KröllDie Verkehrsbetriebe verdichten ab dem 11. Januar den Takt auf der Ringlinie.", "KröllDie"),
])
def test_a_join_in_a_byline_glued_to_the_lead_is_reported_beside_the_byline(language: str, line: str, join: str) -> None:
    text = "Headline of the story\n\n" + line + "\n\nThe rest of the story follows here, as a sentence.\n"
    found = {(d.rule, d.line) for d in lint_text(text, language=language, select=["merged-words", "byline-remnant"])}
    assert found == {("byline-remnant", 3), ("merged-words", 3)}


# --- tense-year: a dateline with a day and month but no year ---------------------------------

def findings_in(text: str, language: str, year: int | None) -> int:
    """tense-year's findings on `text` linted in `year`; None: `date_undated` off."""
    options = (("undated_year", year),) if year else (("date_undated", False),)
    settings = Settings(rules=(("tense-year", options),))
    return len(lint_text(text, language=language, select=["tense-year"], settings=settings))


DATELINES = {
    "en": "HULL, March 3 (Northern Wire) - The new ferry terminal will open in 2025, the council said.\n",
    "it": "ANCONA, 3 marzo - Il nuovo molo sarà pronto entro il 2025, ha detto il sindaco.\n",
    "de": "KIEL, 3. März (nwd) - Die neue Fähre wird im Herbst 2025 in Dienst gestellt werden.\n",
    "nl": "DEN HELDER, 3 maart - De nieuwe veerboot zal in 2025 gaan varen, meldt de rederij.\n",
    "es": "VIGO, 3 de marzo - La nueva terminal estará terminada en 2025, según el puerto.\n",
    "pt": "FARO, 3 de março - O novo terminal será inaugurado em 2025, disse o porto.\n",
    "fr": "BREST, 3 mars - Le nouveau terminal ouvrira en 2025, selon le port.\n",
}


@pytest.mark.parametrize("language", sorted(DATELINES))
def test_a_dateline_without_a_year_dates_the_article_the_year_it_is_linted(language: str) -> None:
    assert findings_in(DATELINES[language], language, 2026) == 1
    assert findings_in(DATELINES[language], language, 2024) == 0
    assert findings_in(DATELINES[language], language, None) == 0


def test_a_dateline_year_wins_over_a_full_date_deep_in_the_body() -> None:
    body = "\n\n".join(["The harbour board met on Monday to discuss the plans."] * 6)
    text = (f"HULL, March 3 - The terminal will open in 2025.\n\n{body}\n\n"
            "The first pier was approved on March 3, 2004, after a long debate.\n")
    assert findings_in(text, "en", 2026) == 1


def test_wire_copy_with_a_place_dateline_and_no_date_is_read_in_the_year_it_is_linted() -> None:
    text = ("GRIMSBY\nThe harbour board said on Tuesday that the new ferry terminal will open in 2025,"
            " two years later than planned.\n")
    assert findings_in(text, "en", 2026) == 1
    assert findings_in(text.replace("GRIMSBY\n", "Grimsby harbour news\n"), "en", 2026) == 0
    dated = text + "\nThe first pier was approved on March 3, 2024, after a long debate.\n"
    assert findings_in(dated, "en", 2026) == 0  # a full date anywhere dates it first


def test_an_article_without_any_date_is_left_alone() -> None:
    assert findings_in("The new terminal will open in 2025.\n", "en", 2026) == 0


# --- midsentence-capital: verbs, adjectives and closed-class words with a capital --------------

@pytest.mark.parametrize("language, sentence", [
    ("it", "Il sindaco ha spiegato che il cantiere era Tornato operativo dopo mesi."),
    ("es", "La empresa ha Confirmado que el servicio vuelve mañana."),
    ("pt", "O ministro disse que o acordo foi Assinado ontem à noite."),
    ("fr", "Le maire a Annoncé que la piscine rouvrira lundi."),
    ("en", "The council has Approved the budget for the harbour."),
])
def test_a_participle_after_its_auxiliary(language: str, sentence: str) -> None:
    assert count(sentence + "\n", language, "midsentence-capital") == 1


@pytest.mark.parametrize("language, sentence", [
    ("fr", "Les résultats paraîtront dans une revue Scientifique spécialisée."),
    ("es", "El estudio salió en una revista Científica especializada."),
    ("it", "I dati arrivano da un rapporto Ufficiale pubblicato ieri."),
    ("pt", "O estudo saiu numa revista Científica especializada."),
])
def test_an_adjective_between_lower_case_words(language: str, sentence: str) -> None:
    assert count(sentence + "\n", language, "midsentence-capital") == 1


@pytest.mark.parametrize("language, sentence", [
    ("en", "The minister argued That the plan would wait."),
    ("en", "The club will respond to the letter In the next few days."),
    ("de", "Die Gemeinde Muss nun sparen, sagte der Kämmerer."),
    ("es", "El alcalde dijo que el Servicio de autobuses funciona bien y que el servicio seguirá."),
])
def test_a_closed_class_word_or_a_noun_before_its_complement(language: str, sentence: str) -> None:
    assert count(sentence + "\n", language, "midsentence-capital") == 1


@pytest.mark.parametrize("language, sentence", [
    ("es", "El informe señala serios Problemas en las comarcas del interior."),
    ("fr", "Le syndicat réclame une Augmentation des salaires dès janvier."),
    ("pt", "A autarquia anunciou uma Redução das tarifas para o próximo ano."),
    ("it", "Il consiglio ha votato una Riduzione delle tariffe per gli anziani."),
    ("de", "Er sagte, dass Die Gemeinde das Geld nicht habe. Die Gemeinde prüft, ob die Gemeinde klagt."),
])
def test_a_common_plural_an_abstract_noun_or_an_article_the_text_writes_in_lower_case(
        language: str, sentence: str) -> None:
    assert count(sentence + "\n", language, "midsentence-capital") == 1


@pytest.mark.parametrize("language, sentence", [
    ("en", "Click the About page or the Contact page to reach us."),
    ("it", "Da allora le Regioni hanno approvato nuove leggi."),
    ("fr", "Les députés des Républicains ont voté contre."),
    ("es", "Llamó al Centro de Coordinación de Emergencias esta mañana, y las emergencias crecen."),
    ("fr", "Il a acheté une Renault rouge en novembre."),
    ("fr", "Des agents seront à Bourgoin-Jallieu, La Tour-du-Pin et Voiron."),
    ("de", "Das berichtet Die Welt am Donnerstag, die Welt schaut zu."),
    ("de", "Viele Händler bieten ihre Waren online an."),
    ("es", "El Servicio de Salud abrió un centro y el servicio mejoró."),
    ("it", "Il vincitore è Renato Rossi, che ha battuto Amato nel derby."),
    ("pt", "O clube tinha eliminado o Vitória na ronda anterior, e a vitória foi clara."),
    ("fr", "Les exposants s'installent sur le parking du Port et sur la place."),
    ("es", "Mientras tanto, Jamaica levantó la alerta."),
])
def test_labels_nouns_and_names_keep_their_capital(language: str, sentence: str) -> None:
    assert count(sentence + "\n", language, "midsentence-capital") == 0


# --- datelines, years and layout ---------------------------------------------------------------

@pytest.mark.parametrize("language, text", [
    ("it", "BARI, Gennaio 12 (Sud Wire) - Il porto riapre dopo la mareggiata.\n"),
    ("fr", "NANTES, Février 9 (Ouest Wire) – Le port rouvre après la tempête.\n"),
])
def test_a_dateline_in_english_order_without_a_year(language: str, text: str) -> None:
    assert count(text, language, "date-format") == 1
    assert count(text, language, "month-capitalization") == 1


def test_a_street_named_after_a_date_is_no_dateline() -> None:
    assert count("La sede è in via XX Settembre 12 (Roma), al primo piano.\n", "it", "date-format") == 0


@pytest.mark.parametrize("language, sentence", [
    ("fr", "Le collège a ouvert en 1968.Depuis, il accueille six cents élèves."),
    ("en", "The stand was built in 2004.Since then it has been rebuilt twice."),
])
def test_a_year_glued_to_the_next_sentence(language: str, sentence: str) -> None:
    assert count(sentence + "\n", language, "spacing") == 1


def test_a_version_number_is_no_year() -> None:
    assert count("The app moved to version 2.5 and then 3.0 this spring.\n", "en", "spacing") == 0


ONE_PARAGRAPH_PER_LINE = (
    "Die Stadt hat am Montag die neuen Pläne für den Hafen vorgestellt.\n\n"
    "Der Bürgermeister sagte, die Arbeiten würden im Frühjahr beginnen und zwei Jahre dauern.\n\n"
    "Die Kosten liegen nach ersten Schätzungen bei rund zwölf Millionen Euro für alles.\n\n"
    "Die Anwohner sollen bei einer Versammlung im Rathaus über die Lärmschutz-\n"
    "maßnahmen informiert werden, teilte die Verwaltung mit.\n\n"
    "Ein Termin für die Versammlung steht noch nicht fest, hieß es am Abend dazu.\n"
)


def test_a_word_broken_across_lines_in_a_text_of_one_paragraph_per_line() -> None:
    assert count(ONE_PARAGRAPH_PER_LINE, "de", "layout-damage") == 1


def test_a_hard_wrapped_text_keeps_its_compounds_across_lines() -> None:
    wrapped = ("The council said the long-\nterm plan for the harbour\nwould be published in spring,\n"
               "after the talks with the port\nauthority and the residents\nof the old town had ended.\n")
    assert count(wrapped, "en", "layout-damage") == 0


def test_a_zero_width_space_at_the_start_of_a_word() -> None:
    assert count("O hospital está a \u200bpreparar um plano de contingência.\n", "pt", "layout-damage") == 1


def test_a_word_glued_to_a_place_in_capitals() -> None:
    text = "The report, filed by our Transport CorrespondentLEEDS, was short.\n"
    assert count(text, "en", "merged-words") == 1


@pytest.mark.parametrize("language, sentence", [
    ("en", "The ferry terminal will open in March 2026, the port said."),
    ("it", "Il nuovo molo sarà inaugurato nel marzo 2026, ha detto il sindaco."),
    ("nl", "De nieuwe veerboot zal in maart 2026 gaan varen, meldt de rederij."),
])
def test_a_future_about_a_month_already_past_in_the_articles_year(language: str, sentence: str) -> None:
    dated = f"---\ndate: 2026-10-14\n---\n{sentence}\n"
    assert len(lint_text(dated, language=language, select=["tense-year"], fmt="markdown")) == 1
    later = dated.replace("March 2026", "November 2026").replace("marzo", "novembre").replace("maart", "november")
    assert len(lint_text(later, language=language, select=["tense-year"], fmt="markdown")) == 0


def test_a_clause_in_another_language_with_a_number_in_it() -> None:
    text = ("De gemeente wil de veerdienst over de rivier behouden, which carried more than 12,500 a day.\n\n"
            "De raad beslist volgende maand over het geld.\n\n"
            "De wethouder verwacht een ruime meerderheid in de raad.\n\nDe veerman is blij met de steun.\n")
    assert count(text, "nl", "untranslated-fragment") == 1


def test_a_future_about_a_season_already_over_in_the_articles_year() -> None:
    text = "---\ndate: 2026-10-14\n---\nDie neue Fähre wird im Frühjahr 2026 in Dienst gestellt werden.\n"
    assert len(lint_text(text, language="de", select=["tense-year"], fmt="markdown")) == 1
    assert len(lint_text(text.replace("Frühjahr", "Herbst"), language="de", select=["tense-year"],
                         fmt="markdown")) == 0


@pytest.mark.parametrize("language, sentence", [
    ("de", "Die Firma startete mit einem Kleinen Team in Köln."),
    ("es", "Los vecinos protestan por los Precios de alquiler en el centro."),
])
def test_an_adjective_after_an_indefinite_article_or_a_plural_before_its_complement(
        language: str, sentence: str) -> None:
    assert count(sentence + "\n", language, "midsentence-capital") == 1


@pytest.mark.parametrize("language, sentence", [
    ("de", "Er kaufte die Kette bei einem Augsburger Goldschmied."),
    ("de", "Er hielt einen Meter Abstand zur Kante."),
])
def test_adjectives_of_places_and_units_keep_their_capital(language: str, sentence: str) -> None:
    assert count(sentence + "\n", language, "midsentence-capital") == 0


# --- lowercase-sentence-start: a stop that ends a word cut short --------------------------------

@pytest.mark.parametrize("language, sentence", [
    ("pt", "A renda representa aprox. metade do salário mínimo."),
    ("es", "El viaje dura aprox. tres horas en tren."),
])
def test_a_stop_after_a_cut_word_is_an_abbreviation(language: str, sentence: str) -> None:
    assert count(sentence + "\n", language, "lowercase-sentence-start") == 0


@pytest.mark.parametrize("language, sentence", [
    ("en", "He filed the report. then he went home."),
    ("it", "Ha chiuso il negozio. poi è partito per Roma."),
])
def test_a_stop_after_a_whole_word_still_ends_the_sentence(language: str, sentence: str) -> None:
    assert count(sentence + "\n", language, "lowercase-sentence-start") == 1


# --- truncated-text: a cut paragraph above an editor's note set in emphasis ---------------

CUT_ABOVE_NOTE = (
    "The regional water board said on Tuesday that reservoirs in the south stood at a third of their capacity.\n\n"
    "Farmers' groups asked for an emergency fund and for a pause in the new irrigation charges this winter.\n\n"
    "The board will meet the farmers' groups again next week in the provincial capital, but a deal on the "
    "charges is not expected before the spring harvest begins\n\n"
    "{note}\n"
)
NOTE = "*Editor's note: this story was translated automatically from the Spanish original and was not reviewed by our editors.*"


@pytest.mark.parametrize("note, cut", [
    (NOTE, 1),  # the note is no body paragraph: the paragraph above it is the text's last
    (NOTE.strip("*"), 0),  # the same words as plain prose are a full paragraph after the cut
])
def test_a_cut_paragraph_above_an_emphasised_note(note: str, cut: int) -> None:
    text = CUT_ABOVE_NOTE.format(note=note)
    found = [d for d in lint_text(text, "a.md", language="en", fmt="markdown") if d.rule == "truncated-text"]
    assert len(found) == cut and all(d.line == 5 for d in found)


# --- untranslated-fragment: a clause whose words lean towards another language ------------

FRAMES = {
    "it": ("Il consiglio comunale ha approvato il bilancio martedì sera dopo una lunga discussione.",
           "Il sindaco ha parlato di una giornata storica per la città e per i suoi abitanti."),
    "pt": ("A câmara municipal aprovou o orçamento na terça-feira à noite depois de um longo debate.",
           "O presidente da câmara falou de um dia histórico para a cidade e para os seus habitantes."),
    "es": ("El pleno municipal aprobó el presupuesto el martes por la noche tras un largo debate.",
           "El alcalde habló de un día histórico para la ciudad y para sus vecinos."),
    "fr": ("Le conseil municipal a adopté le budget mardi soir après un long débat.",
           "Le maire a parlé d'une journée historique pour la ville et ses habitants."),
    "de": ("Der Stadtrat hat am Dienstagabend nach langer Debatte den Haushalt beschlossen.",
           "Der Bürgermeister sprach von einem historischen Tag für die Stadt und ihre Bewohner."),
    "nl": ("De gemeenteraad heeft dinsdagavond na een lang debat de begroting goedgekeurd.",
           "De burgemeester sprak van een historische dag voor de stad en haar inwoners."),
}


def framed(language: str, paragraph: str) -> str:
    """The paragraph among five others of the article's language."""
    first, last = FRAMES[language]
    return "\n\n".join([first, first, paragraph, last, last, last]) + "\n"


@pytest.mark.parametrize("language, paragraph", [
    # Few of the other language's function words, but most words far commoner there, and
    # language identification agrees (less sure than it must be alone).
    ("it", "Le esportazioni restano stabili, the consortium said in a statement, mentre calano le vendite."),
    ("pt", "O satélite foi lançado às sete horas. Launch window opens at 14:32 UTC. O sinal chegou depois."),
    ("fr", "Les ventes reculent depuis trois mois, die Zahlen wurden am Montag veröffentlicht, selon la fédération."),
    # A neighbouring language that shares most words.
    ("pt", "A autarquia vai abrir um concurso. El ayuntamiento considera que la obra llega tarde y es insuficiente. A oposição votou contra."),
    ("de", "Die Gemeinde will die Brücke schnell reparieren. De gemeente heeft al een aanvraag ingediend en wacht nu af. Das Land zahlt mit."),
])
def test_a_clause_whose_words_lean_towards_another_language(language: str, paragraph: str) -> None:
    assert count(framed(language, paragraph), language, "untranslated-fragment") == 1


@pytest.mark.parametrize("language, paragraph", [
    ("it", "Il team ha lanciato un nuovo smartphone per il mercato europeo con un brand molto noto."),
    ("de", "Das Start-up setzt auf Machine Learning und Cloud Computing für den Mittelstand."),
    ("es", "El grupo de rock presentó su nuevo single en un show con mucho feeling."),
    ("fr", "Le week-end dernier, le festival a accueilli un show de stand-up très attendu."),
    ("nl", "Het team werkt met een nieuwe app voor de planning van de shifts in het weekend."),
])
def test_loanwords_do_not_make_a_clause_foreign(language: str, paragraph: str) -> None:
    assert count(framed(language, paragraph), language, "untranslated-fragment") == 0


# --- duplicated-word: a reduplicated noun after its article -------------------------------

@pytest.mark.parametrize("language, sentence", [
    ("it", "Gudaitis ha chiuso con una doppia doppia da 18 punti e 12 rimbalzi."),
    ("it", "Sui social è partito il tam tam dei tifosi prima della partita."),
    ("fr", "Après les vacances, chacun reprend le train train de la semaine."),
    ("en", "The cheerleader waved a pom pom at the crowd before kick-off."),
])
def test_a_reduplicated_noun_after_its_article_is_no_slip(language: str, sentence: str) -> None:
    assert count(sentence + "\n", language, "duplicated-word") == 0


@pytest.mark.parametrize("language, text", [
    # the noun is written single elsewhere in the article: the double is a slip
    ("it", "Il governo ha presentato la manovra manovra ieri sera.\n\nLa manovra vale trenta miliardi.\n"),
    # a verb doubled after its auxiliary, never single elsewhere: a slip
    ("it", "Ho aspettato aspettato fino all'ultima curva.\n"),
    ("es", "Los técnicos creen que el fuego fue provocado provocado por una quema.\n"),
    # one of the language's commonest nouns, doubled after its article: a slip
    ("pt", "A polícia registou 19 infrações durante o dia dia da prova.\n"),
    ("en", "Fans queued all through the day day before the final.\n"),
])
def test_a_doubled_word_written_single_elsewhere_or_after_a_verb_is_a_slip(language: str, text: str) -> None:
    assert count(text, language, "duplicated-word") == 1


# --- merged-words: a short function word glued to the next sentence's article ---------------

@pytest.mark.parametrize("language, sentence", [
    ("de", "Zwischen Hollfurt und Plattenried fallen die Regionalzüge ausDer Fernverkehr wird umgeleitet."),
    ("it", "Lo ha annunciato il sindaco perIl momento non ci sono feriti."),
    ("es", "La carretera quedó cortada conLa llegada de la nieve."),
    ("nl", "De gemeente sprak metDe provincie over de brug."),
])
def test_a_function_word_of_three_letters_glued_to_a_capital(language: str, sentence: str) -> None:
    assert count(sentence + "\n", language, "merged-words") == 1


def test_a_newspaper_named_with_its_article_is_no_join() -> None:
    assert count("Er liest derStandard und dieBasis jeden Tag.\n", "de", "merged-words") == 0


# --- tense-year: a participle dated by `before` belongs to its own clause ---------------------

def dated(sentence: str) -> str:
    return f"---\ndate: 2025-10-14\n---\n{sentence}\n"


@pytest.mark.parametrize("language, sentence", [
    ("it", "Il governo avvierà un'ispezione di tutti i viadotti costruiti prima del 1980 con la stessa tecnica."),
    ("es", "El ministerio revisará todos los puentes construidos antes de 1990 en la región."),
    ("pt", "O governo vai inspecionar as pontes construídas antes de 1980 na região."),
    ("fr", "Le ministère inspectera les ponts construits avant 1980 dans la région."),
    ("en", "The ministry will inspect every bridge completed before 1980 in the region."),
])
def test_a_participle_dated_by_before_is_not_the_futures_year(language: str, sentence: str) -> None:
    assert len(lint_text(dated(sentence), language=language, select=["tense-year"], fmt="markdown")) == 0


@pytest.mark.parametrize("language, sentence", [
    ("it", "Il ponte sarà completato prima del 2024, ha detto il ministro."),
    ("pt", "A ponte será concluída antes de 2024, disse o ministro."),
    ("en", "The bridge will be completed before 2024, the minister said."),
])
def test_the_futures_own_passive_participle_still_counts(language: str, sentence: str) -> None:
    assert len(lint_text(dated(sentence), language=language, select=["tense-year"], fmt="markdown")) == 1


# --- month-capitalization: after an elided article, in a compound, after a sentence's opener --

@pytest.mark.parametrize("language, text", [
    ("fr", "Après le gel d'Avril, les vignes ont souffert.\n"),
    ("it", "Il mese dell'Ottobre scorso è stato piovoso.\n"),
    ("nl", "De gemeenteraad heeft Dinsdagavond ingestemd met het plan.\n"),
    ("nl", "Het ongeluk gebeurde Zaterdagnacht op de A2.\n"),
    # a word the article writes in lower case elsewhere opens the sentence: no first name
    ("it", "La squadra ha vinto. Intanto Domenica si gioca in trasferta, ha detto intanto il tecnico.\n"),
])
def test_a_calendar_word_elided_compounded_or_after_a_capitalised_opener(language: str, text: str) -> None:
    assert count(text, language, "month-capitalization") == 1


@pytest.mark.parametrize("language, text", [
    ("fr", "Le disque d'Avril Lavigne est sorti.\n"),
    ("nl", "Het programma Zondagmiddag Live begint om twee uur.\n"),
    ("it", "Si chiama Domenica Rossi.\n"),
])
def test_names_keep_the_calendar_words_capital(language: str, text: str) -> None:
    assert count(text, language, "month-capitalization") == 0


# --- link-hole: the two spaces a dropped link leaves ------------------------------------------

@pytest.mark.parametrize("language, sentence", [
    ("de", "Die Liste der Brücken ist unter  abrufbar, teilte ein Sprecher mit."),
    ("en", "The full report is available at  and will be updated weekly."),
    ("it", "Il rapporto completo è disponibile su  e verrà aggiornato ogni settimana."),
    ("es", "El informe completo está disponible en  y se actualizará cada semana."),
    ("fr", "Le rapport complet est disponible sur  et sera mis à jour chaque semaine."),
    ("pt", "O relatório completo está disponível em  e será atualizado todas as semanas."),
])
def test_a_preposition_two_spaces_and_no_object(language: str, sentence: str) -> None:
    found = rules(sentence, language)
    assert found.count("link-hole") == 1 and "spacing" not in found


@pytest.mark.parametrize("language, sentence", [
    ("it", "Il rapporto è disponibile su  richiesta."),
    ("de", "Die Zahl stieg auf  rund 40 Prozent."),
])
def test_a_double_space_before_the_object_is_spacing(language: str, sentence: str) -> None:
    found = rules(sentence, language)
    assert "spacing" in found and "link-hole" not in found


def test_a_stamp_below_the_first_paragraph_keeps_its_dates_findings() -> None:
    text = ("Na instorting brug laat Rijkswaterstaat alle bruggen controleren\n"
            "Automatisch vertaald uit het Engels met behulp van een vertaaldienst. Raadpleeg bij twijfel de oorspronkelijke tekst.\n"
            "Bijgewerkt op Maart 7, 2025 – 16:05\n"
            "LEMMERHOVEN – Rijkswaterstaat gaat de komende maanden alle bruggen en viaducten opnieuw inspecteren.\n"
            "De minister noemde de instorting een waarschuwing voor het hele land en beloofde snel geld.\n")
    found = {d.rule for d in lint_text(text, language="nl") if d.line == 3}
    assert {"date-format", "month-capitalization"} <= found


# --- merged-words: a road's number run into the next word ------------------------------------

@pytest.mark.parametrize("language, sentence", [
    ("it", "Un incidente sulla A14tra Rimini e Cesena ha bloccato il traffico."),
    ("en", "A crash on the M25near Heathrow closed two lanes."),
    ("fr", "Un accident sur l'A7près de Lyon a bloqué la circulation."),
    ("es", "Un accidente en la A-3cerca de Madrid cortó el tráfico."),
    ("nl", "Een ongeluk op de A12bij Utrecht zorgde voor files."),
])
def test_a_road_number_run_into_the_next_word(language: str, sentence: str) -> None:
    assert count(sentence + "\n", language, "merged-words") == 1


@pytest.mark.parametrize("language, sentence", [
    ("en", "The works were tendered under the 2024housing plan of the city."),
    ("es", "El consorcio prevé una inversión de 3.400proyectos en la región."),
    ("de", "Die Aktie schloss bei 12,40Euro und damit tiefer als am Vortag."),
    ("pt", "O governo vai investir 250milhões de euros na nova linha."),
])
def test_a_number_run_into_the_next_word(language: str, sentence: str) -> None:
    assert count(sentence + "\n", language, "merged-words") == 1


@pytest.mark.parametrize("language, sentence", [
    ("it", "Il paese conta 30mila abitanti e un 40enne è stato fermato."),
    ("de", "Die Miete stieg 3fach, und der 20jährige Mieter zog aus."),
    ("en", "Winds reached 90mph along the coast in the 1990s."),
    ("en", "Scores from 247Sports, and the page's 1Next link to the 2Last one."),
])
def test_words_the_language_builds_from_numerals_are_no_join(language: str, sentence: str) -> None:
    assert count(sentence + "\n", language, "merged-words") == 0


@pytest.mark.parametrize("language, sentence", [
    ("it", "La regione promuove il barcaturismo lungo la costa da anni."),
    ("es", "El ayuntamiento prueba el taxibici en el centro histórico."),
])
def test_two_nouns_in_one_token_are_a_compound(language: str, sentence: str) -> None:
    assert count(sentence + "\n", language, "merged-words") == 0


@pytest.mark.parametrize("language, sentence", [
    ("it", "Il rapporto dell'agenziapubblicato ieri conferma i ritardi nei cantieri."),
    ("fr", "Le rapport de l'agencepublié hier confirme les retards du chantier."),
])
def test_a_plain_join_after_an_elided_article(language: str, sentence: str) -> None:
    assert count(sentence + "\n", language, "merged-words") == 1


@pytest.mark.parametrize("language, sentence", [
    ("es", "Los vecinos reclaman más autobusesy trenes para el barrio."),
    ("pt", "A câmara vai construir novas escolase creches no bairro."),
    ("it", "La regione finanzia nuove scuolee ospedali nelle aree interne."),
])
def test_a_word_run_into_a_one_letter_conjunction(language: str, sentence: str) -> None:
    assert count(sentence + "\n", language, "merged-words") == 1


def test_model_names_with_a_suffix_are_no_join() -> None:
    text = "The A330neo, the Galaxy S7edge, a 5G phone, MP3s, the F1 race and the G7 summit.\n"
    assert count(text, "en", "merged-words") == 0

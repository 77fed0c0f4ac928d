"""Signals that carry to unseen text for the in-text rules (issue 10's second round): the
article's year from a full date in the text, futures whose auxiliary closes the clause,
paragraphs cut without a mark, and the evidence that keeps names and holidays quiet.

Every example here is written for this file, in each language where the rule applies.
"""
from __future__ import annotations

import pytest

from linter.engine import lint_text


def found(text: str, language: str, rule: str) -> list[int]:
    """The lines on which `rule` reports something."""
    return [d.line for d in lint_text(text, language=language, select=[rule])]


# --- tense-year: the article's year from the first full date of the text -----------------

DATED_LEADS = {
    "en": ("The ferry company said on Tuesday, March 4, 2025, that the route was closed.",
           "The company will reopen the route in 2024, a spokesman said."),
    "de": ("Die Reederei teilte am Dienstag, 4. März 2025, mit, dass die Linie ruht.",
           "Die Reederei wird die Linie im Jahr 2024 wieder öffnen."),
    "nl": ("De rederij maakte op dinsdag 4 maart 2025 bekend dat de lijn stil ligt.",
           "De rederij zal de lijn in 2024 weer openen."),
    "it": ("La compagnia ha annunciato martedì 4 marzo 2025 che la linea è sospesa.",
           "La compagnia riaprirà la linea nel 2024, ha detto un portavoce."),
    "fr": ("La compagnie a annoncé mardi 4 mars 2025 que la ligne était suspendue.",
           "La compagnie rouvrira la ligne en 2024, selon un porte-parole."),
    "es": ("La naviera anunció el martes 4 de marzo de 2025 que la línea queda suspendida.",
           "La naviera reabrirá la línea en 2024, según un portavoz."),
    "pt": ("A empresa anunciou na terça-feira, 4 de março de 2025, que a linha está suspensa.",
           "A empresa vai reabrir a linha em 2024, disse um porta-voz."),
}


@pytest.mark.parametrize("language", sorted(DATED_LEADS))
def test_the_year_of_a_full_date_in_the_lead_dates_the_article(language: str) -> None:
    lead, future = DATED_LEADS[language]
    text = f"A headline long enough to be no dateline at all, about a ferry route\n\n{lead}\n\n{future}\n"
    assert found(text, language, "tense-year") == [5]
    assert found(text.replace("2024", "2026"), language, "tense-year") == []


def test_a_full_date_a_future_verb_announces_is_not_the_articles_date() -> None:
    text = ("A headline long enough to be no dateline at all, about a summit\n\n"
            "The summit will take place on Tuesday, March 4, 2027, in the capital of the region.\n\n"
            "The new terminal will open in 2026, the minister said.\n")
    assert found(text, "en", "tense-year") == []


def test_german_infinitive_closing_a_long_clause_after_the_year() -> None:
    head = "Montag, 3. März 2025\n\n"
    assert found(head + "Die Regierung wird nach eigenen Angaben im Jahr 2024 ein großes Paket für die Bauern auflegen.\n",
                 "de", "tense-year") == [3]
    assert found(head + "Das Haus wird im Jahr 2024 von der Stadt und dem Land renoviert, sagt der Chronist.\n",
                 "de", "tense-year") == []


@pytest.mark.parametrize(("language", "sentence"), [
    ("nl", "Het ministerie zegt dat het nieuwe systeem in 2024 operationeel zal zijn."),
    ("nl", "In 2024 zal de nieuwe brug over het kanaal worden geopend."),
    ("de", "Der Minister sagte, dass die neue Brücke bis 2024 fertig sein wird."),
])
def test_a_future_auxiliary_that_closes_the_clause_after_the_year(language: str, sentence: str) -> None:
    head = "Oslo, 5 maart 2025\n\n" if language == "nl" else "Montag, 3. März 2025\n\n"
    assert found(head + sentence + "\n", language, "tense-year") == [3]
    assert found(head + sentence.replace("2024", "2027") + "\n", language, "tense-year") == []


@pytest.mark.parametrize(("language", "sentence"), [
    ("nl", "De brug die in 2024 werd geopend, zal volgend jaar worden verbreed."),
    ("nl", "Het rapport dat in 2024 verscheen, zegt dat de kosten zullen stijgen."),
    ("de", "Die Brücke, die im Jahr 2024 eröffnet wurde, wird verbreitert werden."),
])
def test_a_past_year_in_another_clause_than_the_future(language: str, sentence: str) -> None:
    head = "Oslo, 5 maart 2025\n\n" if language == "nl" else "Montag, 3. März 2025\n\n"
    assert found(head + sentence + "\n", language, "tense-year") == []


# --- truncated-text: a body that stops without a full stop --------------------------------

BODIES = {
    "en": ("The harbour board met on Monday to discuss the new ferry timetable for the winter.",
           "Its chairman said the crossings would resume in spring, once the new pier is finished.",
           "Residents have asked for an evening service, which the board has promised to study before"
           " the summer, when the operator will present"),
    "de": ("Der Hafenrat hat am Montag über den neuen Fahrplan der Fähre für den Winter beraten.",
           "Der Vorsitzende sagte, die Überfahrten würden im Frühjahr wieder aufgenommen, sobald der Steg fertig ist.",
           "Die Anwohner wünschen sich eine Abendverbindung, die der Rat vor dem Sommer prüfen will, wenn der Betreiber"
           " seine Pläne für die kommende Saison vorlegt und dann mit der Stadt neue Preise verhandelt"),
    "nl": ("Het havenbestuur heeft maandag gesproken over de nieuwe dienstregeling van de veerboot voor de winter.",
           "De voorzitter zei dat de overtochten in het voorjaar worden hervat, zodra de nieuwe steiger klaar is.",
           "Bewoners vragen om een avonddienst. Het bestuur belooft die voor de zomer te bekijken en wil daarna met de"
           " exploitant de tarieven voor het nieuwe seizoen bespreken en vaststellen"),
    "it": ("Il consiglio del porto si è riunito lunedì per discutere il nuovo orario dei traghetti.",
           "Il presidente ha detto che le corse riprenderanno in primavera, appena il nuovo molo sarà pronto.",
           "I residenti chiedono una corsa serale, che il consiglio promette di valutare prima dell'estate insieme"
           " alla compagnia, che dovrà poi presentare"),
    "fr": ("Le conseil du port s'est réuni lundi pour discuter des nouveaux horaires du ferry.",
           "Son président a déclaré que les traversées reprendraient au printemps, une fois la jetée terminée.",
           "Les habitants demandent un service en soirée, que le conseil promet d'étudier avant l'été avec la"
           " compagnie, qui devra ensuite présenter"),
    "es": ("La junta del puerto se reunió el lunes para discutir el nuevo horario del ferri para el invierno.",
           "Su presidente dijo que las travesías se reanudarán en primavera, cuando el nuevo muelle esté listo.",
           "Los vecinos piden un servicio de tarde, que la junta promete estudiar antes del verano con la"
           " naviera, que luego deberá presentar"),
    "pt": ("A administração do porto reuniu-se na segunda-feira para discutir o novo horário do ferry.",
           "O presidente disse que as travessias serão retomadas na primavera, quando o novo cais estiver pronto.",
           "Os moradores pedem um serviço ao fim da tarde, que a administração promete estudar antes do verão com a"
           " operadora, que depois vai apresentar"),
}


@pytest.mark.parametrize("language", sorted(BODIES))
def test_the_last_paragraph_of_a_punctuated_body_stops_without_a_full_stop(language: str) -> None:
    first, second, cut = BODIES[language]
    text = f"A headline without a full stop\n\n{first}\n\n{second}\n\n{cut}\n\nNewsletter\n"
    assert found(text, language, "truncated-text") == [7]
    assert found(text.replace(cut, cut + "."), language, "truncated-text") == []


@pytest.mark.parametrize("language", sorted(BODIES))
def test_a_paragraph_without_a_full_stop_before_more_body_is_no_cut(language: str) -> None:
    """A teaser headline or a list entry mid-article: full paragraphs follow it."""
    first, second, cut = BODIES[language]
    assert found(f"{first}\n\n{cut}\n\n{second}\n\n{first}\n", language, "truncated-text") == []


def test_a_standfirst_without_a_full_stop_above_the_body_is_no_cut() -> None:
    first, second, _ = BODIES["en"]
    standfirst = "The harbour board wants an evening ferry, a new pier and lower fares for residents by the summer"
    assert found(f"Ferry talks\n\n{standfirst}\n\n{first}\n\n{second}\n\n{first}\n", "en", "truncated-text") == []


def test_an_article_of_unpunctuated_entries_is_no_cut() -> None:
    entries = "\n\n".join(f"Entry {n}: people find the website and join the community every day, all year long"
                          for n in range(4))
    assert found(entries + "\n", "en", "truncated-text") == []


# --- midsentence-capital: closed-class words, subject pronouns, and capitals that open after all

@pytest.mark.parametrize(("language", "sentence"), [
    ("es", "La policía dijo que tres personas murieron y Otras 12 quedaron atrapadas en el edificio."),
    ("it", "La polizia ha detto che tre persone sono morte e Altre 12 sono rimaste intrappolate."),
    ("pt", "A polícia disse que três pessoas morreram e Outras 12 ficaram presas no edifício."),
    ("pt", "O sindicato Vai recorrer da decisão no tribunal de Lisboa."),
    ("es", "El sindicato Va a recurrir la decisión ante el tribunal."),
    ("fr", "Le syndicat Doit encore consulter ses membres avant de signer."),
    ("en", "The ministry said on Monday that it Will not change the plan before the vote."),
    ("nl", "De minister zei dat hij Kan instemmen met het voorstel van de bond."),
])
def test_a_capitalised_closed_class_word_mid_sentence(language: str, sentence: str) -> None:
    assert found(sentence + "\n", language, "midsentence-capital") == [1]


@pytest.mark.parametrize(("language", "sentence"), [
    ("es", "Cada mañana escucha Los 40 Principales en la radio del coche."),
    ("en", "They named it Victory Park and opened it to the public."),
    ("es", "cubano El gobierno había evacuado a miles de personas durante el fin de semana."),
    ("fr", "régionale Les autorités ont fermé les écoles pendant deux jours."),
    ("en", "13:40 Council opens rest centres\nThe council said that both centres will stay open."),
    ("fr", "10h30 – <strong>Le départ a été donné à 8 heures place Bellecour.</strong>"),
])
def test_names_fragments_headings_and_tags_keep_their_capitals(language: str, sentence: str) -> None:
    assert found(sentence + "\n", language, "midsentence-capital") == []


# --- month-capitalization: holidays, eras and table cells ---------------------------------

@pytest.mark.parametrize(("language", "sentence"), [
    ("fr", "Les étudiants de Mai 68 sont aujourd'hui à la retraite."),
    ("it", "I ragazzi del Maggio '68 sono oggi in pensione."),
    ("es", "Los estudiantes del Mayo del 68 ya se han jubilado."),
    ("pt", "Os estudantes do Maio de 68 já se reformaram."),
    ("nl", "De studenten van Mei 68 zijn nu met pensioen."),
    ("it", "La commissione ha chiesto una relazione entro il 25 Aprile."),
    ("fr", "Le défilé du 1er Mai a réuni des milliers de personnes."),
    ("pt", "O feriado de 5 de Outubro foi mantido pelo governo."),
    ("es", "El desfile del 12 de Octubre reunió a miles de personas."),
])
def test_a_named_day_or_era_keeps_its_capital(language: str, sentence: str) -> None:
    assert found(sentence + "\n", language, "month-capitalization") == []


@pytest.mark.parametrize(("language", "sentence"), [
    ("fr", "Il reviendra en Mai 2026 pour la saison."),
    ("it", "La riunione si terrà il 12 Maggio a Roma."),
    ("es", "La reunión será el 14 de Mayo en Madrid."),
    ("pt", "A reunião será a 14 de Maio em Lisboa."),
    ("nl", "De vergadering is op 14 Mei in Utrecht."),
])
def test_an_ordinary_date_is_still_reported(language: str, sentence: str) -> None:
    assert found(sentence + "\n", language, "month-capitalization") == [1]


def test_a_table_cell_opens_with_a_capital() -> None:
    table = "| Indicador | Mayo 2025 | Abril 2025 |\n| --- | --- | --- |\n| Inflación | 3,9 | 4,1 |\n"
    assert found(table, "es", "month-capitalization") == []
    assert found("| Indicador | Valor |\n| --- | --- |\n| Nota | la inflación subió en Abril |\n", "es", "month-capitalization") == [3]


# --- duplicated-word: German pronoun and article after a word that opens a clause ----------

@pytest.mark.parametrize("sentence", [
    "Er glaubt, dass die die Wahl am Sonntag gewinnen.",
    "Der Spielplatz, den die die Stadtwerke bezahlt haben, ist neu.",
    "Wir wissen nicht, ob der der Aufgabe gewachsen ist.",
])
def test_german_pronoun_then_article_after_a_clause_opener(sentence: str) -> None:
    assert found(sentence + "\n", "de", "duplicated-word") == []


@pytest.mark.parametrize("sentence", ["Der der Mann kam nicht.", "Die Firma hat die die Preise erhöht."])
def test_german_doubled_article_elsewhere_is_still_reported(sentence: str) -> None:
    assert found(sentence + "\n", "de", "duplicated-word") == [1]


@pytest.mark.parametrize(("language", "sentence"), [
    ("it", "Il piano punta entro il 2030 all'obiettivo di Ridurre la dipendenza dal gas."),
    ("es", "Los equipos trabajan con maquinaria pesada para Remover los escombros de la escuela."),
    ("fr", "Le sommet a créé un comité chargé de Surveiller l'application des accords."),
    ("pt", "O governo criou um grupo para Analisar os dados do censo."),
])
def test_a_capitalised_infinitive_after_its_preposition(language: str, sentence: str) -> None:
    assert found(sentence + "\n", language, "midsentence-capital") == [1]


@pytest.mark.parametrize(("language", "sentence"), [
    ("fr", "La maison de Pierre est au bout de la rue."),
    ("it", "La casa di Cesare è in vendita da anni."),
    ("es", "Es la primera novela de Javier que se traduce."),
])
def test_a_name_after_a_preposition_is_no_infinitive(language: str, sentence: str) -> None:
    assert found(sentence + "\n", language, "midsentence-capital") == []


def test_a_plural_the_article_writes_in_lower_case_elsewhere() -> None:
    text = ("A inflação subiu em outubro, pressionada pelos Preços dos alimentos.\n\n"
            "Os preços da energia também subiram no mês.\n")
    assert found(text, "pt", "midsentence-capital") == [1]
    # capitalised twice, it is the article's own name for something
    assert found(text + "\nO índice dos Preços ao consumidor é publicado hoje.\n", "pt", "midsentence-capital") == []


# --- truncated-text: an article that writes each paragraph on one line ------------------

def test_a_paragraph_a_line_cut_before_the_chrome() -> None:
    first, second, cut = BODIES["nl"]
    lines = f"{first}\n{second}\n{cut}\nMeer nieuws uit de regio\nDeel dit artikel\n"
    assert found(lines, "nl", "truncated-text") == [3]
    wrapped = "De rederij zal de lijn in het voorjaar\nweer openen, zei de voorzitter, en de\nbewoners zijn blij.\n"
    assert found(first + "\n\n" + second + "\n\n" + wrapped, "nl", "truncated-text") == []


@pytest.mark.parametrize(("language", "text"), [
    ("es", "Los palacios de Chan Chan reabren el sábado.\n\nLa gente de Trujillo siente que Chan Chan es suya.\n"),
    ("en", "The ruins of Chan Chan reopen on Saturday.\n\nLocals say Chan Chan belongs to them again.\n"),
    ("it", "Le rovine di Chan Chan riaprono sabato.\n\nGli abitanti dicono che Chan Chan è di nuovo loro.\n"),
])
def test_a_name_doubled_twice_in_the_article_is_no_slip(language: str, text: str) -> None:
    assert found(text, language, "duplicated-word") == []
    assert found("Il governo ha approvato la la legge.\n", "it", "duplicated-word") == [1]

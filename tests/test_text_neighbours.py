"""Classes of damage the in-text rules learnt in issue 10's fifth round from the words around a
slip (what stands before a capital, what follows a preposition, what closes a paragraph), and
the look-alikes they leave alone.

Every example here is written for this file.
"""
from __future__ import annotations

import pytest

from linter.engine import lint_text


def count(text: str, language: str, rule: str) -> int:
    """How many findings `rule` reports in `text` when every rule runs (rules defer to others)."""
    return sum(d.rule == rule for d in lint_text(text, language=language))


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

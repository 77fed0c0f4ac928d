"""tense-year on forms of the future the rule first met in blind sets: irregular and first-person
futures, a year fronted before the subject and its verb, a year alone in German, a season of the
dateline's own year that had passed, and the look-alikes that stay silent."""
from __future__ import annotations

import pytest

from linter.engine import lint_text

HEAD = {
    "en": "Thursday 14 March 2024\n\n", "de": "Mittwoch, 13. März 2024\n\n", "fr": "jeudi 14 mars 2024\n\n",
    "es": "martes 12 de marzo de 2024\n\n", "pt": "terça-feira, 12 de março de 2024\n\n",
    "it": "martedì 12 marzo 2024\n\n", "nl": "dinsdag 12 maart 2024\n\n",
}


def found(language: str, sentence: str, head: str | None = None) -> list[str]:
    text = (HEAD[language] if head is None else head) + sentence + "\n"
    return [d.rule for d in lint_text(text, language=language, select=["tense-year"])]


@pytest.mark.parametrize("language, sentence", [
    # irregular stems and the first person
    ("it", "La posa della prima pietra si terrà nel 2023, aveva detto l'assessore."),
    ("it", "Il nuovo ospedale rimarrà un cantiere fino al 2023."),
    ("it", "Gli spettacoli andranno in scena a partire dall'autunno 2023."),
    ("it", "«Apriremo il pronto soccorso nel 2023», prometteva il direttore."),
    ("es", "Las obras tendrán lugar a lo largo de 2023, según la web."),
    ("es", "«Abriremos los nuevos amarres en 2023», aseguró el consejero."),
    ("es", "Los organizadores harán públicas las fechas en 2023."),
    ("pt", "A nova linha irá abrir ao público em 2023."),
    ("pt", "As obras terão início no segundo semestre de 2023."),
    ("pt", "«Vamos inaugurar a estação em 2023», prometeu o autarca."),
    ("fr", "« Nous ouvrirons les premières stations en 2023 », promettait le président."),
    ("en", "The operator is to open the second berth in 2023, a timetable says."),
    ("en", "The pier is slated to finish by the spring of 2023."),
    ("en", "The clinic is now expected to hire four nurses in 2023."),
    # a year alone in German, the infinitive last; a plan with `soll`
    ("de", "Der Zulieferer wird 2023 eine zweite Halle in Betrieb nehmen."),
    ("de", "Das Freibad soll im Sommer 2023 wieder öffnen, heißt es."),
    # the year fronted before the subject and the verb
    ("it", "Il sindaco ha detto che nel 2023 il comune rifarà la piazza."),
    ("es", "En 2023, el ayuntamiento abrirá dos guarderías más."),
    ("fr", "En 2023, la mairie rénovera les vestiaires du stade."),
    ("pt", "O autarca explicou: em 2023 a câmara vai comprar dez autocarros."),
    ("en", "In 2023 the council will replace every streetlight, the plan says."),
    ("de", "Im Jahr 2023 wird die Firma ein Lager in Gera eröffnen."),
    ("nl", "De wethouder zei dat de stad in 2023 een nieuwe sporthal aan de rand van het park zal bouwen."),
    # a count after `than` is no comparison with the year
    ("nl", "De organisatie verwacht dat de beurs in 2023 voor het eerst meer dan 40.000 bezoekers zal trekken."),
    ("en", "The ferry will carry more than 1,200 cars a day in 2023, the operator says."),
])
def test_a_future_about_a_past_year_is_reported(language: str, sentence: str) -> None:
    assert found(language, sentence) == ["tense-year"]


@pytest.mark.parametrize("language, sentence", [
    ("it", "Nel 2023 il fatturato è cresciuto e crescerà ancora, dice l'azienda."),
    ("it", "Il bilancio approvato è stato letto, però il piano sarà rivisto nel 2026."),
    ("es", "En 2023, la empresa facturó más y crecerá otra vez, dice el informe."),
    ("es", "Esperemos que el tiempo acompañe en 2023, dijo entonces."),
    ("fr", "En 2023, la mairie a rénové les vestiaires et ouvrira un gymnase."),
    ("pt", "Em 2023 a câmara comprou dez autocarros e vai comprar mais."),
    ("pt", "O padrão de 2023 continua a valer, diz a câmara."),
    ("en", "In 2023 the council said it will replace every streetlight."),
    ("en", "In 2023 sales rose and will rise again, the firm said."),
    ("de", "Die Taten sollen sich zwischen Januar 2021\nund Dezember 2023 ereignet haben."),
    ("de", "Der Betreiber soll 2022 Fördergeld zweckentfremdet haben."),
    ("de", "Die Fabrik sollte gebaut werden und 2023 die Produktion aufnehmen."),
    ("nl", "De wethouder zei dat de stad in 2023 een sporthal bouwde die dit jaar open zal gaan."),
    ("nl", "De kosten zullen dit jaar hoger uitvallen dan in 2023, zegt de wethouder."),
    ("en", "Ticket sales will be higher than 2023's, the club expects."),
])
def test_look_alikes_stay_silent(language: str, sentence: str) -> None:
    assert found(language, sentence) == []


def test_a_season_named_before_of_counts_in_the_articles_own_year() -> None:
    head = "---\ndate: 2024-11-20\n---\n"
    assert found("en", "The library will reopen in the summer of 2024, the county said.", head) == ["tense-year"]
    assert found("en", "The library will reopen in the spring of 2025, the county said.", head) == []


def test_the_datelines_month_dates_a_season_of_its_own_year() -> None:
    head = "Bari, 5 dicembre 2024\n\n"
    assert found("it", "Il teatro vedrà la luce nella primavera del 2024, recita il cartellone.", head) == ["tense-year"]
    assert found("it", "Il teatro vedrà la luce nella primavera del 2025, recita il cartellone.", head) == []


@pytest.mark.parametrize("language, sentence", [
    ("es", "Durán ganó en 2023 el torneo de Gijón."),
    ("es", "El delantero Beltrán marcó en 2023 su primer gol."),
    ("it", "La Carrà cantava nel 1978 davanti a milioni di spettatori."),
])
def test_surnames_with_a_futures_ending_are_no_future(language: str, sentence: str) -> None:
    assert found(language, sentence) == []


def test_a_dateline_with_its_month_cut_short_dates_the_article() -> None:
    text = ("VILA REAL, 3 fev 2025 (Agência Norte) – A câmara municipal aprovou ontem o orçamento para o "
            "ano, com mais verbas para as escolas.\n\nA câmara vai abrir dez creches em 2024, disse o autarca.\n")
    assert found("pt", text, head="") == ["tense-year"]
    assert found("pt", text.replace("em 2024", "em 2026"), head="") == []
    undated = ("OURENSE, 12 abr (Galicia Press) - El club ganó el sábado.\n\n"
               "El escolta firmará una extensión de contrato hasta 2019, según el club.\n")
    assert found("es", undated, head="") == ["tense-year"]

"""A source alone in brackets is a byline-remnant, and a byline that opens in lower case is no
sentence for lowercase-sentence-start."""
import pytest

from tests.lint_support import rules

BODY = {
    "it": "Il porto è rimasto chiuso per tre giorni a causa della mareggiata, ha detto il sindaco.\n\n"
          "Le navi hanno atteso al largo che il vento calasse prima di entrare.\n\n",
    "es": "El puerto permaneció cerrado tres días por el temporal, según explicó el alcalde.\n\n"
          "Los barcos esperaron frente a la costa a que amainara el viento.\n\n",
    "pt": "O porto ficou fechado durante três dias por causa do temporal, disse o presidente da câmara.\n\n"
          "Os navios esperaram ao largo que o vento acalmasse antes de entrar.\n\n",
}


@pytest.mark.parametrize("language, line", [
    ("it", "(Fonte: Agenzia Dora – ADN/mc)"),
    ("it", "(Fonte: Notiziario Valle Brembana)"),
    ("es", "(Fuente: Agencia Brisa Norte)"),
])
def test_a_source_alone_in_brackets_is_a_byline_remnant_not_a_picture_credit(language, line):
    found = rules(BODY[language] + line + "\n", language)
    assert "byline-remnant" in found
    assert "image-credit" not in found


@pytest.mark.parametrize("language, line", [
    ("it", "di Carla Benetti | redazione cronaca"),
    ("pt", "por Rui Tavares | redação regional"),
])
def test_a_byline_that_opens_in_lower_case_is_no_sentence_start(language, line):
    found = rules(BODY[language] + line + "\n", language)
    assert "byline-remnant" in found
    assert "lowercase-sentence-start" not in found


def test_a_sentence_that_opens_in_lower_case_is_still_reported():
    text = BODY["it"] + "il consiglio comunale ha votato il bilancio con ventidue voti favorevoli.\n"
    assert "lowercase-sentence-start" in rules(text, "it")

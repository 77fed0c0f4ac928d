"""merged-words, issue 10's nineteenth session: false alarms of three shapes. A German or Dutch
separable verb's particle run into its verb form is one word, never two (a participle, an
infinitive maybe with `zu`, a present participle with an adjective's ending): the tables file
German infinitives as nouns too, so a finite form of the stem tells the verb. A numeral opens and
heads compounds in German and Dutch (`zeventigplussers`), so it tells no join there. And a
capitalised camel-case token with a comma, a semicolon, a bracket or the line's end right after it
is a name (an app, a shop, a site), not a lost sentence break: the sentence such a break opens
goes on after its first word.

Every example here is written for this file.
"""
from __future__ import annotations

import pytest

from lint_support import merged


@pytest.mark.parametrize("language, sentence", [
    ("de", "Die Helfer haben die Kisten gestern einzeln hinübergetragen."),
    ("de", "Der Trainer will den Stürmer in der Pause einwechseln."),
    ("de", "Die Jäger warten, bis das Wild ruhig anzuwechseln beginnt."),
    ("de", "Bei zurückgehendem Wasser blieb das Boot im Schlick liegen."),
    ("nl", "De schepen moeten nu via het kanaal omvaren naar de haven."),
    ("nl", "Een groep overvliegende ganzen trok over het dorp."),
])
def test_a_particle_run_into_its_verb_form_is_one_word(language: str, sentence: str) -> None:
    assert merged(sentence, language) == []


@pytest.mark.parametrize("language, sentence", [
    ("nl", "De cursus is bedoeld voor zestigplussers uit de wijk."),
    ("nl", "Zij roeide dit jaar in de tweedejaarsacht van de club."),
])
def test_a_numeral_in_a_compound_tells_no_join(language: str, sentence: str) -> None:
    assert merged(sentence, language) == []


@pytest.mark.parametrize("language, sentence", [
    ("it", "Le prenotazioni arrivano anche dall'app PrenotaSubito, lanciata a maggio."),
    ("es", "La plataforma RutaLibre, que informa del tráfico, suma usuarios."),
    ("en", "said the head of research at PetsFirst, which runs forty clinics."),
    ("nl", "De omroep KijkNu, opgericht in 2019, vreest voor zijn bestaan."),
    ("es", "Redacción / vía DiarioYa"),
])
def test_a_camel_case_name_before_a_comma_or_the_line_end_is_left_alone(language: str, sentence: str) -> None:
    assert merged(sentence, language) == []


@pytest.mark.parametrize("language, sentence", [
    ("de", "Die Segler wurden vom Rettungsbootgeholt und an Land gebracht."),
    ("nl", "De gemeente heeft het plan gisterengepresenteerd aan de raad."),
    ("it", "Il presidente ha parlato al consiglio del PortoSecondo quanto filtra, nulla cambia."),
    ("es", "Las temperaturas del mar en el CaribeMientras tanto siguen subiendo."),
])
def test_joins_of_the_same_shapes_are_still_found(language: str, sentence: str) -> None:
    assert len(merged(sentence, language)) == 1

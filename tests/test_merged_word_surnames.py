"""merged-words, issue 10's eighteenth session: a surname run into the word after it, a function
word of three letters or more or a verb (`Stefan Kellermannhatte`), where neither the token nor any
word list knows the join but the language's list knows the surname; and the look-alikes left
alone: surnames and places that end in a short function word, an inflection ending or a common
word after a common first part, and surnames the word lists know. And in German, which capitalises its nouns, any very common function
word run into a noun (`ausSüdeuropa`), not a paper named with its definite article (`derStandard`).

Every example here is written for this file.
"""
from __future__ import annotations

import pytest

from lint_support import merged


@pytest.mark.parametrize("language, sentence", [
    ("de", "Nach der Sitzung erklärte Landrätin Karin Lehnerwerde das Amt prüfen, ob es geht."),
    ("de", "Bürgermeister Stefan Kellermannhatte die Turnhalle am Abend geöffnet."),
    ("it", "Lo ha spiegato l'assessore Marco Brunetticon una nota diffusa ieri."),
    ("fr", "Le pilote Julien Girardqui, au volant de sa voiture, a fini troisième."),
    ("nl", "De wedstrijd werd gewonnen door Pieter Vermeulenvoor de derde keer."),
    ("en", "Chief executive Anita Krishnansaid the company would appeal."),
    ("pt", "A atleta Joana Ferreiravenceu a prova com folga."),
    ("es", "El alcalde Andrés Navarrodijo que el plan sigue adelante."),
])
def test_surname_join_is_found(language: str, sentence: str) -> None:
    assert len(merged(sentence, language)) == 1


@pytest.mark.parametrize("language, sentence", [
    ("fr", "Le metteur en scène Basile Ferrandou y voit un clin d'œil."),
    ("de", "Der Abschnitt zwischen dem Siel Altenwarf und dem Anleger wird gebaut."),
    ("de", "Die Trainerin Anke Pfanzelter lobte die Mannschaft."),
    ("nl", "Het werk van componiste Mathilde Wantenaar, die in januari debuteert."),
    ("en", "The midfielder Josh Acheamong, who turns 18 soon, scored twice."),
    ("de", "Informationsabend im Bürgerhaus Grünwies, zu dem viele kamen."),
    ("en", "The striker Tom Berglund and his brother scored."),
])
def test_surname_look_alike_is_left_alone(language: str, sentence: str) -> None:
    assert merged(sentence, language) == []


@pytest.mark.parametrize("sentence", [
    "Am Abend landete auf dem Flugplatz einRettungshubschrauber der Landespolizei.",
    "Viele der Aussteller kamen ausSüdeuropa und Nordafrika.",
    "Die Bürgermeisterin sprach mitAnwohnern über den neuen Radweg.",
])
def test_a_german_function_word_run_into_a_noun_is_a_join(sentence: str) -> None:
    assert len(merged(sentence, "de")) == 1


@pytest.mark.parametrize("sentence", [
    "Sie liest jeden Morgen dieZeit und am Abend denSpiegel.",
    "Der Artikel erschien zuerst im Wirtschaftsteil von derStandard.",
])
def test_a_german_paper_named_with_its_article_is_left_alone(sentence: str) -> None:
    assert merged(sentence, "de") == []

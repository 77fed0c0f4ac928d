"""link-hole, nineteenth session: a name lost inside a parenthesis or after a verb's addressee,
read by what may follow the words before the hole.

- inside a parenthesis a comma opened, an article and a lower-case noun (maybe an adjective), a
  spaced comma, then the sentence's verb (`Velantis, controllata dal gruppo , sostiene che`): the
  parenthesis closed after the name; not a verb of saying before its subject (`, ha detto il
  sindaco`, `, dit-il`), and only in the Romance languages (German and Dutch put the verb second
  after any comma);
- a verb, the preposition of its addressee, then another preposition and its article (`explicó a
  en una entrevista`); not a time a thing is moved to (`rinviato a dopo l'estate`) nor a pronoun
  before an infinitive (`prêt à en découdre`);
- a Dutch preposition and `de` (never a pronoun) before a complementizer or a relative pronoun
  (`vertelde aan de dat`, `boven de die`).

Every example here is written for this file.
"""
from __future__ import annotations

import pytest

from lint_support import holes


@pytest.mark.parametrize("language, sentence, hole", [
    ("fr", "Le transporteur, la compagnie , a annulé tous les vols du soir.", "compagnie ,"),
    ("it", "Il cantiere, affidato al consorzio , riprende lunedì.", "consorzio ,"),
    ("pt", "A vereadora Ana Lopes, do partido , defende que a obra avance.", "partido ,"),
    ("es", "La novela, finalista del certamen , llega hoy a las librerías.", "certamen ,"),
    ("es", "El delantero explicó a en una entrevista que seguirá en el club.", "a en"),
    ("it", "La sindaca ha spiegato a durante la trasmissione che i lavori slittano.", "a durante"),
    ("fr", "Le maire a confirmé à dans un entretien que le projet avance.", "à dans"),
    ("nl", "De trainer vertelde aan de dat hij blijft.", "de dat"),
    ("nl", "De rente ligt ruim boven de die de bank hanteert.", "de die"),
])
def test_hole_is_found(language: str, sentence: str, hole: str) -> None:
    assert holes(sentence, language) == [hole]


@pytest.mark.parametrize("language, sentence", [
    ("it", "Secondo lui, serve la soluzione , ha detto il sindaco."),   # a verb of saying, its subject
    ("fr", "Selon lui, il est parti à l'avance , dit-il."),
    ("fr", "Selon la préfecture , aucune victime n'est à déplorer."),  # no parenthesis, no verb
    ("pt", "O público , estimado em 28 mil pessoas, aplaudiu."),       # a participle
    ("de", "Der Betrieb, so die Gewerkschaft , bleibt offen."),       # German: no such reading
    ("it", "Il voto è stato rinviato a dopo l'estate."),               # a time moved to
    ("fr", "Le débat est reporté à après les élections."),
    ("fr", "Il est prêt à en découdre avec la mairie."),               # a pronoun before an infinitive
    ("es", "Las obras durarán de enero a junio."),
    # a verb before an article reads as one of saying before its subject: an object is left out too
    ("es", "La novela, finalista del certamen , ganó el premio del público."),
])
def test_look_alike_is_left_alone(language: str, sentence: str) -> None:
    assert holes(sentence, language) == []

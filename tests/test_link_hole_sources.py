"""link-hole classes of issue 10's eleventh session, each in several languages, and the
look-alikes they leave alone: a preposition before a spaced stop, a noun naming an outlet, a body
or a document before a spaced comma or stop, a preposition before two spaces and a word that
cannot open its object, an agent preposition between a conjunction and two participles or
before a conjunction, a role noun and its organisation's preposition before a negation or a
finite verb, German `Noun der` before a finite verb and Dutch `van` before a verb and `dat`.

Every example here is written for this file.
"""
from __future__ import annotations

import pytest

from lint_support import rules


HOLES = [
    ("en", "The full ruling was published on . Lawyers for both sides declined to comment."),
    ("it", "La sentenza integrale è stata pubblicata su . I legali non hanno commentato."),
    ("nl", "Het volledige vonnis is gepubliceerd op . De advocaten wilden niet reageren."),
    ("pt", "A sentença completa foi publicada no . Os advogados não quiseram comentar."),
    ("en", "In an interview with  on Sunday, the minister defended the plan."),
    ("en", "Readers can sign the petition at  until the end of the month."),
    ("en", "The figures, first reported by the trade magazine , show a sharp fall in orders."),
    ("fr", "Selon l'hebdomadaire , le groupe aurait renoncé au rachat."),
    ("it", "I dati, diffusi dall'agenzia , indicano un calo degli ordini."),
    ("es", "Según el diario , el grupo habría renunciado a la compra."),
    ("pt", "Os números, avançados pela agência , mostram uma queda das encomendas."),
    ("nl", "Volgens het dagblad , heeft het concern afgezien van de overname."),
    ("de", "Nach Angaben des Branchenverbands , sanken die Aufträge deutlich."),
    ("en", "In a report , the regulator said prices would rise."),
    ("fr", "Dans un communiqué , la préfecture a précisé que la route restait fermée."),
    ("es", "Las obras se detallan en la revista especializada ."),
    ("en", "She told the broadcaster  that the talks had stalled."),
    ("en", "The agreement between and the regional government runs until 2030."),
    ("nl", "Het akkoord tussen en de provincie loopt tot 2030."),
    ("es", "Según , la demanda de agua crecerá un 10 % este año."),
    ("es", "El estudio, encargado por y presentado ayer, pide más inversión."),
    ("it", "Lo studio, commissionato da e presentato ieri, chiede più fondi."),
    ("de", "Ein Gutachten der sei zu dem Ergebnis gekommen, dass die Brücke marode ist."),
    ("nl", "In een onderzoek van blijkt dat de helft van de huurders te veel betaalt."),
    ("nl", "In de studie van staat dat de helft van de huurders te veel betaalt."),
    ("en", "The campaign, backed by and several local charities, starts next week."),
    ("es", "El estudio, financiado por y varias fundaciones, se presentó ayer."),
    ("it", "Un portavoce di non ha voluto commentare."),
    ("es", "Un portavoz de declinó hacer comentarios."),
    ("pt", "Um porta-voz da não quis comentar."),
    ("fr", "Un porte-parole de n'a pas souhaité commenter."),
    ("it", "Maggiori informazioni sul sito del Comune all'indirizzo ."),
    ("fr", "Plus d'informations sur le site de la ville, à l'adresse ."),
]

LOOK_ALIKES = [
    ("en", "The ruling was published on Monday. Lawyers for both sides declined to comment."),
    ("en", "The changes were, by and large, welcomed by residents."),
    ("en", "In a report published on Monday, the regulator said prices would rise."),
    ("fr", "Selon l'hebdomadaire, le groupe aurait renoncé au rachat."),
    ("fr", "Le rapport , lui, n'a pas été rendu public."),
    ("de", "Die Zahl der Besucher stieg, und die Zahl der Anmeldungen ebenfalls."),
    ("de", "Die Firma teilte am Montag in Stuttgart mit ."),
    ("es", "El estudio, encargado por el Gobierno y presentado ayer, pide más inversión."),
    ("nl", "Het gaat om de vraag waar de uitkomst van afhangt dat niemand weet."),
    ("nl", "Het licht ging om middernacht uit ."),
    ("it", "Secondo il quotidiano, il gruppo avrebbe rinunciato all'acquisizione."),
    ("en", "He said he would be back by . . . well, soon."),
    ("en", "The changes, backed by and large by residents, start in May."),
    ("it", "Il Comune ha invitato il sindaco a partecipare alla cerimonia."),
    ("fr", "Ils ont poussé le maire à démissionner."),
    ("it", "Ha deciso di non partecipare alla gara."),
]


@pytest.mark.parametrize(("language", "text"), HOLES)
def test_hole_is_found(language: str, text: str) -> None:
    assert "link-hole" in rules(text, language)


@pytest.mark.parametrize(("language", "text"), LOOK_ALIKES)
def test_look_alike_is_no_hole(language: str, text: str) -> None:
    assert "link-hole" not in rules(text, language)


# A document noun after an indefinite article with its own relative clause after the comma
# names no one: the space before the comma is a spacing slip, not a dropped name.
INDEFINITE_WITH_RELATIVE = [
    ("de", "Laut einer Studie , die das Institut im Mai vorlegte, sinken die Mieten kaum."),
    ("en", "According to a report , which the council published on Friday, rents keep rising."),
    ("fr", "Selon une étude , qui doit être publiée lundi, les loyers augmentent encore."),
    ("es", "Según un informe , que publicó ayer el ministerio, el paro bajó en marzo."),
    ("it", "Secondo uno studio , che sarà pubblicato lunedì, gli affitti continuano a salire."),
    ("pt", "Segundo um relatório , que a câmara divulgou ontem, as rendas continuam a subir."),
    ("nl", "Volgens een rapport , dat de gemeente vrijdag publiceerde, stijgen de huren verder."),
]


@pytest.mark.parametrize(("language", "text"), INDEFINITE_WITH_RELATIVE)
def test_indefinite_noun_with_its_relative_clause_is_spacing(language: str, text: str) -> None:
    found = rules(text, language)
    assert "link-hole" not in found and "spacing" in found

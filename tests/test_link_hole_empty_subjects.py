"""link-hole, nineteenth session: function words whose phrase holds nothing, read by what the
language lets stand after them.

- German `wie` and an article, then only what cannot be the subject's noun before the verb of
  reporting at the clause's end: an inflected adjective in lower case (German writes its nouns
  with a capital) and phrases a preposition opens (`Wie die am Sonntag berichtete,`); or no
  subject at all (`Wie auf Nachfrage mitteilte,`); before a stop too (`, wie die berichtete.`);
- an Italian or French elided article, a space, then a word no elision stands before (one opening
  with a consonant other than `h`, or a conjunction), or punctuation with no space (`all', con`);
- a Dutch preposition and an article that is no pronoun (`de`, `een`) straight before a short
  preposition that opens an article's phrase, then its article (`in een aan de gemeenteraad`);
- Dutch `aldus` (`according to`, after the quote) before a spaced stop.

Every example here is written for this file.
"""
from __future__ import annotations

import pytest

from lint_support import holes


@pytest.mark.parametrize("language, sentence, hole", [
    ("de", "Wie die am Freitag berichtete, schließt das Werk im Herbst.", "die am Freitag berichtete"),
    ("de", "Der Bau beginnt, wie die zuständige am Dienstag mitteilte, erst im Mai.",
     "die zuständige am Dienstag mitteilte"),
    ("de", "Wie auf Anfrage bestätigte, bleibt die Halle zu.", "Wie auf Anfrage bestätigte"),
    ("de", "Die Preise steigen weiter, wie die meldete.", "die meldete"),
    ("it", "Il piano è stato scritto insieme all', con il sostegno della Regione.", "all',"),
    ("it", "Ha inviato il curriculum all' e ad altre due aziende.", "all' e"),
    ("fr", "Le directeur a confirmé à l' que les travaux reprennent.", "l' que"),
    ("nl", "De club vroeg in een aan de gemeente om meer geld.", "een aan"),
    ("nl", "Het seizoen was zwaar, aldus .", "aldus ."),
])
def test_hole_is_found(language: str, sentence: str, hole: str) -> None:
    assert holes(sentence, language) == [hole]


@pytest.mark.parametrize("language, sentence", [
    ("de", "Wie die zuständige Behörde am Montag mitteilte, bleibt die Straße gesperrt."),  # the noun
    ("de", "Wie die dpa berichtete, steigen die Preise."),         # an agency in lower case
    ("de", "Wie die Zeitung am Montag berichtete, steigen die Preise."),
    ("de", "Wie das am Ende ausgeht, weiß niemand."),              # no verb of reporting: a pronoun
    ("de", "Wie berichtet, steigen die Preise."),                  # the idiom, a participle
    ("it", "Costa un po' più di prima."),                          # no article
    ("it", "L' anno scorso le vendite sono cresciute."),           # a spacing slip before a vowel
    ("fr", "C'est l' homme de la situation."),                     # a mute `h`
    ("nl", "Zolang ze bij ons op het erf komen, gaan we door."),   # `ons`, a pronoun too
    ("nl", "De schade ontstond door het buiten de oevers treden van de rivier."),  # `het`, a pronoun
    ("nl", "Hij werd op een na de beste van het jaar."),           # counting
    ("nl", "Het huis ligt in een aan de rivier gelegen wijk."),    # an extended attribute
    ("nl", "Het ging goed, aldus de trainer."),
])
def test_look_alike_is_left_alone(language: str, sentence: str) -> None:
    assert holes(sentence, language) == []

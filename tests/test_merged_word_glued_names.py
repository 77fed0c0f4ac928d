"""merged-words, issue 10's nineteenth session: joins read by the article and the lexicon's
frequencies. A long lower-case word of the language (a rare title or demonym the word classes
lack) run into a person's name; a numeral of four letters or more run into a common noun outside
German and Dutch, also after a word that needs an object (where a prefix would stand); a four-letter surname run into a function word, and a two-letter one after a
surname the article writes alone; a German or Dutch article run into a compound the word list
knows rarely, read by its parts; a one-letter article run into a word the article writes alone in
lower case, and in English too. And the look-alikes left alone.

Every example here is written for this file.
"""
from __future__ import annotations

import pytest

from lint_support import merged


@pytest.mark.parametrize("language, sentence", [
    ("es", "Lo explicó el herpetólogoJulián Arrieta, que dirige el centro."),
    ("fr", "Selon le sismologueMathieu Perrin, la faille reste active."),
    ("it", "Lo ha confermato l'ornitologoStefano Bellandi durante la visita."),
    ("pt", "Segundo o espeleólogoTiago Mendonça, a gruta é estável."),
    ("fr", "Le feu a été maîtrisé en moins de cinqheures."),
    ("en", "The team finished with fourwins from six games."),
    ("de", "Der Vorsitzende Karl Wenzund seine Stellvertreterin sprachen von einem Erfolg."),
    ("it", "Il capitano Marco Zanellaha guidato la squadra. Zanella ha poi ringraziato i tifosi."),
    ("nl", "De training vindt plaats bij dehockeyvereniging aan de rand van het dorp."),
    ("nl", "Iedereen staat ingeschreven in hetpatiëntenregister van de stad."),
    ("pt", "O fogo chegou à aldeia e ofogo queimou tudo o que havia."),
    ("en", "The club released astatement after the match."),
])
def test_join_is_found(language: str, sentence: str) -> None:
    assert len(merged(sentence, language)) == 1


@pytest.mark.parametrize("language, sentence", [
    ("it", "Ha prenotato il volo con easyJet Europe ieri sera."),
    ("it", "Hanno raccolto tremila firme in una settimana."),
    ("es", "Llegaron doscientos vecinos a la reunión."),
    ("en", "The striker Josh Acheamong, who turns 18 soon, scored twice."),
    ("nl", "De eenmanszaak van haar vader bestaat nog."),
    ("en", "The ship ran aground near the harbour."),
])
def test_look_alike_is_left_alone(language: str, sentence: str) -> None:
    assert merged(sentence, language) == []

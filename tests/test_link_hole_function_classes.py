"""link-hole read by the classes of function words, not by wordings: a word that needs a
complement (a preposition, an article, a possessive) straight before a word of a class that
cannot follow it.

- a preposition and an article before a short preposition that opens its own phrase (`said in a
  on Tuesday`, `durante una nel Museo`): a preposition of at most three letters is no ordinal;
- a definite article that is no pronoun (English, Dutch, French, Italian) after a preposition,
  before a partitive (`bij de van Zwolle`; Spanish and Portuguese write `la del`, `o da`);
- an article or possessive after a preposition, then punctuation (`selon son .`, `lors de la.`);
- a preposition that never ends a clause, a conjunction, then a name, an article, a noun or an
  infinitive (`di e Uiltrasporti`, `per e visitare`);
- an article, a noun and its preposition straight before a short preposition that opens its own
  phrase (`an interview with on Tuesday`): a noun strands no preposition;
- an English genitive after its article before a spaced stop (`on the council's .`);
- an article fused with a preposition before a demonstrative (`pela nesta segunda-feira`) or a
  definite article (`disse ao o presidente`, `della la riforma`);
- English `an` before a lower-case word opening with a consonant (`wrote in an seen by`).

Every example here is written for this file.
"""
from __future__ import annotations

import pytest

from lint_support import holes


@pytest.mark.parametrize("language, sentence, hole", [
    # an article between two prepositions, the second a short one
    ("en", "The council confirmed the closure in a on Friday evening.", "a on"),
    ("pt", "O ministro reuniu-se com o em Lisboa para fechar o acordo.", "o em"),
    ("it", "Il sindaco ha parlato durante una nel Palazzo comunale.", "una nel"),
    # a definite article before a partitive
    ("nl", "Het besluit staat op de van de provincie.", "de van"),
    ("en", "The figures were taken from the of the ministry.", "the of"),
    ("fr", "Le maire a réagi dans le de la préfecture.", "le de"),
    # an article or a possessive, then punctuation
    ("fr", "Le concert a été annulé, selon sa . Les billets seront remboursés.", "selon sa ."),
    ("es", "El alcalde lo anunció en su , y la oposición protestó.", "en su ,"),
    ("fr", "Les bénévoles ont tenu un stand pendant la. Ils reviendront.", "pendant la."),
    ("en", "The charity published the figures on its website and on their. Nobody objected.", "on their."),
    # a preposition, a conjunction, then what opens the second conjunct
    ("it", "Hanno firmato i sindacati di e Cisl dopo una lunga trattativa.", "di e"),
    ("pt", "O acordo foi assinado com e a câmara municipal.", "com e"),
    # a noun's preposition straight before another preposition that opens its phrase
    ("en", "The coach said in a conversation with on Friday that he would stay.", "with on"),
    ("es", "La decisión sobre en Sevilla se tomará el lunes.", "sobre en"),
    # an article fused with a preposition before a demonstrative
    ("pt", "A lista foi publicada pela nesta quarta-feira, segundo a câmara.", "pela nesta"),
    ("it", "I dati sono stati diffusi dalla questa mattina.", "dalla questa"),
    # an article fused with a preposition before a definite article
    ("pt", "O anúncio foi feito ao o diretor regional na segunda-feira.", "ao o"),
    ("it", "Il consiglio ha discusso della la variante al piano regolatore.", "della la"),
    ("es", "La propuesta se presentó al el pleno del ayuntamiento.", "al el"),
    ("fr", "Le projet a été confié au la direction régionale.", "au la"),
    # English `an` before a consonant: its noun was the link
    ("en", "The manager explained in an sent to all staff that the depot would close.", "an sent"),
    # an English genitive after its article, then a spaced stop
    ("en", "The timetable is on the operator's . Trains run hourly.", "the operator's ."),
])
def test_a_function_word_before_a_class_that_cannot_follow_it(language: str, sentence: str, hole: str) -> None:
    assert holes(sentence, language) == [hole]


@pytest.mark.parametrize("language, sentence", [
    ("en", "The service is priced on a per capita basis in most towns."),   # `per` before no opener
    ("en", "She won in a by-election last spring."),                       # a hyphenated word
    ("nl", "Het is de op een na grootste stad van het land."),             # counting
    ("nl", "Ze woont in een van de oudste huizen."),                       # a numeral before a partitive
    ("es", "El precio es similar a la del año pasado."),                    # an article as a pronoun
    ("pt", "O número é superior ao do ano passado."),
    ("fr", "Le score final : trois contre un. Puis la pluie est tombée."),  # a numeral
    ("nl", "Ik heb er lang over gesproken met haar."),                              # a pronoun
    ("it", "Andavano su e giù per la piazza tutto il giorno."),             # an idiom, no noun after
    ("pt", "Há voos de e para Lisboa todos os dias."),                      # a second preposition
    ("es", "El incendio de la sierra de O Courel sigue activo."),           # a capital article, no conjunction
    ("en", "He said it was the best of the lot."),
    ("en", "The repairs were paid for by the council."),                   # a verb strands it
    ("en", "The man she spoke with on Tuesday has left."),
    ("en", "A year on from the flood, the town has been rebuilt."),
    ("it", "È arrivato con in mano il trofeo."),                            # the comitative
    ("fr", "Un contrat avec à la clé une prime a été signé."),
    ("es", "El viento sopla del este y llueve al este de la ciudad."),       # a compass point
    ("pt", "A sede fica no centro desta cidade."),
    ("en", "They met at the doctor's. Then they left."),                    # no space before the stop
    ("en", "The mayor's , the council's and the party's views differ."),    # an elided genitive
    ("pt", "Ao o ver chegar, a presidente levantou-se."),                   # a pronoun before an infinitive
    ("en", "It was an historic day: an hour-long x-ray queue, an mRNA jab, an NHS form."),
])
def test_real_prose_function_words_are_left_alone(language: str, sentence: str) -> None:
    assert holes(sentence, language) == []

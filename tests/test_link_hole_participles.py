"""link-hole, seventeenth session: a participle or a past tense where a dropped link's noun was.

- after a preposition and an indefinite article, a verb that is only a verb (the word class
  tables read a noun first: `un deputato`, `un invité`) straight before a preposition or a
  conjunction: in English any verb (`in a posted to`: English determiners are no pronouns, so
  `to` after them is no infinitive's marker), in French, Italian, Spanish and Portuguese a
  regular past participle (`dans un publié sur`, `in un pubblicato sul`);
- in German a preposition straight before a past tense with an adjective's ending, then
  punctuation or a closed-class word (`wie der Verein auf mitteilte,`): the word class table holds
  no German participle that may stand before its noun (those are written with a capital too, as
  nouns), so its verbs ending so are finite.

Every example here is written for this file.
"""
from __future__ import annotations

import pytest

from lint_support import holes


@pytest.mark.parametrize("language, sentence, hole", [
    ("en", "The county noted in a posted to its website that the road would reopen.", "a posted"),
    ("en", "The coach said in an emailed to parents that training was off.", "an emailed"),
    ("fr", "Le maire l'a annoncé dans un publié sur la page de la commune.", "un publié"),
    ("it", "Lo ha spiegato il sindaco in un pubblicato sul sito del comune.", "un pubblicato"),
    ("es", "La alcaldesa lo explicó en un difundido en la web municipal.", "un difundido"),
    ("pt", "O autarca explicou em um divulgado no site da câmara que a obra para.", "um divulgado"),
    ("de", "Wie der Verein auf mitteilte, fällt das Training am Montag aus.", "auf mitteilte"),
    ("de", "Die Sperrung dauert bis Freitag, wie die Stadt auf meldete.", "auf meldete"),
])
def test_a_participle_where_the_noun_was_is_a_hole(language: str, sentence: str, hole: str) -> None:
    assert holes(sentence, language) == [hole]


@pytest.mark.parametrize("language, sentence", [
    ("it", "Ha parlato con un deputato del partito di maggioranza."),     # a participle the tables read as a noun
    ("fr", "Il a discuté avec un invité de l'émission."),
    ("es", "El juez habló con un detenido por el robo."),
    ("fr", "Il vit dans un quartier animé de la ville."),                # a participle after its noun
    ("es", "Lo contó en un acto celebrado en Madrid."),
    ("pt", "O prazo é igual ao previsto no contrato."),                   # a fused article: a participle as a noun
    ("en", "She moved to a converted barn by the river."),               # a participle before its noun
    ("en", "He was sent to a specialist to recover."),
    ("de", "Die Stadt setzt auf geplante und laufende Projekte."),        # an attributive participle
    ("de", "Die Stadt setzt auf geplante, laufende Projekte."),
    ("de", "Die Stadt setzt auf bewährte Mittel."),
])
def test_real_prose_participles_are_left_alone(language: str, sentence: str) -> None:
    assert holes(sentence, language) == []

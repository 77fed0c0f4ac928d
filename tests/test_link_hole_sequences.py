"""link-hole read as a sequence of word classes: a determiner after a preposition whose noun
phrase holds nothing, the next word a preposition, a fused article or (in English, German and
Dutch) a verb before punctuation or a closed-class word; in German and Dutch a preposition
straight before a finite verb or participle and then punctuation. The readings real prose has
(a numeral before its partitive, counting, an ordinal, an extended attribute, a relative pronoun
after a comma, a split pronominal adverb, a pronoun before `te`) are left alone.

Every example here is written for this file.
"""
from __future__ import annotations

import pytest

from lint_support import holes


@pytest.mark.parametrize("language, sentence, hole", [
    # a determiner, then a preposition or a fused article
    ("pt", "A decisão foi anunciada pela federação em uma na manhã de sábado.", "uma na"),
    ("it", "I dati, come pubblicati dalla sul suo sito, mostrano un calo.", "dalla sul"),
    ("nl", "Dat schreef de trainer in een naar de spelers.", "een naar"),
    ("es", "La cifra fue confirmada por la en un comunicado.", "la en"),
    ("de", "Die Stadt hat auf ihrer eine Liste der Baustellen veröffentlicht.", "ihrer eine"),
    # a determiner, a verb, then a preposition or punctuation
    ("en", "The club said in a issued on Friday that the match would go ahead.", "a issued"),
    ("de", "Wie die Polizei gegenüber der bestätigt, wurde niemand verletzt.", "der bestätigt"),
    # in German and Dutch a preposition, then a finite verb or participle
    ("de", "Der Verein hat die Termine auf aktualisiert, Anmeldungen laufen bis Mai.", "auf aktualisiert"),
    ("de", "Wie aus hervorging, steigen die Kosten weiter.", "aus hervorging"),
    ("nl", "Zoals uit blijkt, stijgen de kosten verder.", "uit blijkt"),
])
def test_an_empty_noun_phrase_is_a_hole(language: str, sentence: str, hole: str) -> None:
    assert holes(sentence, language) == [hole]


@pytest.mark.parametrize("language, sentence", [
    ("de", "Er gehört zu einer der größten Firmen im Land."),             # a numeral, then its partitive
    ("pt", "O prefeito falou em uma das reuniões da câmara."),
    ("nl", "Ze is in een van de mooiste dorpen geboren."),
    ("nl", "Het is de op een na grootste stad van het land."),            # counting
    ("it", "Le schede sono state contate una per una nella sala."),
    ("it", "Il gol è arrivato nel secondo tempo."),                        # an ordinal, no preposition
    ("en", "The game is on the following Tuesday."),
    ("pt", "O número é superior ao do ano passado."),                      # an article as a pronoun
    ("es", "La cifra es similar a la del año anterior."),
    ("de", "Er arbeitet in der in Bonn ansässigen Firma."),               # an extended attribute
    ("nl", "De les is in een met subsidie gebouwde hal."),
    ("de", "Die Firma, mit der verhandelt wurde, schweigt."),              # a relative pronoun
    ("nl", "Er is op gewezen dat het niet kan."),                          # a split pronominal adverb
    ("nl", "Ze hebben een plan om het op te lossen."),                     # a pronoun before `te`
    ("nl", "Het werk duurt langer dan gepland, zegt de aannemer."),        # a comparison
    ("nl", "Het verschil tussen doorgaan en stoppen is groot."),           # an infinitive
    ("en", "The company posted a photo of her on its website."),         # a pronoun
    ("en", "The charity cares for the injured after the crash."),          # a participle as a noun
    ("en", "She was born in a converted barn by the river."),
])
def test_real_prose_sequences_are_left_alone(language: str, sentence: str) -> None:
    assert holes(sentence, language) == []


def test_the_nonfinite_endings_are_a_tuple_built_with_the_classes(monkeypatch) -> None:
    """`str.endswith` reads the non-finite endings as a tuple made once per language with the
    other classes, not rebuilt for every candidate verb."""
    from linter.checks.link_hole import LinkHoleCheck

    seen = []
    real = LinkHoleCheck._classes

    def spy(self, doc):
        classes = real(self, doc)
        seen.append(classes["nonfinite"])
        return classes

    monkeypatch.setattr(LinkHoleCheck, "_classes", spy)
    holes("Das Amt teilte gegenüber der mitteilte, dass die Brücke schließt.", "de")
    assert seen and all(isinstance(endings, tuple) and endings for endings in seen)

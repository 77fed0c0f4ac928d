"""merged-words classes learnt in issue 10's fourth round, told by word classes rather than by
strings, each in several languages, and the look-alikes left alone: a compound run into a verb
or an adverb (German, Dutch), a capitalised noun or name run into an article or pronoun, a name
run into the next sentence's verb, a long common noun run into a name.

Every example here is written for this file.
"""
from __future__ import annotations

import pytest

from lint_support import merged


@pytest.mark.parametrize("language, sentence", [
    # a compound, then a finite verb or an adverb: no compound ends so
    ("nl", "De nieuwe regels zorgen dat de binnenhavenbelemmert wordt door de bouw."),
    ("nl", "Het rapport van de Rekenkamerwaaruit blijkt dat de kosten stijgen, is openbaar."),
    ("de", "Die Sanierung der Ortsdurchfahrtverzögert sich um ein Jahr."),
    # a capitalised noun or name, then an article or pronoun in lower case
    ("pt", "Segundo o relatório do Ministérioos custos subiram."),
    ("es", "Según el informe del Ayuntamientolos gastos crecieron."),
    ("it", "Secondo il rapporto della Provinciagli investimenti sono fermi."),
    # a name, then the next sentence's verb in the article's language
    ("pt", "A autarca reagiu no TwitterAfirmou que a decisão é injusta."),
    ("es", "El alcalde respondió en FacebookAseguró que no dimitirá."),
    ("it", "Il sindaco ha risposto su InstagramHa detto che non si dimette."),
    # an article or preposition, then a name or a noun
    ("en", "The deal was signed at theBerlin office on Monday."),
    ("fr", "Le plan a été validé par leGouvernement en mars."),
    ("nl", "Het plan werd gesteund door hetKabinet en de provincie."),
    ("es", "La obra fue aprobada por elAyuntamiento en marzo."),
    # a common word in lower case, then an acronym
    ("fr", "Les éleveurs de la régionPACA réclament des aides."),
    ("it", "I fondi del programmaPNRR arriveranno a giugno."),
    ("nl", "De kosten voor de gemeenteRET lopen op."),
    # a long common noun in lower case, then a name
    ("nl", "Volgens de aannemerBouwgroep Noord is de brug in mei klaar."),
    ("fr", "Selon le transporteurFlexibus, la ligne reprend lundi."),
    ("es", "Según la constructoraObrasur, el puente abre en mayo."),
    # a name run into a gerund the dictionary also files as a noun (English builds no such compound)
    ("en", "The mayor declared a holiday for Fridaymeaning schools will close."),
    ("en", "Crews worked through Sundayleaving the road open by dawn."),
])
def test_a_join_told_by_word_classes_is_found(language: str, sentence: str) -> None:
    assert len(merged(sentence, language)) == 1


@pytest.mark.parametrize("language, sentence", [
    ("de", "Die Bürger wollen am Verfahren teilnehmen und mitreden."),
    ("de", "Wer über sich hinausdenkt, plant weiter."),
    ("nl", "Het schip dat hier voorbijvaart, is leeg."),
    ("nl", "De gemeente wil de binnenstad autovrij maken."),
    ("pt", "O Estado deve pagar. Os custos sobem."),
    ("it", "Ha comprato un iPhone e usa WhatsApp."),
    ("es", "La empresa SolarPlay abrió una tienda en Madrid."),
    ("nl", "Hij werkt bij ProRail en bij NedTrain."),
    ("fr", "Il joue à la PlayStation avec son frère."),
    ("en", "The update for watchOS and iPadOS arrives in May."),
    ("it", "Scarica l'app da iOS o da Android."),
    ("de", "Er liest derStandard, eine Zeitung aus Wien, und dieBasis."),
])
def test_words_and_brands_are_left_alone(language: str, sentence: str) -> None:
    assert merged(sentence, language) == []


@pytest.mark.parametrize("language, sentence, joins", [
    ("de", "Seit Jahren rechnet dieBezirksregierung mit höheren Kosten.", 1),
    ("de", "Das stand auf der Seite derVerkehrsbetriebe im Netz.", 1),
    ("de", "Er liest derStandard jeden Morgen.", 0),  # a paper named with its article: short
])
def test_a_german_article_run_into_a_long_compound_is_a_join(language: str, sentence: str, joins: int) -> None:
    assert len(merged(sentence, language)) == joins

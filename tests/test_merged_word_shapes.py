"""merged-words shapes of issue 10's eleventh session, each in several languages, and the
look-alikes left alone: a function word run into a number, an article run into a short noun or
a rarer long one, a one-letter article or preposition run into a common word, a German article
or preposition run into its noun, a compound the lexicon lacks run into a verb, a common word
run into a hyphenated name, a name run into a finite verb, a common short word run into a
function word, a word run into a grave `à` in Portuguese and French; hashtags, names inside a
template's braces and markers a colon opens are written so on purpose.

Every example here is written for this file.
"""
from __future__ import annotations

import pytest

from lint_support import merged


@pytest.mark.parametrize("language, sentence", [
    ("en", "The new line is due to open in2028 after years of delay."),
    ("de", "Die Gebühr steigt um12 Prozent auf knapp 50 Euro."),
    ("fr", "Le prix passe de12 à 15 euros par mois."),
    ("it", "I lavori dovrebbero finire nel2027 secondo il Comune."),
    ("es", "Las obras terminarán en2027 según el Ayuntamiento."),
    ("pt", "As obras devem terminar até2027 segundo a câmara."),
    ("nl", "De prijs stijgt met12 procent volgend jaar."),
    ("es", "Los turistas llenaron laplaya durante el puente."),
    ("nl", "Hetdorp telt inmiddels ruim vierhonderd inwoners."),
    ("it", "La mostra riapre aottobre con un nuovo allestimento."),
    ("pt", "Segundo ogoverno, a medida entra em vigor em janeiro."),
    ("de", "Für dieBürger ändert sich zunächst nichts."),
    ("de", "Das Angebot gilt auch für denKunden aus dem Umland."),
    ("de", "Der Bericht wurde vomUmweltbundesamt veröffentlicht."),
    ("de", "Der Wasserpreissteigt im Januar um zehn Prozent."),
    ("nl", "De provinciebesloot dinsdag om de subsidie te verhogen."),
    ("fr", "Les travaux du collègeJean-Moulin commencent en mars."),
    ("es", "Los vecinos de Getafeprotestaron el sábado frente al ayuntamiento."),
    ("pt", "Os moradores de Bragançaprotestaram no sábado em frente à câmara."),
    ("en", "Residents of Thornbury metwith officials on Friday."),
    ("pt", "Os secretários dos dois paísesà margem do Conselho reuniram-se."),
])
def test_join_is_found(language: str, sentence: str) -> None:
    assert len(merged(sentence, language)) == 1


@pytest.mark.parametrize("language, sentence", [
    ("en", "The B2B platform and the A330neo, the G7 and COVID19 rules apply from 2025."),
    ("de", "Die A7 und die B27 sind wegen der Bauarbeiten gesperrt, teilte die IHK mit."),
    ("fr", "Le groupe M6 et la chaîne France3 ont diffusé le match."),
    ("it", "La Rai3 e Canale5 hanno trasmesso la partita."),
    ("fr", "Le collège Jean-Moulin et le lycée Marie-Curie rouvrent lundi."),
    ("de", "Sie liest jeden Morgen dieZeit und am Abend denSpiegel."),
    ("de", "Der Hochwasserschutzverband und die Stadtratsfraktion stimmten zu."),
    ("de", "Sie wollen zusammenarbeiten, wenn die Stadt hinausdenkt."),
    ("nl", "De provinciebestuurder en de waterschapsbestuurder waren aanwezig."),
    ("es", "La plaza de Fuenlabrada y el parque de Miraflores abrieron el sábado."),
    ("it", "La campagna ha un hashtag: #leggeresempre, lanciato dal Comune."),
    ("en", "Reading time: {{ story.minutesToRead }} minutes"),
    ("fr", "Une coopérative italienne est jumelée avec la ville. La fornitura partirà a gennaio."),
    ("fr", "Les travaux seront phasés rue par rue. :citationMarker[ref:2]"),
])
def test_look_alike_is_left_alone(language: str, sentence: str) -> None:
    assert merged(sentence, language) == []

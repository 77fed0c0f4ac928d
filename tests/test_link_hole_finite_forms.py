"""link-hole, eighteenth session: German and Dutch finite verb forms where a dropped link's noun
was, read from the finite forms' table (`linter/wordclasses/xx.finite.txt.gz`, LanguageTool's
dictionaries: `erklärte`, `hieß` and `liet`, which the lower-case table leaves out because the
dictionary also writes them with a capital, as a noun or a surname), and a definite noun before a
spaced comma and a relative pronoun.

- a preposition and an article before a finite form, then a stop (`in einer mitteilte.`; the
  next sentence's capital no longer reads as the noun of an attributive participle); in Dutch,
  after `de` or `een` (no pronouns), whatever follows (`in een liet weten`);
- a Dutch preposition that opens an article's phrase (`op`) straight before a finite form with no
  other reading, when the two make no separable verb (`onder de dijk door stroomt`:
  `doorstroomt`);
- German `des` inside the sentence before a finite form, or `dem`, `den`, `der` before one at the
  clause's end (`wie ein Sprecher der Bahn dem schrieb.`; not `Doch dem widersprach`);
- a definite article and a common noun, a spaced comma, a relative pronoun (`alla fondazione ,
  che`): the clause described the name after the noun;
- Portuguese `à` read as an article fused with a preposition (`disse à após`), French `d'une` as
  a preposition and its article (`lors d'une organisée à`), and German `mit dem an.` as an
  article's missing noun before the verb's particle;
- a preposition that never ends a clause straight before one that opens a noun's complement or a
  fused article, then what opens a noun phrase (`difundido en por el Ministerio`).

Every example here is written for this file.
"""
from __future__ import annotations

import pytest

from lint_support import holes


@pytest.mark.parametrize("language, sentence, hole", [
    ("de", "Der Umsatz sank um ein Fünftel, wie die Firma in einer mitteilte. Das Werk bleibt.", "einer mitteilte"),
    ("de", "Die Halle bleibt bis Mai zu, wie der Betreiber auf einer erklärte.", "einer erklärte"),
    ("de", "Nach Schätzungen des stieg die Zahl der Gäste um ein Drittel.", "des stieg"),
    ("de", "Die Straße bleibt gesperrt, wie eine Sprecherin der Polizei dem schrieb.", "dem schrieb"),
    ("nl", "De brug blijft dicht, zoals de provincie maandag in een liet weten.", "een liet"),
    ("nl", "Volgens een telling van de kwam het aantal bezoekers hoger uit.", "de kwam"),
    ("nl", "Het duel eindigde gelijk, zoals de club na de wedstrijd op bekendmaakte.", "op bekendmaakte"),
    ("de", "Unterstützung kommt von der Bürgerinitiative , die seit Jahren gegen den Ausbau kämpft.",
     "Bürgerinitiative ,"),
])
def test_hole_is_found(language: str, sentence: str, hole: str) -> None:
    assert holes(sentence, language) == [hole]


@pytest.mark.parametrize("language, sentence", [
    ("de", "Es kam zu Stürzen auf vereisten Wegen."),              # `Wegen`, a noun, is no preposition
    ("de", "Er setzt auf die klare, einfache Sprache der Verträge."),   # an adjective, no finite form
    ("de", "Doch dem widersprach der Bürgermeister am Montag."),      # a pronoun at the sentence's start
    ("de", "Laut einer Mitteilung , die das Unternehmen verbreitete, sinkt der Umsatz."),  # indefinite
    ("nl", "Het schilderij hing tot voor kort in een museum."),      # `kort`, an adjective too
    ("nl", "Het water dat onder de dijk door stroomt, neemt zand mee."),  # `doorstroomt`
    ("nl", "We wachten niet tot het misgaat, zei hij."),              # `het`, a pronoun
    ("de", "Es dauert noch Wochen, bis das passiert."),                # `das`, a pronoun
    ("nl", "Hij was na het gesprek helemaal in de war."),            # a fossil noun, the verb's stem
    ("nl", "Er zijn inmiddels 12.000 exemplaren van verkocht."),     # `er … van`; a number's stop ends no clause
    ("it", "Ha chiesto aiuto alla Regione , che ha stanziato fondi."),  # a name: the space is a slip
    # a lower-case noun before a spaced comma and a relative pronoun is a spacing slip outside
    # German (tests/test_text_classes.py): the name-after-the-noun reading flagged those
    ("it", "Il progetto è stato presentato alla fondazione , che lo finanzierà per tre anni."),
    ("nl", "De bezoekers wachtten bij de ingang , die dicht bleef."),
])
def test_look_alike_is_left_alone(language: str, sentence: str) -> None:
    assert holes(sentence, language) == []


@pytest.mark.parametrize("language, sentence, hole", [
    ("pt", "O autarca disse à após a reunião que a obra avança.", "à após"),       # `à`, an article fused
    ("fr", "Le maire l'a annoncé lors d'une organisée à la mairie.", "d'une organisée"),  # `d'`, elided
    ("de", "Die Gewerkschaft kündigte ein Gespräch mit dem an.", "mit dem an."),
])
def test_fused_and_elided_articles_are_read(language: str, sentence: str, hole: str) -> None:
    assert holes(sentence, language) == [hole]


@pytest.mark.parametrize("language, sentence", [
    ("fr", "Il parle d'une voix douce."),
    ("fr", "Le maire l'a annoncé lors d'une réunion organisée à la mairie."),
    ("pt", "O resultado é igual à de 2020."),                  # an article as a pronoun before a partitive
    ("de", "Der Turm, von dem aus man die Stadt sieht, ist alt."),  # a relative pronoun
])
def test_fused_and_elided_look_alikes_are_left_alone(language: str, sentence: str) -> None:
    assert holes(sentence, language) == []


@pytest.mark.parametrize("language, sentence, hole", [
    ("es", "El dato figura en un estudio difundido en por el Ministerio de Sanidad.", "en por"),
    ("it", "La processione è partita da alle 18, con mezz'ora di ritardo.", "da alle"),
    ("pt", "A regra foi aprovada com por a maioria dos deputados.", "com por"),
])
def test_a_preposition_before_a_complements_preposition_is_a_hole(language: str, sentence: str, hole: str) -> None:
    assert holes(sentence, language) == [hole]


@pytest.mark.parametrize("language, sentence", [
    ("fr", "Il est, de par sa position, le premier concerné."),   # a partitive preposition takes a phrase
    ("it", "Il problema, di per sé, non è grave."),
    ("es", "Mostró respeto para con los demás."),                 # `con`: no complement's preposition
    ("pt", "As perdas chegam a ser de até 30% da safra."),         # a measure
    ("it", "Lo hanno visto da sotto il ponte."),
    ("en", "Visitors came from all over, including from the UK."),  # English prepositions take phrases
])
def test_prepositions_in_sequence_that_prose_writes_are_left_alone(language: str, sentence: str) -> None:
    assert holes(sentence, language) == []

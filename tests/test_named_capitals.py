"""midsentence-capital on words a language writes in lower case that its dictionary also lists
with a capital, as a surname or a place (Dutch `Sterk`, `Tevreden`) or as a nominalised
infinitive (German `das Sinken`): capitalised between lower-case words they are slips, while the
name (it recurs, or follows a preposition or role) and the noun (after an article or a
preposition) stay silent."""
from __future__ import annotations

import pytest

from linter.engine import lint_text
from linter.wordclasses import ADJECTIVE, ADVERB, VERB, named_class

RULE = "midsentence-capital"


def flagged(text: str, language: str) -> list[str]:
    return [text[d.start:d.end].split()[0] for d in lint_text(text, language=language) if d.rule == RULE]


def test_the_named_table_holds_verbs_adjectives_and_adverbs_with_a_name_or_noun_reading():
    assert named_class("sinken", "de") == VERB  # `das Sinken`
    assert named_class("tevreden", "nl") == ADJECTIVE  # `Tevreden`, a surname
    assert named_class("bovendien", "nl") == ADVERB
    assert named_class("haus", "de") is None  # a German noun
    assert named_class("joris", "nl") is None  # a first name stands alone
    assert named_class("sinken", None) is None
    assert named_class("sinken", "xx") is None


SLIPS = {  # written for this test: none of these sentences is in a corpus
    "de": [("Die Mieten dürften im kommenden Jahr weiter Klettern, sagte der Verband.", "Klettern"),
           ("Nach Angaben der Polizei Wurden dabei zwei Autos beschädigt.", "Wurden"),
           ("Die Händler fürchten, dass die Kunden künftig Ausbleiben werden.", "Ausbleiben"),
           ("Der Verein will die Halle bis zum Sommer Renovieren lassen.", "Renovieren")],
    "nl": [("De bewoners waren na de vergadering Tevreden over het plan.", "Tevreden"),
           ("Het water stond gisteren Fors hoger dan verwacht.", "Fors"),
           ("De gemeente wil de weg Bovendien verbreden voor fietsers.", "Bovendien"),
           ("De ploeg begon Sterk aan de wedstrijd en scoorde twee keer.", "Sterk")],
}

TRAPS = {
    "de": ["Das Sinken der Preise hat die Händler überrascht.",
           "Beim Schwimmen im See ist gestern ein Mann verunglückt.",
           "Die Stadt setzt auf das Radfahren als Alternative.",
           "Sie lobte das Engagement der Helfer und das Zusammenhalten der Nachbarn.",
           "Die Runde soll helfen, Fragen zu klären und Bedenken zu besprechen."],
    "nl": ["Trainer Jan Sterk was tevreden. Volgens Sterk speelde de ploeg goed.",
           "Burgemeester Anna Tevreden opende de brug. Daarna sprak Tevreden de bewoners toe.",
           "Het festival in Fors trok dit jaar veel bezoekers."],
}


@pytest.mark.parametrize("language,sentence,word", [(lang, s, w) for lang, pairs in SLIPS.items() for s, w in pairs])
def test_a_capital_on_a_verb_adjective_or_adverb_with_a_name_reading_is_a_slip(language, sentence, word):
    assert flagged(sentence, language) == [word]


@pytest.mark.parametrize("language,text", [(lang, t) for lang, texts in TRAPS.items() for t in texts])
def test_the_name_and_the_nominalised_infinitive_stay_silent(language, text):
    assert flagged(text, language) == []

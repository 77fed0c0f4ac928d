"""German: a capital right after an inflected adjective heads its noun phrase, a noun, not a slip;
an adverb or a comparative before it (`weiter`) is no attribute."""
import pytest

from tests.lint_support import spans


@pytest.mark.parametrize("sentence", [
    "Der Ausschuss hat ein Gutachten bestellt, das rechtliche Bedenken prüfen sollte.",
    "Der Chor hat sein 150-jähriges Bestehen gefeiert.",
    "Für die Kunden dürfte die schwache Nachfrage zunächst kaum spürbar sein, sagte der Händler.",
])
def test_a_noun_after_an_inflected_adjective_is_no_slip(sentence):
    assert spans(sentence, "de", "midsentence-capital") == []


def test_a_verb_after_a_comparative_adverb_is_still_a_slip():
    assert spans("Die Preise dürften weiter Sinken werden, sagte der Verband.", "de", "midsentence-capital") == ["Sinken werden"]

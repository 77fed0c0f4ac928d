"""untranslated-fragment cuts an article's sentences once (speed16): the names joined by another
language's conjunction are read in the same pass as the function words, and a block without
`_` is blanked without the identifier alternative, to the same text."""
from __future__ import annotations

import random

import pytest

from linter.checks import foreign
from linter.checks.foreign import UntranslatedFragmentCheck
from linter.engine import lint_text

ARTICLE = ("Il traghetto per le isole è partito ieri mattina dal porto di Milazzo con molti turisti a bordo.\n\n"
           "Le isole più visitate sono Lipari, Salina and Vulcano, secondo il comune.\n\n"
           "The ferry company said in a statement that the service would resume on Monday morning.\n\n"
           "Il servizio riprenderà domani con le stesse corse della settimana scorsa.\n")


def test_the_sentences_are_cut_once_and_both_kinds_still_found(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = []
    cut = UntranslatedFragmentCheck._segments

    def counted(self, doc):
        calls.append(doc.path)
        return cut(self, doc)

    monkeypatch.setattr(UntranslatedFragmentCheck, "_segments", counted)
    found = [(d.line, d.column) for d in lint_text(ARTICLE, language="it", select=["untranslated-fragment"])]
    assert found == [(3, 36), (5, 1)]  # the conjunction's pair, the English sentence
    assert len(calls) == 1


PIECES = ["“citazione”", "«detto»", "„Zitat“", '"quoted"', "‘sì’", "‘x’y", "(nota)", "[1]", "{caption_credit}",
          "{" + "a" * 250 + "}", "caption_credit", "a_b_c", "_", "__x", "x_", "parola", "Città", "42", "\n", " ",
          "“aperta", "«", "(", "[", "{", "’", "ß_9", "1_2"]


@pytest.mark.parametrize("seed", range(4))
def test_blanking_without_the_identifier_is_the_same_where_no_underscore(seed: int) -> None:
    rng = random.Random(seed)
    for _ in range(1500):
        text = " ".join(rng.choice(PIECES) for _ in range(rng.randint(1, 12)))
        if "_" in text:
            continue
        blank = lambda m: " " * len(m.group())  # noqa: E731
        assert foreign._QUOTED_NO_IDENTIFIER.sub(blank, text) == foreign._QUOTED.sub(blank, text), text

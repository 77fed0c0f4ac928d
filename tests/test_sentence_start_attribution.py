"""lowercase-sentence-start: the line a dash opens under a quotation names its source, also when
it is the quotation's last line with no blank line between (`> "…"` / `> — from …`); a sentence
in lower case after it is still reported. A byline word, a name and its desk after a dash
(`di Ada Neri – Redazione Alto Garda`) is no sentence either.

Every example here is written for this file.
"""
from __future__ import annotations

import pytest

from linter.engine import lint_text


def starts(text: str, language: str) -> list[str]:
    return [text[d.start:d.end] for d in lint_text(text, language=language) if d.rule == "lowercase-sentence-start"]


@pytest.mark.parametrize("language, text", [
    ("en", '> "Every bridge is a promise kept."\n> — from the engineer\'s memoir, chapter two\n'),
    ("it", "> «Il pane si fa con pazienza.»\n> — nonna Ines, a 91 anni\n"),
    ("fr", "> « On ne plante pas un arbre pour soi. »\n> – extrait du carnet de l'association\n"),
])
def test_attribution_under_a_quotation_is_no_sentence(language: str, text: str) -> None:
    assert starts(text, language) == []


def test_a_lower_case_sentence_after_it_is_still_found() -> None:
    text = ('> "Every bridge is a promise kept."\n> — from the engineer\'s memoir\n\n'
            "The council met on Monday. the vote was delayed again because two members were ill.\n")
    assert starts(text, "en") == ["the"]


def test_byline_with_its_desk_after_a_dash_is_no_sentence() -> None:
    text = "Tempo di lettura: 4 minuti\n\ndi Ada Neri – Redazione Alto Garda\n\nIl consiglio ha approvato il bilancio.\n"
    assert starts(text, "it") == []

"""generation-residue: a note that artificial intelligence compiled or drafted the text, in
several languages; an aggregator's `automatically compiled` note and an article about AI are
not one."""
from __future__ import annotations

import pytest

from linter.engine import lint_text

PROSE = "The council approved the new budget on Tuesday after a long debate in the chamber."


def rules_on(text: str, language: str, line: int) -> set[str]:
    return {d.rule for d in lint_text(text, language=language) if d.line == line}


@pytest.mark.parametrize(("language", "note"), [
    ("nl", "Dit artikel is met behulp van AI samengesteld en door de redactie gecontroleerd."),
    ("en", "This article was compiled with the help of AI and checked by our editors."),
    ("de", "Dieser Beitrag wurde mithilfe von KI zusammengestellt und von der Redaktion geprüft."),
    ("es", "Este artículo ha sido elaborado con ayuda de inteligencia artificial y revisado por la redacción."),
])
def test_a_note_that_ai_compiled_the_text(language: str, note: str) -> None:
    assert rules_on(f"{PROSE}\n\n{note}\n", language, 3) == {"generation-residue"}


def test_an_aggregators_automatic_note_is_no_ai_disclaimer() -> None:
    note = "Dit bericht is automatisch samengesteld door Nieuwsbundel op basis van berichten van de Gooi Courant."
    assert "generation-residue" not in rules_on(f"{PROSE}\n\n{note}\n", "nl", 3)


def test_an_article_about_ai_is_prose() -> None:
    line = "This article looks at how AI is changing the way local newsrooms compile their reports."
    assert rules_on(f"{PROSE}\n\n{line}\n\n{PROSE}\n", "en", 3) == set()

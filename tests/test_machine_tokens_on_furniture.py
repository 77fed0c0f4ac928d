"""A machine's token on a line another rule reports as a whole, or read as words, stays
template-token's: a shortcode that opens a photo's caption and credit (image-credit's line), and
a placeholder in braces, whose name is no English sentence (`{caption_credit}`)."""
from __future__ import annotations

import pytest

from linter.engine import lint_text

BEFORE = "Il consiglio comunale ha approvato martedì il nuovo bilancio per la città e le sue scuole."
AFTER = "Il sindaco ha detto che le prime nuove aule apriranno a settembre, dopo i lavori estivi."


def rules(text: str, path: str = "a.txt", language: str = "it") -> list[tuple[str, str]]:
    found = lint_text(text, path=path, language=language, select=["ALL"])
    lines = text.splitlines()
    return [(d.rule, lines[d.line - 1][d.column - 1:d.end_column - 1]) for d in found]


def test_a_shortcode_that_opens_a_credit_line() -> None:
    shortcode = '[caption id="attachment_48213" align="aligncenter" width="1024"]'
    found = rules(f"{BEFORE}\n\n{shortcode} (Foto: Marta Olivieri / Agenzia Sierra)\n\n{AFTER}\n")
    assert ("template-token", shortcode) in found
    assert "image-credit" in {rule for rule, _ in found}


@pytest.mark.parametrize("path", ["a.txt", "a.md"])
def test_a_placeholder_in_braces_is_no_foreign_sentence(path: str) -> None:
    text = ("La protection civile a fait état de deux blessés graves parmi les pompiers et de l'évacuation de "
            "plusieurs villages dans les districts de Coimbra et de Castelo Branco. Les autorités ont également "
            "fermé une portion de l'autoroute A23 dans la nuit.\n\n« La situation est très difficile, avec des "
            "températures supérieures à 40 degrés et des rafales qui changent de direction sans cesse », a déclaré "
            "le commandant national André Fernandes à la télévision publique.\n\n{caption_credit}\n")
    assert [rule for rule, _ in rules(text, path, "fr")] == ["template-token"]

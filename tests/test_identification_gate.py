"""untranslated-fragment spares language identification in a folder run where no other language
could be named: the findings are those it gives asking py3langid about every clause."""
from __future__ import annotations

from pathlib import Path

import pytest

from linter.checks import foreign
from linter.config import Settings
from linter.engine import lint_file

ROOT = Path(__file__).resolve().parents[1]
RULE = "untranslated-fragment"


def findings(paths: list[Path]) -> list:
    settings = Settings(select=(RULE,))
    return [d for path in paths for d in lint_file(str(path), settings).diagnostics]


def test_the_folder_runs_gate_keeps_every_finding(monkeypatch) -> None:
    paths = sorted(p for p in [*ROOT.glob("tests/heldout/*/*"), *ROOT.glob("tests/corpus/*")]
                   if p.suffix in (".txt", ".md"))
    monkeypatch.setattr(foreign, "FOLDER_DOCUMENTS", 10**9)  # identify every clause, as a one-file run
    asked = findings(paths)
    monkeypatch.setattr(foreign, "FOLDER_DOCUMENTS", 0)  # gate every clause
    gated = findings(paths)
    assert sum(d.rule == RULE for d in asked) >= 50  # the sets hold many fragments
    assert gated == asked


@pytest.mark.parametrize("words", [[], ["a"]])
def test_leaning_needs_words_far_commoner_in_the_other_language(words: list[str]) -> None:
    assert not foreign._leaning(words, "it", "en")

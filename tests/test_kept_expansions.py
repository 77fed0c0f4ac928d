"""The rules' patterns with their word lists expanded are kept in the user cache under the
signature of the rule files: a later run reads them back instead of expanding again, with the
same findings, and other rule files expand anew."""
from __future__ import annotations

import pytest

from linter import compiled
from linter.checks.line_marker import LinePatterns
from linter.checks.pattern import PatternCheck
from linter.engine import lint_text

from fresh_run import SEED, cache_dir, next_process  # noqa: F401 (cache_dir is a fixture)


def no_expanding(monkeypatch) -> None:
    def refuse(*args, **kwargs):
        raise AssertionError("expanded again")

    monkeypatch.setattr(LinePatterns, "_expanded", refuse)
    monkeypatch.setattr(PatternCheck, "_placeholder", refuse)


def test_a_later_run_reads_the_expanded_patterns_back(cache_dir, monkeypatch):
    first = lint_text(SEED, "seed.txt")
    compiled.save_new()
    next_process()
    no_expanding(monkeypatch)
    assert lint_text(SEED, "seed.txt") == first
    assert {d.rule for d in first} >= {"page-chrome", "image-credit", "read-insertion", "date-format"}


def test_other_rule_files_expand_anew(cache_dir, monkeypatch, tmp_path):
    lint_text(SEED, "seed.txt")
    compiled.save_new()
    next_process()
    folder = tmp_path / "rules"
    folder.mkdir()
    (folder / "no-foo.yaml").write_text("id: no-foo\ncheck: pattern\nmessage: no foo\npattern: foo\n", encoding="utf-8")
    expanded = []
    original = LinePatterns._expanded

    def counted(self, doc, key, depth):
        expanded.append(key)
        return original(self, doc, key, depth)

    monkeypatch.setattr(LinePatterns, "_expanded", counted)
    from linter.config import Settings

    lint_text(SEED, "seed.txt", settings=Settings(rules_paths=(str(folder),)))
    assert expanded  # another rule set: another signature

"""The rules' patterns with their word lists expanded are kept in the user cache under the
signature of the rule files: a later run reads them back instead of expanding again, with the
same findings, and other rule files expand anew."""
from __future__ import annotations

from pathlib import Path

import pytest

from linter import compiled, registry, ruleset, user_cache
from linter.checks.line_marker import LinePatterns
from linter.checks.pattern import PatternCheck
from linter.engine import lint_text

SEED = (Path(__file__).resolve().parents[1] / "seeds" / "000_434f281fc8fc4eb1.txt").read_text(encoding="utf-8")


@pytest.fixture
def cache_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    next_process()
    yield
    next_process()


def next_process() -> None:
    """Forget what this process read, built and expanded, as a new run starts with nothing."""
    user_cache.machine_secret.cache_clear()
    compiled._scopes.clear()
    registry.load_registry.cache_clear()
    ruleset.build_ruleset.cache_clear()


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

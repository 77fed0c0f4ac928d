"""A pattern rule's pattern that an earlier run compiled is built from the user cache only for
a document that holds what its matches contain; the findings are the same, and a bad pattern,
which never reaches the cache, is reported as it always was, whatever the text holds."""
from __future__ import annotations

import pytest

from linter import compiled, ruleset
from linter.checks.pattern import PatternCheck
from linter.config import Settings
from linter.engine import lint_text
from linter.errors import ConfigError

from fresh_run import SEED, cache_dir, next_process  # noqa: F401 (cache_dir is a fixture)


def counting_builds(monkeypatch) -> list[str]:
    built: list[str] = []
    original = PatternCheck._built

    def counted(self, source, flags, scope):
        built.append(source)
        return original(self, source, flags, scope)

    monkeypatch.setattr(PatternCheck, "_built", counted)
    return built


def test_a_later_run_builds_only_the_patterns_whose_needles_the_text_holds(cache_dir, monkeypatch):
    first = lint_text(SEED, "seed.txt")
    compiled.save_new()
    next_process()
    built = counting_builds(monkeypatch)
    assert lint_text(SEED, "seed.txt") == first
    patterns = sum(len(check._compiled.get("it", ())) for check in _pattern_checks())
    assert 0 < len(built) < patterns / 2


def _pattern_checks() -> list[PatternCheck]:
    return [rule.check for rule in ruleset.build_ruleset(Settings()).rules.values() if isinstance(rule.check, PatternCheck)]


@pytest.mark.parametrize("text", ["A text without the word.\n", "A text with foo in it.\n"])
def test_a_bad_pattern_is_reported_on_every_run(cache_dir, tmp_path, text):
    folder = tmp_path / "rules"
    folder.mkdir()
    (folder / "bad-foo.yaml").write_text("id: bad-foo\ncheck: pattern\nmessage: no foo\npattern: 'foo(bar'\n",
                                         encoding="utf-8")
    settings = Settings(rules_paths=(str(folder),))
    for _ in range(2):
        with pytest.raises(ConfigError, match="rule bad-foo: bad pattern"):
            lint_text(text, "article.txt", settings=settings)
        compiled.save_new()
        next_process()

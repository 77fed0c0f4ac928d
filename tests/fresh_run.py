"""A run as a new process starts it: a private user cache and nothing read or built yet."""
from __future__ import annotations

from pathlib import Path

import pytest

from linter import compiled, registry, ruleset, user_cache

SEED = (Path(__file__).resolve().parents[1] / "seeds" / "000_434f281fc8fc4eb1.txt").read_text(encoding="utf-8")


def next_process() -> None:
    """Forget what this process read, built and expanded, as a new run starts with nothing."""
    user_cache.machine_secret.cache_clear()
    compiled._scopes.clear()
    registry.load_registry.cache_clear()
    ruleset.build_ruleset.cache_clear()


@pytest.fixture
def cache_dir(tmp_path, monkeypatch):
    """A user cache of the test's own, with nothing of an earlier test in memory."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    next_process()
    yield
    next_process()

"""The result cache cannot be poisoned or broken: keys need this machine's secret, entries are
checked field by field, and a cache folder that cannot be used only makes the run slower."""
from __future__ import annotations

import json
import os
import stat

import pytest

from linter.cache import Cache, machine_secret
from linter.config import Settings
from linter.engine import FileResult, lint_file
from newslint_run import newslint, write

ARTICLE = "The minister said that the the budget would pass.\n"
SETTINGS = Settings(language="en")


def test_an_entry_planted_with_another_secret_is_never_read(tmp_path):
    article = str(write(tmp_path / "a.md", ARTICLE))
    attacker = Cache(tmp_path / "cache", secret=b"a" * 32)
    attacker.store(attacker.key(article, SETTINGS), FileResult(article))  # "no findings"
    victim = Cache(tmp_path / "cache", secret=b"v" * 32)
    assert victim.key(article, SETTINGS) != attacker.key(article, SETTINGS)
    assert victim.load(victim.key(article, SETTINGS)) is None


def test_a_committed_cache_folder_does_not_silence_the_gate(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write(tmp_path / "a.md", ARTICLE)
    planted = Cache(tmp_path / ".newslint_cache", secret=b"p" * 32)
    planted.store(planted.key("a.md", SETTINGS), FileResult("a.md"))
    done = newslint("check", "--cache-dir", ".newslint_cache", "--lang", "en", "-q", "a.md", cwd=tmp_path)
    assert done.returncode == 1 and "duplicated-word" in done.stdout


GOOD = {"path": "a.md", "language": "en", "language_source": "configured", "lines": {"1": "x"},
        "diagnostics": [["a.md", 1, 1, 1, 2, "r", "m", "warning", None, 0, 1]]}


@pytest.mark.parametrize("entry", [
    {**GOOD, "language": 5},
    {**GOOD, "lines": {"1": 5}},
    {**GOOD, "lines": {"x": "y"}},
    {**GOOD, "lines": []},
    {**GOOD, "path": None},
    {**GOOD, "diagnostics": {"a": 1}},
    {**GOOD, "diagnostics": [["a.md", "1", 1, 1, 2, "r", "m", "warning", None, 0, 1]]},
    {**GOOD, "diagnostics": [["a.md", True, 1, 1, 2, "r", "m", "warning", None, 0, 1]]},
    {**GOOD, "diagnostics": [["a.md", 1, 1, 1, 2, "r", "m", "fatal", None, 0, 1]]},
    {**GOOD, "diagnostics": [["a.md", 1, 1, 1, 2, "r", "m", "warning", [1, True], 0, 1]]},
    {**GOOD, "diagnostics": [["a.md", 1, 1, 1, 2, "r", "m", "warning", None, 0]]},
    {**GOOD, "diagnostics": [["a.md", 1, 1, 1, 2, 5, "m", "warning", None, 0, 1]]},
    [GOOD],
    "[" * 100_000 + "]" * 100_000,
])
def test_entries_of_the_wrong_shape_are_misses(tmp_path, entry):
    article = str(write(tmp_path / "a.md", ARTICLE))
    cache = Cache(tmp_path / "cache", secret=b"s" * 32)
    key = cache.key(article, SETTINGS)
    cache.store(key, lint_file(article, SETTINGS))
    assert cache.load(key) is not None
    path = tmp_path / "cache" / key[:2] / f"{key}.json"
    path.write_text(entry if isinstance(entry, str) else json.dumps(entry), encoding="utf-8")
    assert cache.load(key) is None
    path.write_text(json.dumps(GOOD), encoding="utf-8")
    assert cache.load(key).diagnostics[0].rule == "r"  # the same entry, well formed, is read


def test_the_secret_lives_in_the_user_cache_folder_readable_by_the_user_only(tmp_path):
    write(tmp_path / "a.md", ARTICLE)
    env = {"XDG_CACHE_HOME": str(tmp_path / "home-cache")}
    newslint("check", "--cache-dir", "cache", "a.md", cwd=tmp_path, env=env)
    secret = tmp_path / "home-cache" / "newslint" / "secret"
    assert len(secret.read_bytes()) == 32 and stat.S_IMODE(secret.stat().st_mode) == 0o600
    assert not list((tmp_path / "cache").rglob("secret"))


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_a_secret_others_can_read_is_replaced(tmp_path, monkeypatch):
    """A secret committed to the repository (checked out as 0644) next to planted entries."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    planted = write(tmp_path / "newslint" / "secret", b"p" * 32)
    planted.chmod(0o644)
    machine_secret.cache_clear()
    try:
        assert machine_secret() != b"p" * 32 and len(machine_secret()) == 32
        assert stat.S_IMODE(planted.stat().st_mode) == 0o600
    finally:
        machine_secret.cache_clear()


def test_without_a_secret_the_cache_is_off(tmp_path):
    article = str(write(tmp_path / "a.md", ARTICLE))
    assert Cache(tmp_path / "cache", secret=b"").key(article, SETTINGS) is None
    assert len(machine_secret()) == 32


@pytest.mark.parametrize("no_cache", [True, False])
def test_a_cache_folder_of_mode_000_does_not_fail_the_run(tmp_path, no_cache):
    write(tmp_path / "a.md", ARTICLE)
    (tmp_path / ".newslint_cache").mkdir(mode=0)
    try:
        args = ["--no-cache"] if no_cache else ["--cache-dir", ".newslint_cache"]
        done = newslint("check", *args, "--lang", "en", "-q", "a.md", cwd=tmp_path)
    finally:
        (tmp_path / ".newslint_cache").chmod(0o755)
    assert done.returncode == 1 and done.stderr == "", done.stderr


def test_cache_folder_outside_the_repository_by_environment_or_config(tmp_path):
    write(tmp_path / "repo" / "a.md", ARTICLE)
    done = newslint("check", "--cache-dir", "", "--lang", "en", "a.md", cwd=tmp_path / "repo",
                    env={"NEWSLINT_CACHE_DIR": str(tmp_path / "ci-cache")})
    assert done.returncode == 1 and list((tmp_path / "ci-cache").rglob("*.json"))
    write(tmp_path / "repo" / ".newslint.yaml", "language: en\ncache_dir: ../config-cache\n")
    newslint("check", "--cache-dir", "", "a.md", cwd=tmp_path / "repo")
    assert list((tmp_path / "config-cache").rglob("*.json"))
    assert not (tmp_path / "repo" / ".newslint_cache").exists()


def test_an_unreadable_cache_folder_is_not_checked_by_the_command_line(tmp_path, monkeypatch):
    """As a user who cannot read the folder sees it (root reads every folder, so say it is not)."""
    from cli_support import run

    monkeypatch.chdir(tmp_path)
    write(tmp_path / "a.md", ARTICLE)
    (tmp_path / ".newslint_cache").mkdir()
    access = os.access
    monkeypatch.setattr(os, "access", lambda path, mode, **kw: "newslint_cache" not in str(path)
                        and access(path, mode, **kw))
    for args in (["--no-cache"], ["--cache-dir", ".newslint_cache"]):
        done = run("check", *args, "--lang", "en", "-q", "a.md")
        assert done.exit_code == 1 and "duplicated-word" in done.stdout, done.output

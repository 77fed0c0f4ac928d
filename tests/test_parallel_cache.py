"""--jobs gives the same bytes as one process; the cache serves unchanged files and nothing stale."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from cli_support import corpus_folder, rule_project, run
from linter import pool, runner

PARENT = os.getpid()


@pytest.fixture
def articles(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    return corpus_folder(tmp_path / "articles")


@pytest.fixture
def pools(monkeypatch) -> list[int]:
    """Records the size of every process pool started (for as few as 4 files a worker)."""
    monkeypatch.setattr(pool, "MIN_ITEMS_PER_WORKER", 4)
    started: list[int] = []
    real = pool.ProcessPoolExecutor

    def spy(max_workers, **options):
        started.append(max_workers)
        return real(max_workers=max_workers, **options)

    monkeypatch.setattr(pool, "ProcessPoolExecutor", spy)
    return started


@pytest.fixture
def linted(monkeypatch) -> list[str]:
    """Records each file linted in this process (use with --jobs 1)."""
    calls: list[str] = []
    real = runner.run_job

    def spy(job):
        calls.append(job.path)
        return real(job)

    monkeypatch.setattr(runner, "run_job", spy)
    return calls


@pytest.mark.parametrize("fmt", ["text", "json", "sarif"])
def test_jobs_2_output_is_byte_identical_to_jobs_1(articles, pools, fmt):
    one = run("check", "--no-cache", "--jobs", "1", "--format", fmt, "articles")
    two = run("check", "--no-cache", "--jobs", "2", "--format", fmt, "articles")
    assert pools == [2] and one.exit_code == two.exit_code == 1
    assert one.stdout_bytes == two.stdout_bytes and one.stderr_bytes == two.stderr_bytes


def _double(item: int) -> int:
    return item * 2


def _die_in_a_worker(item: int) -> int:
    if os.getpid() != PARENT:
        os._exit(1)
    return item * 2


def test_the_pool_keeps_order_and_survives_what_goes_wrong(pools, monkeypatch):
    items = list(range(40))
    assert list(pool.ordered_map(_double, items, 2)) == [i * 2 for i in items]
    assert list(pool.ordered_map(_die_in_a_worker, items, 2)) == [i * 2 for i in items]
    assert pools == [2, 2]

    def no_processes(max_workers, **options):
        raise OSError("no semaphores here")

    monkeypatch.setattr(pool, "ProcessPoolExecutor", no_processes)
    assert list(pool.ordered_map(_double, items, None)) == [i * 2 for i in items]


def test_few_files_are_linted_without_a_pool(articles, pools):
    run("check", "--no-cache", "--jobs", "2", *sorted(str(p) for p in Path("articles").iterdir())[:7])
    assert pools == []


def test_a_second_run_comes_from_the_cache(articles, linted):
    first = run("check", "--jobs", "1", "--format", "json", "articles")
    count = len(linted)
    second = run("check", "--jobs", "1", "--format", "json", "articles")
    assert count == len(list(Path("articles").iterdir())) and len(linted) == count
    assert first.stdout == second.stdout and first.exit_code == second.exit_code == 1
    assert (Path(".newslint_cache") / ".gitignore").read_text(encoding="utf-8").splitlines()[-1] == "*"

    (Path("articles") / "en-01-budget.txt").write_text("A calm and short article.\n", encoding="utf-8")
    run("check", "--jobs", "1", "articles")
    assert linted[count:] == ["articles/en-01-budget.txt"]


def test_corrupt_cache_entries_are_ignored_and_replaced(articles, linted):
    clean = run("check", "--jobs", "1", "--format", "json", "articles").stdout
    entries = [p for p in Path(".newslint_cache").rglob("*.json")]
    for index, entry in enumerate(entries):
        entry.write_bytes([b"", b"{", b"[]", b'{"path": 1}', b"\xff\xfe"][index % 5])
    assert run("check", "--jobs", "1", "--format", "json", "articles").stdout == clean
    linted.clear()
    assert run("check", "--jobs", "1", "--format", "json", "articles").stdout == clean and linted == []


def test_no_cache_and_cache_dir(articles):
    run("check", "--no-cache", "articles")
    assert not Path(".newslint_cache").exists()
    run("check", "--cache-dir", "elsewhere/cache", "articles")
    assert not Path(".newslint_cache").exists() and list(Path("elsewhere/cache").rglob("*.json"))


def test_settings_and_rule_files_are_part_of_the_key(tmp_path, monkeypatch):
    def newslint(*args: str) -> str:  # a process each time, as rule files are read once per process
        return subprocess.run([sys.executable, "-m", "linter", *args], capture_output=True, text=True).stdout

    monkeypatch.chdir(rule_project(tmp_path))
    (tmp_path / "a.txt").write_text("Wow!!  Yes.\n", encoding="utf-8")
    assert "doubled-bang" in newslint("check", "a.txt")
    assert "doubled-bang" not in newslint("check", "--select", "double-space", "a.txt")
    rule = tmp_path / "rules" / "doubled-bang.yaml"
    rule.write_text(rule.read_text(encoding="utf-8").replace("one exclamation mark is enough", "calm down"))
    assert "calm down" in newslint("check", "a.txt")


def test_a_fixed_file_is_cached_as_written(tmp_path, monkeypatch, linted):
    monkeypatch.chdir(rule_project(tmp_path))
    (tmp_path / "a.txt").write_text("Wow!!\nSHOUT x\n", encoding="utf-8")
    run("check", "--jobs", "1", "a.txt")
    fixed = run("check", "--jobs", "1", "--fix", "a.txt")
    linted.clear()
    again = run("check", "--jobs", "1", "a.txt")
    assert linted == [] and again.stdout == fixed.stdout and "shout-line" in again.stdout
    assert "Fixed 0" in run("check", "--jobs", "1", "--fix", "a.txt").stderr


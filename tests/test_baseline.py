"""Baselines: known findings stay quiet after edits elsewhere; new ones are reported."""
from __future__ import annotations

import json
import shutil

import pytest

from cli_support import SEED, rule_project, run

HEADER = "Aggiornato alle ore dieci.\nFonte: agenzie internazionali.\n\n"


def findings(*args: str) -> list[dict]:
    result = run("check", "--format", "json", "--no-cache", *args)
    assert result.exit_code in (0, 1), result.stderr
    return json.loads(result.stdout)


@pytest.fixture
def project(tmp_path, monkeypatch):
    monkeypatch.chdir(rule_project(tmp_path))
    return tmp_path


# The seed, with the real rules

def test_seed_baseline_survives_lines_above_and_reports_a_new_teaser(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    seed = tmp_path / "seed.txt"
    shutil.copy(SEED, seed)
    made = run("baseline", "--no-cache", "seed.txt", "-o", "baseline.json")
    assert made.exit_code == 0 and findings("seed.txt")
    assert findings("--baseline", "baseline.json", "seed.txt") == []

    text = HEADER + seed.read_text(encoding="utf-8")
    seed.write_text(text, encoding="utf-8")
    assert findings("--baseline", "baseline.json", "seed.txt") == []

    seed.write_text(text.replace("\n\nXi ospita Putin", "\n\nREAD  Some headline\n\nXi ospita Putin"), encoding="utf-8")
    new = findings("--baseline", "baseline.json", "seed.txt")
    line = seed.read_text(encoding="utf-8").splitlines().index("READ  Some headline") + 1
    assert [(f["rule"], f["line"]) for f in new] == [("read-insertion", line)]


# Our own rules

def test_baseline_counts_copies_of_the_same_finding(project):
    article = project / "a.txt"
    article.write_text("Wow!!\n\nWow!!\n", encoding="utf-8")
    run("baseline", "a.txt", "-o", "baseline.json")
    entry = json.loads((project / "baseline.json").read_text(encoding="utf-8"))["findings"]
    assert entry == [{"path": "a.txt", "rule": "doubled-bang", "text": "!!", "context": "Wow!!", "count": 2}]
    article.write_text("First line.\nWow!!\n\nWow!!\n\nWow!!\n", encoding="utf-8")
    assert [(f["line"], f["rule"]) for f in findings("--baseline", "baseline.json", "a.txt")] == [(6, "doubled-bang")]


def test_an_edited_line_is_reviewed_again(project):
    article = project / "a.txt"
    article.write_text("Wow!! Yes.\nOther!!\n", encoding="utf-8")
    run("baseline", "a.txt", "-o", "baseline.json")
    article.write_text("Wow!! Yes, yes.\nOther!!\n", encoding="utf-8")
    assert [f["line"] for f in findings("--baseline", "baseline.json", "a.txt")] == [1]


def test_baseline_paths_are_relative_to_the_baseline_file(project, monkeypatch):
    (project / "news").mkdir()
    (project / "news" / "a.txt").write_text("Wow!!\n", encoding="utf-8")
    run("baseline", "news", "-o", "baseline.json")
    assert json.loads((project / "baseline.json").read_text(encoding="utf-8"))["findings"][0]["path"] == "news/a.txt"
    monkeypatch.chdir(project / "news")
    assert findings("--baseline", "../baseline.json", "a.txt") == []
    assert len(findings("a.txt")) == 1


def test_baseline_filters_every_format_and_sets_the_exit_status(project):
    (project / "a.txt").write_text("Wow!!\n", encoding="utf-8")
    run("baseline", "a.txt", "-o", "baseline.json")
    for fmt in ("text", "github", "jsonl"):
        result = run("check", "--format", fmt, "--baseline", "baseline.json", "a.txt")
        assert result.exit_code == 0 and result.stdout == ""


def test_an_empty_baseline_is_valid(project):
    (project / "a.txt").write_text("Calm.\n", encoding="utf-8")
    made = run("baseline", "a.txt", "-o", "baseline.json")
    assert "Wrote 0 findings from 1 file" in made.stderr
    assert json.loads((project / "baseline.json").read_text(encoding="utf-8")) == {"newslint_baseline": 1, "findings": []}


@pytest.mark.parametrize("content, message", [(None, "baseline not found"), ("{not json", "not a newslint baseline"),
                                              ('{"findings": [{"path": 1}]}', "not a newslint baseline")])
def test_a_bad_baseline_is_one_line_and_exit_2(project, content, message):
    (project / "a.txt").write_text("Wow!!\n", encoding="utf-8")
    if content is not None:
        (project / "baseline.json").write_text(content, encoding="utf-8")
    result = run("check", "--baseline", "baseline.json", "a.txt")
    assert result.exit_code == 2 and message in result.stderr and result.stderr.count("\n") == 1

"""The wheel carries the rules: newslint works from any folder once installed, not only here.

The wheel is built without dependencies (hatchling is in the environment), unpacked, and run
with `PYTHONPATH` pointing at it from a folder outside the checkout: it must find exactly what
the checkout finds on the seed. `newslint rules` and `newslint explain` document every rule.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from linter.registry import load_registry
from newslint_run import ROOT, newslint

SEED = ROOT / "seeds" / "000_434f281fc8fc4eb1.txt"


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    done = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation",
                           "--no-cache-dir", "-q", "-w", str(out), str(ROOT)],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    (built,) = out.glob("newslint-*.whl")
    return built


@pytest.fixture(scope="module")
def unpacked(wheel, tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("site")
    with zipfile.ZipFile(wheel) as archive:
        archive.extractall(folder)
    return folder


def test_wheel_contains_the_rules_and_languages(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    for rule in (ROOT / "rules").glob("*.yaml"):
        assert f"linter/builtin_rules/{rule.name}" in names
    for language in (ROOT / "rules" / "languages").glob("*.yaml"):
        assert f"linter/builtin_rules/languages/{language.name}" in names
    assert {"linter/builtin_rules/languages/it.yaml", "linter/builtin_rules/month-capitalization.yaml"} <= names
    for table in (ROOT / "linter" / "wordclasses").glob("*.txt.gz"):
        assert f"linter/wordclasses/{table.name}" in names
    tries = list((ROOT / "linter" / "capitalshare").glob("*.trie"))
    assert tries and all(f"linter/capitalshare/{table.name}" in names for table in tries)
    assert not [n for n in names if n.startswith(("tests/", "seeds/", "rules/"))]


def test_wheel_declares_the_console_script(wheel):
    archive = zipfile.ZipFile(wheel)
    (entry_points,) = [n for n in archive.namelist() if n.endswith(".dist-info/entry_points.txt")]
    text = archive.read(entry_points).decode()
    assert "[console_scripts]" in text and "newslint = linter.launch:run" in text


def test_the_installed_package_finds_what_the_checkout_finds(unpacked, tmp_path):
    work = tmp_path / "elsewhere"
    work.mkdir()
    (work / "article.txt").write_bytes(SEED.read_bytes())
    env = {"PYTHONPATH": str(unpacked)}
    probe = "import linter, linter.registry as r; print(linter.__file__); print(r.builtin_rules_dir())"
    where = subprocess.run([sys.executable, "-c", probe], cwd=work, env={**os.environ, **env},
                           capture_output=True, text=True, timeout=60)
    module, rules = where.stdout.splitlines()
    assert Path(module).is_relative_to(unpacked)  # not the checkout's editable install
    assert Path(rules) == unpacked / "linter" / "builtin_rules"
    installed = newslint("check", "--format", "json", "article.txt", cwd=work, env=env)
    checkout = newslint("check", "--format", "json", "article.txt", cwd=work)
    assert installed.returncode == checkout.returncode == 1, installed.stderr
    assert installed.stderr == ""
    assert json.loads(installed.stdout) == json.loads(checkout.stdout)
    assert len(json.loads(installed.stdout)) >= 20


def test_rules_lists_every_rule():
    done = newslint("rules")
    assert done.returncode == 0
    header, *rows = done.stdout.splitlines()
    assert header.split() == ["rule", "severity", "languages", "summary"]
    listed = [row.split()[0] for row in rows]
    assert listed == sorted(load_registry().specs)
    for row in rows:
        rule_id, severity, languages, *summary = row.split()
        assert severity in ("error", "warning", "info") and summary
        assert languages == "all" or set(languages.split(",")) <= set(load_registry().languages)


def test_explain_prints_what_why_and_examples():
    done = newslint("explain", "month-capitalization")
    assert done.returncode == 0, done.stderr
    text = done.stdout
    assert text.startswith("# month-capitalization\n")
    for section in ("## What it does", "## Why is this bad?", "## Example (it)", "## Use instead (it)"):
        assert section in text
    assert "Ottobre" in text.split("## Example (it)")[1].split("##")[0]
    assert "ottobre" in text.split("## Use instead (it)")[1].split("##")[0]


@pytest.mark.parametrize("rule", sorted(set(load_registry().specs) - {"unused-suppression", "grammar"}))
def test_every_rule_explains_itself_with_examples(rule):
    text = newslint("explain", rule).stdout
    assert "## What it does" in text and "## Why is this bad?" in text
    assert "## Example (" in text and "## Use instead (" in text

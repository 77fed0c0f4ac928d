"""Helpers for the CLI tests: newslint in-process, a rule folder of our own with fixes, article folders."""
from __future__ import annotations

import shutil
from pathlib import Path

from click.testing import CliRunner, Result

from linter.cli import main

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_434f281fc8fc4eb1.txt"
CORPUS = ROOT / "tests" / "corpus"

# Three pattern rules with fixes, independent of the built-in rule set (which keeps growing).
RULES = {
    "doubled-bang.yaml": r"""
id: doubled-bang
check: pattern
summary: More than one exclamation mark
message: "'{text}': one exclamation mark is enough"
severity: warning
fix_safety: safe
explain: {what: "Flags runs of exclamation marks.", why: "Newsrooms print one.", fix: "Safe: keeps one."}
examples: {en: {bad: ["Wow!!"], good: ["Wow!"]}}
patterns:
  - {pattern: '!{2,}', replacement: '!'}
""",
    "double-space.yaml": r"""
id: double-space
check: pattern
summary: Two spaces in a row
message: "two spaces"
severity: info
fix_safety: safe
patterns:
  - {pattern: ' {2}', replacement: ' '}
""",
    "shout-line.yaml": r"""
id: shout-line
check: pattern
summary: A teaser line in capitals
message: "teaser line: {text}"
severity: error
fix_safety: unsafe
patterns:
  - {pattern: '^SHOUT[^\n]*\n?', replacement: ''}
""",
}
CONFIG = "language: en\nrules_paths: [rules]\nselect: [doubled-bang, double-space, shout-line]\n"


def run(*args: str) -> Result:
    """`newslint ARGS` in this process (stdout and stderr kept apart)."""
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


def rule_project(folder: Path) -> Path:
    """A project whose configuration selects only the three rules above; returns the folder."""
    (folder / "rules").mkdir(parents=True)
    for name, text in RULES.items():
        (folder / "rules" / name).write_text(text.lstrip(), encoding="utf-8")
    (folder / ".newslint.yaml").write_text(CONFIG, encoding="utf-8")
    return folder


def corpus_folder(folder: Path) -> Path:
    """The seed and the labelled corpus articles (not their labels) in `folder`."""
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copy(SEED, folder / SEED.name)
    for article in sorted(CORPUS.iterdir()):
        if article.suffix in (".txt", ".md"):
            shutil.copy(article, folder / article.name)
    return folder

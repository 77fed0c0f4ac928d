"""Where the built-in rules and their data live."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

LANGUAGES_FOLDER = "languages"
MODEL_FILE = Path("models") / "line-boilerplate.json"  # the line model's weights, in a rule folder
CAPITAL_MODEL_FILE = Path("models") / "midsentence-capital.json"  # the capital model's weights and threshold


@lru_cache(maxsize=1)
def builtin_rules_dir() -> Path:
    """The rules shipped in the wheel, or the checkout's `rules/` folder in development (looked
    for once: it is asked for twice a document and 27 times a registry load)."""
    packaged = Path(__file__).parent / "builtin_rules"
    return packaged if packaged.is_dir() else Path(__file__).parent.parent / "rules"


def rule_files(folder: Path) -> list[Path]:
    """The files a rule folder contributes: its language files, then its rule files."""
    return [*sorted((folder / LANGUAGES_FOLDER).glob("*.y*ml")), *sorted(folder.glob("*.y*ml"))]

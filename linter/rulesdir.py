"""Where the built-in rules and their data live."""
from __future__ import annotations

from pathlib import Path


def builtin_rules_dir() -> Path:
    """The rules shipped in the wheel, or the checkout's `rules/` folder in development."""
    packaged = Path(__file__).parent / "builtin_rules"
    return packaged if packaged.is_dir() else Path(__file__).parent.parent / "rules"

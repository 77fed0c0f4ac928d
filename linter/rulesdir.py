"""Where the built-in rules and their data live.

A run's own paths here are strings (`builtin_rules_folder`, `rule_file_paths`): `pathlib`
imports `urllib.parse`, `ipaddress`, `fnmatch` and `re`, ~6 ms of a one-file run. The `Path`
forms are kept for the callers that want them."""
from __future__ import annotations

import os
from functools import lru_cache

from .user_cache import globbed

TYPE_CHECKING = False  # typing's flag, without importing typing: a run never does (~3 ms)
if TYPE_CHECKING:
    from pathlib import Path

LANGUAGES_FOLDER = "languages"
MODEL_FILE = os.path.join("models", "line-boilerplate.json")  # the line model's weights, in a rule folder
CAPITAL_MODEL_FILE = os.path.join("models", "midsentence-capital.json")  # the capital model's weights and threshold
RULE_FILES = "*.y*ml"


@lru_cache(maxsize=1)
def builtin_rules_folder() -> str:
    """The rules shipped in the wheel, or the checkout's `rules/` folder in development (looked
    for once: it is asked for twice a document and 27 times a registry load)."""
    here = os.path.dirname(__file__)
    packaged = os.path.join(here, "builtin_rules")
    return packaged if os.path.isdir(packaged) else os.path.join(os.path.dirname(here), "rules")


def builtin_rules_dir() -> Path:
    from pathlib import Path

    return Path(builtin_rules_folder())


def rule_files(folder: Path) -> list[Path]:
    """The files a rule folder contributes: its language files, then its rule files."""
    return [*sorted((folder / LANGUAGES_FOLDER).glob(RULE_FILES)), *sorted(folder.glob(RULE_FILES))]


def rule_file_paths(folder: str) -> tuple[list[str], list[str]]:
    """`rule_files(Path(folder))` as strings, its language files apart from its rule files
    (`folder` as `str(Path(...))` gives it)."""
    languages = _joined(folder, LANGUAGES_FOLDER)
    return ([_joined(languages, name) for name in globbed(languages, RULE_FILES)],
            [_joined(folder, name) for name in globbed(folder, RULE_FILES)])


def _joined(folder: str, name: str) -> str:
    """`str(Path(folder) / name)` for a folder that is already `str(Path(...))`."""
    return name if folder == "." else os.path.join(folder, name)

"""newslint's folder in the user's cache (`$XDG_CACHE_HOME/newslint`, else `~/.cache/newslint`):
data derived from installed packages (word lexicons, compiled patterns), never from articles.
Every file is rebuilt when missing, so deleting the folder is always safe."""
from __future__ import annotations

import os
from pathlib import Path

from .atomic import write_atomic
from .errors import NewslintError


def cache_path(*parts: str) -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base, "newslint", *parts)


def save(path: Path, data: bytes) -> None:
    """Write atomically; a folder that cannot be written only costs rebuilding next time."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(str(path), data, durable=False)
    except (OSError, NewslintError):
        pass

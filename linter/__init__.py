"""newslint: an editorial linter for news articles."""
from __future__ import annotations

__version__ = "0.1.0"
__all__ = ["lint_text", "lint_file", "lint_paths", "Diagnostic", "__version__"]


def __getattr__(name: str):
    """Import the engine lazily so `import linter` stays cheap."""
    if name in ("lint_text", "lint_file"):
        from . import engine

        return getattr(engine, name)
    if name == "lint_paths":
        from .runner import lint_paths

        return lint_paths
    if name == "Diagnostic":
        from .diagnostic import Diagnostic

        return Diagnostic
    raise AttributeError(name)

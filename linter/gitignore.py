"""`.gitignore` for folder walks: the files of the folder's repository, as git reads them.

Each `.gitignore` from the repository root down to a path's folder applies to the path
relative to its own folder; the last matching pattern wins, so a deeper `!keep.md`
re-includes. Outside a repository only the `.gitignore` files inside the walked folder count.
"""
from __future__ import annotations

import os
from functools import lru_cache

TYPE_CHECKING = False  # typing's flag, without importing typing: a run never does (~3 ms)
if TYPE_CHECKING:
    import pathspec


class GitIgnore:
    """Answers whether a path under `root` is ignored."""

    def __init__(self, root: str):
        self.top = _repository_root(os.path.abspath(root)) or os.path.abspath(root)
        self._chains: dict[str, list[tuple[str, pathspec.GitIgnoreSpec]]] = {}

    def ignored(self, path: str, is_dir: bool = False) -> bool:
        path = os.path.abspath(path)
        verdict = False
        for folder, spec in self._chain(os.path.dirname(path)):
            relative = os.path.relpath(path, folder).replace(os.sep, "/") + ("/" if is_dir else "")
            result = spec.check_file(relative)
            if result.include is not None:
                verdict = result.include
        return verdict

    def _chain(self, start: str) -> list[tuple[str, pathspec.GitIgnoreSpec]]:
        """The `.gitignore` files that apply in folder `start`, from the top down (once per folder)."""
        chain = self._chains.get(start)
        if chain is None:
            folders, folder = [], start
            while True:
                folders.append(folder)
                parent = os.path.dirname(folder)
                if folder == self.top or parent == folder:
                    break
                folder = parent
            chain = self._chains[start] = [(folder, spec) for folder in reversed(folders)
                                           if (spec := _spec(folder)) is not None]
        return chain


def _repository_root(folder: str) -> str | None:
    while True:
        if os.path.exists(os.path.join(folder, ".git")):
            return folder
        parent = os.path.dirname(folder)
        if parent == folder:
            return None
        folder = parent


@lru_cache(maxsize=1024)
def _spec(folder: str) -> pathspec.GitIgnoreSpec | None:
    try:
        with open(os.path.join(folder, ".gitignore"), encoding="utf-8", errors="replace") as handle:
            lines = handle.read().splitlines()
    except OSError:
        return None
    import pathspec  # only when a walked folder has a .gitignore

    return pathspec.GitIgnoreSpec.from_lines(lines)

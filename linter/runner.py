"""Many files: discovery, per-file configuration, and linting in order (optionally in parallel)."""
from __future__ import annotations

import os
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import Iterator

from .config import Config, Settings, find_config_file, load_config
from .engine import FileResult, lint_file
from .errors import InputError
from .formats import ARTICLE_SUFFIXES

SKIP_DIRS = frozenset({".git", ".hg", ".svn", "node_modules", ".venv", "venv", "__pycache__",
                       ".newslint_cache", ".tox", ".mypy_cache", ".pytest_cache"})


@dataclass(frozen=True)
class Overrides:
    """Command-line settings that win over configuration files."""

    language: str | None = None
    select: tuple[str, ...] | None = None
    ignore: tuple[str, ...] = ()

    def apply(self, settings: Settings) -> Settings:
        changes = {}
        if self.language:
            changes["language"] = self.language
        if self.select is not None:
            changes["select"] = self.select
        if self.ignore:
            changes["ignore"] = settings.ignore + self.ignore
        return replace(settings, **changes)


@dataclass(frozen=True)
class Job:
    path: str
    settings: Settings


class ConfigResolver:
    """The configuration for a file: the explicit one, none (isolated), or the nearest file."""

    def __init__(self, config_path: str | None = None, isolated: bool = False):
        self.explicit = load_config(Path(config_path)) if config_path else None
        self.isolated = isolated

    def for_path(self, path: str) -> Config:
        if self.explicit is not None:
            return self.explicit
        if self.isolated:
            return load_config(None, Path.cwd())
        return _nearest_config(str(Path(os.path.abspath(path)).parent))


@lru_cache(maxsize=1024)
def _nearest_config(directory: str) -> Config:
    return load_config(find_config_file(Path(directory)), Path.cwd())


def discover(paths: list[str], resolver: ConfigResolver) -> list[str]:
    """Article files under the paths, in a stable order; explicit files are kept unless excluded."""
    found: list[str] = []
    for path in paths:
        if os.path.isdir(path):
            articles = _walk(path, resolver)
            if not articles:
                raise InputError(f"{path}: no articles (*.md, *.markdown, *.txt) found")
            found.extend(articles)
        elif os.path.exists(path):
            if not resolver.for_path(path).is_excluded(path):
                found.append(path)
        else:
            raise InputError(f"{path}: no such file or directory")
    return list(dict.fromkeys(found))


def _walk(root: str, resolver: ConfigResolver) -> list[str]:
    result = []
    for directory, dirs, files in os.walk(root):
        dirs[:] = sorted(d for d in dirs if d not in SKIP_DIRS and not d.startswith("."))
        for name in sorted(files):
            path = os.path.join(directory, name)
            if Path(name).suffix.lower() in ARTICLE_SUFFIXES and not resolver.for_path(path).is_excluded(path):
                result.append(path)
    return result


def plan(paths: list[str], resolver: ConfigResolver, overrides: Overrides) -> list[Job]:
    return [Job(path, overrides.apply(resolver.for_path(path).settings_for(path))) for path in discover(paths, resolver)]


def run_job(job: Job) -> FileResult:
    return lint_file(job.path, job.settings)


def lint_paths(paths: list[str], *, overrides: Overrides = Overrides(), config: str | None = None,
               isolated: bool = False, jobs: int | None = 1) -> Iterator[FileResult]:
    """Lint files and folders; results come in discovery order whatever the number of jobs."""
    work = plan(paths, ConfigResolver(config, isolated), overrides)
    workers = min(jobs or os.cpu_count() or 1, len(work))
    if workers <= 1:
        yield from map(run_job, work)
        return
    with ProcessPoolExecutor(max_workers=workers) as pool:
        yield from pool.map(run_job, work, chunksize=max(1, len(work) // (workers * 8)))

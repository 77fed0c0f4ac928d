"""Many files: discovery, per-file configuration, and linting in order (optionally in parallel)."""
from __future__ import annotations

import os
from functools import lru_cache, partial

from .atomic import remove_stale_temporaries
from .config import Config, Settings, find_config, load_config
from .errors import InputError
from .formats import ARTICLE_SUFFIXES
from .gitignore import GitIgnore
from .languagetool.options import with_url
from .result import FileResult
from .value import Frozen, set_field

TYPE_CHECKING = False  # typing's flag, without importing typing: a run never does (~3 ms)
if TYPE_CHECKING:  # a run served from the cache imports neither the engine nor the fixer (nor, uncached, the cache)
    from typing import Callable, Iterator

    from .cache import Cache
    from .fix import FixedResult, FixMode

SKIP_DIRS = frozenset({".git", ".hg", ".svn", "node_modules", ".venv", "venv", "__pycache__",
                       ".newslint_cache", ".tox", ".mypy_cache", ".pytest_cache"})


class Overrides(Frozen):
    """Command-line settings that win over configuration files (`respect_gitignore` False:
    folder walks also take what .gitignore ignores)."""

    __slots__ = FIELDS = ("language", "select", "ignore", "languagetool_url", "respect_gitignore")

    def __init__(self, language: str | None = None, select: tuple[str, ...] | None = None, ignore: tuple[str, ...] = (),
                 languagetool_url: str | None = None, respect_gitignore: bool = True):
        set_field(self, "language", language)
        set_field(self, "select", select)
        set_field(self, "ignore", ignore)
        set_field(self, "languagetool_url", languagetool_url)
        set_field(self, "respect_gitignore", respect_gitignore)

    def apply(self, settings: Settings) -> Settings:
        changes = {}
        if self.language:
            changes["language"] = self.language
        if self.select is not None:
            changes["select"] = self.select
        if self.ignore:
            changes["ignore"] = settings.ignore + self.ignore
        if self.languagetool_url:
            changes["languagetool"] = with_url(settings.languagetool, self.languagetool_url)
        return settings.replace(**changes) if changes else settings


class Job(Frozen):
    __slots__ = FIELDS = ("path", "settings")

    def __init__(self, path: str, settings: Settings):
        set_field(self, "path", path)
        set_field(self, "settings", settings)


class ConfigResolver:
    """The configuration for a file: the explicit one, none (isolated), or the nearest file."""

    def __init__(self, config_path: str | None = None, isolated: bool = False):
        self.explicit = _config_file(config_path) if config_path else None
        self.isolated = isolated

    def for_path(self, path: str) -> Config:
        return self.for_folder(os.path.dirname(os.path.abspath(path)))

    def for_folder(self, folder: str) -> Config:
        """The configuration of the files in `folder` (an absolute path)."""
        if self.explicit is not None:
            return self.explicit
        if self.isolated:
            return load_config(None, os.getcwd())
        return _nearest_config(folder)


@lru_cache(maxsize=1024)
def _nearest_config(directory: str) -> Config:
    return load_config(find_config(directory), os.getcwd())


def _config_file(path: str) -> Config:
    return load_config(path)


def discover(paths: list[str], resolver: ConfigResolver, warn: Callable[[str], None] = lambda message: None,
             respect_gitignore: bool = True) -> list[str]:
    """Article files under the paths, in a stable order; explicit files are kept unless excluded.

    In folders only regular files are taken (a FIFO named `x.md` is no article), leaving out
    what `exclude` and (unless `respect_gitignore` is false, on the command line or in the
    folder's configuration) `.gitignore` ignore; a sub-folder that cannot be read is reported
    through `warn` and skipped.
    """
    found: list[str] = []
    for path in paths:
        if os.path.isdir(path):
            gitignore = GitIgnore(path) if respect_gitignore and resolver.for_path(
                os.path.join(path, "x")).respect_gitignore else None
            articles, left_out = _walk(path, resolver, warn, gitignore)
            if not articles:
                raise InputError(_nothing_to_lint(path, left_out))
            found.extend(articles)
        elif os.path.exists(path):
            if not resolver.for_path(path).is_excluded(path):
                found.append(path)
        else:
            raise InputError(f"{path}: no such file or directory")
    return list(dict.fromkeys(found))


def _walk(root: str, resolver: ConfigResolver, warn: Callable[[str], None],
          gitignore: GitIgnore | None) -> tuple[list[str], dict[str, int]]:
    """The articles under root, and how many were left out by which file (exclude, .gitignore).

    As `os.walk` goes (top down, into no symbolic link to a folder), but with what the folder
    listing already says (whether an entry is a regular file) and each folder's configuration
    looked up once, not per file."""
    result: list[str] = []
    left_out: dict[str, int] = {}

    def visit(directory: str) -> None:
        try:
            with os.scandir(directory) as listing:
                entries = list(listing)
        except OSError as error:
            warn(f"{error.filename}: folder skipped: {error.strerror or error}")
            return
        folders = {entry.name: entry for entry in entries if _is_dir(entry)}
        kept = []
        for name in sorted(d for d in folders if d not in SKIP_DIRS and not d.startswith(".")):
            if gitignore and gitignore.ignored(os.path.join(directory, name), is_dir=True):
                left_out[".gitignore"] = left_out.get(".gitignore", 0) + 1
            else:
                kept.append(name)
        config = resolver.for_folder(os.path.abspath(directory))
        for entry in sorted((e for e in entries if e.name not in folders), key=lambda e: e.name):
            path = os.path.join(directory, entry.name)
            if os.path.splitext(entry.name)[1].lower() not in ARTICLE_SUFFIXES or not _is_file(entry):
                continue
            reason = (f"exclude in {config.source}" if config.is_excluded(path)
                      else ".gitignore" if gitignore and gitignore.ignored(path) else None)
            if reason:
                left_out[reason] = left_out.get(reason, 0) + 1
            else:
                result.append(path)
        for name in kept:
            if not folders[name].is_symlink():
                visit(os.path.join(directory, name))

    visit(root)
    return result, left_out


def _is_dir(entry: os.DirEntry) -> bool:
    try:
        return entry.is_dir()
    except OSError:
        return False


def _is_file(entry: os.DirEntry) -> bool:
    try:
        return entry.is_file()
    except OSError:
        return False


def _nothing_to_lint(path: str, left_out: dict[str, int]) -> str:
    if not left_out:
        return f"{path}: no articles (*.md, *.markdown, *.mdx, *.txt) found"
    reasons = ", ".join(f"{count} by {reason}" if reason != ".gitignore" else "by .gitignore"
                        for reason, count in left_out.items())
    hint = " (--no-respect-gitignore lints ignored files)" if ".gitignore" in left_out else ""
    return f"{path}: every article here is excluded ({reasons}){hint}"


def plan(paths: list[str], resolver: ConfigResolver, overrides: Overrides,
         warn: Callable[[str], None] = lambda message: None) -> list[Job]:
    """A job a file, with its settings: each folder's configuration is looked up once, and so are
    its files' settings when it overrides none by file name (one Settings for all of them)."""
    folders: dict[str, tuple[Config, Settings | None]] = {}
    jobs = []
    for path in discover(paths, resolver, warn, overrides.respect_gitignore):
        folder = os.path.dirname(path)
        config, shared = folders.get(folder) or (None, None)
        if config is None:
            config = resolver.for_path(path)
            shared = None if config.overrides else overrides.apply(config.base)
            folders[folder] = config, shared
        jobs.append(Job(path, shared if shared is not None else overrides.apply(config.settings_for(path))))
    return jobs


def run_job(job: Job) -> FileResult:
    from .engine import lint_file

    return lint_file(job.path, job.settings)


def fix_job(job: Job, mode: FixMode) -> FixedResult:
    from .fix import fix_file

    return fix_file(job.path, job.settings, mode)


def lint_paths(paths: list[str], *, overrides: Overrides = Overrides(), config: str | None = None,
               isolated: bool = False, jobs: int | None = 1, cache: Cache | None = None,
               fix: FixMode | None = None, warn: Callable[[str], None] = lambda message: None) -> Iterator[FileResult]:
    """Lint (or fix) files and folders over `jobs` processes (None: every core), in discovery order.

    With a cache, unchanged files are not linted again; when fixing, a cached file with nothing
    to fix is left alone. Folders that cannot be read are reported through `warn`.
    """
    work = plan(paths, ConfigResolver(config, isolated), overrides, warn)
    if fix is not None and fix.write:
        for folder in dict.fromkeys(os.path.dirname(os.path.abspath(job.path)) for job in work):
            remove_stale_temporaries(folder)
    found = [cache.lookup(job.path, job.settings) if cache else (None, None) for job in work]
    keys = [key for key, _ in found]
    hits = [hit for _, hit in found]
    if fix is not None:
        from .fix import applicable

        hits = [None if hit and any(applicable(d, fix.unsafe) for d in hit.diagnostics) else hit for hit in hits]
    task = run_job if fix is None else partial(fix_job, mode=fix)
    misses = [job for job, hit in zip(work, hits) if hit is None]
    fresh = _lint_all(task, misses, jobs)
    for job, key, hit in zip(work, keys, hits):
        if hit is None:
            hit = next(fresh)
            if cache is not None:
                _remember(cache, job, key, hit, fix)
        yield hit
    if cache is not None:
        cache.save_index()


def _lint_all(task: Callable, jobs_to_run: list[Job], jobs: int | None) -> Iterator:
    """Results of `task` over the jobs, in order; the worker pool is imported only when needed."""
    if len(jobs_to_run) <= 1 or jobs == 1:  # one process: the pool's modules are not even imported
        return map(task, jobs_to_run)
    from .pool import ordered_map

    return ordered_map(task, jobs_to_run, jobs)


def _remember(cache: Cache, job: Job, key: str | None, result: FileResult, fix: FixMode | None) -> None:
    """Cache a fresh result under the content it describes: a fixed file as written, never a diff."""
    if fix is not None and _fixed(result):
        if not fix.write:
            return
        key = cache.key(job.path, job.settings)
    if key:
        cache.store(key, result)


def _fixed(result: FileResult) -> bool:
    from .fix import FixedResult

    return isinstance(result, FixedResult) and result.fixed

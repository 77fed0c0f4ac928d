"""The `newslint` pre-commit hook, run by pre-commit itself with this checkout as the hook repository.

A temporary git repository holds an article with a defect and a clean one; its
`.pre-commit-config.yaml` names this checkout at its HEAD commit, as a user names the project's
repository and a tag. pre-commit builds the hook's virtualenv (dependencies from the package
index, pip's cache reused), then fails on the defect and passes on the clean article.
"""
from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from newslint_run import ROOT, write

pytestmark = pytest.mark.slow

DEFECT = "---\nlang: en\n---\n\nThe minister said that the the budget would pass on Tuesday.\n"
CLEAN = "---\nlang: en\n---\n\nThe minister said that the budget would pass on Tuesday.\n"


def git(*args: str, cwd: Path) -> str:
    done = subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, timeout=60, check=True)
    return done.stdout.strip()


@pytest.fixture(scope="module")
def project(tmp_path_factory) -> Path:
    if shutil.which("git") is None or shutil.which("pre-commit") is None:
        pytest.fail("the pre-commit test needs git and pre-commit (pip install -e '.[test]')")
    if not (ROOT / ".git").exists():
        pytest.skip("not a git checkout: pre-commit needs a repository to install the hook from")
    head = git("rev-parse", "HEAD", cwd=ROOT)
    folder = tmp_path_factory.mktemp("project")
    git("init", "-q", cwd=folder)
    write(folder / ".pre-commit-config.yaml",
          f"repos:\n  - repo: {ROOT}\n    rev: {head}\n    hooks:\n      - id: newslint\n")
    write(folder / ".newslint.yaml", "exclude: ['drafts/']\n")
    write(folder / "defect.md", DEFECT)
    write(folder / "clean.md", CLEAN)
    write(folder / "drafts" / "wip.md", DEFECT)
    git("add", ".", cwd=folder)
    return folder


def pre_commit(project: Path, *files: str) -> subprocess.CompletedProcess:
    """`pre-commit run newslint --files FILES` in the project, with a pre-commit home of its own."""
    env = {**os.environ, "PRE_COMMIT_HOME": str(project.parent / "pre-commit-home"),
           "PRE_COMMIT_COLOR": "never", "NO_COLOR": "1"}
    return subprocess.run(["pre-commit", "run", "newslint", "--files", *files], cwd=project, env=env,
                          capture_output=True, text=True, timeout=900)


def test_hook_passes_on_a_clean_article(project):
    done = pre_commit(project, "clean.md")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Passed" in done.stdout


def test_hook_fails_on_a_defect(project):
    done = pre_commit(project, "clean.md", "defect.md")
    assert done.returncode == 1, done.stdout + done.stderr
    assert "Failed" in done.stdout
    assert "defect.md:5:24: warning duplicated-word" in done.stdout
    assert "clean.md:" not in done.stdout


def test_hook_skips_files_the_config_excludes(project):
    """pre-commit passes staged files by name; newslint's `exclude` still applies to them."""
    done = pre_commit(project, "drafts/wip.md")
    assert done.returncode == 0, done.stdout + done.stderr

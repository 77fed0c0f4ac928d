"""`languagetool: {local: true}`: language-tool-python's installed LanguageTool, never a download.

No LanguageTool is installed here, so the server that "Java" starts in the last tests is a stand-in
`java` on PATH that runs the PROTOCOL FIXTURE (tests/lt_protocol_fixture.py) on the given port.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from linter.config import parse_config
from linter.engine import lint_source
from linter.languagetool import client, local
from linter.source import Source

TESTS = Path(__file__).resolve().parent


@pytest.fixture(autouse=True)
def fresh_state(monkeypatch):
    monkeypatch.setattr(local, "_STATE", {})
    monkeypatch.setattr(client, "_SERVERS", {})


@pytest.fixture
def no_downloads(monkeypatch):
    """Any attempt of language-tool-python to fetch LanguageTool fails the test."""
    from language_tool_python import download_lt

    def forbidden(*args, **kwargs):
        raise AssertionError("LanguageTool download attempted")

    for target in (download_lt.ReleaseLocalLanguageTool, download_lt.SnapshotLocalLanguageTool):
        monkeypatch.setattr(target, "download", forbidden)
    monkeypatch.setattr(download_lt.LocalLanguageTool, "_get_remote_zip", forbidden)
    monkeypatch.setattr(download_lt, "http_get", forbidden)


def lint_locally(text: str = "Read teh paper.\n"):
    section = {"local": True, "default_disabled": False}  # the fixture's speller is a category off by default
    settings = parse_config({"language": "en", "select": ["grammar"], "languagetool": section},
                            Path("/project/.newslint.yaml")).base
    return lint_source(Source(text), "a.txt", settings)


def test_not_installed_is_one_warning_and_no_download(tmp_path, monkeypatch, no_downloads):
    monkeypatch.setenv("LTP_PATH", str(tmp_path))
    first, second = lint_locally(), lint_locally()
    assert first.diagnostics == [] and first.warnings == second.warnings == [
        f"the local LanguageTool is not installed in {tmp_path} (newslint never downloads it: install it with "
        "language-tool-python or point LTP_PATH at the folder holding LanguageTool-X.Y) (rule 'grammar' skipped)"]
    assert list(tmp_path.iterdir()) == []


@pytest.mark.skipif(shutil.which("java") is None, reason="needs a `java` on PATH")
def test_an_installation_java_cannot_run_is_reported_with_its_exit_status(tmp_path, monkeypatch, no_downloads):
    (tmp_path / "LanguageTool-6.8").mkdir()
    (tmp_path / "LanguageTool-6.8" / "languagetool-server.jar").write_bytes(b"")
    monkeypatch.setenv("LTP_PATH", str(tmp_path))
    (warning,) = lint_locally().warnings
    assert warning.startswith("the local LanguageTool (6.8) exited with status 1: ")


def fake_installation(tmp_path: Path) -> dict[str, str]:
    """LTP_PATH with a LanguageTool-6.8 folder, and a `java` that serves the fixture and logs its pid."""
    (tmp_path / "lt" / "LanguageTool-6.8").mkdir(parents=True)
    (tmp_path / "lt" / "LanguageTool-6.8" / "languagetool-server.jar").write_bytes(b"")
    (tmp_path / "bin").mkdir()
    java = tmp_path / "bin" / "java"
    java.write_text(f'#!/bin/sh\necho $$ >> "{tmp_path / "pids"}"\n'
                    f'exec "{sys.executable}" "{TESTS / "lt_protocol_fixture.py"}" "$@"\n', encoding="utf-8")
    java.chmod(0o755)
    return {**os.environ, "PATH": f"{tmp_path / 'bin'}{os.pathsep}{os.environ['PATH']}", "LTP_PATH": str(tmp_path / "lt")}


@pytest.mark.parametrize("jobs, files", [(1, 1), (2, 10)])
def test_a_local_server_is_started_used_and_stopped(tmp_path, jobs, files):
    env = fake_installation(tmp_path)
    (tmp_path / "news").mkdir()
    for i in range(files):
        (tmp_path / "news" / f"a{i}.txt").write_text("We recieve the news.\n", encoding="utf-8")
    (tmp_path / "newslint.yaml").write_text("language: en\nselect: [grammar]\nlanguagetool: {local: true, default_disabled: false}\n")
    done = subprocess.run([sys.executable, "-m", "linter", "check", "--no-cache", "--jobs", str(jobs), "--config",
                           str(tmp_path / "newslint.yaml"), str(tmp_path / "news")],
                          capture_output=True, text=True, env=env, timeout=300)
    assert done.returncode == 1, done.stderr
    assert done.stdout.count("grammar [MORFOLOGIK_RULE_EN_US] Possible spelling mistake found.") == files
    pids = [int(pid) for pid in (tmp_path / "pids").read_text().split()]
    assert 1 <= len(pids) <= jobs
    for pid in pids:  # every server ended with the run that started it
        with pytest.raises(ProcessLookupError):
            os.kill(pid, 0)

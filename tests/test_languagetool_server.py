"""`newslint languagetool install|serve|stop` without the network or a real LanguageTool.

A stand-in `mvn` on PATH writes what Maven would (or fails like it); a stand-in `java` runs the
PROTOCOL FIXTURE (tests/lt_protocol_fixture.py) on the port it is given. The real server is
exercised by tests/test_languagetool_integration.py, which .ci/run starts it for.
"""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

TESTS = Path(__file__).resolve().parent


def tool(folder: Path, name: str, script: str) -> None:
    path = folder / name
    path.write_text("#!/bin/sh\n" + script, encoding="utf-8")
    path.chmod(0o755)


@pytest.fixture
def machine(tmp_path) -> dict[str, str]:
    """An environment with a cache folder of its own and only the stand-ins (and sh) on PATH."""
    (tmp_path / "bin").mkdir()
    for name in ("sh", "mkdir", "touch", "dirname"):
        os.symlink(f"/bin/{name}", tmp_path / "bin" / name)
    return {"PATH": str(tmp_path / "bin"), "NEWSLINT_LANGUAGETOOL_HOME": str(tmp_path / "lt"), "HOME": str(tmp_path)}


def newslint(env: dict[str, str], *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "linter", "languagetool", *args], capture_output=True, text=True,
                          env=env, timeout=120)


def last_line(done: subprocess.CompletedProcess) -> str:
    return done.stderr.splitlines()[-1]


def fake_maven(env: dict[str, str], fails: bool = False) -> None:
    """An `mvn` that copies two jars into -DoutputDirectory=..., or fails as Maven does offline."""
    folder = Path(env["PATH"])
    if fails:
        tool(folder, "mvn", 'echo "[ERROR] Failed to execute goal: Could not resolve dependencies"; exit 1\n')
        return
    tool(folder, "mvn", 'for a in "$@"; do case "$a" in -DoutputDirectory=*) out="${a#*=}";; esac; done\n'
         'mkdir -p "$out" && touch "$out/languagetool-server-6.7.jar" "$out/language-it-6.7.jar"\n'
         'echo "$@" >> "$(dirname "$out")/../mvn-calls"\n')


def test_install_fetches_once_into_the_cache_folder(machine):
    fake_maven(machine)
    first, second = newslint(machine, "install"), newslint(machine, "install")
    home = Path(machine["NEWSLINT_LANGUAGETOOL_HOME"])
    assert (first.returncode, second.returncode) == (0, 0), first.stderr
    assert first.stdout == f"LanguageTool 6.7 installed in {home}\n"
    assert second.stdout == f"LanguageTool 6.7 is already installed in {home}\n"
    assert sorted(p.name for p in (home / "lib").iterdir()) == ["language-it-6.7.jar", "languagetool-server-6.7.jar"]
    (call,) = (home / "mvn-calls").read_text().splitlines()
    assert "maven-dependency-plugin:3.6.1:copy-dependencies" in call and "-DincludeScope=runtime" in call
    assert sorted(p.name for p in home.iterdir()) == ["installed", "lib", "mvn-calls"]


def test_the_shipped_pom_pins_the_server_and_the_seven_languages():
    from importlib import resources

    from linter.languagetool.server import VERSION

    pom = resources.files("linter.languagetool").joinpath("pom.xml").read_text(encoding="utf-8")
    assert f"<languagetool.version>{VERSION}</languagetool.version>" in pom
    for artifact in ("languagetool-server", *(f"language-{code}" for code in ("it", "en", "de", "fr", "es", "pt", "nl"))):
        assert f"<artifactId>{artifact}</artifactId><version>${{languagetool.version}}</version>" in pom


def test_a_failed_install_is_one_line_and_leaves_nothing_half_done(machine):
    fake_maven(machine, fails=True)
    done = newslint(machine, "install")
    assert done.returncode == 2
    assert last_line(done) == ("newslint: error: Maven could not fetch LanguageTool 6.7 (exit 1): "
                                            "[ERROR] Failed to execute goal: Could not resolve dependencies")
    assert list(Path(machine["NEWSLINT_LANGUAGETOOL_HOME"]).iterdir()) == []


@pytest.mark.parametrize("command, message", [
    (["install"], "newslint: error: installing LanguageTool needs Maven ('mvn' on PATH); "
                  "or run its Docker image or name a server with --languagetool-url (see README)"),
    (["serve"], "newslint: error: LanguageTool 6.7 is not installed in {home}: run 'newslint languagetool install'"),
    (["stop", "--port", "8123"], "newslint: error: no LanguageTool started by newslint is recorded for port 8123 "
                                 "({home}/server-8123.pid)"),
])
def test_what_is_missing_is_named_in_one_line(machine, command, message):
    done = newslint(machine, *command)
    assert (done.returncode, done.stdout) == (2, "")
    assert done.stderr == message.format(home=machine["NEWSLINT_LANGUAGETOOL_HOME"]) + "\n"



def test_a_detached_server_answers_in_every_language_then_stops(machine):
    fake_maven(machine)
    assert newslint(machine, "install").returncode == 0
    tool(Path(machine["PATH"]), "java", f'exec "{sys.executable}" "{TESTS / "lt_protocol_fixture.py"}" "$@"\n')
    started = newslint(machine, "serve", "--detach", "--port", "0")
    assert started.returncode == 0, started.stderr
    url = started.stdout.strip()
    port = url.rsplit(":", 1)[1]
    home = Path(machine["NEWSLINT_LANGUAGETOOL_HOME"])
    pid = int((home / f"server-{port}.pid").read_text())
    try:
        assert url.startswith("http://127.0.0.1:")
        again = newslint(machine, "serve", "--detach", "--port", port)
        assert last_line(again) == f"newslint: error: something already answers on {url}; stop it or choose another --port"
    finally:
        stopped = newslint(machine, "stop", "--port", port)
    assert stopped.returncode == 0 and stopped.stderr == f"Stopped LanguageTool (process {pid}) on port {port}\n"
    assert not (home / f"server-{port}.pid").exists()
    log = (home / f"server-{port}.log").read_text()
    assert log == ""  # the fixture logs nothing; the warm-up's checks are counted by the next test


def test_the_warm_up_checks_each_of_the_seven_languages_once():
    sys.path.insert(0, str(TESTS))
    from lt_protocol_fixture import Fixture

    from linter.languagetool.server import _warm_up

    fixture = Fixture().start()
    try:
        _warm_up(fixture.url, 30)
    finally:
        fixture.stop()
    assert sorted(form["language"] for form in fixture.checks) == ["de-DE", "en-US", "es", "fr", "it", "nl", "pt-PT"]


def test_a_server_that_cannot_start_is_reported_with_its_last_line(machine):
    fake_maven(machine)
    assert newslint(machine, "install").returncode == 0
    tool(Path(machine["PATH"]), "java", 'echo "Error: Could not create the Java Virtual Machine."; exit 1\n')
    done = newslint(machine, "serve", "--detach", "--port", "0")
    assert done.returncode == 2
    assert last_line(done) == "newslint: error: LanguageTool exited with status 1: Error: Could not create the Java Virtual Machine."


def test_an_install_folder_that_cannot_be_written_is_one_line(machine, tmp_path):
    fake_maven(machine)
    (tmp_path / "file").write_text("", encoding="utf-8")
    machine["NEWSLINT_LANGUAGETOOL_HOME"] = str(tmp_path / "file" / "lt")
    done = newslint(machine, "install")
    assert done.returncode == 2
    assert last_line(done) == f"newslint: error: cannot install LanguageTool into {tmp_path / 'file' / 'lt'}: Not a directory"

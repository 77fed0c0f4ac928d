"""A LanguageTool server of our own: installed from Maven Central into a cache folder, run on loopback.

`install` runs Maven on the pom shipped beside this module (LanguageTool's HTTP server and the
seven languages, one pinned version); `command` is the Java command line that serves it;
`start_detached` and `stop` manage a background server through a pid file per port.
"""
from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from importlib import resources
from pathlib import Path

from ..errors import NewslintError

TYPE_CHECKING = False  # typing's flag, without importing typing: a run never does (~3 ms)
if TYPE_CHECKING:
    from typing import IO, Callable

VERSION = "6.7"  # keep equal to languagetool.version in pom.xml
HOME_VARIABLE = "NEWSLINT_LANGUAGETOOL_HOME"
DEFAULT_PORT = 8081
DEFAULT_HEAP = "1536m"  # seven languages loaded hold about 620 MB
STARTUP_SECONDS = 180.0
_MAIN_CLASS = "org.languagetool.server.HTTPServer"
_DEPENDENCY_PLUGIN = "org.apache.maven.plugins:maven-dependency-plugin:3.6.1:copy-dependencies"
_MARKER = "installed"
_POLL_SECONDS = 0.5


class ServerError(NewslintError):
    """Installing, starting or stopping the server failed: one line, exit status 2."""


def home() -> Path:
    """The install folder: NEWSLINT_LANGUAGETOOL_HOME, else the user's cache folder."""
    configured = os.environ.get(HOME_VARIABLE)
    if configured:
        return Path(configured).expanduser()
    cache = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(cache) / "newslint" / f"languagetool-{VERSION}"


def installed(folder: Path | None = None) -> bool:
    """Whether a completed install is in `folder` (the marker is written last)."""
    folder = folder or home()
    return (folder / _MARKER).is_file() and any((folder / "lib").glob("languagetool-server-*.jar"))


def install(folder: Path | None = None, force: bool = False, announce: Callable[[str], None] = print) -> Path:
    """Fetch the jars with Maven into `folder`/lib (replaced whole, never half-written); the folder."""
    folder = folder or home()
    if installed(folder) and not force:
        return folder
    maven = shutil.which("mvn")
    if maven is None:
        raise ServerError("installing LanguageTool needs Maven ('mvn' on PATH); "
                          "or run its Docker image or name a server with --languagetool-url (see README)")
    announce(f"Installing LanguageTool {VERSION} into {folder} with Maven ...")
    try:
        _fetch(maven, folder)
    except OSError as exc:
        raise ServerError(f"cannot install LanguageTool into {folder}: {exc.strerror or exc}") from None
    return folder


def _fetch(maven: str, folder: Path) -> None:
    """Run Maven into a staging folder, then swap it in as `folder`/lib and write the marker."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / _MARKER).unlink(missing_ok=True)
    staging = Path(tempfile.mkdtemp(prefix="lib-", dir=folder))
    pom = staging / "pom.xml"
    pom.write_bytes(resources.files(__package__).joinpath("pom.xml").read_bytes())
    command = [maven, "-B", "-q", "-f", str(pom), _DEPENDENCY_PLUGIN, "-DincludeScope=runtime",
               f"-DoutputDirectory={staging / 'lib'}"]
    done = subprocess.run(command, stdin=subprocess.DEVNULL, capture_output=True, text=True, errors="replace")
    if done.returncode != 0:
        shutil.rmtree(staging, ignore_errors=True)
        raise ServerError(f"Maven could not fetch LanguageTool {VERSION} (exit {done.returncode}): "
                          f"{_last_line(done.stdout + done.stderr)}")
    shutil.rmtree(folder / "lib", ignore_errors=True)
    (staging / "lib").rename(folder / "lib")
    shutil.rmtree(staging, ignore_errors=True)
    (folder / _MARKER).write_text(f"LanguageTool {VERSION}\n", encoding="utf-8")


def command(port: int, heap: str = DEFAULT_HEAP, folder: Path | None = None) -> list[str]:
    """The Java command that serves the install on 127.0.0.1:`port` (LanguageTool binds loopback unless --public)."""
    folder = folder or home()
    if not installed(folder):
        raise ServerError(f"LanguageTool {VERSION} is not installed in {folder}: run 'newslint languagetool install'")
    java = shutil.which("java")
    if java is None:
        raise ServerError("LanguageTool needs Java 17 or later and no 'java' is on PATH")
    return [java, "-Xms64m", f"-Xmx{heap}", "-XX:+UseSerialGC", "-cp", str(folder / "lib" / "*"), _MAIN_CLASS,
            "--port", str(port)]


def start(port: int, heap: str = DEFAULT_HEAP, folder: Path | None = None, log: IO[bytes] | None = None,
          announce: Callable[[str], None] = print, languages: tuple[str, ...] | None = None) -> tuple[subprocess.Popen, str]:
    """Start the server (port 0: a free one); wait until it answers in `languages` (LanguageTool codes,
    default: the seven newslint maps to); the process and URL.

    A language's first check loads its rules (up to a minute on a busy machine), so each one is
    asked once here: a run's first request must not meet that delay as a timeout.
    """
    from .client import answers

    argv = command(port or free_port(), heap, folder)
    url = f"http://127.0.0.1:{argv[-1]}"
    if answers(url, 2.0):
        raise ServerError(f"something already answers on {url}; stop it or choose another --port")
    announce(f"Starting LanguageTool {VERSION} on {url} and loading its languages ...")
    process = subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT if log else None,
                               start_new_session=log is not None)
    deadline = time.monotonic() + STARTUP_SECONDS
    try:
        while not answers(url, 2.0):
            if process.poll() is not None:
                raise ServerError(f"LanguageTool exited with status {process.returncode}"
                                  + (f": {_last_line(_read(log))}" if log else ""))
            if time.monotonic() > deadline:
                raise ServerError(f"LanguageTool did not answer on {url} within {STARTUP_SECONDS:g} s")
            time.sleep(_POLL_SECONDS)
        _warm_up(url, deadline - time.monotonic(), languages)
    except BaseException:
        process.kill()
        process.wait()
        raise
    return process, url


def start_detached(port: int, heap: str = DEFAULT_HEAP, folder: Path | None = None,
                   announce: Callable[[str], None] = print) -> tuple[str, int]:
    """`start` in the background, logging to the install folder; the URL and process id (for `stop`)."""
    folder = folder or home()
    port = port or free_port()
    with open(folder / f"server-{port}.log", "w+b") as log:
        process, url = start(port, heap, folder, log, announce)
    _pid_file(folder, port).write_text(str(process.pid), encoding="ascii")
    return url, process.pid


def stop(port: int, folder: Path | None = None) -> int:
    """Stop the server `start_detached` left on `port`; its process id."""
    pid_file = _pid_file(folder or home(), port)
    try:
        pid = int(pid_file.read_text(encoding="ascii"))
    except (OSError, ValueError):
        raise ServerError(f"no LanguageTool started by newslint is recorded for port {port} ({pid_file})") from None
    pid_file.unlink()
    if not _is_ours(pid):
        return pid
    os.kill(pid, signal.SIGTERM)
    for _ in range(100):
        if not _is_ours(pid):
            return pid
        time.sleep(0.1)
    os.kill(pid, signal.SIGKILL)
    return pid


def _warm_up(url: str, seconds: float, languages: tuple[str, ...] | None = None) -> None:
    """Check a short text in each language (default: each newslint maps to LanguageTool), two at a time."""
    from concurrent.futures import ThreadPoolExecutor

    from .client import LanguageToolError, Server
    from .protocol import AUTO, DEFAULT_LANGUAGES

    target = Server(url, max(seconds, 1.0))

    def check(code: str) -> None:
        target.check({"language": code, "text": "Test."})

    try:
        with ThreadPoolExecutor(2) as pool:
            list(pool.map(check, languages or sorted(set(DEFAULT_LANGUAGES.values()) - {AUTO})))
    except LanguageToolError as exc:
        raise ServerError(f"LanguageTool started but could not check: {exc}") from None


def _read(log: IO[bytes]) -> str:
    log.seek(0)
    return log.read().decode("utf-8", "replace")


def free_port() -> int:
    """A port on 127.0.0.1 that nothing listens on now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _pid_file(folder: Path, port: int) -> Path:
    return folder / f"server-{port}.pid"


def _is_ours(pid: int) -> bool:
    """Whether `pid` is still a running LanguageTool server (not a process that reused the id)."""
    try:
        os.kill(pid, 0)
    except OSError:
        return False
    proc = Path(f"/proc/{pid}/cmdline")
    if not Path("/proc/self").exists():
        return True  # no /proc to ask: trust the pid file
    try:
        return _MAIN_CLASS.encode() in proc.read_bytes()  # empty for a zombie
    except OSError:
        return False


def _last_line(output: str) -> str:
    lines = [line.strip() for line in output.splitlines() if line.strip()]
    return lines[-1][:300] if lines else "no output"

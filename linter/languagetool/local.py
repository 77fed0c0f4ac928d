"""A LanguageTool server on this machine, from language-tool-python's installation; never downloaded.

language-tool-python would download LanguageTool when none is installed; newslint only looks for
an installed one (in `LTP_PATH`, else the library's cache folder) and starts it with Java.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import time
from multiprocessing import util
from pathlib import Path

from .client import LanguageToolError, answers
from .server import free_port

TYPE_CHECKING = False  # typing's flag, without importing typing: a run never does (~3 ms)
if TYPE_CHECKING:
    from typing import IO

NAME = "the local LanguageTool"
STARTUP_SECONDS = 90.0
_POLL_SECONDS = 0.25
_STATE: dict[str, str] = {}  # "url" once started, or "error" once it could not start


def local_url() -> str:
    """The URL of this process's local LanguageTool, started on first use (a failure is remembered)."""
    if "error" in _STATE:
        raise LanguageToolError(_STATE["error"])
    if "url" not in _STATE:
        try:
            _STATE["url"] = _start()
        except LanguageToolError as exc:
            _STATE["error"] = str(exc)
            raise
    return _STATE["url"]


def install_folder() -> Path:
    """Where language-tool-python keeps LanguageTool: `LTP_PATH`, else its default cache folder."""
    from language_tool_python.utils import LTP_PATH_ENV_VAR

    return Path(os.environ.get(LTP_PATH_ENV_VAR) or Path.home() / ".cache" / "language_tool_python")


def _start() -> str:
    folder = install_folder()
    if not folder.is_dir() or not any(path.is_dir() for path in folder.glob("LanguageTool-*")):
        raise LanguageToolError(f"{NAME} is not installed in {folder} (newslint never downloads it: install it "
                                "with language-tool-python or point LTP_PATH at the folder holding LanguageTool-X.Y)")
    if shutil.which("java") is None:
        raise LanguageToolError(f"{NAME} needs Java 17 or later and no `java` is on PATH")
    from language_tool_python.download_lt import LocalLanguageTool
    from language_tool_python.exceptions import LanguageToolError as LibraryError

    installed = LocalLanguageTool.get_latest_installed_version()
    if installed is None:
        raise LanguageToolError(f"{NAME} in {folder} cannot start: no LanguageTool-X.Y folder there names its version")
    port = free_port()
    try:
        command = installed.get_server_cmd(port)
    except (LibraryError, OSError) as exc:
        raise LanguageToolError(f"{NAME} in {folder} cannot start: {exc}") from None
    log = tempfile.TemporaryFile()
    process = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=log)
    util.Finalize(None, _stop, args=(process, log), exitpriority=10)
    url = f"http://localhost:{port}"
    deadline = time.monotonic() + STARTUP_SECONDS
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise LanguageToolError(f"{NAME} ({installed.version_name}) exited with status {process.returncode}: {_last_line(log)}")
        if answers(url, _POLL_SECONDS * 4):
            return url
        time.sleep(_POLL_SECONDS)
    _stop(process, log)
    raise LanguageToolError(f"{NAME} did not start within {STARTUP_SECONDS:g} s")


def _stop(process: subprocess.Popen, log: IO[bytes]) -> None:
    """Stop the server when this process ends (also in pool workers, which skip atexit)."""
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            process.kill()
    log.close()


def _last_line(log: IO[bytes]) -> str:
    log.seek(0)
    lines = [line.strip() for line in log.read().decode("utf-8", "replace").splitlines() if line.strip()]
    return lines[-1][:200] if lines else "no output"

"""Atomic file replacement: a temporary file in the same folder, then os.replace."""
from __future__ import annotations

import glob
import os
import stat
import tempfile
import time

from .errors import InputError


def write_atomic(path: str, data: bytes, *, durable: bool = True) -> None:
    """Replace `path` (through symlinks) with `data`; keep its mode; readers never see half a file."""
    target = os.path.realpath(path)
    try:
        mode = stat.S_IMODE(os.stat(target).st_mode)
    except FileNotFoundError:
        mode = 0o666 & ~_umask()
    try:
        fd, temporary = tempfile.mkstemp(dir=os.path.dirname(target), prefix=TEMPORARY_PREFIX, suffix=TEMPORARY_SUFFIX)
    except OSError as exc:
        raise InputError(f"{path}: cannot write: {exc.strerror or exc}") from None
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            if durable:
                handle.flush()
                os.fsync(handle.fileno())
        os.chmod(temporary, mode)
        os.replace(temporary, target)
    except BaseException as exc:
        os.unlink(temporary)
        if isinstance(exc, OSError):
            raise InputError(f"{path}: cannot write: {exc.strerror or exc}") from None
        raise


TEMPORARY_PREFIX, TEMPORARY_SUFFIX = ".newslint-", ".tmp"
# A temporary file lives for milliseconds; one this old was left by a killed run.
STALE_SECONDS = 60


def remove_stale_temporaries(folder: str) -> None:
    """Delete the temporary files a killed run (SIGKILL, power loss) left in `folder`."""
    pattern = os.path.join(glob.escape(folder), f"{TEMPORARY_PREFIX}*{TEMPORARY_SUFFIX}")
    for path in glob.glob(pattern):  # the pattern's own leading dot matches hidden names
        try:
            if os.path.isfile(path) and time.time() - os.stat(path).st_mtime > STALE_SECONDS:
                os.unlink(path)
        except OSError:
            pass


def _umask() -> int:
    current = os.umask(0o022)
    os.umask(current)
    return current

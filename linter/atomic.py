"""Atomic file replacement: a temporary file in the same folder, then os.replace."""
from __future__ import annotations

import os
import stat
import tempfile

from .errors import InputError


def write_atomic(path: str, data: bytes, *, durable: bool = True) -> None:
    """Replace `path` (through symlinks) with `data`; keep its mode; readers never see half a file."""
    target = os.path.realpath(path)
    try:
        mode = stat.S_IMODE(os.stat(target).st_mode)
    except FileNotFoundError:
        mode = 0o666 & ~_umask()
    try:
        fd, temporary = tempfile.mkstemp(dir=os.path.dirname(target), prefix=".newslint-", suffix=".tmp")
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


def _umask() -> int:
    current = os.umask(0o022)
    os.umask(current)
    return current

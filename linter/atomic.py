"""Atomic file replacement: a temporary file in the same folder, then os.replace.

A run may be ended at any moment (Ctrl-C ends it at once, SIGKILL, power loss): a temporary
file has no name while it is written where the system allows it, and the next run removes the
named ones whose process is gone.
"""
from __future__ import annotations

import errno
import os
import stat
import time

from .errors import InputError

TYPE_CHECKING = False  # typing's flag, without importing typing: a run never does (~3 ms)
if TYPE_CHECKING:
    from typing import BinaryIO


def write_atomic(path: str, data: bytes, *, durable: bool = True) -> None:
    """Replace `path` (through symlinks) with `data`; keep its mode; readers never see half a file."""
    target = os.path.realpath(path)
    try:
        mode = stat.S_IMODE(os.stat(target).st_mode)
    except FileNotFoundError:
        mode = new_file_mode()
    temporary = Temporary(path, os.path.dirname(target))
    try:
        with temporary.open() as handle:
            handle.write(data)
            if durable:
                handle.flush()
                os.fsync(handle.fileno())
        temporary.commit(target, mode)
    except BaseException as exc:
        temporary.discard()
        if isinstance(exc, OSError):
            raise InputError(f"{path}: cannot write: {exc.strerror or exc}") from None
        raise


class Temporary:
    """A file written beside its target, then put in its place in one step (`commit`).

    Where the system allows (Linux, `O_TMPFILE`), the file has no name until `commit`, so a run
    ended by Ctrl-C or SIGKILL leaves nothing behind; elsewhere it is named `.newslint-PID-*.tmp`
    and `remove_stale_temporaries` removes it once that process is gone.
    """

    def __init__(self, shown: str, folder: str):
        """`shown`: the target's name in error messages."""
        self.folder = folder
        self.name: str | None = None
        try:
            self.fd = _anonymous(folder)
            if self.fd is None:
                import tempfile  # (imported when needed, as glob: a run that writes nothing needs none)

                self.fd, self.name = tempfile.mkstemp(dir=folder, prefix=f"{TEMPORARY_PREFIX}{os.getpid()}-",
                                                      suffix=TEMPORARY_SUFFIX)
        except OSError as exc:
            raise InputError(f"{shown}: cannot write: {exc.strerror or exc}") from None

    def open(self) -> BinaryIO:
        """A binary file object on the temporary, which may be closed before `commit`."""
        return os.fdopen(os.dup(self.fd), "wb")

    def commit(self, target: str, mode: int | None = None) -> None:
        """Give the written file `mode` and put it in place of `target`."""
        if mode is not None:
            os.fchmod(self.fd, mode)
        if self.name is None:
            self.name = _link(self.fd, self.folder)
        os.replace(self.name, target)
        self.name = None
        self.discard()

    def discard(self) -> None:
        """Forget the temporary (a failed write): close it, remove its name if it has one."""
        if self.fd is not None:
            os.close(self.fd)
            self.fd = None
        if self.name is not None:
            try:
                os.unlink(self.name)
            except FileNotFoundError:
                pass
            self.name = None


def _anonymous(folder: str) -> int | None:
    """A file in `folder` without a name, or None where the system or file system has none."""
    if not hasattr(os, "O_TMPFILE") or not os.path.isdir(_PROC_FD):
        return None
    try:
        return os.open(folder, os.O_TMPFILE | os.O_WRONLY | os.O_CLOEXEC, 0o600)
    except OSError as exc:
        if exc.errno in (errno.EOPNOTSUPP, errno.EISDIR, errno.EINVAL):
            return None
        raise


def _link(fd: int, folder: str) -> str:
    """Give the anonymous file `fd` a temporary name in `folder` (the step before the rename)."""
    # linkat() through /proc follows the descriptor's link to the file (os.link with no
    # src_dir_fd would call link(), which does not). The name's random part comes from
    # `os.urandom`, as `secrets.token_hex` takes it, without importing `secrets` (with `hmac`,
    # OpenSSL's `_hashlib`, `random` and `base64`: ~4 ms of every run that writes its cache).
    descriptors = os.open(_PROC_FD, os.O_RDONLY | os.O_DIRECTORY | os.O_CLOEXEC)
    try:
        while True:
            name = os.path.join(folder, f"{TEMPORARY_PREFIX}{os.getpid()}-{os.urandom(6).hex()}{TEMPORARY_SUFFIX}")
            try:
                os.link(str(fd), name, src_dir_fd=descriptors, follow_symlinks=True)
                return name
            except FileExistsError:
                continue
    finally:
        os.close(descriptors)


_PROC_FD = "/proc/self/fd"
TEMPORARY_PREFIX, TEMPORARY_SUFFIX = ".newslint-", ".tmp"
# A named temporary whose process is gone and this old was left by a killed run; one whose
# process cannot be told (named without it, or not on POSIX) is left alone for a day.
STALE_SECONDS = 60
UNOWNED_STALE_SECONDS = 24 * 3600


def remove_stale_temporaries(folder: str) -> None:
    """Delete the temporary files a killed run (SIGKILL, power loss) left in `folder`: only those
    of a process that no longer runs, and old enough (another live run's files are its own)."""
    import re  # here: a run that removes nothing need not import it

    owned = re.compile(rf"{re.escape(TEMPORARY_PREFIX)}(\d+)-\w+{re.escape(TEMPORARY_SUFFIX)}")
    for path in _temporaries(folder):
        owner = owned.fullmatch(os.path.basename(path)) if os.name == "posix" else None
        try:
            if owner is not None and _running(int(owner.group(1))):
                continue
            limit = STALE_SECONDS if owner is not None else UNOWNED_STALE_SECONDS
            if os.path.isfile(path) and time.time() - os.stat(path).st_mtime > limit:
                os.unlink(path)
        except OSError:
            pass


def _temporaries(folder: str) -> list[str]:
    """The paths of the folder's entries named like a temporary file (`glob`'s answer for
    `.newslint-*.tmp`, without importing it and `fnmatch` at every run that writes)."""
    least = len(TEMPORARY_PREFIX) + len(TEMPORARY_SUFFIX)
    try:
        with os.scandir(folder) as entries:
            return [os.path.join(folder, entry.name) for entry in entries if len(entry.name) >= least
                    and entry.name.startswith(TEMPORARY_PREFIX) and entry.name.endswith(TEMPORARY_SUFFIX)]
    except OSError:
        return []


def _running(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OverflowError):
        return True  # another user's process, or a number no process has: not ours to judge
    return True


def new_file_mode() -> int:
    """The mode `open()` gives a new file under the process's umask."""
    return 0o666 & ~_umask()


def _umask() -> int:
    current = os.umask(0o022)
    os.umask(current)
    return current

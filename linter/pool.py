"""An ordered map over a process pool that falls back to this process when a pool cannot help."""
from __future__ import annotations

import multiprocessing
import os
import signal
import sys
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

TYPE_CHECKING = False  # typing's flag, without importing typing: a run never does (~3 ms)
if TYPE_CHECKING:
    from typing import Callable, Iterator, Sequence, TypeVar

    Item = TypeVar("Item")
    Result = TypeVar("Result")

# Below this many items per worker, starting processes costs more than it saves.
MIN_ITEMS_PER_WORKER = 25


def available_cpus() -> int:
    """The cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - macOS, Windows
        return os.cpu_count() or 1


def ordered_map(task: Callable[[Item], Result], items: Sequence[Item], jobs: int | None = None) -> Iterator[Result]:
    """`task(item)` for each item, in input order, over `jobs` processes (None: every core).

    Each worker loads what its files need (rules, a language's lexicon) itself, at once, instead
    of waiting while this process loads every language before forking.
    """
    workers = min(jobs or available_cpus(), len(items) // MIN_ITEMS_PER_WORKER)
    if workers <= 1:
        yield from map(task, items)
        return
    forking = sys.platform == "linux"
    try:
        context = multiprocessing.get_context("fork" if forking else None)
        pool = ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=end_with_parent,
                                   initargs=(os.getpid(),))
    except (OSError, NotImplementedError, ImportError):  # no process support here (sandbox, no /dev/shm)
        yield from map(task, items)
        return
    done = 0
    try:
        for result in pool.map(task, items, chunksize=max(1, len(items) // (workers * 8))):
            yield result
            done += 1
    except (BrokenProcessPool, OSError):  # a worker died or could not start: finish here
        pass
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
    yield from map(task, items[done:])


_PR_SET_PDEATHSIG = 1


def end_with_parent(parent: int) -> None:
    """A worker's initializer: the worker ends when the run's process does (Linux), also when
    SIGINT or SIGKILL reach that process alone and not its group (`kill -INT PID`, a CI runner)."""
    try:
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError, TypeError):  # not Linux: workers end when they next talk to the run
        return
    if os.getppid() != parent:  # the run ended before this worker asked
        os._exit(1)

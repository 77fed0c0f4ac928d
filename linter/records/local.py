"""The local engine: batches of records over a pool of processes, results in input order, memory flat.

The driver reads batches and keeps at most a few per worker in flight, so the memory used does not
grow with the dataset.
"""
from __future__ import annotations

import multiprocessing
import os
import sys
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from itertools import chain, islice

from ..pool import MIN_ITEMS_PER_WORKER, available_cpus, end_with_parent
from .job import RecordJob, RecordResult
from .record import lint_batch

TYPE_CHECKING = False  # typing's flag, without importing typing: a run never does (~3 ms)
if TYPE_CHECKING:
    from typing import Any, Iterable, Iterator

IN_FLIGHT_PER_WORKER = 3


def run_local(batches: Iterable[list[Any]], job: RecordJob, jobs: int | None = None) -> Iterator[list[RecordResult]]:
    """`lint_batch` over each batch, in order, over `jobs` processes (None: every core).

    A run with fewer than MIN_ITEMS_PER_WORKER records a worker stays in this process.
    """
    batches = iter(batches)
    workers = jobs or available_cpus()
    first = list(islice(batches, workers))
    batches = chain(first, batches)
    if workers <= 1 or sum(map(len, first)) < MIN_ITEMS_PER_WORKER * workers:
        yield from (lint_batch(batch, job) for batch in batches)
        return
    forking = sys.platform == "linux"
    try:
        pool = ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("fork" if forking else None),
                                   initializer=end_with_parent, initargs=(os.getpid(),))
    except (OSError, NotImplementedError, ImportError):  # no process support here
        yield from (lint_batch(batch, job) for batch in batches)
        return
    window: deque[tuple[list[Any], Future]] = deque()
    broken = False
    try:
        for batch in batches:
            if not broken:
                try:
                    window.append((batch, pool.submit(lint_batch, batch, job)))
                except (BrokenProcessPool, RuntimeError):
                    broken = True
            if broken:
                window.append((batch, None))
            while len(window) > workers * IN_FLIGHT_PER_WORKER:
                yield _result(window.popleft(), job)
        while window:
            yield _result(window.popleft(), job)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _result(entry: tuple[list[Any], Future | None], job: RecordJob) -> list[RecordResult]:
    """A batch's results; when its worker died (or the pool broke), the batch is linted here."""
    batch, future = entry
    if future is not None:
        try:
            return future.result()
        except (BrokenProcessPool, OSError):
            pass
    return lint_batch(batch, job)

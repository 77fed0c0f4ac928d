"""The Dask engine: the same batches on an existing cluster, read by the workers through fsspec.

JSONL files are cut into blocks at line ends (a compressed file is one block), Parquet files into
row groups; a dask.bag maps `lint_batch` over them. A few partitions per worker thread are in
flight at a time and their results come back in input order, so output is identical to the local
engine's and the driver's memory stays flat. A worker that dies mid-run has its partitions
recomputed by Dask on the others.
"""
from __future__ import annotations

import os
from collections import deque

from ..errors import InputError, NewslintError
from .job import RecordJob, RecordResult
from .read import EXTRA, compression, is_parquet, is_url, read_row_group, row_groups, split_block
from .record import lint_batch

TYPE_CHECKING = False  # typing's flag, without importing typing: a run never does (~3 ms)
if TYPE_CHECKING:
    from typing import Any, Iterator

# JSONL blocks: about PARTS_PER_THREAD per worker thread (balance, and little to redo when one
# dies), within these bounds.
MIN_BLOCK, MAX_BLOCK = 64 << 10, 64 << 20
PARTS_PER_THREAD = 8
IN_FLIGHT_PER_THREAD = 2


def run_dask(address: str, paths: list[str], job: RecordJob,
             columns: dict[str, list[str] | None]) -> Iterator[list[RecordResult]]:
    """Lint the files on the cluster at `address`; each partition's results, in input order."""
    try:
        import dask.bag as bag
        from dask import delayed
        from dask.bytes import read_bytes
        from distributed import Client
    except ImportError:
        raise NewslintError(f"--dask needs dask[distributed]: {EXTRA}") from None
    try:
        client = Client(address, timeout="10s", set_as_default=False)
    except (OSError, TimeoutError, ValueError) as exc:
        raise NewslintError(f"cannot reach the Dask scheduler at {address}: {exc}") from None
    try:
        threads = max(1, sum(client.nthreads().values()))
        block_size = _block_size([path for path in paths if not is_parquet(path)], threads)
        parts, owners = [], []
        for path in paths:
            where = path if is_url(path) else os.path.abspath(path)  # workers have their own cwd
            if is_parquet(path):
                pieces = [delayed(read_row_group)(where, index, columns[path]) for index in range(row_groups(path))]
            else:
                pieces = [delayed(split_block)(block) for block in _blocks(read_bytes, where, block_size)]
            parts += pieces
            owners += [path] * len(pieces)
        if not parts:
            return
        partitions = bag.from_delayed(parts).map_partitions(lint_batch, job).to_delayed()
        window: deque[tuple[str, Any]] = deque()
        for path, partition in zip(owners, partitions):
            window.append((path, client.compute(partition)))
            while len(window) > threads * IN_FLIGHT_PER_THREAD:
                yield _gather(*window.popleft())
        while window:
            yield _gather(*window.popleft())
    finally:
        client.close()


def _block_size(paths: list[str], threads: int) -> int:
    """Bytes per JSONL block, from the files' total size."""
    from fsspec.core import url_to_fs

    total = 0
    for path in paths:
        try:
            fs, location = url_to_fs(path)
            total += fs.size(location) or 0
        except (OSError, ValueError) as exc:
            raise InputError(f"{path}: cannot read: {exc}") from None
    return min(MAX_BLOCK, max(MIN_BLOCK, total // (threads * PARTS_PER_THREAD) + 1))


def _blocks(read_bytes, path: str, block_size: int) -> list:
    """The delayed blocks of a JSONL file, split at newlines (whole when compressed)."""
    try:
        _, blocks = read_bytes(path, delimiter=b"\n", blocksize=None if compression(path) else block_size,
                               compression=compression(path), sample=False)
    except (OSError, ValueError) as exc:
        raise InputError(f"{path}: cannot read: {exc}") from None
    return [block for per_file in blocks for block in per_file]


def _gather(path: str, future) -> list[RecordResult]:
    try:
        return future.result()
    except NewslintError:
        raise
    except Exception as exc:  # a worker could not read or decompress the file, or the cluster gave up
        name = type(exc).__name__
        if name in ("KilledWorker", "CancelledError", "CommClosedError"):
            raise NewslintError(f"Dask: {name}: {exc}") from None
        raise InputError(f"{path}: cannot read: {str(exc).splitlines()[0] if str(exc) else name}") from None

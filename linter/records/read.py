"""Dataset files: finding them (files, folders, globs, fsspec URLs) and streaming their records."""
from __future__ import annotations

import io
import os
import zlib

from ..errors import InputError

TYPE_CHECKING = False  # typing's flag, without importing typing: a run never does (~3 ms)
if TYPE_CHECKING:
    from typing import Any, BinaryIO, Iterator

JSONL_SUFFIXES = (".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz", ".jsonl.zst", ".ndjson.zst")
PARQUET_SUFFIXES = (".parquet", ".pq")
BATCH_RECORDS = 256
BATCH_BYTES = 8 << 20
EXTRA = "pip install 'newslint[dask]'"


def is_dataset(path: str) -> bool:
    """Whether the name says JSONL or Parquet (compressed JSONL included)."""
    return path.lower().endswith(JSONL_SUFFIXES + PARQUET_SUFFIXES)


def is_parquet(path: str) -> bool:
    return path.lower().endswith(PARQUET_SUFFIXES)


def compression(path: str) -> str | None:
    """'gzip', 'zstd' or None, from the name."""
    lower = path.lower()
    return "gzip" if lower.endswith(".gz") else "zstd" if lower.endswith(".zst") else None


def is_url(path: str) -> bool:
    return "://" in path


def expand(paths: list[str]) -> list[str]:
    """The dataset files of the paths, in a stable order: folders recursively, globs, fsspec URLs."""
    import glob  # (gzip too is imported where used: a run of articles needs neither)

    found: list[str] = []
    for path in paths:
        if is_url(path):
            matches = _expand_url(path)
        elif os.path.isdir(path):
            matches = sorted(os.path.join(folder, name) for folder, _, names in os.walk(path) for name in names
                             if is_dataset(name))
        elif glob.has_magic(path):
            matches = sorted(match for match in glob.glob(path, recursive=True) if is_dataset(match))
        elif os.path.isfile(path):
            matches = [path]
        else:
            raise InputError(f"{path}: no such file or directory")
        if not matches:
            raise InputError(f"{path}: no JSONL or Parquet files found")
        found.extend(matches)
    return list(dict.fromkeys(found))


def _expand_url(path: str) -> list[str]:
    fsspec = _require("fsspec", "reading URLs")
    try:
        fs, _, found = fsspec.get_fs_token_paths(path)
        if len(found) == 1 and fs.isdir(found[0]):
            found = [name for name in fs.find(found[0]) if is_dataset(name)]
        protocol = fs.protocol[0] if isinstance(fs.protocol, (tuple, list)) else fs.protocol
        return sorted(name if is_url(name) else f"{protocol}://{name}" for name in found)
    except (OSError, ValueError, ImportError) as exc:
        raise InputError(f"{path}: cannot list: {exc}") from None


def _require(module: str, purpose: str):
    """Import an optional dependency, or fail with one line saying how to install it."""
    import importlib

    try:
        return importlib.import_module(module)
    except ImportError:
        raise InputError(f"{purpose} needs {module}: {EXTRA}") from None


def open_binary(path: str) -> BinaryIO:
    """The file's bytes, decompressed; local files need no extra package (except zstd)."""
    if is_url(path):
        fsspec = _require("fsspec", "reading URLs")
        return fsspec.open(path, "rb", compression=compression(path)).open()
    handle = open(path, "rb")
    kind = compression(path)
    if kind == "gzip":
        import gzip

        return gzip.GzipFile(fileobj=handle)
    if kind == "zstd":
        zstandard = _require("zstandard", "reading .zst files")
        return io.BufferedReader(zstandard.ZstdDecompressor().stream_reader(handle, closefd=True))
    return handle


def record_lines(lines: list[bytes]) -> list[bytes]:
    """The records among lines of a JSONL file: each without its newline, blank lines left out."""
    return [line.rstrip(b"\r\n") for line in lines if line.strip()]


def split_block(block: bytes) -> list[bytes]:
    """The records of a block of a JSONL file (a Dask partition)."""
    return record_lines(block.split(b"\n"))


def jsonl_batches(path: str) -> Iterator[list[bytes]]:
    """The lines of a JSONL file in batches of at most BATCH_RECORDS records or about BATCH_BYTES."""
    with _reading(path):
        with open_binary(path) as handle:
            batch: list[bytes] = []
            size = 0
            for line in handle:
                if not line.strip():
                    continue
                batch.append(line)
                size += len(line)
                if len(batch) >= BATCH_RECORDS or size >= BATCH_BYTES:
                    yield record_lines(batch)
                    batch, size = [], 0
            if batch:
                yield record_lines(batch)


def parquet_columns(path: str, wanted: list[str]) -> list[str]:
    """The file's column names; an error when one of `wanted` is missing."""
    with _reading(path):
        names = parquet_file(path).schema_arrow.names
    for column in wanted:
        if column not in names:
            raise InputError(f"{path}: no column '{column}' (columns: {', '.join(names)})")
    return names


def parquet_file(path: str):
    parquet = _require("pyarrow.parquet", "reading Parquet")
    return parquet.ParquetFile(open_binary(path) if is_url(path) else path)


def parquet_batches(path: str, columns: list[str] | None) -> Iterator[list[dict[str, Any]]]:
    """The rows of a Parquet file as dicts, in batches of BATCH_RECORDS."""
    with _reading(path):
        for batch in parquet_file(path).iter_batches(batch_size=BATCH_RECORDS, columns=columns):
            yield batch.to_pylist()


def read_row_group(path: str, index: int, columns: list[str] | None) -> list[dict[str, Any]]:
    """One row group of a Parquet file (a Dask partition)."""
    with _reading(path):
        return parquet_file(path).read_row_group(index, columns=columns).to_pylist()


def row_groups(path: str) -> int:
    with _reading(path):
        return parquet_file(path).num_row_groups


class _reading:
    """Turn any failure to read or decode a file into one InputError line naming it."""

    def __init__(self, path: str):
        self.path = path

    def __enter__(self):
        return self

    def __exit__(self, kind, exc, traceback):
        if exc is None or isinstance(exc, (InputError, GeneratorExit)) or not isinstance(exc, Exception):
            return False
        if isinstance(exc, (OSError, EOFError, zlib.error, ValueError)) or _is_arrow_or_zstd(exc):
            reason = getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
            raise InputError(f"{self.path}: cannot read: {reason.splitlines()[0]}") from None
        return False


def _is_arrow_or_zstd(exc: Exception) -> bool:
    return type(exc).__module__.split(".")[0] in ("pyarrow", "zstandard")

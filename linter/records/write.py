"""Dataset outputs: findings, per-article summaries and fixed records, as JSONL or Parquet.

Each output is written to a temporary file beside it and renamed when the run ends, so a failed
run leaves no half-written file (see `linter/atomic.py` for one ended by Ctrl-C or SIGKILL).
"""
from __future__ import annotations

import gzip
import json
import os

from ..atomic import Temporary, new_file_mode, remove_stale_temporaries
from ..errors import InputError
from .job import RecordResult
from .read import EXTRA, compression, is_parquet

TYPE_CHECKING = False  # typing's flag, without importing typing: a run never does (~3 ms)
if TYPE_CHECKING:
    from typing import Any, BinaryIO, Iterable

FINDING_COLUMNS = ("id", "rule", "line", "column", "end_line", "end_column", "severity", "message", "fix")
SUMMARY_COLUMNS = ("id", "language", "findings", "counts", "score", "keep", "reason", "error", "fixed")


def finding_rows(result: RecordResult) -> list[dict[str, Any]]:
    """One row per finding: the record id, the span (1-based, end exclusive) and the fix's replacement."""
    rows = []
    for d in result.diagnostics:
        row = {**d.to_dict(), "id": result.id, "fix": d.fix.replacement if d.fix else None}
        rows.append({column: row[column] for column in FINDING_COLUMNS})
    return rows


def finding_schema():
    import pyarrow as pa

    integer = pa.int32()
    return pa.schema([("id", pa.string()), ("rule", pa.string()), ("line", integer), ("column", integer),
                      ("end_line", integer), ("end_column", integer), ("severity", pa.string()),
                      ("message", pa.string()), ("fix", pa.string())])


def summary_schema():
    import pyarrow as pa

    return pa.schema([("id", pa.string()), ("language", pa.string()), ("findings", pa.int32()),
                      ("counts", pa.map_(pa.string(), pa.int32())), ("score", pa.float64()), ("keep", pa.bool_()),
                      ("reason", pa.string()), ("error", pa.string()), ("fixed", pa.int32())])


class RowWriter:
    """Rows (dicts, or a JSONL record's original bytes) to a JSONL or Parquet file."""

    def __init__(self, path: str, schema=None):
        self.path = path
        self.parquet = is_parquet(path)
        self.schema = schema
        self.skipped = 0  # original JSONL lines that are not JSON objects cannot become Parquet rows
        folder = os.path.dirname(os.path.abspath(path))
        remove_stale_temporaries(folder)
        self.temporary = Temporary(path, folder)
        self.raw: BinaryIO | None = None  # the temporary file, under `handle` or `writer`
        self.handle = None
        self.writer = None

    def write(self, rows: Iterable[Any]) -> None:
        rows = list(rows)
        if self.parquet:
            self._write_parquet(rows)
        else:
            self._write_jsonl(rows)

    def _write_jsonl(self, rows: list[Any]) -> None:
        if self.handle is None:
            self.handle = self._open_compressed()
        self.handle.write(b"".join((row if isinstance(row, bytes) else _json_line(row)) + b"\n" for row in rows))

    def _write_parquet(self, rows: list[Any]) -> None:
        try:
            import pyarrow as pa
            import pyarrow.parquet as pq
        except ImportError:
            raise InputError(f"writing Parquet needs pyarrow: {EXTRA}") from None
        dicts = [row for row in map(_as_dict, rows) if row is not None]
        self.skipped += len(rows) - len(dicts)
        if not dicts and self.writer is not None:
            return
        try:
            table = pa.Table.from_pylist(dicts, schema=self.schema)
            if self.writer is None:
                self.schema = table.schema
                self.raw = self.temporary.open()
                self.writer = pq.ParquetWriter(self.raw, self.schema)
            self.writer.write_table(table)
        except (pa.ArrowException, TypeError, ValueError) as exc:
            raise InputError(f"{self.path}: cannot write these records as Parquet: {exc}") from None

    def close(self) -> None:
        """Finish the file and move it into place."""
        if self.parquet and self.writer is None:
            self._write_parquet([])
        if self.handle is None and not self.parquet:
            self.handle = self._open_compressed()
        try:
            for closable in (self.writer, self.handle, self.raw):
                if closable is not None:
                    closable.close()
            self.temporary.commit(self.path, new_file_mode())
        except OSError as exc:
            self.temporary.discard()
            raise InputError(f"{self.path}: cannot write: {exc.strerror or exc}") from None

    def abort(self) -> None:
        """Remove the temporary file (the run failed)."""
        for closable in (self.writer, self.handle, self.raw):
            try:
                if closable is not None:
                    closable.close()
            except Exception:  # already failing: the first error is the one reported
                pass
        self.temporary.discard()

    def _open_compressed(self):
        """The temporary file, compressed as the output's name says."""
        kind = compression(self.path)
        if kind == "zstd":
            try:
                import zstandard
            except ImportError:
                raise InputError(f"writing .zst files needs zstandard: {EXTRA}") from None
        self.raw = self.temporary.open()
        if kind == "gzip":
            return gzip.GzipFile(fileobj=self.raw, mode="wb")
        if kind == "zstd":
            return zstandard.ZstdCompressor().stream_writer(self.raw, closefd=False)
        return self.raw


def _as_dict(row: Any) -> dict | None:
    """A row as a mapping: a JSONL record's original bytes are parsed (None if not a JSON object)."""
    if isinstance(row, dict):
        return row
    try:
        value = json.loads(row.decode("utf-8"))
    except ValueError:
        return None
    return value if isinstance(value, dict) else None


def _json_line(row: dict) -> bytes:
    return json.dumps(row, ensure_ascii=False, default=str).encode("utf-8", "surrogateescape")

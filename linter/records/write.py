"""Dataset outputs: findings, per-article summaries and fixed records, as JSONL or Parquet.

Each output is written to a temporary file beside it and renamed when the run ends, so a failed
run leaves no half-written file.
"""
from __future__ import annotations

import gzip
import json
import os
import tempfile
from typing import Any, Iterable

from ..errors import InputError
from .job import RecordResult
from .read import EXTRA, compression, is_parquet

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
        try:
            fd, self.temporary = tempfile.mkstemp(dir=folder, prefix=".newslint-", suffix=".tmp")
        except OSError as exc:
            raise InputError(f"{path}: cannot write: {exc.strerror or exc}") from None
        os.close(fd)
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
            self.handle = _open_compressed(self.temporary, compression(self.path))
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
                self.writer = pq.ParquetWriter(self.temporary, self.schema)
            self.writer.write_table(table)
        except (pa.ArrowException, TypeError, ValueError) as exc:
            raise InputError(f"{self.path}: cannot write these records as Parquet: {exc}") from None

    def close(self) -> None:
        """Finish the file and move it into place."""
        if self.parquet and self.writer is None:
            self._write_parquet([])
        if self.writer is not None:
            self.writer.close()
        if self.handle is None and not self.parquet:
            self.handle = _open_compressed(self.temporary, compression(self.path))
        if self.handle is not None:
            self.handle.close()
        try:
            os.replace(self.temporary, self.path)
        except OSError as exc:
            raise InputError(f"{self.path}: cannot write: {exc.strerror or exc}") from None

    def abort(self) -> None:
        """Remove the temporary file (the run failed)."""
        for closable in (self.writer, self.handle):
            try:
                if closable is not None:
                    closable.close()
            except Exception:  # already failing: the first error is the one reported
                pass
        if os.path.exists(self.temporary):
            os.unlink(self.temporary)


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


def _open_compressed(path: str, kind: str | None):
    if kind == "gzip":
        return gzip.open(path, "wb")
    if kind == "zstd":
        try:
            import zstandard
        except ImportError:
            raise InputError(f"writing .zst files needs zstandard: {EXTRA}") from None
        return zstandard.ZstdCompressor().stream_writer(open(path, "wb"), closefd=True)
    return open(path, "wb")

"""A whole dataset job: find the files, run the engine, write the outputs, count, say how it went."""
from __future__ import annotations

import os
import time
from dataclasses import dataclass

from ..engine import FileResult
from ..errors import InputError
from ..reporters import Reporter
from .job import RecordJob, RecordResult
from .read import expand, is_parquet, jsonl_batches, parquet_batches, parquet_columns, parquet_file
from .write import RowWriter, finding_rows, finding_schema, summary_schema

TYPE_CHECKING = False  # typing's flag, without importing typing: a run never does (~3 ms)
if TYPE_CHECKING:
    from typing import Iterator, TextIO


@dataclass(frozen=True)
class Outputs:
    """Where the findings, the per-article summaries and the fixed dataset go (None: not written)."""

    findings: str | None = None
    summary: str | None = None
    fixed: str | None = None


@dataclass
class Tally:
    """What the run saw, for the final line and the exit status."""

    articles: int = 0
    findings: int = 0
    kept: int = 0
    bad: int = 0
    fixed: int = 0
    failing: int = 0
    crashed: int = 0  # records a rule failed on
    started: float = 0.0

    def add(self, result: RecordResult, fail_rank: int) -> None:
        self.articles += 1
        self.findings += len(result.diagnostics)
        self.kept += bool(result.summary["keep"])
        self.bad += result.error is not None
        self.crashed += result.failed
        self.fixed += result.summary["fixed"]
        self.failing += any(d.severity.rank >= fail_rank for d in result.diagnostics)

    def line(self) -> str:
        rate = self.articles / max(time.perf_counter() - self.started, 1e-9)
        bad = f" ({self.bad:,} bad records)" if self.bad else ""
        fixed = f", {self.fixed:,} fixes" if self.fixed else ""
        return (f"{self.articles:,} articles, {self.findings:,} findings{fixed}, {self.kept:,} kept, "
                f"{self.articles - self.kept:,} dropped{bad}, {rate:,.0f} articles/s")


class Progress:
    """A running count on standard error, redrawn at most twice a second, only on a terminal."""

    def __init__(self, stream: TextIO):
        self.stream = stream if stream.isatty() else None
        self.last = 0.0

    def show(self, tally: Tally) -> None:
        now = time.perf_counter()
        if self.stream is not None and now - self.last >= 0.5:
            self.last = now
            self.stream.write(f"\r{tally.line()}\x1b[K")
            self.stream.flush()

    def clear(self) -> None:
        if self.stream is not None and self.last:
            self.stream.write("\r\x1b[K")
            self.stream.flush()


def run_records(paths: list[str], job: RecordJob, outputs: Outputs, *, report: Reporter | None,
                fail_rank: int, dask: str | None = None, jobs: int | None = None,
                progress: TextIO | None = None, warn=None) -> Tally:
    """Lint every record of the dataset files; write the outputs; return the counts.

    `report` gets each record as a FileResult named by its id (the findings on standard output);
    `warn` gets one line per bad record and per check that could not run (each once).
    """
    files = expand(paths)
    _refuse_overwrite(files, outputs)
    columns = {path: _columns(path, job) for path in files if is_parquet(path)}
    if dask:
        from .dask_engine import run_dask

        results = run_dask(dask, files, job, columns)
    else:
        from .local import run_local

        results = run_local(_batches(files, columns), job, jobs)
    writers = _writers(files, outputs)
    tally = Tally(started=time.perf_counter())
    meter = Progress(progress) if progress is not None else None
    warned: set[str] = set()
    try:
        if report is not None:
            report.start()
        for batch in results:
            for result in batch:
                tally.add(result, fail_rank)
                if result.error and warn is not None:
                    warn(f"record {result.id if result.id is not None else '(no id)'}: {result.error}")
                for warning in result.warnings:
                    if warn is not None and warning not in warned:  # LanguageTool down: once, not per record
                        warned.add(warning)
                        warn(warning)
                if report is not None and result.error is None:
                    report.file(FileResult(result.id or "<record>", result.diagnostics, result.summary["language"],
                                           lines=result.lines))
            _write(writers, batch)
            if meter is not None:
                meter.show(tally)
        if report is not None:
            report.finish()
    except BaseException:
        results.close()  # stops the local pool or the Dask client now
        for writer in writers.values():
            writer.abort()
        raise
    finally:
        if meter is not None:
            meter.clear()
    for writer in writers.values():
        writer.close()
    skipped = writers["fixed"].skipped if "fixed" in writers else 0
    if skipped and warn is not None:
        warn(f"{outputs.fixed}: {skipped:,} records that are not JSON objects could not be written as Parquet")
    return tally


def _batches(files: list[str], columns: dict[str, list[str] | None]) -> Iterator[list]:
    for path in files:
        yield from (parquet_batches(path, columns[path]) if is_parquet(path) else jsonl_batches(path))


def _columns(path: str, job: RecordJob) -> list[str] | None:
    """The Parquet columns to read: all of them when fixing (the fixed dataset keeps every column)."""
    fields = job.fields
    needed = [name for name in (fields.text, fields.lang, fields.format) if name]
    names = parquet_columns(path, needed)
    if job.fix is not None:
        return None
    return needed + [fields.id] * (fields.id in names and fields.id not in needed)


def _refuse_overwrite(files: list[str], outputs: Outputs) -> None:
    inputs = {os.path.realpath(path) for path in files if "://" not in path}
    for path in (outputs.findings, outputs.summary, outputs.fixed):
        if path and os.path.realpath(path) in inputs:
            raise InputError(f"{path}: is an input; newslint never overwrites its input")


def _writers(files: list[str], outputs: Outputs) -> dict[str, RowWriter]:
    writers: dict[str, RowWriter] = {}
    if outputs.findings:
        writers["findings"] = RowWriter(outputs.findings, finding_schema() if is_parquet(outputs.findings) else None)
    if outputs.summary:
        writers["summary"] = RowWriter(outputs.summary, summary_schema() if is_parquet(outputs.summary) else None)
    if outputs.fixed:
        schema = parquet_file(files[0]).schema_arrow if is_parquet(outputs.fixed) and is_parquet(files[0]) else None
        writers["fixed"] = RowWriter(outputs.fixed, schema)
    return writers


def _write(writers: dict[str, RowWriter], batch: list[RecordResult]) -> None:
    if "findings" in writers:
        writers["findings"].write(row for result in batch for row in finding_rows(result))
    if "summary" in writers:
        writers["summary"].write(result.summary for result in batch)
    if "fixed" in writers:
        writers["fixed"].write(result.record for result in batch)

"""One record through the engine (and the fixer): the pure function both engines map over batches."""
from __future__ import annotations

import json

from ..engine import lint_source
from ..errors import NewslintError, RuleFailure
from ..fix import fix_source
from ..source import Source
from .job import RecordJob, RecordResult
from .policy import rule_counts, score

TYPE_CHECKING = False  # typing's flag, without importing typing: a run never does (~3 ms)
if TYPE_CHECKING:
    from typing import Any, Iterable

FORMATS = {"markdown": "markdown", "md": "markdown", "text": "text", "txt": "text", "plain": "text",
           "plaintext": "text"}


class BadRecord(Exception):
    """A record that cannot be linted; reported with its id while the run goes on."""

    def __init__(self, message: str, record_id: str | None = None):
        super().__init__(message)
        self.record_id = record_id


def lint_batch(raws: Iterable[Any], job: RecordJob) -> list[RecordResult]:
    """`lint_record` over a batch (a JSONL line as bytes or a Parquet row as a dict, each)."""
    return [lint_record(raw, job) for raw in raws]


def lint_record(raw: Any, job: RecordJob) -> RecordResult:
    """Lint (or fix) one record; a bad record becomes a result with an error, never an exception."""
    record_id = None
    try:
        record, invalid_utf8 = _parse(raw)
        record_id = _record_id(record, job.fields.id)
        if invalid_utf8:
            raise BadRecord("invalid UTF-8")
        text = _text(record, job)
        settings = job.settings
        language = _optional_string(record, job.fields.lang)
        if language:
            settings = settings.replace(language=language)
        fmt = _format(record, job.fields.format)
        name = record_id if record_id is not None else "<record>"

        def lint(source: Source):
            return lint_source(source, name, settings, fmt)

        source = Source(text).with_text(text)
        fixed = 0
        if job.fix is None:
            result = lint(source)
        else:
            source, result, fixed = fix_source(source, lint, job.fix.unsafe)
            if fixed:
                raw = {**record, job.fields.text: source.denormalise(source.text)}
    except (BadRecord, NewslintError) as exc:  # NewslintError: a rule failed on this text; the rest still run
        return RecordResult(record_id, [], _summary(record_id, error=str(exc)),
                            record=raw if job.fix is not None else None, failed=isinstance(exc, RuleFailure))
    counts = rule_counts(result.diagnostics)
    value = score(result.diagnostics, len(source.text))
    reason = job.policy.verdict(counts, value)
    summary = _summary(record_id, language=result.language, findings=len(result.diagnostics), counts=counts,
                       score=value, keep=reason is None, reason=reason, fixed=fixed)
    return RecordResult(record_id, result.diagnostics, summary, result.lines,
                        record=raw if job.fix is not None else None, warnings=result.warnings)


def _summary(record_id: str | None, *, language: str | None = None, findings: int = 0,
             counts: dict[str, int] | None = None, score: float | None = None, keep: bool = False,
             reason: str | None = "bad record", error: str | None = None, fixed: int = 0) -> dict[str, Any]:
    return {"id": record_id, "language": language, "findings": findings, "counts": counts or {}, "score": score,
            "keep": keep, "reason": reason, "error": error, "fixed": fixed}


def _parse(raw: Any) -> tuple[dict, bool]:
    """The record as a mapping, and whether its bytes were invalid UTF-8."""
    if isinstance(raw, dict):
        return raw, False
    try:
        line, invalid = raw.decode("utf-8"), False
    except UnicodeDecodeError:
        line, invalid = raw.decode("utf-8", "surrogateescape"), True
    try:
        record = json.loads(line)
    except ValueError as exc:
        raise BadRecord(f"not JSON: {exc}") from None
    if not isinstance(record, dict):
        raise BadRecord(f"a JSON {type(record).__name__}, not an object")
    return record, invalid


def _record_id(record: dict, field: str) -> str | None:
    value = record.get(field)
    if value is None:
        return None
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False, default=str)
    return text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def _text(record: dict, job: RecordJob) -> str:
    field = job.fields.text
    if field not in record:
        raise BadRecord(f"no '{field}' field")
    text = record[field]
    if isinstance(text, bytes):
        try:
            text = text.decode("utf-8")
        except UnicodeDecodeError:
            raise BadRecord(f"invalid UTF-8 in '{field}'") from None
    if not isinstance(text, str):
        raise BadRecord(f"'{field}' is {_kind(text)}, not text")
    if len(text) > job.policy.max_chars:
        raise BadRecord(f"'{field}' has {len(text):,} characters, more than records.max_chars "
                        f"({job.policy.max_chars:,})")
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise BadRecord(f"invalid UTF-8 in '{field}'") from None
    return text


def _optional_string(record: dict, field: str | None) -> str | None:
    if field is None or record.get(field) is None:
        return None
    value = record[field]
    if not isinstance(value, str):
        raise BadRecord(f"'{field}' is {_kind(value)}, not text")
    return value.strip() or None


def _format(record: dict, field: str | None) -> str:
    value = _optional_string(record, field)
    if value is None:
        return "text"
    if value.lower() not in FORMATS:
        raise BadRecord(f"unknown format '{value}' in '{field}' (use markdown or text)")
    return FORMATS[value.lower()]


def _kind(value: Any) -> str:
    return "null" if value is None else type(value).__name__

"""Datasets on the local engine: record input and output, bad records, broken files, fixes, policy."""
from __future__ import annotations

import gzip
import hashlib
import json
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from newslint_run import newslint, one_error_line, write
from records_support import FAST_RULES, corpus_records, read_jsonl, write_jsonl
from linter.config import Settings
from linter.records import local
from linter.records.job import Fields, RecordJob
from linter.records.policy import Policy

DIRTY = "The minister said that the the budget  would pass.\n\nREAD  Another headline\n\nThe end."


def check(folder: Path, *args: object):
    return newslint("check", *args, cwd=folder)


def test_jsonl_findings_carry_the_record_id_and_the_summary_counts_them(tmp_path):
    write_jsonl(tmp_path / "data.jsonl", [{"id": 7, "text": DIRTY, "lang": "en"}, {"id": "clean", "text": "Fine."}])
    done = check(tmp_path, "data.jsonl", "--lang-field", "lang", "-o", "findings.jsonl", "--summary", "summary.jsonl")
    assert done.returncode == 1, done.stderr
    found = read_jsonl(tmp_path / "findings.jsonl")
    assert {row["id"] for row in found} == {"7"}
    assert list(found[0]) == ["id", "rule", "line", "column", "end_line", "end_column", "severity", "message", "fix"]
    doubled = next(row for row in found if row["rule"] == "duplicated-word")
    assert (doubled["line"], doubled["column"], doubled["fix"]) == (1, 24, "the")
    summary = read_jsonl(tmp_path / "summary.jsonl")
    assert [row["id"] for row in summary] == ["7", "clean"]
    assert summary[0]["counts"]["duplicated-word"] == 1 and summary[0]["findings"] == len(found)
    assert summary[0]["score"] < 1 and summary[1]["score"] == 1.0 and summary[1]["counts"] == {}
    assert done.stderr.splitlines()[-1].startswith("2 articles, ")
    assert "1 dropped" not in done.stderr


def test_without_output_file_the_report_names_records_by_id(tmp_path):
    write_jsonl(tmp_path / "data.jsonl", [{"id": "a1", "text": DIRTY}])
    done = check(tmp_path, "data.jsonl", "--select", "duplicated-word", "--lang", "en")
    assert done.stdout.startswith("a1:1:24: warning duplicated-word")


def test_drop_policy_from_the_command_line_and_from_the_config(tmp_path):
    write_jsonl(tmp_path / "data.jsonl", [{"id": "teaser", "text": DIRTY}, {"id": "ok", "text": "All good here."}])
    check(tmp_path, "data.jsonl", "--lang", "en", "--drop-if", "read-insertion", "--summary", "s.jsonl")
    verdicts = [(row["keep"], row["reason"]) for row in read_jsonl(tmp_path / "s.jsonl")]
    assert verdicts == [(False, "rule read-insertion"), (True, None)]
    write(tmp_path / ".newslint.yaml", "records:\n  min_score: 0.99\n")
    done = check(tmp_path, "data.jsonl", "--lang", "en", "--summary", "s.jsonl")
    assert [row["reason"] for row in read_jsonl(tmp_path / "s.jsonl")] == ["score below 0.99", None]
    assert "1 kept, 1 dropped" in done.stderr


@pytest.mark.parametrize("config, part", [("records: {drop_when: [spacing]}\n", "unknown key 'drop_when'"),
                                          ("records: {min_score: 3}\n", "min_score")])
def test_a_bad_policy_is_a_configuration_error(tmp_path, config, part):
    write_jsonl(tmp_path / "data.jsonl", [{"id": 1, "text": "Fine."}])
    write(tmp_path / ".newslint.yaml", config)
    one_error_line(check(tmp_path, "data.jsonl"), part)


def test_unknown_drop_rule_is_an_error(tmp_path):
    write_jsonl(tmp_path / "data.jsonl", [{"id": 1, "text": "Fine."}])
    one_error_line(check(tmp_path, "data.jsonl", "--drop-if", "spaceing"), "spaceing")


def test_bad_records_are_reported_with_their_id_and_the_run_goes_on(tmp_path):
    huge = b'{"id": "huge", "text": "' + b"word " * (10 << 20) + b'"}'  # a 50 MB text
    write_jsonl(tmp_path / "data.jsonl", [{"id": "first", "text": DIRTY}, {"id": "no-text", "body": "x"},
                                          {"id": "number", "text": 42}, {"id": "list", "text": ["a"]}],
                extra_lines=(b'{"id": "latin1", "text": "caf\xe9"}', huge, b"{not json",
                             json.dumps({"id": "last", "text": DIRTY}).encode()))
    done = check(tmp_path, "data.jsonl", "--lang", "en", "--summary", "s.jsonl", "-o", "f.jsonl")
    assert done.returncode == 1 and "Traceback" not in done.stderr
    errors = {row["id"]: row["error"] for row in read_jsonl(tmp_path / "s.jsonl")}
    assert errors == {"first": None, "no-text": "no 'text' field", "number": "'text' is int, not text",
                      "list": "'text' is list, not text", "latin1": "invalid UTF-8",
                      "huge": "'text' has 52,428,800 characters, more than records.max_chars (1,000,000)",
                      None: errors[None], "last": None}
    assert errors[None].startswith("not JSON")
    warnings = [line for line in done.stderr.splitlines() if line.startswith("newslint: warning: record ")]
    assert warnings[0] == "newslint: warning: record no-text: no 'text' field" and len(warnings) == 6
    assert {row["id"] for row in read_jsonl(tmp_path / "f.jsonl")} == {"first", "last"}
    assert "8 articles" in done.stderr and "(6 bad records)" in done.stderr


def test_a_lone_surrogate_and_invalid_bytes_in_parquet_are_bad_records(tmp_path):
    table = pa.table({"id": ["ok", "bytes"], "text": [b"Fine text.", b"caf\xe9"]})
    pq.write_table(table, tmp_path / "data.parquet")
    write_jsonl(tmp_path / "escaped.jsonl", [], extra_lines=(b'{"id": "s", "text": "a \\ud800 b"}',))
    check(tmp_path, "data.parquet", "--lang", "en", "--summary", "s.jsonl")
    assert [row["error"] for row in read_jsonl(tmp_path / "s.jsonl")] == [None, "invalid UTF-8 in 'text'"]
    check(tmp_path, "escaped.jsonl", "--lang", "en", "--summary", "s.jsonl")
    assert read_jsonl(tmp_path / "s.jsonl")[0]["error"] == "invalid UTF-8 in 'text'"


@pytest.mark.parametrize("name, data, part", [
    ("data.jsonl.gz", gzip.compress(b'{"id": 1, "text": "Fine."}\n' * 10)[:-10], "data.jsonl.gz: cannot read"),
    ("data.parquet", b"PAR1 this is not a parquet file", "data.parquet: cannot read"),
    ("data.jsonl.zst", b"\x28\xb5\x2f\xfd garbage", "data.jsonl.zst: cannot read"),
], ids=["truncated-gzip", "not-parquet", "bad-zstd"])
def test_a_broken_input_file_is_one_error_line(tmp_path, name, data, part):
    write(tmp_path / name, data)
    one_error_line(check(tmp_path, name, "--lang", "en", "-o", "out.jsonl"), part)
    assert not (tmp_path / "out.jsonl").exists() and not list(tmp_path.glob(".newslint-*"))


def test_missing_inputs_and_columns_are_one_error_line(tmp_path):
    one_error_line(check(tmp_path, "nothing.parquet"), "nothing.parquet: no such file")
    pq.write_table(pa.table({"id": [1], "body": ["x"]}), tmp_path / "data.parquet")
    one_error_line(check(tmp_path, "data.parquet"), "no column 'text' (columns: id, body)")
    (tmp_path / "empty").mkdir()
    one_error_line(check(tmp_path, "empty", "--text-field", "body"), "no JSONL or Parquet files")


def test_folders_globs_and_compression_read_the_same_records(tmp_path):
    records = [{"id": i, "text": DIRTY} for i in range(3)]
    write_jsonl(tmp_path / "in" / "a.jsonl", records[:1]) if (tmp_path / "in").mkdir() is None else None
    (tmp_path / "in" / "b.jsonl.gz").write_bytes(gzip.compress(json.dumps(records[1]).encode() + b"\n"))
    pq.write_table(pa.Table.from_pylist(records[2:]), tmp_path / "in" / "c.parquet")
    for target in ("in", "in/*"):
        check(tmp_path, target, "--lang", "en", "--text-field", "text", "--summary", "s.jsonl")
        assert [row["id"] for row in read_jsonl(tmp_path / "s.jsonl")] == ["0", "1", "2"]


def test_parquet_outputs_have_the_documented_schema(tmp_path):
    pq.write_table(pa.Table.from_pylist([{"id": "p", "text": DIRTY}]), tmp_path / "data.parquet")
    check(tmp_path, "data.parquet", "--lang", "en", "-o", "f.parquet", "--summary", "s.parquet")
    findings = pq.read_table(tmp_path / "f.parquet")
    assert findings.column_names == ["id", "rule", "line", "column", "end_line", "end_column", "severity",
                                     "message", "fix"]
    summary = pq.read_table(tmp_path / "s.parquet").to_pylist()[0]
    assert summary["id"] == "p" and summary["findings"] == findings.num_rows
    assert dict(summary["counts"])["duplicated-word"] == 1


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_fix_writes_a_new_dataset_and_never_touches_the_input(tmp_path):
    source = write_jsonl(tmp_path / "data.jsonl", [{"id": "d", "text": DIRTY, "kept": [1, 2]},
                                                   {"id": "c", "text": "Clean text."}])
    before = _digest(source)
    one_error_line(check(tmp_path, "data.jsonl", "--fix"), "--fixed-output")
    one_error_line(check(tmp_path, "data.jsonl", "--fix", "--fixed-output", "data.jsonl"), "never overwrites")
    check(tmp_path, "data.jsonl", "--lang", "en", "--fix", "--fixed-output", "safe.jsonl")
    safe = read_jsonl(tmp_path / "safe.jsonl")
    assert safe[0] == {"id": "d", "text": DIRTY.replace("the the", "the").replace("budget  would", "budget would"),
                       "kept": [1, 2]}
    assert (tmp_path / "safe.jsonl").read_bytes().splitlines()[1] == source.read_bytes().splitlines()[1]
    check(tmp_path, "data.jsonl", "--lang", "en", "--fix", "--unsafe-fixes", "--fixed-output", "all.parquet",
          "--summary", "s.jsonl")
    fixed = pq.read_table(tmp_path / "all.parquet").to_pylist()
    assert "READ" not in fixed[0]["text"] and fixed[0]["kept"] == [1, 2] and fixed[1]["text"] == "Clean text."
    assert read_jsonl(tmp_path / "s.jsonl")[0]["fixed"] >= 3
    assert _digest(source) == before


def test_fix_keeps_every_parquet_column_and_its_type(tmp_path):
    table = pa.table({"id": pa.array([1, 2], pa.int64()), "text": [DIRTY, "Fine."],
                      "score": pa.array([0.5, 0.25], pa.float32())})
    pq.write_table(table, tmp_path / "data.parquet")
    check(tmp_path, "data.parquet", "--lang", "en", "--fix", "--fixed-output", "fixed.parquet")
    fixed = pq.read_table(tmp_path / "fixed.parquet")
    assert fixed.schema == table.schema
    assert fixed.column("text").to_pylist()[0].startswith("The minister said that the budget would")


def test_the_local_engine_reads_ahead_only_a_few_batches():
    """Memory stays flat: the driver keeps a bounded window of batches in flight, not the whole input."""
    pulled = []
    records = [json.dumps({"id": i, "text": "Fine text."}).encode() for i in range(100)]

    def batches():
        for index in range(10_000):
            pulled.append(index)
            yield records

    job = RecordJob(Fields(), Settings(select=("spacing",), language="en"), Policy())
    results = local.run_local(batches(), job, jobs=2)
    for _ in range(3):
        assert len(next(results)) == 100
    results.close()
    assert len(pulled) <= 3 + 2 * local.IN_FLIGHT_PER_WORKER + 2


def test_the_plain_cli_imports_no_dataset_library():
    import subprocess
    import sys

    code = ("import sys, linter.cli; heavy = {'dask', 'distributed', 'pyarrow', 'zstandard', 'fsspec'} & "
            "{name.split('.')[0] for name in sys.modules}; print(sorted(heavy))")
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True).stdout.strip() == "[]"


def test_local_engine_gives_the_same_records_with_one_or_two_jobs(tmp_path):
    write_jsonl(tmp_path / "data.jsonl", corpus_records(200))
    outputs = []
    for jobs in ("1", "2"):
        check(tmp_path, "data.jsonl", "--lang-field", "lang", "--select", FAST_RULES, "--jobs", jobs,
              "-o", f"f{jobs}.jsonl", "--summary", f"s{jobs}.jsonl")
        outputs.append(((tmp_path / f"f{jobs}.jsonl").read_bytes(), (tmp_path / f"s{jobs}.jsonl").read_bytes()))
    assert outputs[0] == outputs[1] and outputs[0][0].count(b"\n") > 30

"""The Dask engine on a two-worker LocalCluster on loopback: the local engine's output, record for record."""
from __future__ import annotations

import gzip
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from newslint_run import newslint, one_error_line
from records_support import FAST_RULES, corpus_records, read_jsonl, write_jsonl

distributed = pytest.importorskip("distributed")  # in the test extra: CI runs these

RECORDS = 10_000
BAD_LINES = (b'{"id": "no-text", "body": "x"}', b'{"id": "number", "text": 3}', b'{"id": "bytes", "text": "caf\xe9"}',
             b"{not json")
LINT = ("--lang-field", "lang", "--select", FAST_RULES, "--exit-zero")


@pytest.fixture(scope="module")
def cluster():
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                                  dashboard_address=None) as local_cluster:
        with distributed.Client(local_cluster) as client:
            yield local_cluster.scheduler_address, client


@pytest.fixture(scope="module")
def dataset(tmp_path_factory) -> Path:
    """10,000 records from the corpus (and four bad ones), with the local engine's outputs beside them."""
    folder = tmp_path_factory.mktemp("records")
    write_jsonl(folder / "data.jsonl", corpus_records(RECORDS), extra_lines=BAD_LINES)
    done = newslint("check", "data.jsonl", *LINT, "-o", "local.jsonl", "--summary", "local-summary.jsonl", cwd=folder)
    assert done.returncode == 0, done.stderr
    return folder


def _same_as_local(folder: Path, findings: str, summary: str) -> None:
    local, remote = read_jsonl(folder / "local-summary.jsonl"), read_jsonl(folder / summary)
    assert len(remote) == RECORDS + len(BAD_LINES)
    assert [row["id"] for row in remote[:RECORDS]] == [f"r{index:06d}" for index in range(RECORDS)]
    assert remote == local
    assert read_jsonl(folder / findings) == read_jsonl(folder / "local.jsonl")
    assert (folder / findings).read_bytes() == (folder / "local.jsonl").read_bytes()
    assert (folder / summary).read_bytes() == (folder / "local-summary.jsonl").read_bytes()


def test_dask_output_equals_the_local_engines_record_for_record(cluster, dataset):
    address, _ = cluster
    assert address.startswith("tcp://127.0.0.1:")
    done = newslint("check", "data.jsonl", *LINT, "--dask", address, "-o", "dask.jsonl", "--summary",
                    "dask-summary.jsonl", cwd=dataset)
    assert done.returncode == 0, done.stderr
    assert done.stderr.splitlines()[-1].startswith(f"{RECORDS + len(BAD_LINES):,} articles, ")
    assert "(4 bad records)" in done.stderr
    assert len(read_jsonl(dataset / "local.jsonl")) > RECORDS // 4  # enough findings to compare
    _same_as_local(dataset, "dask.jsonl", "dask-summary.jsonl")


def test_parquet_row_groups_on_dask_equal_the_local_engine(cluster, tmp_path):
    address, _ = cluster
    pq.write_table(pa.Table.from_pylist(corpus_records(300)), tmp_path / "data.parquet", row_group_size=50)
    outputs = []
    for engine in ((), ("--dask", address)):
        done = newslint("check", "data.parquet", *LINT, *engine, "-o", "f.parquet", "--summary", "s.jsonl",
                        "--fix", "--unsafe-fixes", "--fixed-output", "fixed.parquet", cwd=tmp_path)
        assert done.returncode == 0, done.stderr
        outputs.append([pq.read_table(tmp_path / "f.parquet"), read_jsonl(tmp_path / "s.jsonl"),
                        pq.read_table(tmp_path / "fixed.parquet")])
    assert outputs[0] == outputs[1] and outputs[0][2].num_rows == 300
    assert sum(row["fixed"] for row in outputs[0][1]) > 50  # every fix of these rules applied, on both


def test_a_broken_file_on_dask_is_one_error_line(cluster, tmp_path):
    address, _ = cluster
    (tmp_path / "data.jsonl.gz").write_bytes(gzip.compress(b'{"id": 1, "text": "Fine."}\n' * 10)[:-10])
    one_error_line(newslint("check", "data.jsonl.gz", "--dask", address, "-o", "out.jsonl", cwd=tmp_path),
                   "data.jsonl.gz: cannot read")
    assert not (tmp_path / "out.jsonl").exists()


def test_an_unreachable_scheduler_is_one_error_line(tmp_path):
    write_jsonl(tmp_path / "data.jsonl", [{"id": 1, "text": "Fine."}])
    one_error_line(newslint("check", "data.jsonl", "--dask", "tcp://127.0.0.1:9", cwd=tmp_path),
                   "cannot reach the Dask scheduler at tcp://127.0.0.1:9")


def test_a_worker_killed_mid_run_loses_and_doubles_nothing(cluster, dataset):
    address, client = cluster
    command = [sys.executable, "-m", "linter", "check", "data.jsonl", *LINT, "--dask", address,
               "-o", "killed.jsonl", "--summary", "killed-summary.jsonl"]
    run = subprocess.Popen(command, cwd=dataset, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 240
        busy: list[str] = []
        while not busy and time.monotonic() < deadline and run.poll() is None:
            busy = [worker for worker, tasks in client.processing().items() if tasks]
            time.sleep(0.1)
        assert busy, "no worker ever ran a partition"
        time.sleep(1)  # let the worker get well into its partition
        pids = client.run(os.getpid)
        assert run.poll() is None, "the run ended before a worker could be killed"
        os.kill(pids[busy[0]], signal.SIGKILL)
        _, stderr = run.communicate(timeout=600)
    finally:
        if run.poll() is None:
            run.kill()
    assert run.returncode == 0, stderr.decode()
    client.wait_for_workers(2, timeout=120)
    assert busy[0] not in client.run(os.getpid)  # the worker really died; its nanny started another
    _same_as_local(dataset, "killed.jsonl", "killed-summary.jsonl")

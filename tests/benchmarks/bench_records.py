"""Articles/s and peak memory on a dataset, local engine vs a Dask LocalCluster on loopback.

    python tests/benchmarks/bench_records.py [--count 100000] [--select RULES] [--workers 2]

Builds `--count` records from the labelled corpus (two paragraphs of one language each) as one
JSONL file in a temporary folder, then runs `newslint check data.jsonl --lang-field lang -o
findings.jsonl --summary summary.jsonl`, once on the local engine (every core) and once with
`--dask` on a LocalCluster of `--workers` single-threaded workers bound to 127.0.0.1. Peak RSS is
the largest sum of resident memory over the newslint process and its pool workers (local), or over
the newslint process and the Dask workers (the scheduler, in this process, is left out), sampled
every 0.1 s. It checks that both engines wrote byte-identical outputs and exits 1 when they did not.
"""
from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests"))

from records_support import corpus_records, write_jsonl  # noqa: E402

PAGE = os.sysconf("SC_PAGE_SIZE")


def tree_rss(roots: list[int]) -> int:
    """Resident bytes of the processes `roots` and all their descendants."""
    parents: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                fields = Path(f"/proc/{entry}/stat").read_text().rsplit(")", 1)[1].split()
                parents[int(entry)] = int(fields[1])
            except (OSError, IndexError):
                continue
    members, frontier = set(), [pid for pid in roots if pid in parents]
    while frontier:
        pid = frontier.pop()
        members.add(pid)
        frontier += [child for child, parent in parents.items() if parent == pid and child not in members]
    total = 0
    for pid in members:
        try:
            total += int(Path(f"/proc/{pid}/statm").read_text().split()[1]) * PAGE
        except (OSError, IndexError):
            continue
    return total


def timed(command: list[str], cwd: Path, extra_roots: list[int]) -> tuple[float, int, str]:
    """Wall time, peak RSS of the process tree (plus `extra_roots`), and the last stderr line."""
    start = time.perf_counter()
    process = subprocess.Popen(command, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peak = 0
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.is_set():
            peak = max(peak, tree_rss([process.pid, *extra_roots]))
            time.sleep(0.1)

    sampler = threading.Thread(target=sample)
    sampler.start()
    _, stderr = process.communicate()
    wall = time.perf_counter() - start
    done.set()
    sampler.join()
    if process.returncode not in (0, 1):
        sys.exit(f"{' '.join(command)} failed: {stderr.decode(errors='replace')}")
    return wall, peak, stderr.decode().strip().splitlines()[-1]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=100_000, help="records to lint [100000]")
    parser.add_argument("--select", help="only these rules (comma-separated) [all]")
    parser.add_argument("--workers", type=int, default=2, help="Dask workers (one thread each) [2]")
    options = parser.parse_args()
    from distributed import Client, LocalCluster

    work = Path(tempfile.mkdtemp(prefix="newslint-records-"))
    base = [sys.executable, "-m", "linter", "check", "data.jsonl", "--no-cache", "--lang-field", "lang",
            "--exit-zero", *(["--select", options.select] if options.select else [])]
    try:
        write_jsonl(work / "data.jsonl", corpus_records(options.count))
        size = (work / "data.jsonl").stat().st_size
        local = timed([*base, "-o", "local.jsonl", "--summary", "local-summary.jsonl"], work, [])
        with LocalCluster(n_workers=options.workers, threads_per_worker=1, processes=True, host="127.0.0.1",
                          dashboard_address=None) as cluster, Client(cluster) as client:
            workers = list(client.run(os.getpid).values())
            dask = timed([*base, "--dask", cluster.scheduler_address, "-o", "dask.jsonl", "--summary",
                          "dask-summary.jsonl"], work, workers)
        same = all((work / f"local{part}.jsonl").read_bytes() == (work / f"dask{part}.jsonl").read_bytes()
                   for part in ("", "-summary"))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(f"{options.count:,} records ({size / 2**20:.1f} MiB JSONL), rules: {options.select or 'all'}, "
          f"{os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f}")
    for name, (wall, peak, line) in (("local engine", local), (f"Dask, {options.workers} workers", dask)):
        print(f"  {name:<18} {options.count / wall:8,.0f} articles/s  {wall:7.1f} s  peak RSS {peak / 2**20:6.0f} MiB"
              f"   [{line}]")
    print(f"  outputs byte-identical: {'yes' if same else 'NO'}")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())

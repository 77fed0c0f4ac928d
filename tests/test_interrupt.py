"""Ctrl-C and SIGKILL in the middle of a run leave nothing behind: no half-written output, no
temporary file, no broken cache entry; a killed run's named temporaries are removed by the next
run, but never one a live run is writing."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from linter.atomic import STALE_SECONDS, Temporary, remove_stale_temporaries
from newslint_run import newslint, write

pytestmark = pytest.mark.skipif(os.name != "posix", reason="signals and process groups as a terminal uses them")

DUPLICATE = "The minister said that the the budget would pass.\n"
FIXED = DUPLICATE.replace("the the", "the")
STUCK = "a" * 40 + "b\n"  # the slow rule's pattern backtracks on it until its 30 s limit


def slow_rule_config(folder: Path, extra: str = "") -> None:
    """A user rule that holds each article with STUCK for 30 s, inside the regex engine's C code."""
    write(folder / "rules" / "my-slow-rule.yaml", "id: my-slow-rule\ncheck: pattern\nmessage: slow\npattern: '(a|a)+$'\n")
    write(folder / ".newslint.yaml", "language: en\nrules_paths: [rules]\nselect: [my-slow-rule, duplicated-word]\n"
          "rules: {my-slow-rule: {timeout: 30}}\n" + extra)


def interrupt(args: list[str], cwd: Path, after: float) -> float:
    """Start `newslint ARGS`, send SIGINT to its process group (as a terminal does) `after`
    seconds later, and return how long it took to end; it must end by the signal itself."""
    process = subprocess.Popen([sys.executable, "-m", "linter", *args], cwd=cwd, stdout=subprocess.DEVNULL,
                               stderr=subprocess.PIPE, start_new_session=True)
    try:
        time.sleep(after)
        assert process.poll() is None, "the run ended before Ctrl-C: make it longer"
        sent = time.monotonic()
        os.killpg(process.pid, signal.SIGINT)
        assert process.wait(timeout=10) == -signal.SIGINT, process.stderr.read()
        return time.monotonic() - sent
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
        process.stderr.close()


def temporaries(folder: Path) -> list[Path]:
    return sorted(folder.rglob(".newslint-*"))


def test_ctrl_c_in_a_fix_run_leaves_every_file_whole_and_no_temporary(tmp_path):
    slow_rule_config(tmp_path)
    for index in range(40):
        write(tmp_path / "content" / f"a{index:02}.md", DUPLICATE if index % 2 else STUCK + "\n" + DUPLICATE)
    interrupt(["check", "--no-cache", "--fix", "--jobs", "2", "content"], tmp_path, after=4)
    assert temporaries(tmp_path) == []
    for path in (tmp_path / "content").iterdir():
        text = path.read_text(encoding="utf-8")
        assert text in (DUPLICATE, FIXED, STUCK + "\n" + DUPLICATE, STUCK + "\n" + FIXED), path


def test_ctrl_c_in_a_cached_run_leaves_only_whole_cache_entries(tmp_path):
    slow_rule_config(tmp_path)
    for index in range(40):
        write(tmp_path / "content" / f"a{index:02}.md", DUPLICATE if index < 30 else STUCK)
    interrupt(["check", "--cache-dir", "cache", "content"], tmp_path, after=4)
    assert temporaries(tmp_path) == []
    for entry in (tmp_path / "cache").rglob("*.json"):
        json.loads(entry.read_text(encoding="ascii"))


@pytest.mark.parametrize("outputs", [["-o", "findings.jsonl.gz", "--summary", "summary.parquet"],
                                     ["-o", "findings.parquet", "--fix", "--fixed-output", "clean.jsonl"]],
                         ids=["findings-and-summary", "fixed-dataset"])
def test_ctrl_c_in_a_dataset_run_leaves_no_output_and_no_temporary(tmp_path, outputs):
    pytest.importorskip("pyarrow")
    slow_rule_config(tmp_path)
    records = [{"id": f"r{index}", "text": DUPLICATE} for index in range(600)]
    records += [{"id": f"s{index}", "text": STUCK} for index in range(20)]
    write(tmp_path / "data.jsonl", "".join(json.dumps(record) + "\n" for record in records))
    interrupt(["check", "data.jsonl", "--jobs", "2", *outputs], tmp_path, after=6)
    assert sorted(path.name for path in tmp_path.iterdir()) == [".newslint.yaml", "data.jsonl", "rules"]


def test_stale_temporaries_go_only_when_their_process_is_gone_and_they_are_old(tmp_path):
    finished = subprocess.Popen([sys.executable, "-c", "pass"])
    finished.wait()
    old = time.time() - STALE_SECONDS - 60
    dead_old = write(tmp_path / f".newslint-{finished.pid}-k1ll3d.tmp", "{")
    dead_new = write(tmp_path / f".newslint-{finished.pid}-fr3sh.tmp", "{")
    live_old = write(tmp_path / f".newslint-{os.getppid()}-l0ng.tmp", "{")  # a long dataset run's output
    own_old = write(tmp_path / f".newslint-{os.getpid()}-m1ne.tmp", "{")
    unowned_old = write(tmp_path / ".newslint-abcdefgh.tmp", "{")  # named before names had a process id
    for path in (dead_old, live_old, own_old, unowned_old):
        os.utime(path, (old, old))
    remove_stale_temporaries(str(tmp_path))
    assert sorted(path.name for path in temporaries(tmp_path)) == sorted(
        path.name for path in (dead_new, live_old, own_old, unowned_old))


def test_a_dataset_run_removes_a_killed_runs_temporaries(tmp_path):
    finished = subprocess.Popen([sys.executable, "-c", "pass"])
    finished.wait()
    stale = write(tmp_path / f".newslint-{finished.pid}-k1ll3d.tmp", "{")
    os.utime(stale, (1_000_000_000, 1_000_000_000))
    write(tmp_path / "data.jsonl", json.dumps({"id": "a", "text": DUPLICATE}) + "\n")
    done = newslint("check", "data.jsonl", "--lang", "en", "-o", "findings.jsonl", cwd=tmp_path)
    assert done.returncode == 1, done.stderr
    assert not stale.exists() and (tmp_path / "findings.jsonl").exists()


def test_a_temporary_has_no_name_while_it_is_written(tmp_path):
    temporary = Temporary("out.txt", str(tmp_path))
    with temporary.open() as handle:
        handle.write(b"half")
    if temporary.name is not None:
        pytest.skip("this file system has no anonymous files (O_TMPFILE): named, removed by the next run")
    assert list(tmp_path.iterdir()) == []
    temporary.commit(str(tmp_path / "out.txt"), 0o644)
    assert [path.name for path in tmp_path.iterdir()] == ["out.txt"]
    assert (tmp_path / "out.txt").read_bytes() == b"half"
    assert (tmp_path / "out.txt").stat().st_mode & 0o777 == 0o644


def _children(pid: int) -> list[int]:
    """The processes whose parent is `pid` (Linux /proc)."""
    found = []
    for entry in Path("/proc").iterdir():
        try:
            if entry.name.isdigit() and int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1]) == pid:
                found.append(int(entry.name))
        except (OSError, ValueError, IndexError):
            pass
    return found


def _running(pid: int) -> bool:
    try:
        return (Path("/proc") / str(pid) / "stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc to find the workers")
@pytest.mark.parametrize("what", ["files", "dataset"])
def test_workers_end_with_the_run_when_sigint_reaches_it_alone(tmp_path, what):
    """`kill -INT PID` (not the group, as a CI runner may do): the workers, busy inside a long
    match, must not live on."""
    slow_rule_config(tmp_path)
    for index in range(80):
        write(tmp_path / "content" / f"a{index:02}.md", STUCK + "\n" + DUPLICATE)
    write(tmp_path / "data.jsonl", "".join(json.dumps({"id": f"s{index}", "text": STUCK}) + "\n" for index in range(80)))
    args = ["content"] if what == "files" else ["data.jsonl", "--summary", "summary.jsonl"]
    process = subprocess.Popen([sys.executable, "-m", "linter", "check", "--no-cache", "--jobs", "2", *args],
                               cwd=tmp_path, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    workers: list[int] = []
    try:
        for _ in range(100):  # until both workers have started
            workers = _children(process.pid)
            if len(workers) >= 2:
                break
            time.sleep(0.1)
        assert len(workers) >= 2
        os.kill(process.pid, signal.SIGINT)
        assert process.wait(timeout=10) == -signal.SIGINT
        deadline = time.monotonic() + 10  # the kernel ends them at once; this only bounds the test
        while any(map(_running, workers)) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert not any(map(_running, workers))
    finally:
        for pid in [process.pid, *workers]:
            try:
                os.kill(pid, signal.SIGKILL)
            except OSError:
                pass
    assert temporaries(tmp_path) == []

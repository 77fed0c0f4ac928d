"""Benchmark --jobs and the cache on a folder of 1,000 articles.

    python tests/benchmarks/bench_parallel.py [--count 1000] [--jobs 2] [--repeat 3] [--format json]

Builds the folder in a temporary directory from the seed and the labelled corpus (plain-text
articles get their paragraphs rotated, so that copies differ), then times, each in a fresh
process: `--jobs 1 --no-cache`, `--jobs N --no-cache`, a first run that fills the cache and a
second, cached run, and a cached run after a line was appended to one file (a new line before
each run: the pre-commit case of a cached repository). Each timing is the best of `--repeat`
runs (the cached one starts from the filled cache each time); CPU time counts every process.
It checks that all the outputs but the edited tree's are byte-identical and exits 1 when they
are not.
"""
from __future__ import annotations

import argparse
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SOURCES = sorted([*ROOT.glob("seeds/*.txt"), *ROOT.glob("tests/corpus/*.txt"), *ROOT.glob("tests/corpus/*.md")])


def build(folder: Path, count: int) -> None:
    """`count` articles: copies of the sources, plain-text ones with their paragraphs rotated."""
    folder.mkdir()
    texts = [(source, source.read_text(encoding="utf-8")) for source in SOURCES]
    for index in range(count):
        source, text = texts[index % len(texts)]
        turn = index // len(texts)
        if source.suffix == ".txt" and turn:
            paragraphs = text.split("\n\n")
            turn %= len(paragraphs)
            text = "\n\n".join(paragraphs[turn:] + paragraphs[:turn])
        (folder / f"{index:04d}-{source.name}").write_text(text, encoding="utf-8")


def newslint(*args: str, cwd: Path) -> tuple[float, float, bytes]:
    """Wall time and CPU time (workers included) of `newslint ARGS` in a fresh process; its output."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "linter", *args], cwd=cwd, capture_output=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode not in (0, 1):
        sys.exit(f"newslint {' '.join(args)} failed: {done.stderr.decode(errors='replace')}")
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    return wall, cpu, done.stdout


def best(repeat: int, *args: str, cwd: Path, before=None) -> tuple[float, float, bytes]:
    """The fastest of `repeat` runs (calling `before()` ahead of each)."""
    runs = []
    for _ in range(repeat):
        if before:
            before()
        runs.append(newslint(*args, cwd=cwd))
    return min(runs, key=lambda run: run[0])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=1000, help="articles to lint [1000]")
    parser.add_argument("--jobs", type=int, default=2, help="processes to compare with one [2]")
    parser.add_argument("--repeat", type=int, default=3, help="runs per timing, the best is kept [3]")
    parser.add_argument("--format", default="json", help="output format compared byte for byte [json]")
    options = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="newslint-bench-"))
    cache = work / ".newslint_cache"
    report = ("--format", options.format, "articles")
    jobs = ("--jobs", str(options.jobs))
    try:
        build(work / "articles", options.count)
        runs = {
            "--jobs 1, no cache": best(options.repeat, "check", "--no-cache", "--jobs", "1", *report, cwd=work),
            f"{' '.join(jobs)}, no cache": best(options.repeat, "check", "--no-cache", *jobs, *report, cwd=work),
            f"{' '.join(jobs)}, filling the cache": best(options.repeat, "check", *jobs, *report, cwd=work,
                                                        before=lambda: shutil.rmtree(cache, ignore_errors=True)),
            f"{' '.join(jobs)}, cached re-run": best(options.repeat, "check", *jobs, *report, cwd=work),
        }
        edited = sorted((work / "articles").iterdir())[0]
        edits = iter(range(1, options.repeat + 1))

        def edit() -> None:  # a new line each time, as an editor saves the file it was changing
            with open(edited, "a", encoding="utf-8") as handle:
                handle.write(f"\nUna riga aggiunta, la {next(edits)}.\n")

        runs[f"{' '.join(jobs)}, cached, one file edited"] = best(options.repeat, "check", *jobs, *report, cwd=work,
                                                                  before=edit)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    outputs = {output for _, _, output in list(runs.values())[:-1]}  # the edited tree's differs
    (serial, *_), (parallel, *_) = list(runs.values())[:2]
    print(f"{options.count} articles ({len(SOURCES)} sources); output {len(next(iter(outputs))):,} bytes; "
          f"best of {options.repeat}")
    for name, (wall, cpu, _) in runs.items():
        print(f"  {name:<34} {wall:7.2f} s wall  {cpu:7.2f} s CPU   x{serial / wall:.2f} vs --jobs 1")
    print(f"  speed-up with {' '.join(jobs)}: x{serial / parallel:.2f}")
    print(f"  outputs byte-identical across all runs: {'yes' if len(outputs) == 1 else 'NO'}")
    return 0 if len(outputs) == 1 else 1


if __name__ == "__main__":
    sys.exit(main())

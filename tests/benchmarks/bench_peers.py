"""newslint's speed beside proselint's and codespell's, measured in the same invocation.

    pip install proselint codespell        # the peers, into the same environment
    python tests/benchmarks/bench_peers.py [--copies 4200] [--sizes 1,3,10] [--repeat 3]

Cases (issue #11): one file, the seed, with `--no-cache` (the pre-commit case); a folder of
`--copies` articles made from the seed and the labelled corpus, newslint with `--jobs 1` and
`--jobs 2`; single files of `--sizes` megabytes (Italian articles repeated), with peak memory;
and a cached tree of those articles with one file edited. Every timing is the wall time of a
fresh process, the best of `--repeat` runs (the big files: one run), after one untimed run of
the seed that writes newslint's bytecode and fills its user cache folder, as an installed
newslint has them. A peer that is not
installed, or that runs past `--timeout`, is shown as `-`. Ends with the issue's targets.
"""
from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench_parallel import ROOT, SOURCES, build  # run as a script, beside it

SEED = ROOT / "seeds" / "000_434f281fc8fc4eb1.txt"
NEWSLINT = [sys.executable, "-m", "linter", "check", "--format", "json", "--quiet"]
# Every tool runs as installed: with its compiled bytecode (pip writes the peers' at install;
# newslint's, in a checkout, is written by the warm-up run even where this variable is set).
ENVIRONMENT = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}


def peers() -> dict[str, list[str]]:
    """Each installed peer's command, to which the paths are added."""
    found = {}
    for name, command in (("proselint", ["proselint", "check"]), ("codespell", ["codespell"])):
        if shutil.which(command[0]):
            found[name] = command
    return found


def run(command: list[str], cwd: Path, timeout: float) -> tuple[float, float] | None:
    """Wall seconds and peak resident megabytes of one fresh process (None past the timeout)."""
    start = time.perf_counter()
    process = subprocess.Popen(command, cwd=cwd, env=ENVIRONMENT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = start + timeout
    while True:
        pid, status, usage = os.wait4(process.pid, os.WNOHANG)
        if pid:
            break
        if time.perf_counter() > deadline:
            process.kill()
            process.wait()
            return None
        time.sleep(0.005)
    wall = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode not in (0, 1, 65):  # codespell exits 65 when it finds misspellings
        sys.exit(f"{' '.join(command)} failed with exit status {process.returncode}")
    return wall, usage.ru_maxrss / 1024


def best(repeat: int, command: list[str], cwd: Path, timeout: float, before=None) -> tuple[float, float] | None:
    results = []
    for _ in range(repeat):
        if before:
            before()
        result = run(command, cwd, timeout)
        if result is None:
            return None
        results.append(result)
    return min(results)


def build_tree(folder: Path, copies: int) -> int:
    """`copies` articles, as bench_parallel.py makes them; their size in bytes."""
    build(folder, copies)
    return sum(path.stat().st_size for path in folder.iterdir())


def build_big(path: Path, megabytes: int) -> None:
    """Italian articles of the corpus, one after another, to the size asked."""
    italian = "\n\n".join(s.read_text(encoding="utf-8") for s in SOURCES if s.name.startswith(("000_", "it-")))
    text = (italian + "\n\n") * (megabytes * 1_000_000 // len(italian.encode("utf-8")) + 1)
    data = text.encode("utf-8")[:megabytes * 1_000_000].decode("utf-8", "ignore")
    path.write_text(data[:data.rfind("\n") + 1], encoding="utf-8")


def show(label: str, results: dict[str, tuple[float, float] | None], size: int | None = None,
         memory: bool = False) -> None:
    cells = []
    for name, result in results.items():
        if result is None:
            cells.append(f"{name} -")
            continue
        wall, rss = result
        cell = f"{name} {wall:.2f} s"
        if size:
            cell += f" ({size / wall / 1e6:.2f} MB/s)"
        if memory:
            cell += f" {rss:.0f} MB"
        cells.append(cell)
    print(f"{label:<34} " + " | ".join(cells), flush=True)


def ratio(a: tuple[float, float] | None, b: tuple[float, float] | None) -> str:
    return f"x{b[0] / a[0]:.2f}" if a and b else "-"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=4200, help="articles in the folder [4200]")
    parser.add_argument("--sizes", default="1,3,10", help="megabytes of the single big files [1,3,10]")
    parser.add_argument("--repeat", type=int, default=3, help="runs per timing, the best is kept [3]")
    parser.add_argument("--timeout", type=float, default=900, help="seconds before a run counts as '-' [900]")
    options = parser.parse_args()
    others = peers()
    work = Path(tempfile.mkdtemp(prefix="newslint-peers-"))
    (work / ".newslint.yaml").write_text("max_file_size: 100000000\n", encoding="utf-8")  # the big files
    targets = []
    try:
        run([*NEWSLINT, "--no-cache", str(SEED)], work, options.timeout)  # warm-up: bytecode, user cache folder
        single = {"newslint": best(options.repeat, [*NEWSLINT, "--no-cache", str(SEED)], work, options.timeout)}
        single.update({name: best(options.repeat, [*command, str(SEED)], work, options.timeout)
                       for name, command in others.items()})
        show("one file, the seed, --no-cache", single)
        if "proselint" in others:
            targets.append(("one file: newslint's time / proselint's <= 1",
                            single["newslint"][0] / single["proselint"][0] if single["proselint"] else None, 1.0))

        tree = work / "articles"
        size = build_tree(tree, options.copies)
        folder = {f"newslint --jobs {jobs}": best(options.repeat, [*NEWSLINT, "--no-cache", "--jobs", str(jobs),
                                                                    "articles"], work, options.timeout)
                  for jobs in (1, 2)}
        folder.update({name: best(options.repeat, [*command, "articles"], work, options.timeout)
                       for name, command in others.items()})
        show(f"{options.copies} articles ({size / 1e6:.2f} MB)", folder, size)
        one, two = folder["newslint --jobs 1"], folder["newslint --jobs 2"]
        print(f"{'--jobs 2 over --jobs 1':<34} {ratio(two, one)}")
        targets.append(("--jobs 2 over --jobs 1 >= 1.8", one[0] / two[0] if one and two else None, 1.8, True))
        if "proselint" in others:
            print(f"{'newslint --jobs 2 over proselint':<34} {ratio(two, folder['proselint'])}")
            targets.append(("--jobs 2 MB/s over proselint's >= 10",
                            folder["proselint"][0] / two[0] if two and folder["proselint"] else None, 10.0, True))

        cache = work / "cache"
        filling = [*NEWSLINT, "--cache-dir", str(cache), "--jobs", "2", "articles"]
        run(filling, work, options.timeout)
        edited = next(iter(sorted(tree.iterdir())))

        def edit() -> None:
            with open(edited, "a", encoding="utf-8") as handle:
                handle.write("\nUna riga aggiunta.\n")

        cached = {"newslint": best(options.repeat, filling, work, options.timeout, before=edit)}
        show("cached tree, one file edited", cached)
        targets.append(("cached tree, one edited file (s) < 0.3", cached["newslint"][0] if cached["newslint"] else None,
                        0.3))

        first = None
        for megabytes in (int(value) for value in options.sizes.split(",") if value):
            big = work / f"big-{megabytes}mb.txt"
            build_big(big, megabytes)
            results = {"newslint": run([*NEWSLINT, "--no-cache", big.name], work, options.timeout)}
            results.update({name: run([*command, big.name], work, options.timeout)
                            for name, command in others.items()})
            show(f"one file of {megabytes} MB", results, megabytes * 1_000_000, memory=True)
            mine = results["newslint"]
            if first is None:
                first = (megabytes, mine)
            elif mine and first[1]:
                targets.append((f"{megabytes} MB time / {first[0]} MB time <= 12",
                                mine[0] / first[1][0], 12.0))
            if mine:
                targets.append((f"{megabytes} MB peak memory (MB) < 300", mine[1], 300.0))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print("\ntargets (issue #11):")
    for label, value, bound, *at_least in targets:
        met = value is not None and (value >= bound if at_least else value <= bound)
        shown = "-" if value is None else f"{value:.2f}"
        print(f"  {'met    ' if met else 'NOT met'}  {label}: {shown}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

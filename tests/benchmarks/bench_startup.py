"""Start-up cost of one file, the pre-commit case: `python tests/benchmarks/bench_startup.py`.

Times `newslint check FILE --no-cache` for the seed (language identified from the text), for a
Markdown article with front matter, and for two open-set articles with what the others lack (an
elided date, accented letters side by side: each once loaded a library), beside `proselint check FILE` when proselint is
installed, each the median of `--runs` fresh processes: wall seconds and CPU seconds (user +
system; on a busy machine CPU is the figure to compare). newslint runs as an installed package
does: with its compiled bytecode (a warm-up run writes it, even where PYTHONDONTWRITEBYTECODE
is set, as pip does at install) and with the user cache folder filled (word lexicons, the
language model, parsed rules, compiled patterns); the first run with an empty user cache
folder is timed once apart. With `--against DIR` (another checkout, such as a worktree of the
commit before a change) that checkout's newslint runs too, its processes alternating with
this one's and proselint's, so the three medians share the machine's load. Ends with the heavy
libraries `import linter.cli` pulls in (none should: they load when a rule needs them).
"""
from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HEAVY = ("wordfreq", "py3langid", "numpy", "ftfy", "language_tool_python", "markdown_it")
CASES = (("seed, language identified", "seeds/000_434f281fc8fc4eb1.txt"),
         ("Markdown, front matter", "tests/corpus/it-05-mostra.md"),
         # Text the two above lack: an elided date (`dell'8`) and accents side by side (`ção`).
         ("Italian, an elided date", "tests/heldout/set11/it-03-alluvione-valdarno.txt"),
         ("Portuguese, no mojibake", "tests/heldout/set10/pt-01-museu-azulejo.txt"))
# Bytecode written as an installed package has it (the variable stops only the writing).
ENVIRONMENT = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}


def timed(command: list[str], environment: dict[str, str], cwd: Path = ROOT) -> tuple[float, float]:
    """Wall and CPU seconds of one fresh process (`python -m linter` runs the checkout at `cwd`)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(command, cwd=cwd, env=environment, capture_output=True, check=False)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def median(command: list[str], runs: int, environment: dict[str, str] = ENVIRONMENT) -> tuple[float, float]:
    results = [timed(command, environment) for _ in range(runs)]
    return statistics.median(r[0] for r in results), statistics.median(r[1] for r in results)


def alternating(commands: dict[str, tuple[list[str], Path]], runs: int) -> dict[str, tuple[float, float]]:
    """Each command's median wall and CPU seconds, their fresh processes taking turns."""
    results: dict[str, list[tuple[float, float]]] = {name: [] for name in commands}
    for _ in range(runs):
        for name, (command, cwd) in commands.items():
            results[name].append(timed(command, ENVIRONMENT, cwd))
    return {name: (statistics.median(r[0] for r in found), statistics.median(r[1] for r in found))
            for name, found in results.items()}


def heavy_imports() -> list[str]:
    probe = f"import sys, linter.cli; print(' '.join(m for m in {HEAVY!r} if m in sys.modules))"
    done = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, check=True)
    return done.stdout.split()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="fresh processes per timing, the median is kept [7]")
    parser.add_argument("--against", type=Path, help="another checkout to time beside this one, alternating")
    options = parser.parse_args()
    runs = options.runs
    newslint = [sys.executable, "-m", "linter", "check", "--no-cache", "-q"]
    proselint = shutil.which("proselint")
    empty = tempfile.mkdtemp(prefix="newslint-cold-")
    try:
        cold = timed([*newslint, CASES[0][1]], {**ENVIRONMENT, "XDG_CACHE_HOME": empty})
    finally:
        shutil.rmtree(empty, ignore_errors=True)
    print(f"{'seed, empty user cache (once)':<31} newslint {cold[0]:.2f} s wall {cold[1]:.2f} s CPU")
    wall, cpu = median([sys.executable, "-m", "linter", "--version"], runs)
    print(f"{'python -m linter --version':<31} newslint {wall:.2f} s wall {cpu:.2f} s CPU")
    for label, path in CASES:
        commands = {"newslint": ([*newslint, path], ROOT)}
        if options.against:
            commands["--against"] = ([*newslint, path], options.against.resolve())
        if proselint:
            commands["proselint"] = ([proselint, "check", path], ROOT)
        for command, cwd in commands.values():
            timed(command, ENVIRONMENT, cwd)  # warm-up: bytecode and user cache
        found = alternating(commands, runs)
        mine = found["newslint"]
        line = f"{label:<31} newslint {mine[0]:.2f} s wall {mine[1]:.3f} s CPU"
        if options.against:
            line += f" | --against {found['--against'][0]:.2f} s wall {found['--against'][1]:.3f} s CPU"
        if proselint:
            theirs = found["proselint"]
            line += (f" | proselint {theirs[0]:.2f} s wall {theirs[1]:.3f} s CPU"
                     f" | newslint/proselint wall x{mine[0] / theirs[0]:.2f}, CPU x{mine[1] / theirs[1]:.2f}")
        print(line, flush=True)
    print(f"{'heavy modules imported by the CLI':<31} {', '.join(heavy_imports()) or 'none'}")


if __name__ == "__main__":
    main()

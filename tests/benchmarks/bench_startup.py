"""Start-up cost of one file, the pre-commit case: `python tests/benchmarks/bench_startup.py`.

Prints the median wall time of `newslint check FILE --no-cache` for the seed (language
identified from the text) and for a Markdown article that declares its language, and which
heavy libraries `import linter.cli` pulls in (none should: they load when a rule needs them).
"""
from __future__ import annotations

import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HEAVY = ("wordfreq", "py3langid", "numpy", "ftfy", "language_tool_python", "markdown_it")
RUNS = 7


def median_seconds(*args: str) -> float:
    """Median wall time of `python -m linter ARGS`."""
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-m", "linter", *args], cwd=ROOT, capture_output=True, check=False)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def heavy_imports() -> list[str]:
    probe = f"import sys, linter.cli; print(' '.join(m for m in {HEAVY!r} if m in sys.modules))"
    done = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, check=True)
    return done.stdout.split()


def main() -> None:
    baseline = median_seconds("--version")
    print(f"python -m linter --version           {baseline:.2f} s (interpreter and CLI import)")
    for label, path in (("seed, language identified", "seeds/000_434f281fc8fc4eb1.txt"),
                        ("Markdown article, language declared", "tests/corpus/it-05-mostra.md")):
        print(f"{label:<37}{median_seconds('check', '--no-cache', '-q', path):.2f} s")
    print(f"heavy modules imported by the CLI    {', '.join(heavy_imports()) or 'none'}")


if __name__ == "__main__":
    main()

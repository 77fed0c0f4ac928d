"""The grammar rule's cost with a local LanguageTool: requests and latency per article, runs with --jobs, the cache.

    NEWSLINT_LANGUAGETOOL_URL=$(newslint languagetool serve --detach --port 0)
    python tests/benchmarks/bench_languagetool.py --url "$NEWSLINT_LANGUAGETOOL_URL" [PATHS ...]

PATHS default to the seed and the labelled corpora (113 articles in seven languages). Per article:
the requests the grammar rule sends and the time LanguageTool takes to answer them (in-process,
one at a time, the rule's defaults). Then whole `newslint check --select grammar` runs over the
same articles: --jobs 1 and --jobs 2 without the cache, and a re-run that the cache answers.
Per-1,000-article figures are the measured per-article mean times 1,000.
"""
from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from linter.config import Settings  # noqa: E402
from linter.engine import prepare_document  # noqa: E402
from linter.formats import format_for  # noqa: E402
from linter.languagetool.checker import check_document  # noqa: E402
from linter.languagetool.chunks import chunks  # noqa: E402
from linter.languagetool.defaults import load_defaults  # noqa: E402
from linter.languagetool.options import DEFAULT_MAX_REQUEST_CHARS, Options  # noqa: E402
from linter.registry import load_registry  # noqa: E402
from linter.source import read_source  # noqa: E402

DEFAULT_PATHS = [ROOT / "seeds", ROOT / "tests" / "corpus", ROOT / "tests" / "corpus-extra"]


def articles(paths: list[Path]) -> list[Path]:
    found = []
    for path in paths:
        files = [path] if path.is_file() else sorted(p for p in path.rglob("*") if p.suffix in (".txt", ".md"))
        found += [p for p in files if p.name.lower() != "readme.md"]
    return found


def per_article(files: list[Path], url: str) -> tuple[list[int], list[float]]:
    registry = load_registry(())
    defaults = load_defaults(registry.specs["grammar"].data)
    options = Options(url=url, timeout=300)
    requests, seconds = [], []
    for path in files:
        doc = prepare_document(read_source(str(path)).text, str(path), Settings(), format_for(str(path)),
                               registry.languages)
        requests.append(sum(1 for chunk in chunks(doc, DEFAULT_MAX_REQUEST_CHARS) if chunk.has_prose))
        started = time.perf_counter()
        check_document(doc, options, defaults)
        seconds.append(time.perf_counter() - started)
    return requests, seconds


def timed_run(folder: Path, url: str, *options: str) -> float:
    command = [sys.executable, "-m", "linter", "check", "--isolated", "--select", "grammar", "--format", "json",
               "--languagetool-url", url, *options, str(folder)]
    started = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, timeout=7200)
    elapsed = time.perf_counter() - started
    if done.returncode not in (0, 1) or done.stderr:
        raise SystemExit(f"run failed ({done.returncode}): {done.stderr.strip()}")
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("paths", nargs="*", type=Path, default=DEFAULT_PATHS)
    parser.add_argument("--url", required=True)
    args = parser.parse_args()
    url = args.url.rstrip("/")
    files = articles(args.paths)
    requests, seconds = per_article(files, url)
    mean = statistics.mean(seconds)
    print(f"articles                      {len(files)} ({sum(len(read_source(str(p)).text) for p in files) // len(files)} "
          f"characters on average)")
    print(f"requests per article          mean {statistics.mean(requests):.2f}, max {max(requests)}")
    print(f"latency per article           median {statistics.median(seconds):.3f} s, "
          f"p90 {statistics.quantiles(seconds, n=10)[-1]:.3f} s, mean {mean:.3f} s")
    print(f"per 1,000 articles, one at a time  {mean * 1000:.0f} s")
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch) / "articles"
        folder.mkdir()
        for i, path in enumerate(files):
            shutil.copy(path, folder / f"{i:04}-{path.name}")
        cache = Path(scratch) / "cache"
        for jobs in (1, 2):
            elapsed = timed_run(folder, url, "--no-cache", "--jobs", str(jobs))
            print(f"newslint check --jobs {jobs} --no-cache   {elapsed:.1f} s ({elapsed / len(files) * 1000:.0f} s per 1,000)")
        filling = timed_run(folder, url, "--jobs", "2", "--cache-dir", str(cache))
        cached = timed_run(folder, url, "--jobs", "2", "--cache-dir", str(cache))
        print(f"newslint check --jobs 2, filling the cache  {filling:.1f} s")
        print(f"newslint check --jobs 2, cached re-run      {cached:.2f} s (every file a cache hit: "
              f"{len(list(cache.rglob('*.json')))} entries)")


if __name__ == "__main__":
    main()

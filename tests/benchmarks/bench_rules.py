"""Where one document's time goes: CPU per rule, in one process, over many articles or one big file.

    python tests/benchmarks/bench_rules.py [--copies 600] [--megabytes 0]

Builds `--copies` articles as bench_parallel.py does (or, with `--megabytes N`, one Italian
file of N MB as bench_peers.py does), lints each once to load what the rules need, then
times reading and parsing (`<document>`) and each rule's run, in CPU seconds, without the
start-up, the worker pool or the reporters that bench_peers.py counts too. Ends with the CPU
per article (or per MB) and the process's peak resident memory.
"""
from __future__ import annotations

import argparse
import resource
import shutil
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

from bench_parallel import ROOT, build  # run as a script, beside it
from bench_peers import build_big
from linter.config import Settings
from linter.engine import lint_document, prepare_document
from linter.formats import format_for
from linter.ruleset import build_ruleset
from linter.source import read_source

LIMIT = 100_000_000  # bytes: the big files too


def lint(path: Path, settings: Settings, seconds: dict[str, float]) -> None:
    """Lint one file, adding the CPU time of its parsing and of each rule to `seconds`."""
    ruleset = build_ruleset(settings)
    started = time.process_time()
    source = read_source(str(path), LIMIT)
    doc = prepare_document(source.text, str(path), settings, format_for(str(path)), ruleset.registry.languages)
    doc.lang_data = ruleset.registry.languages.get(doc.language, {})
    doc.languages = ruleset.registry.languages
    seconds["<document>"] += time.process_time() - started
    lint_document(doc, _Only(ruleset, [_Timed(rule, seconds) for rule in ruleset.for_language(doc.language)]))


class _Timed:
    """A rule whose runs add their CPU time to `seconds[rule id]`."""

    def __init__(self, rule, seconds: dict[str, float]):
        self.rule, self.seconds = rule, seconds

    def __getattr__(self, name: str):
        return getattr(self.rule, name)

    def run(self, doc):
        started = time.process_time()
        found = list(self.rule.run(doc))
        self.seconds[self.rule.id] += time.process_time() - started
        return found


class _Only:
    """The rule set, giving every document the timed rules."""

    def __init__(self, ruleset, rules: list):
        self.ruleset, self.rules_for = ruleset, rules

    def __getattr__(self, name: str):
        return getattr(self.ruleset, name)

    def for_language(self, language):
        return self.rules_for


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=600, help="articles [600]")
    parser.add_argument("--megabytes", type=int, default=0, help="one file of this many MB instead [0]")
    options = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="newslint-rules-"))
    try:
        if options.megabytes:
            paths = [work / "big.txt"]
            build_big(paths[0], options.megabytes)
        else:
            build(work / "articles", options.copies)
            paths = sorted((work / "articles").iterdir())
        settings = Settings(max_file_size=LIMIT)
        warm: dict[str, float] = defaultdict(float)
        for path in paths[:60] if not options.megabytes else [ROOT / "seeds" / "000_434f281fc8fc4eb1.txt"]:
            lint(path, settings, warm)
        seconds: dict[str, float] = defaultdict(float)
        for path in paths:
            lint(path, settings, seconds)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    total = sum(seconds.values())
    for name, spent in sorted(seconds.items(), key=lambda item: -item[1]):
        print(f"{spent:8.3f} s  {name}")
    unit = f"{total / options.megabytes:.2f} s per MB" if options.megabytes else f"{total / len(paths) * 1000:.2f} ms per article"
    print(f"{total:8.3f} s  in all ({unit}); peak memory {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())

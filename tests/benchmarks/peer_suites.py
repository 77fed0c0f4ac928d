"""Benchmark on other checkers' own test cases (../shared/peer-suites).

    python tests/benchmarks/peer_suites.py [PATH] [--verbose]

Each case's category maps to one newslint rule; the case's text is linted in its language with
that rule alone, and the case agrees when newslint flags it exactly when the source test expects
at least one match: (findings of the rule > 0) == (expected_matches > 0). Only presence is
compared, never the count, also for ``count_scope: all_rules`` cases, whose counts include
other rules of the source tool. Cases whose source checks Markdown (textlint, Vale's ``.md``
fixtures) are linted as Markdown, the others as plain text. Categories ``capitalization`` and
``other`` and languages newslint does not support are skipped. Exit code 0 always.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT), str(ROOT / "tests" / "eval")]  # the checkout's linter; the table

from scoring import format_table  # noqa: E402

import linter  # noqa: E402

DEFAULT_PATH = ROOT.parent / "shared" / "peer-suites"
SUPPORTED = frozenset({"it", "en", "de", "fr", "es", "pt", "nl"})
RULE_OF_CATEGORY = {
    "duplicated-word": "duplicated-word",
    "lowercase-sentence-start": "lowercase-sentence-start",
    "whitespace": "spacing",
    "space-before-punct": "spacing",
    "missing-space-after-punct": "spacing",
    "unpaired-bracket": "unbalanced-quotes",
}


@dataclass
class Agreement:
    """Cases that should be flagged and cases that must not be, and how many of each agree."""

    flag: int = 0
    flag_agree: int = 0
    clean: int = 0
    clean_agree: int = 0

    def add(self, expected: bool, agrees: bool) -> None:
        if expected:
            self.flag, self.flag_agree = self.flag + 1, self.flag_agree + agrees
        else:
            self.clean, self.clean_agree = self.clean + 1, self.clean_agree + agrees

    def cells(self) -> list[str]:
        cases, agree = self.flag + self.clean, self.flag_agree + self.clean_agree
        return [
            str(cases),
            f"{100 * agree / max(cases, 1):.1f}%",
            f"{self.flag_agree}/{self.flag}",
            f"{self.clean_agree}/{self.clean}",
        ]


def is_markdown(case: dict) -> bool:
    """textlint rules run on the Markdown AST, and Vale reads its ``.md`` fixtures as Markdown."""
    return case["id"].startswith("textlint") or case["source"].split("#")[0].endswith(".md")


def flagged(case: dict, rule: str) -> bool:
    """Whether newslint, running ``rule`` alone, flags the case's text (as its source read it)."""
    path = f"{case['id']}.md" if is_markdown(case) else f"{case['id']}.txt"
    findings = linter.lint_text(case["text"], path=path, language=case["lang"], select=[rule])
    return any(f.rule == rule for f in findings)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("path", nargs="?", type=Path, default=DEFAULT_PATH)
    parser.add_argument("--verbose", action="store_true", help="list the disagreements")
    args = parser.parse_args(argv)

    groups: dict[str, dict[str, Agreement]] = defaultdict(lambda: defaultdict(Agreement))
    overall, skipped, disagreements = Agreement(), 0, []
    for suite in sorted(args.path.glob("*.jsonl")):
        for row in suite.open(encoding="utf-8"):
            case = json.loads(row)
            rule = RULE_OF_CATEGORY.get(case["category"])
            if rule is None or case["lang"] not in SUPPORTED:
                skipped += 1
                continue
            expected, got = case["expected_matches"] > 0, flagged(case, rule)
            for section, key in (("rule", rule), ("language", case["lang"]), ("suite", suite.stem)):
                groups[section][key].add(expected, expected == got)
            overall.add(expected, expected == got)
            if expected != got:
                verdict = "missed" if expected else "false alarm"
                disagreements.append(
                    f"{case['id']} {case['lang']} {rule}: {verdict} | {case['text'][:120]!r}"
                )

    compared = overall.flag + overall.clean
    print(f"{compared} cases compared, {skipped} skipped (category or language)")
    rows: list[list[str]] = []
    for section, agreements in groups.items():
        rows.append([f"[{section}]"])
        rows += [[key, *a.cells()] for key, a in sorted(agreements.items())]
    rows.append(["overall", *overall.cells()])
    print(format_table(["", "cases", "agree", "should flag", "must not flag"], rows))
    if args.verbose:
        print("\n" + "\n".join(disagreements))
    return 0


if __name__ == "__main__":
    sys.exit(main())

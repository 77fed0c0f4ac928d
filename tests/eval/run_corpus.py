"""Lint the labelled corpus and report precision, recall and F1 per rule, per language, overall.

    python tests/eval/run_corpus.py [--corpus DIR] [--seeds] [--rule ID] [--lang xx]
                                    [--declare-language] [--verbose] [--json]

The linter identifies each article's language itself (front matter or the text), as it does for
a user; ``--declare-language`` passes the language of the expected file instead, to compare.
It is a report: the exit code is 0 whatever the numbers.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))  # lint with the checkout's `linter`, not an installed copy

from scoring import (  # noqa: E402
    ArticleResult,
    Expected,
    Finding,
    Report,
    aggregate,
    find_articles,
    format_table,
    load_expected,
    score_article,
    text_span,
)

import linter  # noqa: E402
from linter.config import Settings  # noqa: E402
from linter.source import read_source  # noqa: E402

CORPUS = ROOT / "tests" / "corpus"
SEEDS = ROOT / "seeds"


@dataclass
class Scored:
    """One article's outcome, with what a verbose listing needs."""

    path: Path
    expected: Expected
    language: str | None  # the language the linter used
    lines: list[str]
    result: ArticleResult


def lint_article(path: Path, language: str | None) -> tuple[list[str], list[Finding], str | None]:
    """The article's lines, the linter's diagnostics and the language it linted the article in.

    ``lint_file`` reads and decodes the bytes as the CLI does; the lines come from the same decoder.
    """
    result = linter.lint_file(str(path), Settings(language=language))
    if result.error:
        raise RuntimeError(result.error)
    return read_source(str(path)).text.split("\n"), result.diagnostics, result.language


def only_rule(expected: Expected, rule: str) -> Expected:
    """``expected`` restricted to the labels of one rule."""
    return Expected(expected.language, tuple(x for x in expected.labels if x.rule == rule))


def score_one(
    article: Path, expected: Expected, rule: str | None = None, declare_language: bool = False
) -> Scored:
    """Lint and score one article, optionally for one rule only."""
    lines, findings, used = lint_article(article, expected.language if declare_language else None)
    if rule:
        expected = only_rule(expected, rule)
        findings = [f for f in findings if f.rule == rule]
    return Scored(article, expected, used, lines, score_article(expected, findings, lines))


def score_corpus(
    folders: Sequence[Path],
    rule: str | None = None,
    language: str | None = None,
    declare_language: bool = False,
) -> list[Scored]:
    """Lint and score every article in ``folders``, optionally for one rule or one language."""
    articles = [(a, load_expected(e)) for folder in folders for a, e in find_articles(folder)]
    return [
        score_one(article, expected, rule, declare_language)
        for article, expected in articles
        if not language or expected.language == language
    ]


def report_table(report: Report) -> str:
    """The report as a text table: per rule, per language, overall."""
    header = ["", "precision", "recall", "F1", "TP", "FP", "FN"]
    sections = [("rule", report.by_rule), ("language", report.by_language)]
    rows = []
    for title, groups in sections:
        rows.append([f"[{title}]"])
        rows += [[name, *counts.cells()] for name, counts in sorted(groups.items())]
    rows.append(["overall", *report.overall.cells()])
    return format_table(header, rows)


def excerpt(line: str, start: int, end: int, context: int = 50) -> str:
    """``line`` around columns ``start``..``end`` (1-based, end exclusive), the span in [[ ]]."""
    left = max(start - 1 - context, 0)
    before, span, after = line[left : start - 1], line[start - 1 : end - 1], line[end - 1 :]
    clipped = len(after) > context
    return ("…" if left else "") + f"{before}[[{span}]]{after[:context]}" + ("…" if clipped else "")


def listing(scored: Sequence[Scored]) -> str:
    """Every false positive and false negative as ``file:line: KIND rule | line text``."""
    out = []
    for item in scored:
        name = item.path.relative_to(ROOT) if item.path.is_relative_to(ROOT) else item.path
        events = []
        for f in item.result.false_positives:
            end = f.end_column if f.end_line == f.line else len(item.lines[f.line - 1]) + 1
            events.append((f.line, "FP", f.rule, f.column, end))
        for label in item.result.missed:
            span = text_span(label, item.lines)
            columns = (span[0][1], span[1][1]) if span else (1, len(item.lines[label.line - 1]) + 1)
            events.append((label.line, "FN", label.rule, *columns))
        for line, kind, rule, start, end in sorted(events):
            text = excerpt(item.lines[line - 1], start, end)
            out.append(f"{name}:{line}: {kind} {rule} | {text}")
    return "\n".join(out)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS, help="labelled corpus folder")
    parser.add_argument("--seeds", action="store_true", help=f"also score {SEEDS}")
    parser.add_argument("--rule", help="score one rule only")
    parser.add_argument("--lang", help="score the articles of one language only")
    parser.add_argument(
        "--declare-language", action="store_true", help="pass the expected file's language"
    )
    parser.add_argument("--verbose", action="store_true", help="list each FP and FN")
    parser.add_argument("--json", action="store_true", help="print the numbers as JSON")
    args = parser.parse_args(argv)
    folders = [args.corpus, SEEDS] if args.seeds else [args.corpus]
    scored = score_corpus(folders, args.rule, args.lang, args.declare_language)
    report = aggregate(item.result for item in scored)
    mismatches = {
        item.path.name: f"linted as {item.language}, labelled {item.expected.language}"
        for item in scored
        if item.language != item.expected.language
    }
    if args.json:
        print(json.dumps({**report.as_dict(), "language_mismatches": mismatches}, indent=2))
    else:
        how = "declared" if args.declare_language else "left to the linter"
        print(f"{len(scored)} articles; language {how}")
        print(report_table(report))
        for name, what in mismatches.items():
            print(f"{name}: {what}")
    if args.verbose:
        print(listing(scored), file=sys.stderr if args.json else sys.stdout)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Benchmark on real scraped pages with gold line labels (../shared/boilerplate-dev).

    python tests/benchmarks/boilerplate_dev.py [PATH] [--join blank|newline] [--verbose [--misses]]

Each page becomes one plain-text document, one scraped block element a line. By default the
lines are joined with blank lines between them (``--join blank``), the layout of the seed and
of the corpus's plain-text articles (one paragraph a line, blank lines between paragraphs): a
scraper emits every block element as a paragraph of its own. Findings are mapped back to the
page's line numbers. Pages in a language newslint does not support are skipped.

It reports (a) the share of ``content`` lines with any finding, per rule and for any rule
(target below 1%), and (b) for the boilerplate lines inside the article body (between the first
and the last ``content`` line), the recall of the line rules and their precision on inside lines
(a flagged inside line is a TP when it is boilerplate, a FP when it is content). The per-rule
recall in (b) is the share of inside boilerplate lines that rule flags. Exit code 0 always.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT), str(ROOT / "tests" / "eval")]  # the checkout's linter; the scorer

from scoring import Counts, format_table  # noqa: E402

import linter  # noqa: E402

DEFAULT_PATH = ROOT.parent / "shared" / "boilerplate-dev"
SUPPORTED = frozenset({"it", "en", "de", "fr", "es", "pt", "nl"})
LINE_RULES = (
    "read-insertion", "image-credit", "page-chrome", "split-dateline", "embed-remnant", "byline-remnant",
)
ANY = "any line rule"
SEPARATORS = {"blank": "\n\n", "newline": "\n"}


def page_findings(page: dict, join: str) -> Iterator[tuple[int, linter.Diagnostic]]:
    """Lint a page; yield each finding with every page line (0-based) that it touches."""
    separator = SEPARATORS[join]
    step = separator.count("\n")
    text = separator.join(line["text"] for line in page["lines"]) + "\n"
    for finding in linter.lint_text(text, path=f"{page['id']}.txt", language=page["lang"]):
        last = finding.end_line - (finding.end_column == 1 and finding.end_line > finding.line)
        for doc_line in range(finding.line, last + 1):
            if (doc_line - 1) % step == 0:
                yield (doc_line - 1) // step, finding


def flagged_lines(page: dict, join: str) -> dict[int, set[str]]:
    """Map each page line (0-based) that a finding touches to the rules that fired."""
    flagged: dict[int, set[str]] = defaultdict(set)
    for index, finding in page_findings(page, join):
        flagged[index].add(finding.rule)
    return flagged


@dataclass
class Tally:
    """The benchmark's numbers, summed over pages."""

    content: int = 0
    content_flagged: int = 0  # by any rule
    content_by_rule: Counter[str] = field(default_factory=Counter)
    inside_boilerplate: int = 0
    inside_tp: Counter[str] = field(default_factory=Counter)  # by line rule, and ANY
    inside_fp: Counter[str] = field(default_factory=Counter)
    false_positives: list[str] = field(default_factory=list)  # flagged content lines
    misses: list[str] = field(default_factory=list)  # unflagged inside boilerplate lines

    def add(self, page: dict, flagged: dict[int, set[str]]) -> None:
        """Count one page, given the rules that flag each of its lines."""
        content = [i for i, line in enumerate(page["lines"]) if line["label"] == "content"]
        for i, line in enumerate(page["lines"]):
            rules = flagged.get(i, set())
            fired = ",".join(sorted(rules)) or "-"
            note = f"{page['id']}:{i + 1}: {fired} | {line['text'][:160]}"
            boilerplate = line["label"] == "boilerplate"
            if not boilerplate:
                self.content += 1
                self.content_by_rule.update(rules)
                if rules:
                    self.content_flagged += 1
                    self.false_positives.append(note)
            if not content or not content[0] < i < content[-1]:
                continue
            line_rules = rules.intersection(LINE_RULES)
            hits = [*line_rules, ANY] if line_rules else []
            (self.inside_tp if boilerplate else self.inside_fp).update(hits)
            self.inside_boilerplate += boilerplate
            if boilerplate and not line_rules:
                self.misses.append(note)

    def inside(self, key: str) -> Counts:
        """Line-rule counts on inside lines for one rule, or for ANY."""
        tp = self.inside_tp[key]
        return Counts(tp=tp, fp=self.inside_fp[key], fn=self.inside_boilerplate - tp)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("path", nargs="?", type=Path, default=DEFAULT_PATH)
    parser.add_argument("--join", choices=SEPARATORS, default="blank", help="line separator")
    parser.add_argument("--verbose", action="store_true", help="list flagged content lines")
    parser.add_argument("--misses", action="store_true", help="with --verbose: missed inside lines")
    args = parser.parse_args(argv)

    pages = [json.loads(row) for row in (args.path / "pages.jsonl").open(encoding="utf-8")]
    linted = [page for page in pages if page["lang"] in SUPPORTED]
    tally = Tally()
    for page in linted:
        tally.add(page, flagged_lines(page, args.join))

    print(
        f"{len(linted)} pages linted, {len(pages) - len(linted)} skipped (language);"
        f" lines joined with {args.join!r}"
    )
    print(f"\n(a) content lines flagged, of {tally.content} (target < 1%)")
    counts = [*sorted(tally.content_by_rule.items()), ("any rule", tally.content_flagged)]
    rows = [[rule, str(n), f"{100 * n / max(tally.content, 1):.2f}%"] for rule, n in counts]
    print(format_table(["rule", "lines", "share"], rows))
    print(f"\n(b) line rules on inside lines ({tally.inside_boilerplate} boilerplate)")
    header = ["rule", "precision", "recall", "F1", "TP", "FP", "FN"]
    print(format_table(header, [[key, *tally.inside(key).cells()] for key in [*LINE_RULES, ANY]]))
    if args.verbose:
        print("\nflagged content lines:\n" + "\n".join(tally.false_positives))
        if args.misses:
            print("\nmissed inside boilerplate lines:\n" + "\n".join(tally.misses))
    return 0


if __name__ == "__main__":
    sys.exit(main())

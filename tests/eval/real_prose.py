"""False alarms per 10,000 words on real, edited news prose (``content`` lines of boilerplate-dev).

    python tests/eval/real_prose.py [PATH] [--candidates] [--judged FILE]

Every rule runs over each page of ``../shared/boilerplate-dev`` (third-party gold, see
tests/benchmarks/boilerplate_dev.py for the layout); only findings on lines the gold marks
``content`` count. Each such finding is looked up in the hand-judged sample
(``tests/eval/real_prose_judged.tsv``: page, line, rule, flagged text, excerpt, verdict, reason;
verdict ``defect`` when the published text really has the slip, ``false-alarm`` when it does
not). The figure is the false alarms per 10,000 words of content lines; findings nobody judged
yet are listed and bound it from above. ``--candidates`` prints today's findings as rows of the
judged file (verdict left empty) to regenerate the sample after a change.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT), str(ROOT / "tests" / "benchmarks")]  # the checkout's linter

from boilerplate_dev import DEFAULT_PATH, SUPPORTED, page_findings  # noqa: E402

JUDGED = Path(__file__).with_name("real_prose_judged.tsv")
FIELDS = ("page", "line", "rule", "flagged", "excerpt", "verdict", "reason")
VERDICTS = ("defect", "false-alarm")
CONTEXT = 30  # characters of the line kept either side of the flagged text
FLAGGED = 40  # characters of the flagged text kept


@dataclass(frozen=True)
class Candidate:
    """A finding on a content line: where, which rule, what it flagged, and the text around it."""

    page: str
    line: int  # 1-based page line
    rule: str
    flagged: str
    excerpt: str

    @property
    def key(self) -> tuple[str, int, str, str]:
        return self.page, self.line, self.rule, self.flagged


def excerpt(text: str, start: int, end: int) -> str:
    """The flagged span (cut to FLAGGED characters) in [[ ]] with CONTEXT characters either side."""
    left = max(start - CONTEXT, 0)
    right = min(end + CONTEXT, len(text))
    flagged = text[start:end] if end - start <= FLAGGED else text[start : start + FLAGGED] + "…"
    span = f"{text[left:start]}[[{flagged}]]{text[end:right]}"
    return " ".join(span.split())


def candidates(page: dict) -> Iterator[Candidate]:
    """The findings that touch the page's content lines, one per finding and line."""
    lines = page["lines"]
    for index, finding in page_findings(page, "blank"):
        if lines[index]["label"] != "content":
            continue
        text = lines[index]["text"]
        line_number = 2 * index + 1  # the page is joined with blank lines
        start = finding.column - 1 if finding.line == line_number else 0
        end = finding.end_column - 1 if finding.end_line == line_number else len(text)
        end = max(end, start)
        flagged = " ".join(text[start:end].split())[:FLAGGED]
        yield Candidate(page["id"], index + 1, finding.rule, flagged, excerpt(text, start, end))


def content_words(page: dict) -> int:
    """Whitespace-separated words on the page's content lines."""
    return sum(len(line["text"].split()) for line in page["lines"] if line["label"] == "content")


def read_judged(path: Path) -> dict[tuple[str, int, str, str], dict[str, str]]:
    """The judged sample keyed like a Candidate."""
    if not path.exists():
        return {}
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))
    return {(row["page"], int(row["line"]), row["rule"], row["flagged"]): row for row in rows}


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("path", nargs="?", type=Path, default=DEFAULT_PATH)
    parser.add_argument("--judged", type=Path, default=JUDGED, help="the hand-judged sample")
    parser.add_argument("--candidates", action="store_true", help="print findings as TSV rows")
    args = parser.parse_args(argv)

    pages = [json.loads(row) for row in (args.path / "pages.jsonl").open(encoding="utf-8")]
    linted = [page for page in pages if page["lang"] in SUPPORTED]
    found = [candidate for page in linted for candidate in candidates(page)]
    judged = read_judged(args.judged)

    if args.candidates:
        print("\t".join(FIELDS))
        for c in found:  # excerpts hold no tab or line break
            row = judged.get(c.key, {})
            cells = [*c.key, c.excerpt, row.get("verdict", ""), row.get("reason", "")]
            print("\t".join(map(str, cells)))
        return 0

    words = sum(content_words(page) for page in linted)
    verdicts: Counter[tuple[str, str]] = Counter()
    unjudged = []
    for c in found:
        verdict = judged.get(c.key, {}).get("verdict", "")
        if verdict not in VERDICTS:
            verdict = "unjudged"
            unjudged.append(c)
        verdicts[c.rule, verdict] += 1
    print(f"{len(linted)} pages, {words} words on content lines, {len(found)} findings there")
    print(f"{'rule':<26}{'defect':>8}{'false-alarm':>13}{'unjudged':>10}")
    for rule in sorted({rule for rule, _ in verdicts}):
        counts = [verdicts[rule, verdict] for verdict in (*VERDICTS, "unjudged")]
        print(f"{rule:<26}{counts[0]:>8}{counts[1]:>13}{counts[2]:>10}")
    false_alarms = sum(n for (_, verdict), n in verdicts.items() if verdict == "false-alarm")
    rate = 10_000 * false_alarms / max(words, 1)
    bound = 10_000 * (false_alarms + len(unjudged)) / max(words, 1)
    print(f"false alarms per 10,000 words: {rate:.2f} (at most {bound:.2f} with the unjudged)")
    for c in unjudged:
        print(f"unjudged: {c.page}:{c.line}: {c.rule} | {c.excerpt}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""What LanguageTool reports on news articles, per rule and category, and how much of it is right.

    python tests/eval/languagetool_matches.py --url http://127.0.0.1:8081 seeds tests/corpus \\
        tests/corpus-extra [--raw] [--dump matches.jsonl] [--sample N FILE] [--judged FILE ...]
    python tests/eval/languagetool_matches.py --from-dump matches.jsonl --judged FILE --sample-shown N FILE2

Every article (`*.txt`, `*.md` except READMEs) goes to LanguageTool as the grammar rule sends it.
`--raw` sends LanguageTool's own defaults; without it the rule's default disabled rules and
categories (rules/grammar.yaml) apply. The table gives, per language, rule and category: the
matches, the articles they fire in, and how many overlap a finding of another newslint rule.
`--dump` writes every match as JSON lines (the material of a judged sample); `--judged` reads a
sample judged by hand (tests/eval/languagetool_judged.tsv) and prints its precision: over all the
judged matches, and over those the default disabled rules and categories let through.
A report: the exit code is 0 whatever the numbers.
"""
from __future__ import annotations

import argparse
import csv
import fnmatch
import json
import random
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))  # measure the checkout's `linter`, not an installed copy

import linter  # noqa: E402
from linter.config import Settings  # noqa: E402
from linter.engine import prepare_document  # noqa: E402
from linter.formats import format_for  # noqa: E402
from linter.languagetool.checker import check_document  # noqa: E402
from linter.languagetool.defaults import Defaults, load_defaults  # noqa: E402
from linter.languagetool.options import Options  # noqa: E402
from linter.registry import load_registry  # noqa: E402
from linter.source import read_source  # noqa: E402

SUFFIXES = (".txt", ".md")


def articles(paths: list[Path]) -> list[Path]:
    found = []
    for path in paths:
        files = [path] if path.is_file() else sorted(p for p in path.rglob("*") if p.suffix in SUFFIXES)
        found += [p for p in files if p.name.lower() != "readme.md"]
    return found


def matches(path: Path, options: Options, defaults: Defaults | None, languages: dict) -> list[dict]:
    """Each LanguageTool match of one article, with its line, text and the newslint rules it overlaps."""
    text = read_source(str(path)).text
    doc = prepare_document(text, str(path), Settings(), format_for(str(path)), languages)
    own = linter.lint_file(str(path)).diagnostics
    rows = []
    for item in check_document(doc, options, defaults):
        line, column = doc.position(item.start)
        rows.append({"path": str(path), "language": doc.language, "line": line, "column": column,
                     "rule": item.match.rule_id, "category": item.match.category,
                     "text": text[item.start:item.end], "message": item.match.message,
                     "suggestion": item.match.replacements[0] if item.match.replacements else "",
                     "context": doc.lines[line - 1].strip()[:300],
                     "overlaps": sorted({d.rule for d in own if d.start < item.end and item.start < d.end})})
    return rows


def table(rows: list[dict], article_count: Counter) -> str:
    groups: dict[tuple[str, str, str], list[dict]] = defaultdict(list)
    for row in rows:
        groups[(row["language"], row["category"], row["rule"])].append(row)
    lines = [f"{'lang':<5}{'category':<24}{'rule':<40}{'matches':>8}{'articles':>10}{'overlap':>9}"]
    for (language, category, rule), group in sorted(groups.items(), key=lambda kv: (kv[0][0], -len(kv[1]))):
        fired = len({row["path"] for row in group})
        overlap = sum(1 for row in group if row["overlaps"])
        lines.append(f"{language:<5}{category:<24}{rule:<40}{len(group):>8}{fired:>5}/{article_count[language]:<4}{overlap:>9}")
    total = len(rows)
    lines.append(f"total: {total} matches in {sum(article_count.values())} articles, "
                 f"{sum(1 for row in rows if row['overlaps'])} overlapping another newslint finding")
    return "\n".join(lines)


SAMPLE_COLUMNS = ("verdict", "language", "category", "rule", "path", "line", "column", "text", "suggestion",
                  "overlaps", "excerpt")


def write_sample(rows: list[dict], size: int, path: Path, seed: int = 12) -> None:
    """`size` matches drawn at random (fixed seed) as a TSV with an empty verdict column to judge by hand."""
    chosen = sorted(random.Random(seed).sample(rows, min(size, len(rows))), key=lambda r: (r["language"], r["path"], r["line"]))
    with open(path, "w", encoding="utf-8", newline="") as handle:
        out = csv.writer(handle, delimiter="\t", lineterminator="\n")
        out.writerow(SAMPLE_COLUMNS)
        for row in chosen:
            context, text = row["context"], row["text"]
            at = context.find(text)
            excerpt = context[max(0, at - 70):at] + "[[" + text + "]]" + context[at + len(text):at + len(text) + 70] if at >= 0 else context[:150]
            out.writerow(["", row["language"], row["category"], row["rule"], row["path"], row["line"], row["column"],
                          text, row["suggestion"], ",".join(row["overlaps"]), excerpt.replace("\t", " ")])


# Rules that report a whole line (a teaser, a credit, page chrome, a torn dateline): the engine drops
# every other finding on such a line.
WHOLE_LINE_RULES = frozenset({"read-insertion", "image-credit", "page-chrome", "split-dateline"})


class Shown:
    """Whether the grammar rule, with its defaults, shows a match: not disabled, not covered by an
    overlapping newslint finding (`covered_by`), not on a line another rule reports whole."""

    def __init__(self, defaults: Defaults, covered_by: dict[str, list[str]]):
        self.defaults, self.covered_by = defaults, covered_by

    def allowed(self, row: dict) -> bool:
        return self.defaults.lets_through(row["language"], row["rule"], row["category"])

    def __call__(self, row: dict) -> bool:
        overlaps = row["overlaps"].split(",") if isinstance(row["overlaps"], str) else row["overlaps"]
        covered = any(fnmatch.fnmatchcase(row["rule"], pattern) for rule in overlaps if rule
                      for pattern in self.covered_by.get(rule, ()))
        return self.allowed(row) and not covered and not WHOLE_LINE_RULES.intersection(overlaps)


def read_judged(path: Path) -> list[dict]:
    with open(path, encoding="utf-8", newline="") as handle:
        return [row for row in csv.DictReader(handle, delimiter="\t") if row["verdict"] in ("ok", "wrong")]


def judged_precision(path: Path, shown: Shown) -> str:
    """Precision of a judged sample (verdict column: ok / wrong): every match, those not disabled by
    default, and those a user sees."""
    judged = read_judged(path)

    def share(rows: list[dict]) -> str:
        right = sum(row["verdict"] == "ok" for row in rows)
        return f"{right}/{len(rows)} = {right / len(rows):.3f}" if rows else "no rows"

    return (f"{path.name}: every match {share(judged)}; not disabled by default "
            f"{share([r for r in judged if shown.allowed(r)])}; shown {share([r for r in judged if shown(r)])}")


def key(row: dict) -> tuple[str, int, int, str]:
    return row["path"], int(row["line"]), int(row["column"]), row["rule"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("paths", nargs="*", type=Path)
    parser.add_argument("--url", help="a LanguageTool server")
    parser.add_argument("--raw", action="store_true", help="LanguageTool's own defaults, not the grammar rule's")
    parser.add_argument("--dump", type=Path, help="write every match as JSON lines")
    parser.add_argument("--from-dump", type=Path, help="read the matches of an earlier --dump instead of asking LanguageTool")
    parser.add_argument("--sample", nargs=2, metavar=("N", "FILE"), help="write N random matches to judge as a TSV")
    parser.add_argument("--sample-shown", nargs=2, metavar=("N", "FILE"),
                        help="write N random matches the rule shows with its defaults, none of them in --judged")
    parser.add_argument("--judged", type=Path, action="append", default=[], help="a judged sample (TSV) to score")
    args = parser.parse_args()
    registry = load_registry(())
    data = registry.specs["grammar"].data
    defaults = load_defaults(data)
    shown = Shown(defaults, data.get("covered_by") or {})
    if args.from_dump:
        with open(args.from_dump, encoding="utf-8") as handle:
            rows = [json.loads(line) for line in handle]
    elif args.url and args.paths:
        options = Options(url=args.url.rstrip("/"), timeout=300, max_request_chars=20000)
        rows, article_count = [], Counter()
        for path in articles(args.paths):
            found = matches(path, options, None if args.raw else defaults, registry.languages)
            language = prepare_document(read_source(str(path)).text, str(path), Settings(), format_for(str(path)),
                                        registry.languages).language
            article_count[language] += 1
            rows += found
        print(table(rows, article_count))
    else:
        rows = []
    if args.dump:
        with open(args.dump, "w", encoding="utf-8") as handle:
            handle.writelines(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)
    if args.sample:
        write_sample(rows, int(args.sample[0]), Path(args.sample[1]))
    if args.sample_shown:
        seen = {key(row) for path in args.judged for row in read_judged(path)}
        write_sample([row for row in rows if shown(row) and key(row) not in seen], int(args.sample_shown[0]),
                     Path(args.sample_shown[1]))
    for path in args.judged:
        print(judged_precision(path, shown))


if __name__ == "__main__":
    main()

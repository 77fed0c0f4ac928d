"""Train the line model (linter/linemodel.py) and measure it honestly, in one command.

    python tests/eval/train_line_model.py [BOILERPLATE_DEV] [--folds 5] [--no-write] [--no-cv]
        [--heldout] [--leave-one-set-out]

Training lines: the lines of ../shared/boilerplate-dev pages between their first and last
`content` line (gold: boilerplate or content), and every line of the labelled corpora
(tests/corpus, tests/corpus-extra/set*): a line under a label of a line rule is furniture,
every other line is prose. The seed is kept out, as an acceptance test.

With `--heldout` the held-out sets (tests/heldout/set*) are training data too. With
`--leave-one-set-out`, for each held-out set the model is trained on everything but that set,
and the whole linter with it scores the set: the line rules' figures on a set the model never
saw, next to those of the model trained without any held-out set (the shipped kind).

The split is by source: a page's publisher (or web site), a corpus article. Each source's fold
is a stable hash of its name, so the split is the same on every run. For each fold the model is
trained on the other folds and the whole linter, with that model, lints the fold's pages and
articles: the figures printed are for text whose source the model never saw. Then the model is
trained on everything and written to rules/models/line-boilerplate.json.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlparse

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT), str(ROOT / "tests" / "eval"), str(ROOT / "tests" / "benchmarks")]

import boilerplate_dev  # noqa: E402
from run_corpus import score_one  # noqa: E402
from scoring import Counts, aggregate, find_articles, format_table, load_expected  # noqa: E402

from linter import linemodel  # noqa: E402
from linter.config import Settings  # noqa: E402
from linter.engine import prepare_document  # noqa: E402
from linter.formats import format_for  # noqa: E402
from linter.registry import load_registry  # noqa: E402
from linter.source import read_source  # noqa: E402

CORPORA = [ROOT / "tests" / "corpus", *sorted((ROOT / "tests" / "corpus-extra").glob("set*"))]
HELDOUT = sorted((ROOT / "tests" / "heldout").glob("set*"))
LINE_RULES = {"page-chrome", "read-insertion", "image-credit", "embed-remnant", "byline-remnant"}
IGNORED_RULES = {"split-dateline"}  # a torn dateline is neither furniture nor prose
L2 = 1.0


@dataclass
class Example:
    group: str
    features: dict[str, float]
    label: int


def page_group(page: dict) -> str:
    """A boilerplate-dev page's source: its fundus publisher, or its web site."""
    if page["dataset"] == "fundus":
        return "fundus:" + "/".join(page["id"].split("/")[1:3]).rsplit("_", 3)[0]
    return "site:" + urlparse(page.get("url") or page["id"]).netloc.removeprefix("www.")


def fold_of(group: str, folds: int) -> int:
    return int(hashlib.sha1(group.encode()).hexdigest(), 16) % folds


def page_examples(page: dict, languages: dict) -> list[Example]:
    """The inside lines of a boilerplate-dev page, as the benchmark lays the page out."""
    text = "\n\n".join(line["text"] for line in page["lines"]) + "\n"
    doc = prepare_document(text, page["id"], Settings(language=page["lang"]), "text", languages)
    doc.lang_data = languages.get(doc.language, {})
    features = linemodel.line_features(doc)
    content = [i for i, line in enumerate(page["lines"]) if line["label"] == "content"]
    if not content:
        return []
    group = page_group(page)
    return [Example(group, features[2 * i], int(page["lines"][i]["label"] == "boilerplate"))
            for i in range(content[0], content[-1] + 1) if features[2 * i] is not None]


def article_examples(article: Path, expected_path: Path, languages: dict) -> list[Example]:
    """Every non-blank line of a corpus article, labelled by the line rules' labels."""
    expected = load_expected(expected_path)
    source = read_source(str(article))
    doc = prepare_document(source.text, str(article), Settings(language=expected.language), format_for(str(article)),
                           languages)
    doc.lang_data = languages.get(doc.language, {})
    furniture, skip = set(), set()
    for label in expected.labels:
        lines = set(range(label.line, label.end_line + 1))
        if label.rule in IGNORED_RULES or (label.rule in LINE_RULES and label.optional):
            skip |= lines
        elif label.rule in LINE_RULES:
            furniture |= lines
    group = f"article:{article.parent.name}/{article.stem}"
    return [Example(group, f, int(i + 1 in furniture)) for i, f in enumerate(linemodel.line_features(doc))
            if f is not None and i + 1 not in skip]


def fit(examples: list[Example], names: list[str]) -> dict[str, float]:
    """L2-regularised logistic regression by Newton's method (numpy, training only)."""
    import numpy as np

    x = np.array([[1.0, *(e.features.get(n, 0.0) for n in names)] for e in examples])
    y = np.array([e.label for e in examples], dtype=float)
    w = np.zeros(x.shape[1])
    penalty = np.full(x.shape[1], L2)
    penalty[0] = 0.0
    for _ in range(30):
        p = 1 / (1 + np.exp(-np.clip(x @ w, -30, 30)))
        gradient = x.T @ (p - y) + penalty * w
        hessian = (x * (p * (1 - p))[:, None]).T @ x + np.diag(penalty + 1e-9)
        step = np.linalg.solve(hessian, gradient)
        w -= step
        if np.abs(step).max() < 1e-7:
            break
    return {"bias": float(w[0]), **{n: float(v) for n, v in zip(names, w[1:])}}


def line_table(examples: list[Example], probabilities: list[float]) -> str:
    """Precision and recall of the model alone on the lines, at a few thresholds."""
    rows = []
    for threshold in (0.5, 0.7, 0.8, 0.9, 0.95):
        tp = sum(p >= threshold and e.label for e, p in zip(examples, probabilities))
        fp = sum(p >= threshold and not e.label for e, p in zip(examples, probabilities))
        fn = sum(p < threshold and e.label for e, p in zip(examples, probabilities))
        rows.append([f"{threshold:.2f}", *Counts(tp=tp, fp=fp, fn=fn).cells()])
    return format_table(["P >=", "precision", "recall", "F1", "TP", "FP", "FN"], rows)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("path", nargs="?", type=Path, default=boilerplate_dev.DEFAULT_PATH)
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--no-write", action="store_true", help="do not write the model file")
    parser.add_argument("--no-cv", action="store_true", help="skip the cross-validation")
    parser.add_argument("--heldout", action="store_true", help="train on the held-out sets too")
    parser.add_argument("--leave-one-set-out", action="store_true",
                        help="score each held-out set with a model trained without it")
    args = parser.parse_args(argv)

    languages = load_registry().languages
    pages = [json.loads(row) for row in (args.path / "pages.jsonl").open(encoding="utf-8")]
    pages = [p for p in pages if p["lang"] in boilerplate_dev.SUPPORTED]
    folders = CORPORA + (HELDOUT if args.heldout or args.leave_one_set_out else [])
    articles = [pair for folder in folders for pair in find_articles(folder)]
    examples = [e for page in pages for e in page_examples(page, languages)]
    examples += [e for article, expected in articles for e in article_examples(article, expected, languages)]
    if args.leave_one_set_out:
        leave_one_set_out(examples, sorted({name for e in examples for name in e.features}))
        return 0
    names = sorted({name for e in examples for name in e.features})
    groups = sorted({e.group for e in examples})
    print(f"{len(examples)} lines ({sum(e.label for e in examples)} furniture) from {len(pages)} pages and"
          f" {len(articles)} articles, {len(groups)} sources, {args.folds} folds by source")

    if not args.no_cv:
        cross_validate(args.folds, examples, names, pages, articles)

    weights = fit(examples, names)
    if not args.no_write:
        target = ROOT / "rules" / linemodel.MODEL_FILE
        target.parent.mkdir(exist_ok=True)
        model = {"about": "P(line is page furniture); written by tests/eval/train_line_model.py",
                 "lines": len(examples), "sources": len(groups),
                 "weights": {k: round(v, 4) for k, v in sorted(weights.items())}}
        target.write_text(json.dumps(model, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"\nwrote {target.relative_to(ROOT)}")
    return 0


def leave_one_set_out(examples: list[Example], names: list[str]) -> None:
    """For each held-out set: the line rules on it with a model trained without any held-out set,
    and with one trained on everything but that set."""
    held = {f"article:{folder.name}/" for folder in HELDOUT}
    without_heldout = fit([e for e in examples if not e.group.startswith(tuple(held))], names)
    rows, totals = [], {"without": [], "loso": []}
    for folder in HELDOUT:
        pairs = [(a, load_expected(x)) for a, x in find_articles(folder)]
        reports = {}
        for kind, weights in (("without", without_heldout),
                              ("loso", fit([e for e in examples if not e.group.startswith(f"article:{folder.name}/")], names))):
            linemodel.use_weights(weights)
            try:
                scored = [score_one(article, expected).result for article, expected in pairs]
            finally:
                linemodel.use_weights(None)
            totals[kind] += scored
            reports[kind] = _line_counts(aggregate(scored))
        rows.append([folder.name, *reports["without"].cells()[:2], *reports["loso"].cells()[:2]])
    rows.append(["all", *_line_counts(aggregate(totals["without"])).cells()[:2],
                 *_line_counts(aggregate(totals["loso"])).cells()[:2]])
    print("\nline rules per held-out set: model without held-out sets | model without that set")
    print(format_table(["set", "precision", "recall", "P (loso)", "R (loso)"], rows))


def _line_counts(report) -> Counts:
    """The line rules' counts of a report, summed."""
    total = Counts()
    for rule, counts in report.by_rule.items():
        if rule in LINE_RULES:
            total = Counts(tp=total.tp + counts.tp, fp=total.fp + counts.fp, fn=total.fn + counts.fn)
    return total


def cross_validate(folds: int, examples: list[Example], names: list[str], pages: list[dict],
                   articles: list[tuple[Path, Path]]) -> None:
    """Train without each fold, lint the fold with the whole linter, and print the totals."""
    tally = boilerplate_dev.Tally()
    scored = []
    held_out: list[tuple[Example, float]] = []
    for fold in range(folds):
        training = [e for e in examples if fold_of(e.group, folds) != fold]
        weights = fit(training, names)
        held_out += [(e, linemodel.score(weights, e.features)) for e in examples if fold_of(e.group, folds) == fold]
        linemodel.use_weights(weights)
        try:
            for page in pages:
                if fold_of(page_group(page), folds) == fold:
                    tally.add(page, boilerplate_dev.flagged_lines(page, "blank"))
            for article, expected in articles:
                if fold_of(f"article:{article.parent.name}/{article.stem}", folds) == fold:
                    scored.append(score_one(article, load_expected(expected)))
        finally:
            linemodel.use_weights(None)
    print("\nthe model alone on held-out lines (every source unseen in training):")
    print(line_table([e for e, _ in held_out], [p for _, p in held_out]))
    print(f"\nthe linter with held-out models, boilerplate-dev inside lines ({tally.inside_boilerplate} boilerplate):")
    keys = [*boilerplate_dev.LINE_RULES, boilerplate_dev.ANY]
    print(format_table(["rule", "precision", "recall", "F1", "TP", "FP", "FN"],
                       [[key, *tally.inside(key).cells()] for key in keys]))
    print(f"content lines flagged by any rule: {tally.content_flagged} of {tally.content}")
    report = aggregate(item.result for item in scored)
    print("\nthe linter with held-out models, labelled corpora:")
    rows = [[rule, *report.by_rule[rule].cells()] for rule in sorted(report.by_rule) if rule in LINE_RULES]
    print(format_table(["rule", "precision", "recall", "F1", "TP", "FP", "FN"],
                       [*rows, ["overall", *report.overall.cells()]]))


if __name__ == "__main__":
    sys.exit(main())

"""Train the midsentence-capital model (linter/capitalmodel.py) and measure it honestly, in one command.

    python tests/eval/train_capital_model.py [BOILERPLATE_DEV] [--no-write] [--no-loso] [--loso-sets S,..] [--seed N]

Examples are the capitals the rule would look at (`MidsentenceCapitalCheck.candidates`):
- real prose: the `content` lines of ../shared/boilerplate-dev pages (laid out as the real-prose
  benchmark lints them): every capital there is a negative (names, institutions, German nouns);
- the labelled corpora (tests/corpus, tests/corpus-extra/set*, tests/heldout/set*): a capital
  inside a `midsentence-capital` label is a positive, any other capital a negative; capitals
  inside another rule's label or an optional one are left out;
- made slips: in three copies of every page and article, a few lower-case words inside
  sentences (on lines without a label) are capitalised as machine translation leaves link texts (`ha detto Un
  portavoce`, `weiter Sinken werden`); each is a positive.
The model is an ensemble of small boosted trees (numpy, training only). Its threshold in each
language is the lowest at which the out-of-fold precision on that language's real examples (5
folds by source) reaches `PRECISION` while catching `MIN_CAUGHT` slips; a language where no
threshold does so gets none, and the model reports nothing there.

The figures printed: for every held-out set, the whole linter with a model trained without that
set (leave-one-set-out) and with the model trained on everything (in-sample). Then the model
trained on everything is written to rules/models/midsentence-capital.json. A fixed seed makes
every run the same.
"""
from __future__ import annotations

import argparse
import json
import random
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT), str(ROOT / "tests" / "eval"), str(ROOT / "tests" / "benchmarks")]

import boilerplate_dev  # noqa: E402
from run_corpus import score_one  # noqa: E402
from scoring import Counts, aggregate, find_articles, format_table, load_expected, text_span  # noqa: E402
from train_line_model import fold_of, page_group  # noqa: E402

from linter import capitalmodel  # noqa: E402
from linter.checks.capitals import MidsentenceCapitalCheck  # noqa: E402
from linter.config import Settings  # noqa: E402
from linter.document import Document  # noqa: E402
from linter.engine import prepare_document  # noqa: E402
from linter.formats import format_for  # noqa: E402
from linter.registry import load_registry  # noqa: E402
from linter.rulesdir import CAPITAL_MODEL_FILE  # noqa: E402
from linter.sentences import CONTINUE, word_contexts  # noqa: E402
from linter.source import read_source  # noqa: E402

RULE = "midsentence-capital"
HELDOUT = ROOT / "tests" / "heldout"
CORPORA = [ROOT / "tests" / "corpus", *sorted((ROOT / "tests" / "corpus-extra").glob("set*")),
           *sorted(HELDOUT.glob("set*"), key=lambda p: int(p.name[3:]))]
ROUNDS, DEPTH, RATE = 150, 3, 0.2  # boosting rounds, tree depth, learning rate
REAL_WEIGHT = 5.0  # a capital a writer or a translation really left counts this many made slips
LAMBDA, MIN_CHILD, MIN_GAIN = 1.0, 20, 1e-3  # leaf shrinkage, fewest examples a leaf, least gain a split
FOLDS = 5
PRECISION = 0.97  # out-of-fold precision the threshold must reach on real examples
THRESHOLDS = [x / 100 for x in range(50, 100)] + [0.995, 0.998]  # the last two: a language whose slips only the surest scores tell
MIN_CAUGHT = 2  # out-of-fold slips a language's threshold must catch; with fewer the model stays silent there
LANGUAGES = sorted(boilerplate_dev.SUPPORTED)
WORDS_PER_SLIP = 150  # one made slip per this many words of a text
SLIP_COPIES = 3  # copies of each text, each with its own made slips
MIN_SLIP_LETTERS = 2


@dataclass
class Example:
    group: str  # the source: a page's publisher or site, a corpus folder
    features: dict[str, float]
    label: int
    real: bool  # a capital the text really has (not a made slip)
    where: str = ""  # the capital between its neighbours, for the listing of mistakes


class Extractor:
    def __init__(self, seed: int):
        registry = load_registry()
        self.languages = registry.languages
        self.check = MidsentenceCapitalCheck(registry.spec(RULE))
        self.seed = seed

    def document(self, text: str, path: str, language: str, fmt: str | None) -> Document:
        doc = prepare_document(text, path, Settings(language=language), fmt, self.languages)
        doc.lang_data = self.languages.get(doc.language, {})
        doc.languages = self.languages
        return doc

    def examples(self, text: str, path: str, language: str, fmt: str | None, group: str,
                 label_of) -> list[Example]:
        """The real capitals of a text (labelled by `label_of(line, start_col, end_col)`: the
        slip's label, 0 for a right capital or None to leave out), then the made slips of a copy with a few words capitalised."""
        doc = self.document(text, path, language, fmt)
        found, labelled = [], set()
        lists, contexts = self.check.word_lists(doc), word_contexts(doc)
        for candidate in self.check.candidates(doc, lists):
            token = candidate.context.token
            line, column = _position(text, token.start)
            label = label_of(line, column, column + len(token.text))
            if label not in (0, None):  # a label's first capital is its slip (`einem Neuen Tiefpunkt`)
                label, seen = (None, label) if label in labelled else (1, label)
                labelled.add(seen)
            if label is not None and self.check.for_model(doc, candidate, lists, contexts):
                found.append(Example(group, self.check.features(doc, contexts, candidate), label, True,
                                     _snippet(doc, candidate)))
        rng = random.Random(f"{self.seed}:{path}")  # a text's made slips do not depend on the order texts are read in
        return found + [e for _ in range(SLIP_COPIES) for e in self.made_slips(doc, text, path, language, fmt, group,
                                                                                   label_of, rng)]

    def made_slips(self, doc: Document, text: str, path: str, language: str, fmt: str | None, group: str,
                   label_of, rng: random.Random) -> list[Example]:
        contexts = word_contexts(doc)
        lower = [i for i, word in enumerate(contexts.texts)
                 if contexts.boundaries[i] == CONTINUE and contexts.joined(i) and word.isalpha() and word.islower()
                 and len(word) >= MIN_SLIP_LETTERS and label_of(*_line_span(text, contexts, i)) == 0]
        if not lower:
            return []
        chosen = sorted(rng.sample(lower, max(1, min(len(lower), len(contexts.texts) // WORDS_PER_SLIP))))
        starts = {contexts.starts[i] for i in chosen}
        pieces, last = [], 0
        for start in sorted(starts):
            pieces += [text[last:start], text[start].upper()]
            last = start + 1
        changed = "".join(pieces) + text[last:]
        made = self.document(changed, path, language, fmt)
        made_contexts = word_contexts(made)
        return [Example(group, self.check.features(made, made_contexts, candidate), 1, False, _snippet(made, candidate))
                for candidate in self.judged(made) if candidate.context.token.start in starts]

    def judged(self, doc: Document):
        """The candidates the model judges."""
        lists = self.check.word_lists(doc)
        contexts = word_contexts(doc)
        return (c for c in self.check.candidates(doc, lists) if self.check.for_model(doc, c, lists, contexts))


def _snippet(doc: Document, candidate) -> str:
    token = candidate.context.token
    return " ".join(doc.prose[max(token.start - 30, 0):token.end + 30].split())


def _position(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column of an offset."""
    line_start = text.rfind("\n", 0, offset) + 1
    return text.count("\n", 0, offset) + 1, offset - line_start + 1


def _line_span(text: str, contexts, i: int) -> tuple[int, int, int]:
    line, column = _position(text, contexts.starts[i])
    return line, column, column + len(contexts.texts[i])


def page_examples(extractor: Extractor, page: dict) -> list[Example]:
    """Real prose: every capital on a content line is a negative."""
    text = "\n\n".join(line["text"] for line in page["lines"]) + "\n"
    content = {2 * i + 1 for i, line in enumerate(page["lines"]) if line["label"] == "content"}

    def label_of(line: int, start: int, end: int) -> int | None:
        return 0 if line in content else None

    return extractor.examples(text, f"{page['id']}.txt", page["lang"], "text", page_group(page), label_of)


def article_group(article: Path) -> str:
    return f"{article.parent.parent.name}/{article.parent.name}"


def article_examples(extractor: Extractor, article: Path, expected_path: Path) -> list[Example]:
    """A labelled article: capitals inside the rule's labels are positives."""
    expected = load_expected(expected_path)
    text = read_source(str(article)).text
    lines = text.split("\n")
    spans = []  # (line, start column, end column or None for the whole line, rule, optional)
    for label in expected.labels:
        span = text_span(label, lines)
        for line in range(label.line, label.end_line + 1):
            columns = (span[0][1], span[1][1]) if span and label.line == label.end_line else (1, 10 ** 9)
            spans.append((line, *columns, label.rule, label.optional))

    def label_of(line: int, start: int, end: int) -> tuple[int, int] | int | None:
        hits = [(at, first, rule, optional) for at, first, last, rule, optional in spans
                if at == line and start < last and first < end]
        if not hits:
            return 0
        return hits[0][:2] if all(rule == RULE and not optional for _, _, rule, optional in hits) else None

    return extractor.examples(text, str(article), expected.language, format_for(str(article)),
                              article_group(article), label_of)


def matrix(examples: list[Example], names: list[str]):
    """The examples' yes/no signals as a 0/1 matrix (numpy, training only)."""
    import numpy as np

    index = {name: k for k, name in enumerate(names)}
    x = np.zeros((len(examples), len(names)), dtype=np.float32)
    for row, example in enumerate(examples):
        for name in example.features:
            if name in index:
                x[row, index[name]] = 1.0
    return x


def fit(examples: list[Example], names: list[str]) -> capitalmodel.Model:
    """Gradient-boosted trees on the log loss, grown greedily to `DEPTH` (numpy, training only)."""
    import numpy as np

    x = matrix(examples, names)
    y = np.array([e.label for e in examples], dtype=np.float64)
    weight = np.array([REAL_WEIGHT if e.real else 1.0 for e in examples])
    rate = float((weight * y).sum() / weight.sum())
    base = float(np.log(rate / (1 - rate)))
    z = np.full(len(y), base)
    trees = []
    for _ in range(ROUNDS):
        p = 1 / (1 + np.exp(-z))
        tree: list[list] = []
        grow(tree, x, weight * (p - y), weight * p * (1 - p), np.arange(len(y)), DEPTH, names)
        trees.append(tree)
        z += predict(tree, x, names)
    return capitalmodel.Model(base, trees, {})


def grow(tree: list, x, g, h, rows, depth: int, names: list[str]) -> int:
    """Add the node for `rows` (and its subtree) to `tree`; its index."""
    import numpy as np

    at = len(tree)
    tree.append([])
    gs, hs = g[rows].sum(), h[rows].sum()
    best, feature = 0.0, -1
    if depth > 0 and len(rows) >= 2 * MIN_CHILD:
        sub = x[rows]
        g_yes, h_yes = sub.T @ g[rows], sub.T @ h[rows]
        n_yes = sub.sum(axis=0)
        g_no, h_no = gs - g_yes, hs - h_yes
        gain = g_yes ** 2 / (h_yes + LAMBDA) + g_no ** 2 / (h_no + LAMBDA) - gs ** 2 / (hs + LAMBDA)
        gain[(n_yes < MIN_CHILD) | (len(rows) - n_yes < MIN_CHILD)] = 0.0
        feature = int(np.argmax(gain))
        best = float(gain[feature])
    if best <= MIN_GAIN:
        tree[at] = [round(float(-gs / (hs + LAMBDA) * RATE), 4)]
        return at
    yes = rows[x[rows, feature] > 0]
    no = rows[x[rows, feature] == 0]
    tree[at] = [names[feature], grow(tree, x, g, h, yes, depth - 1, names), grow(tree, x, g, h, no, depth - 1, names)]
    return at


def predict(tree: list, x, names: list[str]):
    """A tree's leaf values for every row of `x`."""
    import numpy as np

    index = {name: k for k, name in enumerate(names)}

    def walk(at: int, rows) -> None:
        node = tree[at]
        if len(node) == 1:
            out[rows] = node[0]
            return
        present = x[rows, index[node[0]]] > 0
        walk(node[1], rows[present])
        walk(node[2], rows[~present])

    out = np.zeros(x.shape[0])
    walk(0, np.arange(x.shape[0]))
    return out


def train(examples: list[Example], names: list[str]) -> tuple[capitalmodel.Model, list[tuple[Example, float]]]:
    """The model on all `examples`, its threshold from their out-of-fold scores, and those scores."""
    out_of_fold = []
    for fold in range(FOLDS):
        model = fit([e for e in examples if fold_of(e.group, FOLDS) != fold], names)
        out_of_fold += [(e, capitalmodel.score(model, e.features)) for e in examples
                        if fold_of(e.group, FOLDS) == fold and e.real]
    thresholds = {}
    for language in LANGUAGES:
        scored = [(e, p) for e, p in out_of_fold if f"language_{language}" in e.features]
        found = next((t for t in THRESHOLDS if counts(scored, t).precision >= PRECISION
                      and counts(scored, t).tp >= MIN_CAUGHT), None)
        if found is not None:
            thresholds[language] = found
    return fit(examples, names)._replace(thresholds=thresholds), out_of_fold


def counts(scored: list[tuple[Example, float]], threshold: float) -> Counts:
    return Counts(tp=sum(p >= threshold and e.label for e, p in scored),
                  fp=sum(p >= threshold and not e.label for e, p in scored),
                  fn=sum(p < threshold and e.label for e, p in scored))


def score_sets(sets: list[Path], models: dict[str, capitalmodel.Model]) -> dict[str, tuple[Counts, Counts]]:
    """Each set linted by the whole linter with its model: (this rule, every rule)."""
    results = {}
    for folder in sets:
        capitalmodel.use_model(models[folder.name])
        try:
            scored = [score_one(article, load_expected(expected)) for article, expected in find_articles(folder)]
        finally:
            capitalmodel.use_model(None)
        report = aggregate(item.result for item in scored)
        results[folder.name] = (report.by_rule.get(RULE, Counts()), report.overall)
    return results


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("path", nargs="?", type=Path, default=boilerplate_dev.DEFAULT_PATH)
    parser.add_argument("--no-write", action="store_true", help="do not write the model file")
    parser.add_argument("--no-loso", action="store_true", help="skip the leave-one-set-out scores")
    parser.add_argument("--loso-sets", help="leave out only these held-out sets, one at a time (comma-separated: set21,set25)")
    parser.add_argument("--seed", type=int, default=10)
    parser.add_argument("--check-sets", help="train once without these held-out sets (comma-separated: set48,set49)"
                        " and score them with that model: a split by set, the sets checked never seen in training")
    parser.add_argument("--no-in-sample", action="store_true", help="skip the whole linter's in-sample scores")
    parser.add_argument("--drop", help="leave out the signals whose names start so (comma-separated: share_,prev_role), to weigh them")
    args = parser.parse_args(argv)

    extractor = Extractor(args.seed)
    pages = [json.loads(row) for row in (args.path / "pages.jsonl").open(encoding="utf-8")]
    examples = [e for page in pages if page["lang"] in boilerplate_dev.SUPPORTED for e in page_examples(extractor, page)]
    for folder in CORPORA:
        for article, expected in find_articles(folder):
            examples += article_examples(extractor, article, expected)
    if args.drop:
        dropped = tuple(args.drop.split(","))
        for e in examples:
            e.features = {name: v for name, v in e.features.items() if not name.startswith(dropped)}
    names = sorted({name for e in examples for name in e.features})
    real = [e for e in examples if e.real]
    print(f"{len(examples)} capitals: {sum(e.label for e in real)} real slips, {sum(not e.label for e in real)} real"
          f" capitals that are right, {len(examples) - len(real)} made slips; {len(names)} features")

    model, out_of_fold = train(examples, names)
    print("\nthe model alone, out of fold (5 folds by source), real capitals, by language:")
    rows = []
    for language in LANGUAGES:
        scored = [(e, p) for e, p in out_of_fold if f"language_{language}" in e.features]
        for t in (0.5, 0.7, 0.9, model.threshold(language)):
            rows.append([language, "off" if t > 1 else f"{t:.3g}", *counts(scored, t).cells()])
    print(format_table(["language", "P >=", "precision", "recall", "F1", "TP", "FP", "FN"], rows))

    sets = sorted(HELDOUT.glob("set*"), key=lambda p: int(p.name[3:]))
    if not args.no_loso:
        loso = {}
        chosen = set(args.loso_sets.split(",")) if args.loso_sets else {folder.name for folder in sets}
        for folder in (folder for folder in sets if folder.name in chosen):
            group = article_group(next(iter(find_articles(folder)))[0])
            held, _ = train([e for e in examples if e.group != group], names)
            loso.update(score_sets([folder], {folder.name: held}))
            print(f"  {folder.name}: thresholds without it {held.thresholds}", flush=True)
        print_sets("leave-one-set-out (the set's articles and made slips out of training)", loso)
    if not args.no_in_sample:
        print_sets("in-sample (trained on everything)", score_sets(sets, {s.name: model for s in sets}))
    if args.check_sets:
        checked = [folder for folder in sets if folder.name in set(args.check_sets.split(","))]
        groups = {article_group(next(iter(find_articles(folder)))[0]) for folder in checked}
        held, _ = train([e for e in examples if e.group not in groups], names)
        print(f"\nthresholds without {args.check_sets}: {held.thresholds}")
        print_sets(f"split by set (trained without {args.check_sets})", score_sets(checked, {f.name: held for f in checked}))

    if not args.no_write:
        target = ROOT / "rules" / CAPITAL_MODEL_FILE
        target.parent.mkdir(exist_ok=True)
        data = {"about": "P(a capital inside a sentence is a slip); written by tests/eval/train_capital_model.py",
                 "capitals": len(examples), "seed": args.seed, "thresholds": model.thresholds,
                 "base": round(model.base, 4), "trees": model.trees}
        target.write_text(json.dumps(data, separators=(",", ":"), ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"\nwrote {target.relative_to(ROOT)}")
    return 0


def print_sets(title: str, results: dict[str, tuple[Counts, Counts]]) -> None:
    rule_total, overall_total = Counts(), Counts()
    rows = []
    for name, (rule, overall) in results.items():
        rows.append([name, *rule.cells()[:2], str(rule.tp), str(rule.fp), str(rule.fn), *overall.cells()[:2]])
        rule_total = Counts(rule_total.tp + rule.tp, rule_total.fp + rule.fp, rule_total.fn + rule.fn)
        overall_total = Counts(overall_total.tp + overall.tp, overall_total.fp + overall.fp,
                               overall_total.fn + overall.fn)
    rows.append(["all", *rule_total.cells()[:2], str(rule_total.tp), str(rule_total.fp), str(rule_total.fn),
                 *overall_total.cells()[:2]])
    print(f"\n{title}:")
    print(format_table(["set", f"{RULE} P", "R", "TP", "FP", "FN", "all rules P", "R"], rows))


if __name__ == "__main__":
    sys.exit(main())

"""The accuracy bar on the labelled corpus and the seed (see tests/eval/run_corpus.py)."""

from __future__ import annotations

import pytest
from run_corpus import CORPUS, SEEDS, Scored, listing, score_corpus
from scoring import aggregate, find_articles, load_expected

CLEAN = [
    article.name
    for article, expected in find_articles(CORPUS)
    if not load_expected(expected).labels
]


@pytest.fixture(scope="module")
def corpus() -> dict[str, Scored]:
    return {item.path.name: item for item in score_corpus([CORPUS])}


@pytest.mark.parametrize("name", CLEAN)
def test_clean_article_has_no_finding(corpus: dict[str, Scored], name: str) -> None:
    assert listing([corpus[name]]) == "", "every finding on a clean article is a false positive"


def test_seed_every_required_label_found_and_no_false_positive() -> None:
    scored = score_corpus([SEEDS])
    assert scored, f"no labelled article in {SEEDS}"
    assert listing(scored) == "", "the seed's false positives and missed labels"


def test_corpus_precision_and_recall(corpus: dict[str, Scored]) -> None:
    overall = aggregate(item.result for item in corpus.values()).overall
    assert overall.precision >= 0.95, f"precision {overall.precision:.3f} ({overall})"
    assert overall.recall >= 0.90, f"recall {overall.recall:.3f} ({overall})"


def test_every_rule_precision(corpus: dict[str, Scored]) -> None:
    by_rule = aggregate(item.result for item in corpus.values()).by_rule
    low = {rule: f"{c.precision:.3f} ({c})" for rule, c in by_rule.items() if c.precision < 0.90}
    assert not low, f"rules below precision 0.90: {low}"


EXTRA = CORPUS.parent / "corpus-extra"


@pytest.mark.parametrize("folder", sorted(p.name for p in EXTRA.glob("set*")))
def test_extra_sets_hold_their_scores(folder: str) -> None:
    """The sets written after tuning (tests/corpus-extra/README.md) stay as good as the corpus."""
    overall = aggregate(item.result for item in score_corpus([EXTRA / folder])).overall
    assert overall.precision >= 0.95, f"precision {overall.precision:.3f} ({overall})"
    assert overall.recall >= 0.93, f"recall {overall.recall:.3f} ({overall})"

"""Unit tests of the corpus scorer, on synthetic labels and findings."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest
from scoring import Counts, Expected, Label, aggregate, load_expected, score_article

LINES = [
    "Ottobre 31, 2024",  # 1
    "",  # 2
    "Il il governo ha detto Un portavoce.",  # 3
    "Hong Kong",  # 4
    "CNN",  # 5
    "una frase. poi un'altra frase.",  # 6
]


@dataclass(frozen=True)
class F:
    """A synthetic finding."""

    line: int
    column: int
    end_line: int
    end_column: int
    rule: str


def on(line: int, start: int, end: int, rule: str) -> F:
    """A finding on one line, columns ``start`` (1-based) to ``end`` (exclusive)."""
    return F(line, start, line, end, rule)


def expect(*labels: Label) -> Expected:
    return Expected(language="it", labels=labels)


def test_match_is_a_true_positive() -> None:
    result = score_article(
        expect(Label(1, "date-format", 1, "Ottobre 31, 2024")), [on(1, 1, 17, "date-format")], LINES
    )
    assert [label.rule for label, _ in result.found] == ["date-format"]
    assert result.missed == result.false_positives == []


def test_no_finding_is_a_miss() -> None:
    result = score_article(expect(Label(3, "duplicated-word", 3, "il")), [], LINES)
    assert result.missed == [Label(3, "duplicated-word", 3, "il")]
    assert result.found == []


def test_unlabelled_finding_is_a_false_positive() -> None:
    finding = on(6, 1, 4, "spacing")
    result = score_article(expect(), [finding], LINES)
    assert result.false_positives == [finding]


def test_wrong_rule_does_not_match() -> None:
    finding = on(1, 1, 8, "mojibake")
    result = score_article(expect(Label(1, "month-capitalization", 1, "Ottobre")), [finding], LINES)
    assert result.false_positives == [finding]
    assert len(result.missed) == 1


def test_text_overlap_matches_and_disjoint_span_does_not() -> None:
    label = Label(3, "midsentence-capital", 3, "Un portavoce")  # columns 24..36
    touching = score_article(expect(label), [on(3, 20, 25, "midsentence-capital")], LINES)
    assert len(touching.found) == 1
    adjacent = score_article(expect(label), [on(3, 18, 24, "midsentence-capital")], LINES)
    assert adjacent.found == [] and len(adjacent.false_positives) == 1


def test_text_is_anchored_at_its_first_occurrence() -> None:
    label = Label(6, "lowercase-sentence-start", 6, "frase")  # first "frase" is at column 5
    second = on(6, 25, 30, "lowercase-sentence-start")
    assert score_article(expect(label), [second], LINES).found == []


def test_label_without_text_matches_anywhere_on_its_lines() -> None:
    label = Label(6, "image-credit", 6)
    assert len(score_article(expect(label), [on(6, 10, 12, "image-credit")], LINES).found) == 1


def test_multi_line_label_and_finding() -> None:
    label = Label(4, "split-dateline", 5, "Hong Kong")
    spanning = F(4, 1, 5, 4, "split-dateline")
    assert len(score_article(expect(label), [spanning], LINES).found) == 1
    # On the label's second line but not over its text, which sits on its first line: it does not
    # find the label, but it reports the same artifact, so it is no false alarm either.
    second_line_only = on(5, 1, 4, "split-dateline")
    result = score_article(expect(label), [second_line_only], LINES)
    assert result.found == [] and result.missed == [label] and result.false_positives == []
    other_rule = on(5, 1, 4, "page-chrome")
    assert score_article(expect(label), [other_rule], LINES).false_positives == [other_rule]


def test_finding_starting_outside_the_label_lines_does_not_match() -> None:
    label = Label(5, "split-dateline", 5, "CNN")
    result = score_article(expect(label), [F(4, 1, 5, 4, "split-dateline")], LINES)
    assert result.found == [] and len(result.false_positives) == 1


def test_second_finding_inside_a_found_label_is_not_counted() -> None:
    label = Label(3, "duplicated-word", 3, "Il il")
    result = score_article(
        expect(label), [on(3, 1, 6, "duplicated-word"), on(3, 4, 6, "duplicated-word")], LINES
    )
    assert len(result.found) == 1
    assert result.false_positives == [] and result.missed == []


def test_one_finding_finds_one_label_and_the_pairing_is_order_free() -> None:
    wide, narrow = on(1, 1, 17, "date-format"), on(1, 13, 17, "date-format")
    labels = expect(Label(1, "date-format", 1, "Ottobre 31"), Label(1, "date-format", 1, "2024"))
    for findings in ([wide, narrow], [narrow, wide]):
        assert len(score_article(labels, findings, LINES).found) == 2
    assert len(score_article(labels, [wide], LINES).missed) == 1


def test_optional_label_is_neither_counted_nor_a_false_positive() -> None:
    label = Label(3, "midsentence-capital", 3, "Un", optional=True)
    found = score_article(expect(label), [on(3, 24, 26, "midsentence-capital")], LINES)
    assert found.optional_found == [label]
    assert found.found == found.missed == found.false_positives == []
    missed = score_article(expect(label), [], LINES)
    assert missed.missed == [] and missed.optional_found == []


def test_required_label_is_paired_before_an_optional_one() -> None:
    required = Label(3, "spacing", 3, "Il il")
    optional = Label(3, "spacing", 3, "Il", optional=True)
    result = score_article(expect(optional, required), [on(3, 1, 3, "spacing")], LINES)
    assert [label for label, _ in result.found] == [required]
    assert result.optional_found == []


def test_missing_label_text_is_an_error() -> None:
    with pytest.raises(ValueError):
        score_article(expect(Label(1, "mojibake", 1, "Ã¨")), [], LINES)


def test_report_counts_per_rule_language_and_overall() -> None:
    labels = expect(
        Label(1, "month-capitalization", 1, "Ottobre"), Label(3, "duplicated-word", 3, "il")
    )
    findings = [on(1, 1, 8, "month-capitalization"), on(6, 1, 4, "spacing")]
    report = aggregate([score_article(labels, findings, LINES)])
    assert report.overall == Counts(tp=1, fp=1, fn=1)
    assert report.by_language["it"] == Counts(tp=1, fp=1, fn=1)
    assert report.by_rule["month-capitalization"] == Counts(tp=1)
    assert report.by_rule["spacing"] == Counts(fp=1)
    assert report.by_rule["duplicated-word"] == Counts(fn=1)


def test_ratios() -> None:
    counts = Counts(tp=3, fp=1, fn=3)
    assert (counts.precision, counts.recall) == (0.75, 0.5)
    assert counts.f1 == pytest.approx(0.6)
    assert (Counts().precision, Counts().recall, Counts(fn=1).f1) == (1.0, 1.0, 0.0)


def test_load_expected(tmp_path: Path) -> None:
    path = tmp_path / "a.expected.yaml"
    path.write_text(
        "language: fr\nfindings:\n"
        '  - {line: 2, end_line: 3, rule: split-dateline, text: "Paris\\u00a0"}\n'
        "  - {line: 9, rule: image-credit, optional: true, note: caption}\n",
        encoding="utf-8",
    )
    assert load_expected(path) == Expected(
        "fr",
        (
            Label(2, "split-dateline", 3, "Paris\u00a0"),
            Label(9, "image-credit", 9, None, optional=True, note="caption"),
        ),
    )
    path.write_text("language: en\nfindings: []\n", encoding="utf-8")
    assert load_expected(path).labels == ()

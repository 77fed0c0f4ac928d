"""Score linter findings against the labelled corpus format of DESIGN.md ("Conventions").

An article ``NAME.txt``/``NAME.md`` has ``NAME.expected.yaml`` with ``language:`` and
``findings:``, a list of labels ``{line, rule, text?, end_line?, optional?, note?}``.

Matching, exactly as DESIGN.md states it:

* a finding *can match* a label when the rule ids agree, the finding's ``line`` lies in
  ``label.line..label.end_line`` and, where the label gives ``text``, the finding's span
  (``(line, column)`` to ``(end_line, end_column)``, 1-based, end exclusive, columns in code
  points) overlaps the first occurrence of ``text`` on line ``label.line``;
* each label is found at most once and each finding finds at most one label; the pairing is a
  maximum bipartite matching, so the count never depends on the order of the findings;
* a finding that can match some label but was not paired (a second finding inside a label
  already found) is not counted at all; every finding that can match no label is a false
  positive;
* an ``optional`` label is right to report but no miss to leave out: a finding that matches it
  is not a false positive, yet it is counted neither as a true positive nor, when no finding
  matches it, as a false negative. Required labels are paired first, so an optional label never
  takes a finding that a required one needs.

Ratios with an empty denominator are 1.0 (no finding means no wrong finding; no label means
nothing to miss); F1 is 0.0 when precision and recall are both 0.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

import yaml

ARTICLE_SUFFIXES = (".txt", ".md")
EXPECTED_SUFFIX = ".expected.yaml"


class Finding(Protocol):
    """What the scorer reads from a linter diagnostic."""

    @property
    def line(self) -> int: ...
    @property
    def column(self) -> int: ...
    @property
    def end_line(self) -> int: ...
    @property
    def end_column(self) -> int: ...
    @property
    def rule(self) -> str: ...


@dataclass(frozen=True)
class Label:
    """One expected finding: a defect on lines ``line..end_line``."""

    line: int
    rule: str
    end_line: int
    text: str | None = None
    optional: bool = False
    note: str | None = None


@dataclass(frozen=True)
class Expected:
    """The contents of a ``NAME.expected.yaml`` file."""

    language: str
    labels: tuple[Label, ...]


def load_expected(path: Path) -> Expected:
    """Read a ``NAME.expected.yaml`` file."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    labels = tuple(
        Label(
            line=item["line"],
            rule=item["rule"],
            end_line=item.get("end_line", item["line"]),
            text=item.get("text"),
            optional=bool(item.get("optional", False)),
            note=item.get("note"),
        )
        for item in data.get("findings") or []
    )
    return Expected(language=data["language"], labels=labels)


def find_articles(folder: Path) -> list[tuple[Path, Path]]:
    """Pairs ``(article, expected file)`` in ``folder``, sorted by name."""
    pairs = []
    for expected in sorted(folder.glob("*" + EXPECTED_SUFFIX)):
        stem = expected.name[: -len(EXPECTED_SUFFIX)]
        articles = [folder / (stem + s) for s in ARTICLE_SUFFIXES if (folder / (stem + s)).exists()]
        if len(articles) != 1:
            raise FileNotFoundError(f"{expected}: expected one of {stem}.txt / {stem}.md")
        pairs.append((articles[0], expected))
    return pairs


Position = tuple[int, int]


def text_span(label: Label, lines: Sequence[str]) -> tuple[Position, Position] | None:
    """The span of the first occurrence of ``label.text`` on line ``label.line`` (None: no text)."""
    if label.text is None:
        return None
    column = lines[label.line - 1].find(label.text)
    if column < 0:
        raise ValueError(f"line {label.line}: label text {label.text!r} not on the line")
    return (label.line, column + 1), (label.line, column + 1 + len(label.text))


def can_match(finding: Finding, label: Label, span: tuple[Position, Position] | None) -> bool:
    """Whether ``finding`` may count for ``label`` (``span``: the label's text span, if any)."""
    if finding.rule != label.rule or not label.line <= finding.line <= label.end_line:
        return False
    if span is None:
        return True
    start, end = (finding.line, finding.column), (finding.end_line, finding.end_column)
    return start < span[1] and span[0] < end


def _match(edges: dict[int, list[int]], labels: Iterable[int], taken: dict[int, int]) -> None:
    """Extend ``taken`` (finding -> label) by augmenting paths from ``labels`` (Kuhn's algorithm).

    An augmenting path never unpairs a label, so labels paired earlier stay paired.
    """

    def augment(label: int, seen: set[int]) -> bool:
        for finding in edges[label]:
            if finding not in seen:
                seen.add(finding)
                if finding not in taken or augment(taken[finding], seen):
                    taken[finding] = label
                    return True
        return False

    for label in labels:
        augment(label, set())


@dataclass
class ArticleResult:
    """The outcome of scoring one article."""

    language: str
    found: list[tuple[Label, Finding]]
    missed: list[Label]
    false_positives: list[Finding]
    optional_found: list[Label]


def score_article(
    expected: Expected, findings: Sequence[Finding], lines: Sequence[str]
) -> ArticleResult:
    """Match ``findings`` against ``expected`` for an article whose text lines are ``lines``."""
    labels = expected.labels
    spans = [text_span(label, lines) for label in labels]
    edges = {
        i: [j for j, f in enumerate(findings) if can_match(f, label, spans[i])]
        for i, label in enumerate(labels)
    }
    required = [i for i, label in enumerate(labels) if not label.optional]
    optional = [i for i, label in enumerate(labels) if label.optional]
    pairs: dict[int, int] = {}
    _match(edges, required, pairs)
    _match(edges, optional, pairs)
    label_of = {label: finding for finding, label in pairs.items()}
    # A finding on a later line of a label's lines reports the same artifact (the second line of
    # an embed's fallback, of a list of headlines): never a false alarm, though only a finding
    # over the label's text, on its first line, finds it.
    matchable = {j for e in edges.values() for j in e} | {
        j for j, f in enumerate(findings) for label in labels
        if f.rule == label.rule and label.line < f.line <= label.end_line
    }
    return ArticleResult(
        language=expected.language,
        found=[(labels[i], findings[label_of[i]]) for i in required if i in label_of],
        missed=[labels[i] for i in required if i not in label_of],
        false_positives=[f for j, f in enumerate(findings) if j not in matchable],
        optional_found=[labels[i] for i in optional if i in label_of],
    )


@dataclass
class Counts:
    """True positives, false positives and false negatives, with the ratios derived from them."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def cells(self) -> list[str]:
        """Precision, recall, F1, TP, FP, FN as table cells."""
        ratios = [f"{x:.3f}" for x in (self.precision, self.recall, self.f1)]
        return ratios + [str(n) for n in (self.tp, self.fp, self.fn)]

    def as_dict(self) -> dict[str, float | int]:
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
        }


@dataclass
class Report:
    """Counts over many articles, overall and broken down by rule and by language."""

    overall: Counts = field(default_factory=Counts)
    by_rule: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    by_language: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))

    def add(self, result: ArticleResult) -> None:
        """Add one article's outcome."""
        events = (
            [(label.rule, "tp") for label, _ in result.found]
            + [(f.rule, "fp") for f in result.false_positives]
            + [(label.rule, "fn") for label in result.missed]
        )
        language = self.by_language[result.language]
        for rule, kind in events:
            for counts in (self.overall, self.by_rule[rule], language):
                setattr(counts, kind, getattr(counts, kind) + 1)

    def as_dict(self) -> dict[str, object]:
        return {
            "overall": self.overall.as_dict(),
            "by_rule": {k: v.as_dict() for k, v in sorted(self.by_rule.items())},
            "by_language": {k: v.as_dict() for k, v in sorted(self.by_language.items())},
        }


def aggregate(results: Iterable[ArticleResult]) -> Report:
    """Sum article outcomes into a report."""
    report = Report()
    for result in results:
        report.add(result)
    return report


def format_table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    """A plain text table: first column left-aligned, the others right-aligned.

    A row of one cell is a section title and is printed as it is.
    """
    table = [header, *(row for row in rows if len(row) > 1)]
    widths = [max(len(row[i]) for row in table) for i in range(len(header))]

    def render(row: Sequence[str]) -> str:
        if len(row) == 1:
            return row[0]
        rest = [cell.rjust(width) for cell, width in zip(row[1:], widths[1:], strict=True)]
        cells = [row[0].ljust(widths[0]), *rest]
        return "  ".join(cells).rstrip()

    return "\n".join(render(row) for row in [header, *rows])

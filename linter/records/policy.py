"""The keep/drop verdict of an article: its score and the rules that drop it outright."""
from __future__ import annotations

from collections import Counter

from ..diagnostic import Diagnostic, Severity
from ..errors import ConfigError
from ..value import Frozen, set_field

TYPE_CHECKING = False  # typing's flag, without importing typing: a run never does (~3 ms)
if TYPE_CHECKING:
    from typing import Any, Iterable

POLICY_KEYS = frozenset({"drop_if", "min_score", "max_chars"})
# Weight of one finding in the score, by severity.
WEIGHTS = {Severity.ERROR: 1.0, Severity.WARNING: 0.5, Severity.INFO: 0.1}
DEFAULT_MAX_CHARS = 1_000_000


class Policy(Frozen):
    """Drop an article when any rule of `drop_if` fires or its score is below `min_score`.

    Texts longer than `max_chars` are not linted: they are reported as bad records.
    """

    __slots__ = FIELDS = ("drop_if", "min_score", "max_chars")

    def __init__(self, drop_if: tuple[str, ...] = (), min_score: float | None = None,
                 max_chars: int = DEFAULT_MAX_CHARS):
        set_field(self, "drop_if", drop_if)
        set_field(self, "min_score", min_score)
        set_field(self, "max_chars", max_chars)

    def verdict(self, counts: dict[str, int], score: float) -> str | None:
        """Why the article is dropped, or None to keep it."""
        fired = [rule for rule in self.drop_if if counts.get(rule)]
        if fired:
            return f"rule {fired[0]}"
        if self.min_score is not None and score < self.min_score:
            return f"score below {self.min_score:g}"
        return None


def score(diagnostics: Iterable[Diagnostic], characters: int) -> float:
    """1 for a clean article, falling with the weighted findings per 1,000 characters: 1 / (1 + density)."""
    weight = sum(WEIGHTS[d.severity] for d in diagnostics)
    density = weight * 1000 / max(characters, 1)
    return round(1 / (1 + density), 4)


def rule_counts(diagnostics: Iterable[Diagnostic]) -> dict[str, int]:
    """Findings per rule, by rule id."""
    return dict(sorted(Counter(d.rule for d in diagnostics).items()))


def parse_policy(raw: Any, where: str, *, drop_if: tuple[str, ...] = (), min_score: float | None = None) -> Policy:
    """The `records:` mapping of a configuration file, with the command line's values winning."""
    raw = raw or {}
    if not isinstance(raw, dict):
        raise ConfigError(f"{where}: 'records' must be a mapping (drop_if, min_score, max_chars)")
    for key in raw:
        if key not in POLICY_KEYS:
            raise ConfigError(f"{where}: records: unknown key '{key}'; known keys: {', '.join(sorted(POLICY_KEYS))}")
    rules = raw.get("drop_if") or []
    if isinstance(rules, str):
        rules = [part.strip() for part in rules.split(",") if part.strip()]
    if not isinstance(rules, list) or not all(isinstance(rule, str) for rule in rules):
        raise ConfigError(f"{where}: records.drop_if must be a list of rule ids")
    configured_score = raw.get("min_score")
    if configured_score is not None and (isinstance(configured_score, bool)
                                         or not isinstance(configured_score, (int, float))
                                         or not 0 <= configured_score <= 1):
        raise ConfigError(f"{where}: records.min_score must be a number from 0 to 1")
    max_chars = raw.get("max_chars", DEFAULT_MAX_CHARS)
    if isinstance(max_chars, bool) or not isinstance(max_chars, int) or max_chars < 1:
        raise ConfigError(f"{where}: records.max_chars must be a positive whole number")
    return Policy(drop_if=drop_if or tuple(rules),
                  min_score=min_score if min_score is not None else configured_score,
                  max_chars=max_chars)

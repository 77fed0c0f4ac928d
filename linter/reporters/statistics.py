"""`--statistics`: how many findings each rule reported, most frequent first."""
from __future__ import annotations

from collections import Counter

from ..engine import FileResult
from . import Reporter


class StatisticsReporter(Reporter):
    def start(self) -> None:
        self.counts: Counter[str] = Counter()
        self.fixable: Counter[str] = Counter()
        self.severity: dict[str, str] = {}

    def file(self, result: FileResult) -> None:
        for d in result.diagnostics:
            self.counts[d.rule] += 1
            self.fixable[d.rule] += d.fix is not None
            self.severity[d.rule] = d.severity.value

    def finish(self) -> None:
        rows = sorted(self.counts.items(), key=lambda item: (-item[1], item[0]))
        width = max((len(rule) for rule, _ in rows), default=0)
        for rule, count in rows:
            fixable = f"  ({self.fixable[rule]} fixable)" if self.fixable[rule] else ""
            self.stream.write(f"{count:>6}  {rule:<{width}}  {self.severity[rule]:<7}{fixable}\n".rstrip() + "\n")
        self.stream.write(f"{sum(self.counts.values()):>6}  total\n")

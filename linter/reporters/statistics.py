"""`--statistics`: how many findings each rule reported, most frequent first."""
from __future__ import annotations

from collections import Counter

from ..result import FileResult
from . import Reporter, fix_state


class StatisticsReporter(Reporter):
    def start(self) -> None:
        self.counts: Counter[str] = Counter()
        self.fixable: Counter[str] = Counter()
        self.unsafe: Counter[str] = Counter()
        self.severity: dict[str, str] = {}

    def file(self, result: FileResult) -> None:
        for d in result.diagnostics:
            self.counts[d.rule] += 1
            state = fix_state(d, self.unsafe_fixes)
            self.fixable[d.rule] += state == "fixable"
            self.unsafe[d.rule] += state == "unsafe"
            self.severity[d.rule] = d.severity.value

    def finish(self) -> None:
        rows = sorted(self.counts.items(), key=lambda item: (-item[1], item[0]))
        width = max((len(rule) for rule, _ in rows), default=0)
        for rule, count in rows:
            fixable = self._fixable(rule)
            self.stream.write(f"{count:>6}  {rule:<{width}}  {self.severity[rule]:<7}{fixable}\n".rstrip() + "\n")
        self.stream.write(f"{sum(self.counts.values()):>6}  total\n")

    def _fixable(self, rule: str) -> str:
        """`  (3 fixable, 1 with --unsafe-fixes)`: unsafe fixes apart unless --unsafe-fixes is on."""
        parts = [f"{self.fixable[rule]} fixable"] if self.fixable[rule] else []
        parts += [f"{self.unsafe[rule]} with --unsafe-fixes"] if self.unsafe[rule] else []
        return f"  ({', '.join(parts)})" if parts else ""

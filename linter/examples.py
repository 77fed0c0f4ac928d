"""Running the `examples` of rules: each bad example must be flagged, each good one must not."""
from __future__ import annotations

from dataclasses import dataclass

from .config import Settings
from .engine import lint_text
from .registry import Registry


@dataclass(frozen=True)
class ExampleResult:
    rule: str
    language: str
    kind: str  # "bad" | "good"
    text: str
    found: int

    @property
    def passed(self) -> bool:
        return (self.found > 0) == (self.kind == "bad")


def run_examples(registry: Registry, rules_paths: tuple[str, ...] = (), only: set[str] | None = None) -> list[ExampleResult]:
    """Lint every example of every rule (or of `only`) with that rule alone, in its language."""
    results = []
    for spec in registry.specs.values():
        if only is not None and spec.id not in only:
            continue
        for language, cases in spec.examples.items():
            for kind in ("bad", "good"):
                for text in (cases or {}).get(kind) or []:
                    settings = Settings(language=language, select=(spec.id,), rules_paths=rules_paths)
                    found = [d for d in lint_text(str(text), settings=settings) if d.rule == spec.id]
                    results.append(ExampleResult(spec.id, language, kind, str(text), len(found)))
    return results

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
                for example in (cases or {}).get(kind) or []:
                    text, fmt = _text_and_format(example)
                    settings = Settings(language=language, select=(spec.id,), rules_paths=rules_paths)
                    found = [d for d in lint_text(text, settings=settings, fmt=fmt) if d.rule == spec.id]
                    results.append(ExampleResult(spec.id, language, kind, text, len(found)))
    return results


def _text_and_format(example) -> tuple[str, str]:
    """An example is a plain-text string, or `{markdown: "..."}` / `{text: "..."}`."""
    if isinstance(example, dict):
        if "markdown" in example:
            return str(example["markdown"]), "markdown"
        return str(example.get("text", "")), "text"
    return str(example), "text"

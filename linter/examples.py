"""Running the `examples` of rules: each bad example must be flagged, each good one must not."""
from __future__ import annotations

from dataclasses import dataclass

from .config import Settings
from .engine import lint_source
from .registry import Registry
from .source import Source, decode


@dataclass(frozen=True)
class ExampleResult:
    rule: str
    language: str
    kind: str  # "bad" | "good"
    text: str
    found: int
    # Checks that could not run on it (a pattern over its time limit): one line each.
    warnings: tuple[str, ...] = ()

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
                    source = decode(text.encode("utf-8")) if "\r" in text else Source(text)
                    linted = lint_source(source, f"{spec.origin} ({language} {kind} example)", settings, fmt)
                    found = [d for d in linted.diagnostics if d.rule == spec.id]
                    results.append(ExampleResult(spec.id, language, kind, text, len(found), tuple(linted.warnings)))
    return results


def _text_and_format(example) -> tuple[str, str]:
    """An example is a plain-text string, or `{markdown: "..."}` / `{text: "..."}`."""
    if isinstance(example, dict):
        if "markdown" in example:
            return str(example["markdown"]), "markdown"
        return str(example.get("text", "")), "text"
    return str(example), "text"

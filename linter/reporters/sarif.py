"""`--format sarif`: SARIF 2.1.0 for code-scanning uploads: rules with help, results, fixes."""
from __future__ import annotations

import os
from pathlib import Path, PurePath
from urllib.parse import quote

from .. import __version__
from ..baseline import anchors, fingerprint
from ..diagnostic import Diagnostic
from ..result import FileResult
from ..registry import load_registry
from ..rule import RuleSpec
from . import Reporter, write_json
from .indented_json import Streamed

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
LEVELS = {"error": "error", "warning": "warning", "info": "note"}


def artifact_uri(path: str) -> str:
    """A URI reference for a path: relative paths stay relative (to the repository root).

    The path's bytes are percent-encoded, so a name that is not UTF-8 (`caf\\xe9.md`) is `caf%E9.md`.
    """
    if os.path.isabs(path):
        return PurePath(path).as_uri()
    return quote(PurePath(os.path.normpath(path)).as_posix().encode("utf-8", "surrogateescape"))


def help_markdown(spec: RuleSpec) -> str:
    """The rule's `newslint explain` page: summary, what, why, fix safety, a bad and a good example."""
    return "\n\n".join(part for part in (spec.summary, *spec.explain_sections()) if part)


def help_uri(spec: RuleSpec) -> str:
    """The rule's own YAML file (its summary, explanation and examples), as a file URI."""
    return Path(spec.origin).resolve().as_uri()


def rule_descriptor(rule_id: str, spec: RuleSpec | None) -> dict:
    if spec is None:
        return {"id": rule_id, "shortDescription": {"text": rule_id}}
    text = help_markdown(spec) or spec.id
    return {
        "id": spec.id,
        "shortDescription": {"text": spec.summary or spec.id},
        "fullDescription": {"text": (spec.explain.get("what") or spec.summary or spec.id).strip()},
        "help": {"text": text, "markdown": text},
        **({"helpUri": help_uri(spec)} if spec.origin != "<builtin>" else {}),
        "defaultConfiguration": {"level": LEVELS[spec.severity.value]},
        "properties": {"tags": ["editorial"], "fix": spec.fix_safety or "none"},
    }


def region(d: Diagnostic) -> dict:
    return {"startLine": d.line, "startColumn": d.column, "endLine": d.end_line, "endColumn": d.end_column}


class SarifReporter(Reporter):
    def start(self) -> None:
        self.results: list[tuple[Diagnostic, str]] = []

    def file(self, result: FileResult) -> None:
        self.results.extend((d, fingerprint(anchor, n)) for d, anchor, n in anchors(result))

    def finish(self) -> None:
        specs = load_registry(self.rules_paths).specs
        ids = sorted({*specs, *(d.rule for d, _ in self.results)})
        index = {rule_id: i for i, rule_id in enumerate(ids)}
        run = {
            "tool": {"driver": {"name": "newslint", "version": __version__, "semanticVersion": __version__,
                                "rules": [rule_descriptor(rule_id, specs.get(rule_id)) for rule_id in ids]}},
            "columnKind": "unicodeCodePoints",
            "results": Streamed(self._result(d, print_, index[d.rule]) for d, print_ in self.results),
        }
        log = {"$schema": SCHEMA, "version": "2.1.0", "runs": [run]}
        write_json(self.stream, log)

    def _result(self, d: Diagnostic, print_: str, rule_index: int) -> dict:
        location = {"uri": artifact_uri(d.path), "uriBaseId": "%SRCROOT%"}
        result = {
            "ruleId": d.rule,
            "ruleIndex": rule_index,
            "level": LEVELS[d.severity.value],
            "message": {"text": d.message or d.rule},
            "locations": [{"physicalLocation": {"artifactLocation": location, "region": region(d)}}],
            "partialFingerprints": {"newslintAnchor/v1": print_},
        }
        if d.fix is not None:
            safety = "safe fix (--fix)" if d.fix.safe else "unsafe fix (--fix --unsafe-fixes)"
            result["fixes"] = [{
                "description": {"text": f"{d.rule}: {safety}"},
                "artifactChanges": [{"artifactLocation": location, "replacements": [
                    {"deletedRegion": region(d), "insertedContent": {"text": d.fix.replacement}}]}],
            }]
        return result

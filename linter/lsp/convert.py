"""newslint findings as LSP diagnostics and edits."""
from __future__ import annotations

from pathlib import Path

from lsprotocol import types

from ..diagnostic import Diagnostic, Severity
from .positions import to_lsp

SOURCE = "newslint"
_SEVERITY = {
    Severity.ERROR: types.DiagnosticSeverity.Error,
    Severity.WARNING: types.DiagnosticSeverity.Warning,
    Severity.INFO: types.DiagnosticSeverity.Information,
}


def lsp_range(lines: list[str], line: int, column: int, end_line: int, end_column: int) -> types.Range:
    start = to_lsp(lines, line, column)
    end = to_lsp(lines, end_line, end_column)
    return types.Range(types.Position(*start), types.Position(*end))


def to_lsp_diagnostic(diagnostic: Diagnostic, lines: list[str], rule_files: dict[str, str]) -> types.Diagnostic:
    """One finding: the rule id as its code, linked to the rule's file (its explain text)."""
    rule_file = rule_files.get(diagnostic.rule.partition("[")[0])
    fix = diagnostic.fix
    return types.Diagnostic(
        range=lsp_range(lines, diagnostic.line, diagnostic.column, diagnostic.end_line, diagnostic.end_column),
        message=diagnostic.message,
        severity=_SEVERITY[diagnostic.severity],
        code=diagnostic.rule,
        code_description=types.CodeDescription(href=Path(rule_file).as_uri()) if rule_file else None,
        source=SOURCE,
        data=None if fix is None else {"replacement": fix.replacement, "safe": fix.safe},
    )


def whole_change(before: str, after: str) -> types.TextEdit | None:
    """The smallest single edit turning `before` into `after` (common prefix and suffix kept)."""
    if before == after:
        return None
    start = 0
    limit = min(len(before), len(after))
    while start < limit and before[start] == after[start]:
        start += 1
    end_before, end_after = len(before), len(after)
    while end_before > start and end_after > start and before[end_before - 1] == after[end_after - 1]:
        end_before, end_after = end_before - 1, end_after - 1
    lines = before.split("\n")
    first = _position(before, start)
    last = _position(before, end_before)
    return types.TextEdit(lsp_range(lines, first[0], first[1], last[0], last[1]), after[start:end_after])


def _position(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column (code points) of an offset."""
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1

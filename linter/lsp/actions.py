"""Code actions: each fix as a quick fix, a suppression for the line, and fix-all for the file."""
from __future__ import annotations

from lsprotocol import types

from .convert import SOURCE, whole_change

FIX_ALL_KIND = types.CodeActionKind.SourceFixAll + "." + SOURCE


def quick_fixes(uri: str, diagnostics: list[types.Diagnostic]) -> list[types.CodeAction]:
    """For each of our diagnostics in the request: its fix (safe or marked unsafe) and a suppression."""
    actions: list[types.CodeAction] = []
    for diagnostic in diagnostics:
        if diagnostic.source != SOURCE or not diagnostic.code:
            continue
        data = diagnostic.data if isinstance(diagnostic.data, dict) else None
        if data and isinstance(data.get("replacement"), str):
            safe = bool(data.get("safe", True))
            actions.append(types.CodeAction(
                title=f"Fix {diagnostic.code}{'' if safe else ' (unsafe: check the result)'}",
                kind=types.CodeActionKind.QuickFix,
                diagnostics=[diagnostic],
                is_preferred=safe,
                edit=_edit(uri, [types.TextEdit(diagnostic.range, data["replacement"])]),
            ))
        actions.append(disable_for_line(uri, diagnostic))
    return actions


def disable_for_line(uri: str, diagnostic: types.Diagnostic) -> types.CodeAction:
    """Insert `<!-- newslint-disable-next-line RULE -->` above the finding's line (its text untouched)."""
    line = diagnostic.range.start.line
    comment = f"<!-- newslint-disable-next-line {diagnostic.code} -->\n"
    insert = types.TextEdit(types.Range(types.Position(line, 0), types.Position(line, 0)), comment)
    return types.CodeAction(title=f"Disable {diagnostic.code} for this line", kind=types.CodeActionKind.QuickFix,
                            diagnostics=[diagnostic], edit=_edit(uri, [insert]))


def fix_all(uri: str, before: str, after: str) -> types.CodeAction | None:
    """One action applying every safe fix of the file, or None when nothing would change."""
    change = whole_change(before, after)
    if change is None:
        return None
    return types.CodeAction(title="Fix all safe newslint problems", kind=FIX_ALL_KIND, edit=_edit(uri, [change]))


def _edit(uri: str, edits: list[types.TextEdit]) -> types.WorkspaceEdit:
    return types.WorkspaceEdit(changes={uri: edits})

"""The pure core: text in, sorted diagnostics out. No printing, no writing."""
from __future__ import annotations

from .compiled import save_new
from .config import Settings
from .diagnostic import Diagnostic
from .document import Document
from .errors import CheckUnavailable, ConfigError, NewslintError, RuleFailure, one_line
from .formats import build_document, format_for
from .language import resolve_language
from .result import FileResult
from .ruleset import RuleSet, build_ruleset
from .source import Source, decode, read_source
from .suppression import UNUSED_RULE, apply_suppressions, front_matter_problems, parse_directives, unused_directives
from .timed_pattern import PatternTimeout


def lint_document(doc: Document, ruleset: RuleSet, problems: list[CheckUnavailable] | None = None) -> list[Diagnostic]:
    """Run the rules for the document's language; apply suppressions; sort and de-duplicate.

    A check that cannot run, or whose pattern outlasts its time limit, is skipped (its findings
    in this document dropped) and its reason added to `problems`.
    """
    rules = ruleset.for_language(doc.language)
    for rule in rules:
        rule.check.prepare(doc)
    own: dict[str, list[Diagnostic]] = {}
    for rule in rules:
        try:
            own[rule.id] = list(rule.run(doc))
        except CheckUnavailable as exc:
            own[rule.id] = []
            if problems is not None:
                problems.append(exc)
        except PatternTimeout as exc:
            own[rule.id] = []
            if problems is not None:
                problems.append(CheckUnavailable(
                    f"{doc.path}: rule '{rule.id}' skipped: its pattern {one_line(exc.source, 80)!r} took over "
                    f"{exc.seconds:g} s (raise rules.{rule.id}.timeout if it is slow, not stuck)"))
        except NewslintError:
            raise
        except Exception as exc:  # a bug in a check: one line naming it, not a traceback
            raise RuleFailure(f"{doc.path}: rule '{rule.id}' failed: {type(exc).__name__}: {exc}") from exc
    # A finding that starts on a line another rule reports as a whole and runs on past it is
    # not there to defer to: a paragraph break `layout-damage` reads after a tweet's signature.
    everyone = _drop_reaching_out_of_furniture(doc, [d for found in own.values() for d in found])
    found = [d for rule in rules for d in rule.check.review(own[rule.id], everyone)]
    found = _drop_inside_furniture(doc, found)
    found = [d if d.fix is None or doc.allows_edit(d.start, d.end, d.fix.replacement) else d.replace(fix=None)
             for d in found]
    directives = parse_directives(doc)
    kept = apply_suppressions(doc, found, directives)
    unused_rule = ruleset.rules.get(UNUSED_RULE)
    if unused_rule is not None:
        ran, known = {rule.id for rule in rules}, set(ruleset.registry.specs)
        problems = [(d.start, d.end, message) for d, message in unused_directives(directives, ran, known)]
        for start, end, message in problems + front_matter_problems(doc, known):
            line, column = doc.position(start)
            end_line, end_column = doc.position(end)
            kept.append(Diagnostic(doc.path, line, column, end_line, end_column, UNUSED_RULE,
                                   message, unused_rule.severity, start=start, end=end))
    return sorted(set(kept))


def _drop_reaching_out_of_furniture(doc: Document, found: list[Diagnostic]) -> list[Diagnostic]:
    """Drop the findings that start inside a line another rule reports as a whole and end on a
    later line; every other finding (a whole line among them) is kept."""
    owner = _furniture_owners(doc, found)
    return [d for d in found
            if d.end_line <= d.line or owner.get(d.line, d.rule) == d.rule or _whole_lines(doc, d) is not None]


def _drop_inside_furniture(doc: Document, found: list[Diagnostic]) -> list[Diagnostic]:
    """Lines reported as a whole (a teaser, a credit, a torn dateline) get no other findings,
    unless the finding shares its line (a date stamp keeps the report of its misspelt month)."""
    owner = _furniture_owners(doc, found)
    return [d for d in found if owner.get(d.line, d.rule) == d.rule]


def _furniture_owners(doc: Document, found: list[Diagnostic]) -> dict[int, str]:
    """Each line that a finding covers as a whole (and does not share), with that finding's rule."""
    owner: dict[int, str] = {}
    for d in found:
        last = _whole_lines(doc, d)
        if last is not None:
            owner.update({line: d.rule for line in range(d.line, last + 1)})
    return owner


def _whole_lines(doc: Document, d: Diagnostic) -> int | None:
    """The last line of the lines `d` covers as a whole without sharing them, else None."""
    last = d.end_line - 1 if d.end_column == 1 else d.end_line
    if not d.shares_line and d.column == 1 and last >= d.line and (d.end_column == 1 or d.end_column > len(doc.lines[last - 1])):
        return last
    return None


def prepare_document(text: str, path: str, settings: Settings, fmt: str | None = None,
                     languages: dict[str, dict] | None = None) -> Document:
    """Parse the text and settle its language (`languages`: the language files, for identification)."""
    doc = build_document(text, path, fmt, settings.front_matter_fields)
    doc.language, doc.language_source = resolve_language(doc, settings.language, languages or {})
    return doc


def lint_source(source: Source, path: str, settings: Settings, fmt: str | None = None) -> FileResult:
    ruleset = build_ruleset(settings)
    doc = prepare_document(source.text, path, settings, fmt, ruleset.registry.languages)
    doc.lang_data = ruleset.registry.languages.get(doc.language, {})
    doc.languages = ruleset.registry.languages
    problems: list[CheckUnavailable] = []
    diagnostics = lint_document(doc, ruleset, problems)
    save_new()  # the patterns compiled for this document, for the next run
    lines: dict[int, str] = {}  # each reported line cut once (a big text's `Lines` cuts it at each ask)
    for d in diagnostics:
        if d.line not in lines and d.line <= len(doc.lines):
            lines[d.line] = doc.lines[d.line - 1]
    return FileResult(path, diagnostics, doc.language, doc.language_source, lines=lines, notices=doc.notices,
                      warnings=list(dict.fromkeys(map(str, problems))),
                      required_failed=any(problem.required for problem in problems))


def lint_file(path: str, settings: Settings | None = None, display_path: str | None = None) -> FileResult:
    """Read, decode and lint one file; input problems become `FileResult.error`."""
    shown = display_path or path
    try:
        source = read_source(path, (settings or Settings()).max_file_size)
        return lint_source(source, shown, settings or Settings(), format_for(path))
    except Exception as exc:  # noqa: BLE001 - one file's failure must not cost the others' reports
        return FileResult(shown, error=file_error(shown, exc))


def file_error(path: str, exc: Exception) -> str:
    """The one-line error that stops one file; a configuration error stops the run instead."""
    if isinstance(exc, ConfigError):
        raise exc
    return one_line(str(exc) if isinstance(exc, NewslintError) else f"{path}: internal error: {type(exc).__name__}: {exc}")


def lint_text(
    text: str,
    path: str = "<text>",
    *,
    language: str | None = None,
    select: list[str] | None = None,
    ignore: list[str] | None = None,
    settings: Settings | None = None,
    fmt: str | None = None,
) -> list[Diagnostic]:
    """Lint a string (the library API): `language`, `select` and `ignore` act like the CLI's."""
    settings = settings or Settings()
    changes = {}
    if language:
        changes["language"] = language
    if select is not None:
        changes["select"] = tuple(select)
    if ignore:
        changes["ignore"] = settings.ignore + tuple(ignore)
    settings = settings.replace(**changes)
    return lint_source(decode(text.encode("utf-8")) if "\r" in text else Source(text), path, settings, fmt).diagnostics


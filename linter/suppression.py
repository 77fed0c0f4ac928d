"""Suppression comments (`<!-- newslint-disable ... -->`) and the front-matter ignore list."""
from __future__ import annotations

from .compiled import compile_cached
from .diagnostic import Diagnostic
from .document import Document
from .regex_engine import DOTALL
from .value import Value

UNUSED_RULE = "unused-suppression"
_DIRECTIVE = compile_cached(
    r"<!--\s*newslint-(disable-next-line|disable-line|disable|enable)\b\s*(.*?)\s*-->", DOTALL)
_RULE_TOKEN = compile_cached(r"[\w.-]+(?:\[[\w.-]+\])?")


class Directive(Value):
    """One suppression: which rules (empty = all), over which lines, where it was written."""

    FIELDS = ("kind", "rules", "first_line", "last_line", "start", "end", "used")

    def __init__(self, kind: str, rules: tuple[str, ...], first_line: int, last_line: int, start: int, end: int,
                 used: set[str] | None = None):
        self.kind, self.rules, self.first_line, self.last_line = kind, rules, first_line, last_line
        self.start, self.end, self.used = start, end, set() if used is None else used

    def covers(self, diagnostic: Diagnostic) -> str | None:
        """The rule token that suppresses the diagnostic here, or None."""
        if not self.first_line <= diagnostic.line <= self.last_line:
            return None
        if not self.rules:
            return "*"
        for token in self.rules:
            if token == diagnostic.rule or _matches_sub_rule(token, diagnostic):
                return token
        return None


def _matches_sub_rule(token: str, diagnostic: Diagnostic) -> bool:
    rule, _, sub = token.partition("[")
    return bool(sub) and rule == diagnostic.rule and f"[{sub.rstrip(']')}]" in diagnostic.message


def parse_directives(doc: Document) -> list[Directive]:
    """Every directive in the document, with the lines it covers."""
    directives: list[Directive] = []
    open_blocks: list[Directive] = []
    last_line = len(doc.lines)
    for match in _DIRECTIVE.finditer(doc.text):
        if any(span.start <= match.start() < span.end for span in doc.code):
            continue  # quoted in code: an example of a directive, not one
        kind, body = match.group(1), match.group(2)
        rules = tuple(_RULE_TOKEN.findall(body))
        line, _ = doc.position(match.start())
        end_line, _ = doc.position(match.end())
        if kind == "disable-line":
            first, last = line, end_line
        elif kind == "disable-next-line":
            first = _next_content_line(doc, end_line)
            last = first
        elif kind == "disable":
            first, last = line, last_line
        else:  # enable: close matching open blocks
            for block in list(open_blocks):
                if not rules or set(block.rules) <= set(rules):
                    block.last_line = line
                    open_blocks.remove(block)
            continue
        directive = Directive(kind, rules, first, last, match.start(), match.end())
        directives.append(directive)
        if kind == "disable":
            open_blocks.append(directive)
    return directives


def _next_content_line(doc: Document, line: int) -> int:
    for number in range(line + 1, len(doc.lines) + 1):
        if doc.lines[number - 1].strip():
            return number
    return line + 1


_FRONT_MATTER_SECTION = compile_cached(r"newslint")


def front_matter_ignores(doc: Document) -> tuple[str, ...]:
    """Rules listed under `newslint: {ignore: [...]}` in the front matter."""
    section = doc.metadata.get("newslint")
    if not isinstance(section, dict):
        return ()
    ignore = section.get("ignore") or ()
    if isinstance(ignore, (str, int, float)):
        ignore = [ignore]
    return tuple(str(item) for item in ignore) if isinstance(ignore, list) else ()


def front_matter_problems(doc: Document, known: set[str]) -> list[tuple[int, int, str]]:
    """(start, end, message) for each unknown rule id in the front matter's `newslint: ignore`,
    with the nearest known one (the block's shape is checked as the front matter is read)."""
    where = _FRONT_MATTER_SECTION.search(doc.text, 0, doc.front_matter.end if doc.front_matter else 0)
    start, end = (where.start(), where.end()) if where else (0, 0)
    return [(start, end, f"unknown rule '{rule}' in the front matter's `newslint: ignore`"
             + _hint(rule, sorted(known), "; `newslint rules` lists them"))
            for rule in front_matter_ignores(doc) if rule not in known]


def _hint(value: str, choices, otherwise: str) -> str:
    import difflib  # only for a hint

    close = difflib.get_close_matches(value, list(choices), n=1)
    return f"; did you mean '{close[0]}'?" if close else otherwise


def apply_suppressions(doc: Document, diagnostics: list[Diagnostic], directives: list[Directive]) -> list[Diagnostic]:
    """Drop suppressed diagnostics, remembering which directive tokens were used."""
    ignored = set(front_matter_ignores(doc))
    kept = []
    for diagnostic in diagnostics:
        if diagnostic.rule in ignored:
            continue
        suppressed = False
        for directive in directives:
            token = directive.covers(diagnostic)
            if token is not None:
                directive.used.add(token)
                suppressed = True
        if not suppressed:
            kept.append(diagnostic)
    return kept


def unused_directives(directives: list[Directive], ran: set[str], known: set[str]):
    """(directive, message) for each directive part that suppressed nothing."""
    for directive in directives:
        if not directive.rules:
            if not directive.used:
                yield directive, f"`newslint-{directive.kind}` suppresses nothing here"
            continue
        for token in directive.rules:
            rule = token.partition("[")[0]
            if rule not in known:
                import difflib  # only for a hint

                hint = difflib.get_close_matches(rule, sorted(known), n=1)
                yield directive, (f"unknown rule '{rule}' in `newslint-{directive.kind}`"
                                  + (f"; did you mean '{hint[0]}'?" if hint else ""))
            elif rule in ran and token not in directive.used:
                yield directive, f"`newslint-{directive.kind} {token}` suppresses nothing here"

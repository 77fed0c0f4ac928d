"""What the rules report in a text, for the tests that read like the rule docs.

Every rule runs unless `select` says otherwise, as on an article: rules defer to one another (a
line rule's finding hides the text rules' findings on its line). The text is linted as a file
whose last line ends in a line break.
"""
from __future__ import annotations

from linter.diagnostic import Diagnostic
from linter.engine import lint_text


def findings(text: str, language: str, **options) -> list[Diagnostic]:
    """The diagnostics of every rule (or of `select=[...]`) in `text`; `options` go to `lint_text`."""
    return lint_text(text if text.endswith("\n") else text + "\n", language=language, **options)


def count(text: str, language: str, rule: str, **options) -> int:
    """How many findings `rule` reports in `text`."""
    return sum(d.rule == rule for d in findings(text, language, **options))


def spans(text: str, language: str, rule: str, **options) -> list[str]:
    """The text each finding of `rule` covers."""
    return [text[d.start:d.end] for d in findings(text, language, **options) if d.rule == rule]


def rules(text: str, language: str, **options) -> list[str]:
    """The rule of each finding, in order."""
    return [d.rule for d in findings(text, language, **options)]


def merged(text: str, language: str) -> list[str]:
    """The tokens merged-words reports (`sincethe`)."""
    return spans(text, language, "merged-words")


def holes(text: str, language: str) -> list[str]:
    """The spans link-hole reports (`according to , the`)."""
    return spans(text, language, "link-hole")

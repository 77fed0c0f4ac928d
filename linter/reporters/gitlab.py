"""`--format gitlab`: GitLab Code Quality JSON, with fingerprints that survive edits elsewhere."""
from __future__ import annotations

from ..baseline import anchors, fingerprint
from ..diagnostic import Diagnostic
from ..result import FileResult
from . import Reporter, write_json
from .indented_json import Streamed

SEVERITIES = {"error": "major", "warning": "minor", "info": "info"}


class GitlabReporter(Reporter):
    def start(self) -> None:
        self.found: list[tuple[Diagnostic, str, str]] = []  # a finding, its path, its fingerprint

    def file(self, result: FileResult) -> None:
        self.found.extend((d, anchor.path, fingerprint(anchor, occurrence)) for d, anchor, occurrence in anchors(result))

    def finish(self) -> None:
        write_json(self.stream, Streamed(issue(*found) for found in self.found))


def issue(d: Diagnostic, path: str, print_: str) -> dict:
    """One finding as a Code Quality issue."""
    return {
        "type": "issue",
        "check_name": d.rule,
        "description": d.message,
        "categories": ["Style"],
        "severity": SEVERITIES[d.severity.value],
        "fingerprint": print_,
        "location": {"path": path, "lines": {"begin": d.line, "end": d.last_line}},
    }

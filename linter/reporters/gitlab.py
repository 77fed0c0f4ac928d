"""`--format gitlab`: GitLab Code Quality JSON, with fingerprints that survive edits elsewhere."""
from __future__ import annotations

from ..baseline import anchors, fingerprint
from ..diagnostic import Diagnostic
from ..engine import FileResult
from . import Reporter, write_json

SEVERITIES = {"error": "major", "warning": "minor", "info": "info"}


def last_line(d: Diagnostic) -> int:
    """The last line a finding touches (a whole-line span ends at column 1 of the next line)."""
    return d.end_line - 1 if d.end_column == 1 and d.end_line > d.line else d.end_line


class GitlabReporter(Reporter):
    def start(self) -> None:
        self.issues: list[dict] = []

    def file(self, result: FileResult) -> None:
        for d, anchor, occurrence in anchors(result):
            self.issues.append({
                "type": "issue",
                "check_name": d.rule,
                "description": d.message,
                "categories": ["Style"],
                "severity": SEVERITIES[d.severity.value],
                "fingerprint": fingerprint(anchor, occurrence),
                "location": {"path": anchor.path, "lines": {"begin": d.line, "end": last_line(d)}},
            })

    def finish(self) -> None:
        write_json(self.stream, self.issues)

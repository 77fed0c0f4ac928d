"""`--format gitlab`: GitLab Code Quality JSON, with fingerprints that survive edits elsewhere."""
from __future__ import annotations

from ..baseline import anchors, fingerprint
from ..result import FileResult
from . import Reporter, write_json

SEVERITIES = {"error": "major", "warning": "minor", "info": "info"}


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
                "location": {"path": anchor.path, "lines": {"begin": d.line, "end": d.last_line}},
            })

    def finish(self) -> None:
        write_json(self.stream, self.issues)

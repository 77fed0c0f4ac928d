"""`--format github`: GitHub Actions workflow commands, shown as annotations on the diff."""
from __future__ import annotations

from ..diagnostic import Diagnostic
from ..result import FileResult
from . import Reporter

LEVELS = {"error": "error", "warning": "warning", "info": "notice"}


def escape_data(text: str) -> str:
    """The message part: %, CR and LF encoded as the runner's toolkit does."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """A property value: also ':' and ',' which separate properties."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def command(d: Diagnostic) -> str:
    """`::warning file=…,line=…,col=…,endLine=…,endColumn=…,title=…::message`.

    A span that ends at column 1 of a later line (whole lines) ends on the line before it,
    without columns: GitHub would otherwise annotate that next line too.
    """
    if d.last_line < d.end_line:
        properties = {"file": d.path, "line": d.line, "endLine": d.last_line, "title": d.rule}
    else:
        properties = {"file": d.path, "line": d.line, "col": d.column, "endLine": d.end_line,
                      "endColumn": d.end_column, "title": d.rule}
    joined = ",".join(f"{key}={escape_property(str(value))}" for key, value in properties.items())
    return f"::{LEVELS[d.severity.value]} {joined}::{escape_data(d.message)}"


class GithubReporter(Reporter):
    def file(self, result: FileResult) -> None:
        for d in result.diagnostics:
            self.stream.write(command(d) + "\n")

"""Output formats. Each reporter only formats results; one module per format."""
from __future__ import annotations

import importlib

TYPE_CHECKING = False  # typing's flag, without importing typing: a run never does (~3 ms)
if TYPE_CHECKING:  # the CLI reads FORMATS without importing the engine
    from typing import ClassVar, TextIO

    from ..diagnostic import Diagnostic
    from ..result import FileResult

FORMATS: dict[str, str] = {
    "text": "linter.reporters.text:TextReporter",
    "json": "linter.reporters.json:JsonReporter",
    "jsonl": "linter.reporters.jsonl:JsonLinesReporter",
    "sarif": "linter.reporters.sarif:SarifReporter",
    "github": "linter.reporters.github:GithubReporter",
    "junit": "linter.reporters.junit:JunitReporter",
    "gitlab": "linter.reporters.gitlab:GitlabReporter",
}


class Reporter:
    """Lifecycle, as in flake8: start, one call per file (in input order), finish.

    `rules_paths` are the user rule folders, for formats that describe the rules (SARIF);
    `unsafe_fixes`: --unsafe-fixes is on, so unsafe fixes count as fixable.
    """

    # A format whose output for a file's findings depends on nothing else names it here and
    # makes it in `render`: the result cache keeps it (`FileResult.rendered`), so a cached
    # file's findings are written as they were made, not formatted again.
    cached_output: ClassVar[str | None] = None

    def __init__(self, stream: TextIO, *, color: bool = False, show_source: bool = True, verbose: bool = False,
                 rules_paths: tuple[str, ...] = (), unsafe_fixes: bool = False):
        self.stream = stream
        self.color = color
        self.show_source = show_source
        self.verbose = verbose
        self.rules_paths = rules_paths
        self.unsafe_fixes = unsafe_fixes

    def start(self) -> None:
        """Called once before the first file."""

    def file(self, result: FileResult) -> None:
        """Called once per file, errors included."""

    def finish(self) -> None:
        """Called once after the last file."""

    def render(self, result: FileResult) -> str:
        """The `cached_output` of a result with findings."""
        raise NotImplementedError


def fix_state(d: Diagnostic, unsafe_fixes: bool) -> str | None:
    """"fixable" when --fix applies the finding's fix, "unsafe" when it needs --unsafe-fixes too."""
    if d.fix is None:
        return None
    return "fixable" if d.fix.safe or unsafe_fixes else "unsafe"


def write_json(stream: TextIO, document: object) -> None:
    """A JSON document, indented as `json.dump(document, indent=2)` writes it, in few writes
    (json.dump writes each token separately); its `Streamed` lists are made as they are written."""
    from .indented_json import write_indented

    write_indented(stream, document)


def reporter_class(name: str) -> type[Reporter]:
    module, _, attr = FORMATS[name].partition(":")
    return getattr(importlib.import_module(module), attr)


class Tee(Reporter):
    """Several reporters fed the same files."""

    def __init__(self, *reporters: Reporter):
        self.reporters = reporters

    def start(self) -> None:
        for reporter in self.reporters:
            reporter.start()

    def file(self, result: FileResult) -> None:
        for reporter in self.reporters:
            reporter.file(result)

    def finish(self) -> None:
        for reporter in self.reporters:
            reporter.finish()


def build_reporter(name: str, stream: TextIO, *, diff: bool = False, statistics: TextIO | None = None,
                   to_file: bool = False, **options) -> Reporter:
    """The report (format `name`, or the fix diff) on `stream`, and the --statistics table.

    The table goes to `statistics`; it replaces the report there unless the report goes to a file.
    """
    if diff:
        from .diff import DiffReporter

        report = DiffReporter(stream)
    else:
        report = reporter_class(name)(stream, **options)
    if statistics is None:
        return report
    from .statistics import StatisticsReporter

    table = StatisticsReporter(statistics, unsafe_fixes=options.get("unsafe_fixes", False))
    return Tee(report, table) if to_file else table

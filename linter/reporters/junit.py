"""`--format junit`: JUnit XML, a failed test case per finding and a passed one per clean file."""
from __future__ import annotations

import xml.etree.ElementTree as ET

from ..compiled import compile_cached
from ..result import FileResult
from . import Reporter

# Characters XML 1.0 cannot carry, even escaped.
_NOT_XML = compile_cached("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _xml(text: str) -> str:
    return _NOT_XML.sub("\ufffd", text)


class JunitReporter(Reporter):
    def start(self) -> None:
        self.suite = ET.Element("testsuite", name="newslint")
        self.tests = self.failures = 0

    def file(self, result: FileResult) -> None:
        path = _xml(result.path)
        if not result.diagnostics:
            self.tests += 1
            ET.SubElement(self.suite, "testcase", classname=path, name="newslint", file=path)
        for d in result.diagnostics:
            self.tests += 1
            self.failures += 1
            case = ET.SubElement(self.suite, "testcase", classname=path, name=_xml(f"{d.rule} {d.line}:{d.column}"),
                                 file=path, line=str(d.line))
            failure = ET.SubElement(case, "failure", type=_xml(d.rule), message=_xml(f"{d.line}:{d.column}: {d.message}"))
            failure.text = _xml(f"{d.path}:{d.line}:{d.column}: {d.severity.value} {d.rule} {d.message}")

    def finish(self) -> None:
        counts = {"tests": str(self.tests), "failures": str(self.failures), "errors": "0", "skipped": "0"}
        self.suite.attrib.update(counts)
        root = ET.Element("testsuites", name="newslint", tests=counts["tests"], failures=counts["failures"])
        root.append(self.suite)
        ET.indent(root)
        self.stream.write('<?xml version="1.0" encoding="UTF-8"?>\n')
        self.stream.write(ET.tostring(root, encoding="unicode") + "\n")

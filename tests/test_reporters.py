"""Every output format on the seed and on a folder: the same findings, valid documents."""
from __future__ import annotations

import json
import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import jsonschema
import pytest

from cli_support import SEED, corpus_folder, rule_project, run
from linter.reporters import FORMATS
from linter.reporters.github import escape_data, escape_property

SCHEMA = json.loads((Path(__file__).parent / "schemas" / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
COMMAND = re.compile(r"^::(error|warning|notice) ([^:]*)::(.*)$")
LEVELS = {"error": "error", "warning": "warning", "notice": "info"}


def unescape(text: str) -> str:
    for code, char in (("%2C", ","), ("%3A", ":"), ("%0A", "\n"), ("%0D", "\r"), ("%25", "%")):
        text = text.replace(code, char)
    return text


def parse_github(output: str) -> list[dict]:
    """Workflow commands back to the fields of `--format json` (all but the fix)."""
    items = []
    for line in output.splitlines():
        level, properties, message = COMMAND.match(line).groups()
        fields = dict(part.split("=", 1) for part in properties.split(","))
        fields = {key: unescape(value) for key, value in fields.items()}
        if "col" not in fields:  # whole lines: the span ends at column 1 of the line after endLine
            fields.update(col="1", endLine=str(int(fields["endLine"]) + 1), endColumn="1")
        items.append({"path": fields["file"], "line": int(fields["line"]), "column": int(fields["col"]),
                      "end_line": int(fields["endLine"]), "end_column": int(fields["endColumn"]),
                      "rule": fields["title"], "severity": LEVELS[level], "message": unescape(message)})
    return items


def without_fix(items: list[dict]) -> list[dict]:
    return [{k: v for k, v in item.items() if k != "fix"} for item in items]


@pytest.fixture(params=["seed", "folder"])
def target(request, tmp_path, monkeypatch):
    """The seed alone, or a folder of articles in many languages (the seed among them)."""
    monkeypatch.chdir(tmp_path)
    if request.param == "seed":
        shutil.copy(SEED, tmp_path / "seed.txt")
        return "seed.txt"
    corpus_folder(tmp_path / "articles")
    return "articles"


def report(target: str, fmt: str) -> str:
    result = run("check", "--no-cache", "--format", fmt, target)
    assert result.exit_code == 1, result.stderr
    return result.stdout


def test_every_format_is_registered():
    assert set(FORMATS) >= {"text", "json", "jsonl", "sarif", "github", "junit", "gitlab"}


def test_jsonl_is_json_one_finding_a_line(target):
    items = json.loads(report(target, "json"))
    assert items and [json.loads(line) for line in report(target, "jsonl").splitlines()] == items


def test_sarif_validates_and_carries_every_finding(target):
    items = json.loads(report(target, "json"))
    log = json.loads(report(target, "sarif"))
    jsonschema.Draft4Validator(SCHEMA).validate(log)
    run_ = log["runs"][0]
    rules = run_["tool"]["driver"]["rules"]
    assert len(run_["results"]) == len(items)
    for item, result in zip(items, run_["results"]):
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"] == item["rule"]
        assert rules[result["ruleIndex"]]["help"]["text"]
        location = result["locations"][0]["physicalLocation"]
        assert location["artifactLocation"]["uri"] == item["path"]
        assert location["region"] == {"startLine": item["line"], "startColumn": item["column"],
                                      "endLine": item["end_line"], "endColumn": item["end_column"]}
        assert result["message"]["text"] == item["message"]
        if item["fix"] is None:
            assert "fixes" not in result
        else:
            replacement = result["fixes"][0]["artifactChanges"][0]["replacements"][0]
            assert replacement["insertedContent"]["text"] == item["fix"]["replacement"]
            assert replacement["deletedRegion"] == location["region"]


def test_github_commands_parse_back_to_the_findings(target):
    assert parse_github(report(target, "github")) == without_fix(json.loads(report(target, "json")))


def test_junit_has_a_failed_case_per_finding_and_a_passed_case_per_clean_file(target, tmp_path):
    items = json.loads(report(target, "json"))
    root = ET.fromstring(report(target, "junit"))
    cases = root.findall("./testsuite/testcase")
    files = list((tmp_path / target).iterdir()) if target == "articles" else [target]
    clean = len(files) - len({i["path"] for i in items})
    assert len(cases) == len(items) + clean == int(root.get("tests"))
    assert len(root.findall(".//failure")) == len(items) == int(root.get("failures"))
    failed = [case for case in cases if case.find("failure") is not None]
    assert [(c.get("classname"), c.get("name")) for c in failed] == \
        [(i["path"], f"{i['rule']} {i['line']}:{i['column']}") for i in items]
    assert all(case.find("failure") is not None for case in cases if case.get("name") != "newslint")


def test_gitlab_code_quality_with_unique_fingerprints(target):
    items = json.loads(report(target, "json"))
    issues = json.loads(report(target, "gitlab"))
    assert [(i["check_name"], i["location"]["path"], i["location"]["lines"]["begin"]) for i in issues] == \
        [(i["rule"], i["path"], i["line"]) for i in items]
    assert all(i["severity"] in {"info", "minor", "major", "critical", "blocker"} and i["description"] for i in issues)
    assert len({i["fingerprint"] for i in issues}) == len(issues)


def test_gitlab_fingerprints_do_not_depend_on_line_numbers(tmp_path, monkeypatch):
    monkeypatch.chdir(rule_project(tmp_path))
    article = tmp_path / "a.txt"
    article.write_text("Wow!! Twice!! Wow!!\n", encoding="utf-8")
    before = {i["fingerprint"] for i in json.loads(report("a.txt", "gitlab"))}
    article.write_text("A calm line.\n\nAnother one.\nWow!! Twice!! Wow!!\n", encoding="utf-8")
    after = json.loads(report("a.txt", "gitlab"))
    assert len(before) == 3 and {i["fingerprint"] for i in after} == before
    assert {i["location"]["lines"]["begin"] for i in after} == {4}


def test_text_report_ends_with_a_summary(target):
    assert re.search(r"^Found \d+ findings? in \d+ files?\.$", report(target, "text"), re.M)


def test_github_escapes_properties_and_message(tmp_path, monkeypatch):
    monkeypatch.chdir(rule_project(tmp_path))
    (tmp_path / "rules" / "percent.yaml").write_text(
        "id: percent\ncheck: pattern\nmessage: '100% sure: {text}, really'\npattern: 'odd'\n", encoding="utf-8")
    (tmp_path / ".newslint.yaml").write_text("language: en\nrules_paths: [rules]\nselect: [percent]\n")
    name = "a,b:c%d.txt"
    (tmp_path / name).write_text("An odd line.\n", encoding="utf-8")
    output = report(name, "github")
    assert output == "::warning file=a%2Cb%3Ac%25d.txt,line=1,col=4,endLine=1,endColumn=7,title=percent" \
                     "::100%25 sure: odd, really\n"
    assert parse_github(output)[0]["path"] == name
    assert escape_data("a%\r\nb") == "a%25%0D%0Ab" and escape_property("x:y,z") == "x%3Ay%2Cz"


def test_sarif_describes_user_rules_from_their_yaml(tmp_path, monkeypatch):
    monkeypatch.chdir(rule_project(tmp_path))
    (tmp_path / "a.txt").write_text("Wow!!\n", encoding="utf-8")
    log = json.loads(report("a.txt", "sarif"))
    jsonschema.Draft4Validator(SCHEMA).validate(log)
    rules = {rule["id"]: rule for rule in log["runs"][0]["tool"]["driver"]["rules"]}
    assert rules["doubled-bang"]["shortDescription"]["text"] == "More than one exclamation mark"
    assert "Newsrooms print one." in rules["doubled-bang"]["help"]["markdown"]
    assert log["runs"][0]["results"][0]["fixes"][0]["description"]["text"].startswith("doubled-bang: safe fix")


def test_output_file_and_statistics(tmp_path, monkeypatch):
    monkeypatch.chdir(rule_project(tmp_path))
    (tmp_path / "a.txt").write_text("Wow!!  Yes!!\nSHOUT here\n", encoding="utf-8")
    stats = run("check", "--statistics", "a.txt")
    assert stats.exit_code == 1
    assert stats.stdout.splitlines() == ["     2  doubled-bang  warning  (2 fixable)",
                                         "     1  double-space  info     (1 fixable)",
                                         "     1  shout-line    error    (1 with --unsafe-fixes)",
                                         "     4  total"]
    unsafe = run("check", "--statistics", "--unsafe-fixes", "a.txt")
    assert "     1  shout-line    error    (1 fixable)" in unsafe.stdout.splitlines()
    both = run("check", "--statistics", "--format", "sarif", "--output-file", "out.sarif", "a.txt")
    assert both.stdout == stats.stdout
    assert len(json.loads((tmp_path / "out.sarif").read_text(encoding="utf-8"))["runs"][0]["results"]) == 4
    only_file = run("check", "--format", "junit", "-o", "out.xml", "a.txt")
    assert only_file.stdout == "" and only_file.exit_code == 1
    assert len(ET.parse(tmp_path / "out.xml").getroot().findall(".//failure")) == 4


def test_output_file_that_cannot_be_written_is_one_line(tmp_path, monkeypatch):
    monkeypatch.chdir(rule_project(tmp_path))
    (tmp_path / "a.txt").write_text("Wow!!\n", encoding="utf-8")
    result = run("check", "-o", str(tmp_path / "missing" / "out.json"), "a.txt")
    assert result.exit_code == 2 and result.stderr.count("\n") == 1 and "cannot write" in result.stderr

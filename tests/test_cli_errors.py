"""Bad input: one clear line on stderr and exit status 2, never a traceback; exit statuses.

Exit 0 clean, 1 findings at or above `--fail-on` (default warning), 2 usage, config or input
error. Files that are merely odd (Windows-1252, empty) are linted, not rejected.
"""
from __future__ import annotations

import pytest

from newslint_run import config_error, findings, newslint, one_error_line, where, write

ARTICLE = "The minister said that the the budget would pass on Tuesday.\n"


def test_missing_path(tmp_path):
    one_error_line(newslint("check", "nowhere.md", cwd=tmp_path), "nowhere.md", "no such file")


def test_directory_without_articles(tmp_path):
    write(tmp_path / "docs" / "notes.rst", "Not an article.\n")
    write(tmp_path / "docs" / "image.png", b"\x89PNG\r\n\x1a\n")
    one_error_line(newslint("check", "docs", cwd=tmp_path), "docs", "no articles")


@pytest.mark.parametrize("data", [
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10",
    b"Some text\x00\x00\x01\x02 and NULs\n",
])
def test_binary_file_named_txt(tmp_path, data):
    write(tmp_path / "photo.txt", data)
    one_error_line(newslint("check", "photo.txt", cwd=tmp_path), "photo.txt", "binary")


def test_binary_file_does_not_stop_the_other_files(tmp_path):
    write(tmp_path / "a.txt", b"\x00\x01\x02\x03")
    write(tmp_path / "b.txt", ARTICLE)
    done = newslint("check", "--lang", "en", "-q", "a.txt", "b.txt", cwd=tmp_path)
    assert done.returncode == 2
    assert "b.txt:1:24: warning duplicated-word" in done.stdout
    assert done.stderr.count("\n") == 1 and "a.txt: binary" in done.stderr


def test_windows_1252_file_is_linted_with_code_point_columns(tmp_path):
    text = "Il governo è stato il il primo a parlare, «così» disse.\n"
    write(tmp_path / "it.txt", text.encode("cp1252"))
    found = findings("--lang", "it", "it.txt", cwd=tmp_path)
    assert where(found) == [(1, 20, "duplicated-word")]
    assert text[found[0]["column"] - 1:found[0]["end_column"] - 1] == "il il"


def test_latin_1_file_is_linted(tmp_path):
    text = "Die Regierung hat  am Montag über den Plan für die Stadt beraten.\n"
    write(tmp_path / "de.txt", text.encode("latin-1"))
    assert where(findings("--lang", "de", "de.txt", cwd=tmp_path)) == [(1, 18, "spacing")]


def test_empty_file_is_clean(tmp_path):
    write(tmp_path / "empty.md", "")
    done = newslint("check", "empty.md", cwd=tmp_path)
    assert (done.returncode, done.stdout, done.stderr) == (0, "", "All checks passed!\n")


def test_malformed_config_names_its_line(tmp_path):
    line = config_error(tmp_path, "language: en\nselect: [spacing, duplicated-word\nignore: []\n",
                        ".newslint.yaml:3:", "invalid YAML")
    assert str(tmp_path) in line


@pytest.mark.parametrize("option", ["--select", "--ignore"])
def test_unknown_rule_on_the_command_line_suggests_the_close_one(tmp_path, option):
    write(tmp_path / "a.md", ARTICLE)
    one_error_line(newslint("check", option, "spacng", "a.md", cwd=tmp_path),
                   "unknown rule 'spacng'", "did you mean 'spacing'?")


@pytest.mark.parametrize("config", [
    "select: [spacng]\n",
    "ignore: [duplicated-wrd]\n",
    "rules:\n  midsentence-capitals: off\n",
])
def test_unknown_rule_in_config_suggests_the_close_one(tmp_path, config):
    config_error(tmp_path, config, "unknown rule", "did you mean '")


def test_unknown_rule_without_a_close_one_points_to_the_list(tmp_path):
    write(tmp_path / "a.md", ARTICLE)
    one_error_line(newslint("check", "--select", "zzzzzz", "a.md", cwd=tmp_path), "newslint rules")


def test_unknown_config_key_has_a_hint(tmp_path):
    config_error(tmp_path, "languages: en\n", "unknown key 'languages'", "did you mean 'language'?")


def test_missing_explicit_config(tmp_path):
    write(tmp_path / "a.md", ARTICLE)
    one_error_line(newslint("check", "--config", "nope.yaml", "a.md", cwd=tmp_path), "nope.yaml")


def test_unknown_rule_for_explain(tmp_path):
    one_error_line(newslint("explain", "month-capitalisation", cwd=tmp_path),
                   "did you mean 'month-capitalization'?")


@pytest.mark.parametrize(("args", "status"), [
    ((), 1),                            # a warning, and --fail-on defaults to warning
    (("--fail-on", "warning"), 1),
    (("--fail-on", "info"), 1),
    (("--fail-on", "error"), 0),        # only a warning: below the bar
    (("--exit-zero",), 0),
])
def test_exit_status_from_fail_on_and_exit_zero(tmp_path, args, status):
    write(tmp_path / "a.txt", ARTICLE)
    done = newslint("check", "--lang", "en", *args, "a.txt", cwd=tmp_path)
    assert done.returncode == status, done.stderr
    assert "duplicated-word" in done.stdout  # the report does not depend on the exit status


def test_fail_on_error_fails_on_an_error(tmp_path):
    write(tmp_path / ".newslint.yaml", "rules: {duplicated-word: error}\n")
    write(tmp_path / "a.txt", ARTICLE)
    assert newslint("check", "--lang", "en", "--fail-on", "error", "a.txt", cwd=tmp_path).returncode == 1
    assert newslint("check", "--lang", "en", "--exit-zero", "a.txt", cwd=tmp_path).returncode == 0


def test_clean_file_exits_0(tmp_path):
    write(tmp_path / "a.txt", "The minister said that the budget would pass on Tuesday.\n")
    done = newslint("check", "--lang", "en", "a.txt", cwd=tmp_path)
    assert (done.returncode, done.stdout, done.stderr) == (0, "", "All checks passed!\n")


MARKDOWN = "---\nlang: it\n---\n\nIl governo `il il` ha detto.\n\n```\nREAD  x il il\n```\n\nÈ stato il il primo.\n"


def test_stdin_with_a_markdown_filename(tmp_path):
    found = findings("--stdin-filename", "x.md", "-", cwd=tmp_path, stdin=MARKDOWN)
    assert [(d["path"], d["line"], d["column"], d["rule"]) for d in found] == [
        ("x.md", 11, 9, "duplicated-word")]


def test_stdin_without_a_filename_is_plain_text(tmp_path):
    found = findings("-", cwd=tmp_path, stdin=MARKDOWN)
    assert {d["path"] for d in found} == {"<stdin>"}
    assert (5, 13, "duplicated-word") in where(found)  # code spans mean nothing in plain text


def test_stdin_filename_picks_up_the_config_of_its_folder(tmp_path):
    write(tmp_path / ".newslint.yaml", "language: en\nignore: [duplicated-word]\n")
    found = findings("--stdin-filename", "x.txt", "-", cwd=tmp_path, stdin=ARTICLE)
    assert found == []


@pytest.mark.parametrize("args, part", [
    (("check", "--fail-on", "bogus", "a.md"), "'--fail-on'"),
    (("check", "--no-such-option", "a.md"), "--no-such-option"),
    (("bogus",), "No such command 'bogus'"),
    (("check",), "Missing argument"),
])
def test_usage_errors_are_one_line(tmp_path, args, part):
    write(tmp_path / "a.md", "Clean text.\n")
    one_error_line(newslint(*args, cwd=tmp_path), part)

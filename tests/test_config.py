"""Configuration: where it is found, what each key does, and user rules and languages in YAML.

`.newslint.yaml` (or `[tool.newslint]` in pyproject.toml) is looked for upward from each
linted file; the nearest wins. `--config FILE` names one for every file, `--isolated` uses none.
"""
from __future__ import annotations

import pytest

from newslint_run import config_error, findings, newslint, where, write

# A doubled word at 1:24 and a double space at 1:44.
ARTICLE = "The minister said that the the budget would  pass on Tuesday.\n"
DOUBLED, SPACE = (1, 24, "duplicated-word"), (1, 44, "spacing")
# The same sentence twice, five words long (below duplicated-paragraph's default of six);
# the copy opens a paragraph, as a pasted block does.
REPEATED = ("The budget would pass today. Other things happened later that day in town.\n\n"
            "The budget would pass today. Then the session closed.\n")


def language_line(done, name: str) -> str:
    """The `--verbose` line for a file: `path: language xx (source)`."""
    return next(line for line in done.stderr.splitlines() if line.split(":")[0].endswith(name))


def test_config_in_a_parent_folder_applies(tmp_path):
    write(tmp_path / ".newslint.yaml", "language: en\nignore: [spacing]\n")
    write(tmp_path / "news" / "2024" / "a.md", ARTICLE)
    write(tmp_path / "elsewhere" / "keep", "")
    # Found from the linted file's folder, not from the working directory.
    assert where(findings(tmp_path / "news" / "2024" / "a.md", cwd=tmp_path / "elsewhere")) == [DOUBLED]


def test_the_nearest_config_wins(tmp_path):
    write(tmp_path / ".newslint.yaml", "language: en\nignore: [spacing]\n")
    write(tmp_path / "news" / ".newslint.yaml", "language: en\nignore: [duplicated-word]\n")
    write(tmp_path / "a.md", ARTICLE)
    write(tmp_path / "news" / "b.md", ARTICLE)
    found = findings("a.md", "news/b.md", cwd=tmp_path)
    assert [(d["path"], d["rule"]) for d in found] == [("a.md", "duplicated-word"), ("news/b.md", "spacing")]


def test_explicit_config_applies_to_every_file(tmp_path):
    write(tmp_path / ".newslint.yaml", "ignore: [duplicated-word]\n")
    write(tmp_path / "configs" / "strict.yaml", "language: en\nignore: [spacing]\n")
    write(tmp_path / "a.md", ARTICLE)
    assert where(findings("--config", "configs/strict.yaml", "a.md", cwd=tmp_path)) == [DOUBLED]


def test_pyproject_tool_section(tmp_path):
    write(tmp_path / "pyproject.toml", '[project]\nname = "x"\n\n[tool.newslint]\nlanguage = "en"\n'
                                       'ignore = ["duplicated-word"]\n')
    write(tmp_path / "content" / "a.md", ARTICLE)
    assert where(findings("content/a.md", cwd=tmp_path)) == [SPACE]


def test_pyproject_without_a_newslint_section_is_passed_over(tmp_path):
    write(tmp_path / ".newslint.yaml", "ignore: [duplicated-word]\n")
    write(tmp_path / "sub" / "pyproject.toml", '[project]\nname = "x"\n')
    write(tmp_path / "sub" / "a.md", ARTICLE)
    assert where(findings("sub/a.md", cwd=tmp_path)) == [SPACE]


@pytest.mark.parametrize("text, configures", [
    ('[project]\nname = "newslint-site"\ndependencies = ["newslint>=1"]\n', False),
    ('[project]\nname = "x"\n[tool.newslint]\nlanguage = "en"\n', True),
    ('[tool]\nnewslint = {language = "en"}\n', True),
    ('[tool."news\\u006cint"]\nlanguage = "en"\n', True),
    ('[project]\nname = "x"\n', False),
])
def test_whether_a_pyproject_configures_newslint_is_read_once_per_content(tmp_path, monkeypatch, text, configures):
    from linter import compiled, config, user_cache

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    user_cache.machine_secret.cache_clear()
    compiled._scopes.clear()
    write(tmp_path / "pyproject.toml", text)
    assert (config.find_config_file(tmp_path) is not None) == configures
    compiled.save_new()
    compiled._scopes.clear()  # as a new run

    def no_parsing(text, path):
        raise AssertionError("parsed again")

    monkeypatch.setattr(config, "_tool_table", no_parsing)
    assert (config.find_config_file(tmp_path) is not None) == configures
    user_cache.machine_secret.cache_clear()
    compiled._scopes.clear()


def test_yaml_config_beats_pyproject_in_the_same_folder(tmp_path):
    write(tmp_path / "pyproject.toml", '[tool.newslint]\nignore = ["spacing"]\n')
    write(tmp_path / ".newslint.yaml", "ignore: [duplicated-word]\n")
    write(tmp_path / "a.md", ARTICLE)
    assert where(findings("a.md", cwd=tmp_path)) == [SPACE]


def test_isolated_ignores_config_files(tmp_path):
    write(tmp_path / ".newslint.yaml", "select: [mojibake]\n")
    write(tmp_path / "a.md", ARTICLE)
    assert where(findings("a.md", cwd=tmp_path)) == []
    assert where(findings("--isolated", "a.md", cwd=tmp_path)) == [DOUBLED, SPACE]


def test_isolated_does_not_even_read_a_broken_config(tmp_path):
    write(tmp_path / ".newslint.yaml", "select: [\n")
    write(tmp_path / "a.md", ARTICLE)
    assert where(findings("--isolated", "a.md", cwd=tmp_path)) == [DOUBLED, SPACE]


@pytest.mark.parametrize(("config", "expected"), [
    ("select: [spacing]\n", [SPACE]),
    ("select: spacing, duplicated-word\n", [DOUBLED, SPACE]),
    ("ignore: [spacing]\n", [DOUBLED]),
    ("select: [ALL]\nignore: [duplicated-word]\n", [SPACE]),
    ("rules: {spacing: off}\n", [DOUBLED]),
    ("rules: {spacing: false}\n", [DOUBLED]),
])
def test_select_ignore_and_off(tmp_path, config, expected):
    write(tmp_path / ".newslint.yaml", "language: en\n" + config)
    write(tmp_path / "a.md", ARTICLE)
    assert where(findings("a.md", cwd=tmp_path)) == expected


def test_command_line_select_and_ignore_win_over_config(tmp_path):
    write(tmp_path / ".newslint.yaml", "language: en\nselect: [spacing]\n")
    write(tmp_path / "a.md", ARTICLE)
    assert where(findings("--select", "duplicated-word", "a.md", cwd=tmp_path)) == [DOUBLED]
    assert where(findings("--ignore", "spacing", "a.md", cwd=tmp_path)) == []


@pytest.mark.parametrize("config", [
    "rules: {duplicated-word: error}\n",
    "rules: {duplicated-word: {severity: error}}\n",
])
def test_per_rule_severity(tmp_path, config):
    write(tmp_path / ".newslint.yaml", "language: en\n" + config)
    write(tmp_path / "a.md", ARTICLE)
    found = findings("a.md", cwd=tmp_path)
    assert [(d["rule"], d["severity"]) for d in found] == [("duplicated-word", "error"), ("spacing", "warning")]


def test_bad_severity_is_an_error(tmp_path):
    config_error(tmp_path, "rules: {duplicated-word: {severity: fatal}}\n", "duplicated-word", "fatal")


def test_rule_options(tmp_path):
    write(tmp_path / "a.txt", REPEATED)
    assert findings("--lang", "en", "a.txt", cwd=tmp_path) == []
    write(tmp_path / ".newslint.yaml", "rules:\n  duplicated-paragraph: {min_sentence_words: 3}\n")
    assert where(findings("--lang", "en", "a.txt", cwd=tmp_path)) == [(3, 1, "duplicated-paragraph")]


def test_unknown_rule_option_lists_the_known_ones(tmp_path):
    config_error(tmp_path, "rules:\n  duplicated-paragraph: {min_words: 3}\n",
                 "unknown option 'min_words'", "min_paragraph_words", "min_sentence_words")


@pytest.mark.parametrize(("config", "args", "status"), [
    ("fail_on: error\n", (), 0),                     # the nearest config's threshold
    ("fail_on: error\n", ("--fail-on", "warning"), 1),  # the command line wins
    ("fail_on: error\n", ("--isolated",), 1),        # no config: warning
    ("fail_on: info\nrules: {duplicated-word: info, spacing: off}\n", (), 1),
])
def test_fail_on_from_config(tmp_path, config, args, status):
    write(tmp_path / "news" / ".newslint.yaml", "language: en\n" + config)
    write(tmp_path / "news" / "a.md", ARTICLE)
    done = newslint("check", *args, "news/a.md", cwd=tmp_path)
    assert done.returncode == status, done.stdout + done.stderr


def test_fail_on_is_per_file(tmp_path):
    write(tmp_path / "lenient" / ".newslint.yaml", "language: en\nfail_on: error\n")
    write(tmp_path / "lenient" / "a.md", ARTICLE)
    write(tmp_path / "strict" / "b.md", ARTICLE)
    assert newslint("check", "lenient", cwd=tmp_path).returncode == 0
    assert newslint("check", "lenient", "strict", cwd=tmp_path).returncode == 1


EXCLUDE = "language: en\nexclude: ['drafts/', '*.wip.md', 'archive/**/old-*.txt']\n"


def test_exclude_globs_when_walking_folders(tmp_path):
    write(tmp_path / ".newslint.yaml", EXCLUDE)
    for name in ("a.md", "drafts/b.md", "c.wip.md", "news/d.wip.md", "archive/2020/old-e.txt",
                 "archive/2020/f.txt"):
        write(tmp_path / name, ARTICLE)
    found = findings(".", cwd=tmp_path)
    assert sorted({d["path"].removeprefix("./") for d in found}) == ["a.md", "archive/2020/f.txt"]


def test_exclude_applies_to_files_passed_explicitly(tmp_path):
    """pre-commit passes each staged file by name: excluded ones must still be skipped."""
    write(tmp_path / ".newslint.yaml", EXCLUDE)
    for name in ("drafts/b.md", "news/d.wip.md", "archive/2020/old-e.txt"):
        write(tmp_path / name, ARTICLE)
    done = newslint("check", "drafts/b.md", "news/d.wip.md", "archive/2020/old-e.txt", cwd=tmp_path)
    assert (done.returncode, done.stdout, done.stderr) == (0, "", "All checks passed!\n")
    # also from another working directory, with absolute paths
    done = newslint("check", tmp_path / "drafts" / "b.md", cwd=tmp_path / "news")
    assert (done.returncode, done.stdout) == (0, "")


def test_overrides_per_glob(tmp_path):
    write(tmp_path / ".newslint.yaml", "language: it\noverrides:\n  - files: ['en/**']\n    language: en\n"
                                       "  - files: ['**/briefs/*.md']\n    ignore: [spacing]\n")
    write(tmp_path / "en" / "a.md", ARTICLE)
    write(tmp_path / "it" / "a.md", ARTICLE)
    write(tmp_path / "en" / "briefs" / "b.md", ARTICLE)
    done = newslint("check", "-v", "--format", "json", "en/a.md", "it/a.md", "en/briefs/b.md", cwd=tmp_path)
    assert language_line(done, "en/a.md") == "en/a.md: language en (configured)"
    assert language_line(done, "it/a.md") == "it/a.md: language it (configured)"
    assert language_line(done, "en/briefs/b.md") == "en/briefs/b.md: language en (configured)"
    assert "en/briefs/b.md" in done.stdout and '"spacing"' in done.stdout
    found = findings("en/briefs/b.md", cwd=tmp_path)
    assert where(found) == [DOUBLED]


def test_override_needs_files(tmp_path):
    config_error(tmp_path, "overrides:\n  - language: en\n", "overrides[0]", "'files'")


def test_language_from_config_and_from_the_command_line(tmp_path):
    write(tmp_path / ".newslint.yaml", "language: de\n")
    write(tmp_path / "a.md", ARTICLE)
    assert language_line(newslint("check", "-v", "a.md", cwd=tmp_path), "a.md") == "a.md: language de (configured)"
    done = newslint("check", "-v", "--lang", "nl", "a.md", cwd=tmp_path)
    assert language_line(done, "a.md") == "a.md: language nl (configured)"


# The smallest user rule, as DESIGN.md promises it.
SMALLEST_RULE = """{id: my-rule, check: pattern, message: "no 'per se' in copy", severity: warning, pattern: '\\bper se\\b'}\n"""
PER_LANGUAGE_RULE = """\
id: my-italian-rule
check: pattern
message: "'{text}': write 'ma'"
severity: info
patterns: {it: ['\\bperò\\b']}
examples:
  it: {bad: ["Bello, però caro."], good: ["Bello, ma caro."]}
"""


def test_rules_paths_smallest_user_rule(tmp_path):
    write(tmp_path / "house-rules" / "my-rule.yaml", SMALLEST_RULE)
    write(tmp_path / ".newslint.yaml", "language: en\nrules_paths: [house-rules]\n")
    write(tmp_path / "a.md", "It is not, per se, a tax.\n")
    found = findings("a.md", cwd=tmp_path)
    assert [(d["line"], d["column"], d["rule"], d["severity"], d["message"]) for d in found] == [
        (1, 12, "my-rule", "warning", "no 'per se' in copy")]
    listed = newslint("rules", "--config", tmp_path / ".newslint.yaml", cwd=tmp_path)
    assert any(line.startswith("my-rule ") for line in listed.stdout.splitlines())


def test_rules_paths_per_language_patterns(tmp_path):
    write(tmp_path / "house-rules" / "my-italian-rule.yaml", PER_LANGUAGE_RULE)
    write(tmp_path / ".newslint.yaml", "rules_paths: [house-rules]\n")
    write(tmp_path / "it.md", "---\nlang: it\n---\nBello, però caro.\n")
    write(tmp_path / "es.md", "---\nlang: es\n---\nBello, però caro.\n")
    found = findings("it.md", "es.md", cwd=tmp_path)
    assert [(d["path"], d["line"], d["column"], d["rule"], d["severity"], d["message"]) for d in found] == [
        ("it.md", 4, 8, "my-italian-rule", "info", "'però': write 'ma'")]


def test_rules_paths_relative_to_the_config_not_the_working_directory(tmp_path):
    write(tmp_path / "site" / "house-rules" / "my-rule.yaml", SMALLEST_RULE)
    write(tmp_path / "site" / ".newslint.yaml", "language: en\nrules_paths: [house-rules]\n")
    write(tmp_path / "site" / "a.md", "It is not, per se, a tax.\n")
    assert where(findings("site/a.md", cwd=tmp_path)) == [(1, 12, "my-rule")]


def test_missing_rules_path_is_an_error(tmp_path):
    config_error(tmp_path, "rules_paths: [house-rules]\n", "rules folder not found", "house-rules")


RO_LANGUAGE = """\
code: ro
name: Romanian
lowercase_calendar: true
months: [ianuarie, februarie, martie, aprilie, mai, iunie, iulie, august, septembrie, octombrie, noiembrie, decembrie]
weekdays: [luni, marți, miercuri, joi, vineri, sâmbătă, duminică]
"""
RO_DATE_RULE = """\
id: ro-date-order
check: pattern
message: "'{text}': write day, month, year"
severity: warning
languages: [ro]
patterns: {ro: ['\\b(?i:{months})\\s+\\d{1,2},\\s+\\d{4}']}
examples:
  ro: {bad: ["Joi, octombrie 31, 2024"], good: ["Joi, 31 octombrie 2024"]}
"""


def test_user_language_file_adds_a_language(tmp_path):
    """Romanian by YAML only: its word lists serve a user rule, and it opts into a built-in rule."""
    rules = tmp_path / "house-rules"
    write(rules / "languages" / "ro.yaml", RO_LANGUAGE + "rules: [month-capitalization]\n")
    write(rules / "ro-date-order.yaml", RO_DATE_RULE)
    write(tmp_path / ".newslint.yaml", "rules_paths: [house-rules]\n")
    write(tmp_path / "a.md", "---\nlang: ro\n---\n\nGuvernul a anunțat joi, Octombrie 31, 2024, un nou plan.\n")
    assert where(findings("a.md", cwd=tmp_path)) == [(5, 25, "month-capitalization"), (5, 25, "ro-date-order")]
    assert where(findings("--isolated", "a.md", cwd=tmp_path)) == []
    done = newslint("test-rules", "house-rules", cwd=tmp_path)
    assert done.returncode == 0, done.stdout


def test_unknown_rule_in_a_config_names_the_file(tmp_path):
    line = config_error(tmp_path, "ignore: [spacng]\n", "unknown rule 'spacng'", "did you mean 'spacing'")
    assert ".newslint.yaml" in line


def test_a_broken_pyproject_without_newslint_is_passed_over(tmp_path):
    write(tmp_path / "pyproject.toml", "[project\nname = 'x'\n")
    write(tmp_path / "a.md", ARTICLE)
    assert where(findings("a.md", cwd=tmp_path)) == [DOUBLED, SPACE]


def test_stdin_filename_obeys_exclude(tmp_path):
    """Editors lint through stdin with the file's name: an excluded file stays silent."""
    write(tmp_path / ".newslint.yaml", EXCLUDE)
    done = newslint("check", "-", "--stdin-filename", "drafts/b.md", cwd=tmp_path, stdin=ARTICLE)
    assert (done.returncode, done.stdout) == (0, "")
    assert findings("-", "--stdin-filename", "a.md", cwd=tmp_path, stdin=ARTICLE)

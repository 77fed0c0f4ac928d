"""Mistakes that used to pass silently (issue 9) are one-line errors or warnings with a hint."""
from __future__ import annotations

import subprocess

import pytest

from linter.engine import lint_text
from linter.langnames import normalise_language
from newslint_run import config_error, newslint, one_error_line, write

EN = "The the council voted on Tuesday to approve the new budget for the city and its schools.\n"
RULE = "id: my-rule\ncheck: pattern\nmessage: \"avoid '{text}'\"\nseverity: warning\npattern: '\\bfoo\\b'\n"
EXAMPLES = "examples:\n  en: {bad: [\"a foo here\"], good: [\"a bar here\"]}\n"


@pytest.mark.parametrize(("value", "code"), [
    ("english", "en"), ("English", "en"), ("en-GB", "en"), ("pt_BR", "pt"), ("Deutsch", "de"),
    ("italiano", "it"), ("fra", "fr"), ("zh-Hant-TW", "zh"), ("pl", "pl"), ("und", "und"), ("klingon", None), ("englsh", None),
])
def test_language_names_and_region_tags_become_codes(value, code):
    assert normalise_language(value) == code


def test_lang_english_on_the_command_line_is_english(tmp_path):
    write(tmp_path / "a.md", EN)
    done = newslint("check", "-v", "--lang", "english", "a.md", cwd=tmp_path)
    assert "a.md: language en (configured)" in done.stderr


def test_an_unknown_lang_is_a_usage_error_with_a_hint(tmp_path):
    write(tmp_path / "a.md", EN)
    one_error_line(newslint("check", "--lang", "englsh", "a.md", cwd=tmp_path), "'englsh'", "did you mean 'en'")


@pytest.mark.parametrize("key", ["lang", "language"])
def test_front_matter_language_names_are_read(tmp_path, key):
    write(tmp_path / "a.md", f"---\n{key}: english\n---\n\n{EN}")
    done = newslint("check", "-v", "a.md", cwd=tmp_path)
    assert "a.md: language en (front matter)" in done.stderr


def test_an_unknown_front_matter_language_is_a_warning_with_a_hint(tmp_path):
    write(tmp_path / "a.md", f"---\nlang: englsh\n---\n\n{EN}")
    done = newslint("check", "a.md", cwd=tmp_path)
    assert done.returncode == 1  # the findings still count; the warning fails nothing
    assert "newslint: warning: a.md: front matter lang: 'englsh' is no language code or name; " \
           "did you mean 'en' (english)?" in done.stderr.splitlines()


def test_config_language_names_and_unknown_values(tmp_path):
    write(tmp_path / ".newslint.yaml", "language: english\n")
    write(tmp_path / "a.md", EN)
    assert "language en (configured)" in newslint("check", "-v", "a.md", cwd=tmp_path).stderr
    config_error(tmp_path / "b", "language: klingon\n", "language: 'klingon' is no language code or name")


def test_the_front_matter_newslint_block_is_validated(tmp_path):
    write(tmp_path / "a.md", "---\nlang: en\nnewslint:\n  ignroe: [spacing]\n---\n\n" + EN)
    one_error_line(newslint("check", "a.md", cwd=tmp_path),
                   "a.md: front matter: unknown key 'ignroe' in 'newslint'; did you mean 'ignore'?")
    text = "---\nlang: en\nnewslint: {ignore: [duplicated-wrod]}\n---\n\n" + EN
    found = [(d.line, d.message) for d in lint_text(text, "a.md", fmt="markdown") if d.rule == "unused-suppression"]
    assert found == [(3, "unknown rule 'duplicated-wrod' in the front matter's `newslint: ignore`; "
                         "did you mean 'duplicated-word'?")]


@pytest.mark.parametrize(("rule", "message"), [
    (RULE.replace("pattern: ", "patern: "), "unknown key 'patern'; did you mean 'pattern'?"),
    (RULE.replace("check: pattern", "check: patern"), "unknown check 'patern'; did you mean 'pattern'?"),
    (RULE.replace("message: \"avoid '{text}'\"\n", ""), "rule needs 'message'"),
    (RULE.replace("pattern: '\\bfoo\\b'\n", ""), "a pattern rule needs 'pattern'"),
])
def test_broken_rule_files_are_errors(tmp_path, rule, message):
    write(tmp_path / "style" / "my-rule.yaml", rule + EXAMPLES)
    one_error_line(newslint("test-rules", "style", cwd=tmp_path), "my-rule.yaml", message)
    config_error(tmp_path, "rules_paths: [style]\n", message)


def test_test_rules_fails_on_a_rule_without_examples_and_on_a_folder_without_rules(tmp_path):
    write(tmp_path / "style" / "my-rule.yaml", RULE)
    done = newslint("test-rules", "style", cwd=tmp_path)
    assert done.returncode == 1 and "FAIL my-rule: no bad example" in done.stdout
    assert "0 passed, 1 failed (1 rules" in done.stdout
    (tmp_path / "empty").mkdir()
    one_error_line(newslint("test-rules", "empty", cwd=tmp_path), "empty: no rules")
    write(tmp_path / "style" / "my-rule.yaml", RULE + EXAMPLES)
    assert newslint("test-rules", "style", cwd=tmp_path).returncode == 0


def test_rules_and_explain_use_the_discovered_configuration(tmp_path):
    write(tmp_path / "style" / "my-rule.yaml", RULE.replace("severity", "summary: No foo\nseverity") + EXAMPLES)
    write(tmp_path / ".newslint.yaml", "rules_paths: [style]\n")
    (tmp_path / "sub").mkdir()
    assert "my-rule" in newslint("rules", cwd=tmp_path / "sub").stdout
    done = newslint("explain", "my-rule", cwd=tmp_path / "sub")
    assert done.returncode == 0 and done.stdout.startswith("# my-rule")


def _repository(root):
    subprocess.run(["git", "init", "-q", str(root)], check=True)
    write(root / ".gitignore", "public/\nthemes/\n*.tmp.md\n")
    for name in ("content/a.md", "public/a.md", "themes/t/a.md", "content/b.tmp.md"):
        write(root / name, EN)


def test_gitignore_is_respected_in_folder_walks(tmp_path):
    _repository(tmp_path)
    linted = {line.split(":")[0] for line in newslint("check", "-q", "--lang", "en", ".", cwd=tmp_path).stdout.splitlines()}
    assert linted == {"./content/a.md"}
    every = newslint("check", "-q", "--lang", "en", "--no-respect-gitignore", ".", cwd=tmp_path).stdout
    assert {line.split(":")[0] for line in every.splitlines()} == {
        "./content/a.md", "./content/b.tmp.md", "./public/a.md", "./themes/t/a.md"}
    write(tmp_path / ".newslint.yaml", "respect_gitignore: false\n")
    assert "./public/a.md" in newslint("check", "-q", "--lang", "en", ".", cwd=tmp_path).stdout


def test_a_folder_whose_every_article_is_excluded_says_so(tmp_path):
    _repository(tmp_path)
    write(tmp_path / ".newslint.yaml", "exclude: [\"drafts/**\"]\n")
    write(tmp_path / "drafts" / "x.md", EN)
    one_error_line(newslint("check", "drafts", cwd=tmp_path), "drafts: every article here is excluded",
                   "1 by exclude in", ".newslint.yaml")
    one_error_line(newslint("check", "public", cwd=tmp_path), "public: every article here is excluded (by .gitignore)",
                   "--no-respect-gitignore")


def test_select_grammar_without_languagetool_warns(tmp_path):
    write(tmp_path / "a.md", EN)
    done = newslint("check", "--select", "grammar", "a.md", cwd=tmp_path)
    assert done.returncode == 0
    assert ("newslint: warning: rule 'grammar' is selected but no LanguageTool is configured: "
            "pass --languagetool-url URL or set languagetool.url in .newslint.yaml") in done.stderr.splitlines()
    assert newslint("check", "--select", "grammar", "--strict", "a.md", cwd=tmp_path).returncode == 2
    assert "warning" not in newslint("check", "--select", "ALL", "--lang", "en", "--ignore", "duplicated-word",
                                     "a.md", cwd=tmp_path).stderr


def test_front_matter_prose_is_linted_when_asked(tmp_path):
    article = ('---\ntitle: "Il il governo cade"\ndescription: Il voto è  atteso per domani\nlang: it\n---\n\n'
               "Il presidente è arrivato a Roma ieri sera per la riunione del consiglio comunale.\n")
    write(tmp_path / "a.md", article)
    assert newslint("check", "a.md", cwd=tmp_path).returncode == 0  # off by default
    write(tmp_path / ".newslint.yaml", "lint_front_matter: true\n")
    done = newslint("check", "-q", "a.md", cwd=tmp_path)
    assert done.stdout.splitlines() == ["a.md:2:9: warning duplicated-word duplicated word 'il'",
                                        "a.md:3:23: warning spacing double space"]
    newslint("check", "--fix", "a.md", cwd=tmp_path)
    assert (tmp_path / "a.md").read_text(encoding="utf-8").startswith(
        '---\ntitle: "Il governo cade"\ndescription: Il voto è atteso per domani\n')
    write(tmp_path / ".newslint.yaml", "lint_front_matter: [summary]\n")
    write(tmp_path / "a.md", article)
    assert newslint("check", "a.md", cwd=tmp_path).returncode == 0


def test_the_built_in_rule_files_pass_the_checks_user_rules_get():
    from linter.registry import builtin_rules_dir, load_registry, validate_spec

    specs = load_registry().specs.values()
    assert all(spec.origin.startswith(str(builtin_rules_dir())) for spec in specs)
    for spec in specs:
        validate_spec(spec)

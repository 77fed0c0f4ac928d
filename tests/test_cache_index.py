"""The cache index serves unchanged files without reading them, and nothing else: a changed
file is hashed whatever its stat says, and a planted or damaged index is ignored."""
from __future__ import annotations

import json
import os
import time
from pathlib import Path

import pytest

from cli_support import run
from linter import cache, cached_result, registry, rules_cache, ruleset, runner
from linter.config import Settings
from linter.engine import FileResult
from linter.reporters.json import JsonReporter
from newslint_run import write

ARTICLE = "The minister said that the the budget would pass.\n"
CALM = "The minister said that the new budget would pass.\n"  # as long, nothing to say


@pytest.fixture
def linted(tmp_path, monkeypatch) -> list[str]:
    """Files linted in this process; every stat counts as settled (no 2-second wait)."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(cache, "RACY_NS", 0)
    calls: list[str] = []
    real = runner.run_job
    monkeypatch.setattr(runner, "run_job", lambda job: calls.append(job.path) or real(job))
    return calls


def check() -> str:
    return run("check", "--jobs", "1", "--lang", "en", "--format", "json", "a.md").stdout


def test_an_unchanged_file_is_served_from_the_index_unread(tmp_path, linted, monkeypatch):
    write(tmp_path / "a.md", ARTICLE)
    first = check()
    assert (tmp_path / ".newslint_cache" / "index").is_file()
    read = []
    real = cache.read_regular_file
    monkeypatch.setattr(cache, "read_regular_file", lambda path, *args: read.append(path) or real(path, *args))
    assert check() == first and linted == ["a.md"] and "a.md" not in read


def test_a_changed_file_with_its_old_size_and_mtime_is_linted_again(tmp_path, linted):
    article = write(tmp_path / "a.md", ARTICLE)
    assert "duplicated-word" in check()
    before = os.stat(article)
    article.write_text(CALM, encoding="utf-8")
    os.utime(article, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert "duplicated-word" not in check() and linted == ["a.md", "a.md"]


def test_other_settings_are_not_served_from_the_index(tmp_path, linted):
    write(tmp_path / "a.md", ARTICLE)
    assert "duplicated-word" in check()
    selected = run("check", "--jobs", "1", "--lang", "en", "--select", "double-space", "--format", "json", "a.md")
    assert "duplicated-word" not in selected.stdout and len(linted) == 2


def test_an_index_planted_with_another_secret_is_ignored(tmp_path, linted):
    write(tmp_path / "a.md", ARTICLE)
    planted = cache.Cache(tmp_path / ".newslint_cache", secret=b"p" * 32)
    settings = Settings(language="en")
    key, _ = planted.lookup("a.md", settings)
    planted.store(key, FileResult("a.md"))  # "no findings"
    planted.save_index()
    assert (tmp_path / ".newslint_cache" / "index").is_file()
    assert "duplicated-word" in check() and linted == ["a.md"]


@pytest.mark.parametrize("damage", [b"", b"\n", b"x" * 64 + b"\n{}", b"\xff\xfe", None])
def test_a_damaged_index_is_ignored_and_rewritten(tmp_path, linted, damage):
    write(tmp_path / "a.md", ARTICLE)
    clean = check()
    index = tmp_path / ".newslint_cache" / "index"
    data = index.read_bytes()
    index.write_bytes(damage if damage is not None else data[:64] + data[65:] + b"]")  # a payload edited
    for entry in Path(".newslint_cache").rglob("*.json"):
        entry.unlink()
    assert check() == clean and linted == ["a.md", "a.md"]
    assert check() == clean and linted == ["a.md", "a.md"]  # the rewritten index serves it


def test_a_new_year_lints_again(tmp_path, linted, monkeypatch):
    """tense-year reads an undated article in the year it is linted: a result cached in
    one year is not served in the next."""
    write(tmp_path / "a.md", ARTICLE)
    check()
    check()
    assert linted == ["a.md"]
    next_year = time.localtime(time.time() + 366 * 86400)
    monkeypatch.setattr(cache.time, "localtime", lambda *args: next_year)
    check()
    assert linted == ["a.md", "a.md"]


def test_a_cached_file_is_written_from_its_kept_json_without_decoding_its_findings(tmp_path, linted, monkeypatch):
    """`--format json` keeps each file's findings as it writes them; a re-run over the cached
    file writes those bytes and reads of its findings only their number and worst severity."""
    write(tmp_path / "a.md", ARTICLE)
    first = check()

    def refuse(*args, **kwargs):
        raise AssertionError("formatted or decoded again")

    monkeypatch.setattr(cached_result, "Diagnostic", refuse)
    monkeypatch.setattr(JsonReporter, "render", refuse)
    again = run("check", "--jobs", "1", "--lang", "en", "--format", "json", "a.md")
    assert again.stdout == first and again.exit_code == 1 and linted == ["a.md"]


def test_kept_json_is_not_used_for_another_format_or_under_a_baseline(tmp_path, linted):
    write(tmp_path / "a.md", ARTICLE + "\nThe the mayor agreed.\n")
    check()
    text = run("check", "--jobs", "1", "--lang", "en", "--format", "text", "a.md").stdout
    assert "duplicated-word" in text and linted == ["a.md"]
    run("baseline", "--lang", "en", "a.md", "-o", "baseline.json")
    write(tmp_path / "a.md", ARTICLE + "\nThe the mayor agreed.\nAnd and then.\n")
    check()  # the new content's findings, kept rendered
    filtered = run("check", "--jobs", "1", "--lang", "en", "--format", "json", "--baseline", "baseline.json", "a.md")
    assert [(f["line"], f["rule"]) for f in json.loads(filtered.stdout)] == [(4, "duplicated-word")]


def test_findings_decoded_from_the_index_equal_the_linted_ones(tmp_path, linted):
    seed = write(tmp_path / "seed.txt", (Path(__file__).parents[1] / "seeds" / "000_434f281fc8fc4eb1.txt").read_text())
    fresh = list(runner.lint_paths([seed.name], jobs=1))
    store = cache.Cache(tmp_path / "c")
    list(runner.lint_paths([seed.name], jobs=1, cache=store))
    served = list(runner.lint_paths([seed.name], jobs=1, cache=cache.Cache(tmp_path / "c")))
    assert isinstance(served[0], cached_result.IndexedResult) and linted == [seed.name, seed.name]
    assert served[0].finding_count() == len(fresh[0].diagnostics) and served[0].worst_rank() == fresh[0].worst_rank()
    assert served[0].diagnostics == fresh[0].diagnostics and served[0].lines == fresh[0].lines
    assert [d.fix for d in served[0].diagnostics] == [d.fix for d in fresh[0].diagnostics]


def test_an_edit_rewrites_only_the_recent_records_until_they_grow(tmp_path, linted):
    for name in "abcdefghij":
        write(tmp_path / f"{name}.md", ARTICLE)
    folder = ["check", "--jobs", "1", "--lang", "en", "--format", "json", "."]
    clean = run(*folder).stdout
    index, recent = tmp_path / ".newslint_cache" / "index", tmp_path / ".newslint_cache" / "index-recent"
    whole = index.read_bytes()
    write(tmp_path / "a.md", CALM)
    edited = run(*folder).stdout
    assert index.read_bytes() == whole and recent.is_file()  # the one changed record alone
    assert run(*folder).stdout == edited and linted.count("./a.md") == 2 and len(linted) == 11
    write(tmp_path / "b.md", CALM)
    run(*folder)
    assert index.read_bytes() != whole and not recent.exists()  # two of ten: written whole
    write(tmp_path / "a.md", ARTICLE)
    write(tmp_path / "b.md", ARTICLE)
    assert run(*folder).stdout == clean


@pytest.mark.parametrize("damage", [b"", b"x" * 64 + b"\n{}", None])
def test_damaged_recent_records_are_ignored_and_the_index_still_serves(tmp_path, linted, damage):
    for name in "abcdefghij":
        write(tmp_path / f"{name}.md", ARTICLE)
    folder = ["check", "--jobs", "1", "--lang", "en", "--format", "json", "."]
    run(*folder)
    write(tmp_path / "a.md", CALM)
    edited = run(*folder).stdout
    recent = tmp_path / ".newslint_cache" / "index-recent"
    data = recent.read_bytes()
    recent.write_bytes(damage if damage is not None else data[:70] + b"!" + data[71:])
    for entry in Path(".newslint_cache").rglob("*.json"):
        entry.unlink()
    assert run(*folder).stdout == edited
    assert linted.count("./a.md") == 3 and len(linted) == 12  # only the file of the lost record


def test_a_new_newslint_version_or_an_edited_configuration_lints_again(tmp_path, linted, monkeypatch):
    write(tmp_path / "a.md", ARTICLE)
    check()
    check()
    assert linted == ["a.md"]
    monkeypatch.setattr(cache, "__version__", cache.__version__ + ".post1")
    cache._settings_context.cache_clear()  # as in the new version's first process
    check()
    check()
    assert linted == ["a.md", "a.md"]
    write(tmp_path / ".newslint.yaml", "rules: {duplicated-word: off}\n")
    runner._nearest_config.cache_clear()  # a new process looks for it again
    assert "duplicated-word" not in check() and linted == ["a.md"] * 3


def test_unchanged_rule_files_are_not_read_and_an_edited_rule_file_lints_again(tmp_path, linted, monkeypatch):
    """The rule files' part of a file's context is named by their stats once they have not
    changed for a while (no file read); an edited rule file has another stat, so its files lint
    again, and one edited within that while is named by its content."""
    monkeypatch.setattr(rules_cache, "RACY_NS", 0)
    rules = tmp_path / "my_rules"
    rules.mkdir()
    rule = write(rules / "no-foo.yaml", 'id: no-foo\ncheck: pattern\nmessage: "avoid foo"\npattern: foo\n')
    write(tmp_path / ".newslint.yaml", "rules_paths: [my_rules]\n")
    write(tmp_path / "a.md", "The foo said that the budget would pass.\n")
    assert "no-foo" in check()
    read = []
    real = cache.read_regular_file
    monkeypatch.setattr(cache, "read_regular_file", lambda path, *args: read.append(path) or real(path, *args))
    new_process()
    assert "no-foo" in check() and linted == ["a.md"]
    assert read and all(path.startswith(".newslint_cache") for path in read)  # the index alone
    write(rule, 'id: no-foo\ncheck: pattern\nmessage: "avoid foo"\npattern: bar\n')
    new_process()
    assert "no-foo" not in check() and linted == ["a.md", "a.md"]
    monkeypatch.setattr(rules_cache, "RACY_NS", 10**12)  # edited just now: named by content
    write(rule, 'id: no-foo\ncheck: pattern\nmessage: "avoid foo"\npattern: foo\n')
    new_process()
    assert "no-foo" in check() and linted == ["a.md"] * 3 and any(path.endswith("no-foo.yaml") for path in read)


def new_process() -> None:
    """Forget what this process kept of the rule files (a new run reads them again)."""
    cache._rules_digest.cache_clear()
    cache._settings_context.cache_clear()
    registry.load_registry.cache_clear()
    ruleset.build_ruleset.cache_clear()


# A run served from the cache, in a process of its own, and the modules it imported.
SERVED_PROBE = """
import sys
from linter.launch import main
sys.argv = ["newslint", "check", "--jobs", "1", "--format", "json", "a.md"]
try:
    main()
except SystemExit:
    pass
print(repr(sorted(sys.modules)))
"""


def test_a_run_served_from_the_cache_loads_no_rules_and_a_run_that_writes_no_hmac(tmp_path):
    """A configuration file that names no rule does not load the rules to check its names (a
    fully cached run needs none), and naming the cache's new files takes `os.urandom`, not
    `secrets` (which imports `hmac`, OpenSSL's `_hashlib`, `random`); neither run imports
    `pathlib` (with `urllib.parse`, `ipaddress`) for the configuration file or the cache, nor
    `glob` to sweep the cache's folders."""
    import ast
    import subprocess
    import sys

    write(tmp_path / "a.md", ARTICLE)
    write(tmp_path / ".newslint.yaml", "language: en\nmax_file_size: 100000000\n")
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "user-cache")}
    root = str(Path(__file__).resolve().parents[1])

    def modules() -> set[str]:
        done = subprocess.run([sys.executable, "-c", SERVED_PROBE], capture_output=True, text=True, timeout=300,
                              cwd=tmp_path, env={**env, "PYTHONPATH": root})
        return set(ast.literal_eval(done.stdout.splitlines()[-1]))

    modules()  # makes the user's secret (with `secrets`) and fills the user cache
    write(tmp_path / "a.md", CALM)
    written = modules()
    assert "linter.registry" in written and not {"secrets", "hmac", "pathlib", "glob"} & written
    time.sleep(cache.RACY_NS / 1e9)  # the file's stat is settled: the next run reads the index alone
    modules()
    served = modules()
    assert "linter.cache" in served and not {"linter.registry", "pathlib", "glob"} & served

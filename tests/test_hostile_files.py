"""Hostile files: FIFOs, devices, huge files, unreadable folders, and a rule that crashes on one file.

Processes run under a timeout, so a blocking read fails the test instead of holding the suite.
"""
from __future__ import annotations

import json
import os

import pytest

from linter.runner import ConfigResolver, discover
from newslint_run import newslint, one_error_line, write

ARTICLE = "The minister said that the the budget would pass.\n"
CRASHING_RULE = r"""
id: crash-on-x
check: pattern
summary: A rule whose replacement names a group its pattern lacks
message: boom
fix_safety: safe
patterns:
  - {pattern: 'XX', replacement: '\9'}
"""

needs_fifo = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")


@needs_fifo
def test_fifo_in_a_folder_is_skipped(tmp_path):
    write(tmp_path / "content" / "a.md", ARTICLE)
    os.mkfifo(tmp_path / "content" / "pipe.md")
    done = newslint("check", "--lang", "en", "-q", "content", cwd=tmp_path)
    assert done.returncode == 1 and "pipe.md" not in done.stdout + done.stderr


@needs_fifo
def test_fifo_named_on_the_command_line_is_an_error_not_a_wait(tmp_path):
    os.mkfifo(tmp_path / "pipe.md")
    one_error_line(newslint("check", "pipe.md", cwd=tmp_path), "pipe.md: not a regular file")


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="no /dev/zero")
def test_device_is_an_error_not_an_endless_read(tmp_path):
    one_error_line(newslint("check", "/dev/zero", cwd=tmp_path), "/dev/zero: not a regular file")


def test_size_limit_and_the_key_that_raises_it(tmp_path):
    write(tmp_path / "big.md", ARTICLE * 120_000)
    one_error_line(newslint("check", "big.md", cwd=tmp_path), "big.md: 6,000,000 bytes", "max_file_size")
    write(tmp_path / "a.md", ARTICLE * 3)
    write(tmp_path / ".newslint.yaml", "max_file_size: 100\nlanguage: en\n")
    one_error_line(newslint("check", "a.md", cwd=tmp_path), "a.md: 150 bytes, over the 100 byte limit")
    write(tmp_path / ".newslint.yaml", "max_file_size: 200\nlanguage: en\n")
    assert newslint("check", "-q", "a.md", cwd=tmp_path).returncode == 1


def test_size_limit_on_standard_input(tmp_path):
    write(tmp_path / ".newslint.yaml", "max_file_size: 10\n")
    one_error_line(newslint("check", "-", cwd=tmp_path, stdin=ARTICLE), "<stdin>: over the 10 byte limit")


def test_unreadable_sub_folder_is_a_warning(tmp_path, monkeypatch):
    write(tmp_path / "content" / "a.md", ARTICLE)
    write(tmp_path / "content" / "locked" / "b.md", ARTICLE)
    locked, scandir = str(tmp_path / "content" / "locked"), os.scandir

    def refuse_locked(path="."):
        if os.fspath(path) == locked:  # as for a folder of mode 000 (root would read it anyway)
            raise PermissionError(13, "Permission denied", locked)
        return scandir(path)

    monkeypatch.setattr(os, "scandir", refuse_locked)
    warnings: list[str] = []
    found = discover([str(tmp_path / "content")], ConfigResolver(isolated=True), warnings.append)
    assert found == [str(tmp_path / "content" / "a.md")]
    assert warnings == [f"{locked}: folder skipped: Permission denied"]


@pytest.mark.parametrize("output_format", ["json", "sarif", "junit", "text"])
def test_a_rule_crash_on_one_file_keeps_the_others_findings(tmp_path, output_format):
    write(tmp_path / "rules" / "crash-on-x.yaml", CRASHING_RULE)
    write(tmp_path / ".newslint.yaml", "language: en\nrules_paths: [rules]\nselect: [crash-on-x, duplicated-word]\n")
    write(tmp_path / "a.md", "XX marks the spot.\n")
    write(tmp_path / "b.md", ARTICLE)
    done = newslint("check", "--format", output_format, "a.md", "b.md", cwd=tmp_path)
    one_error_line(done, "a.md: rule 'crash-on-x' failed")
    assert "duplicated-word" in done.stdout and "b.md" in done.stdout
    if output_format in ("json", "sarif", "gitlab"):
        json.loads(done.stdout)


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
@pytest.mark.parametrize("text", ["Министр сказал, что бюджет будет принят.\n\nОн сказал это вчера.\n",
                                  "Ο υπουργός είπε ότι ο προϋπολογισμός θα περάσει.\n", "部长说预算将在明年通过。\n"],
                         ids=["cyrillic", "greek", "chinese"])
def test_utf16_without_a_byte_order_mark_in_any_script_is_text(tmp_path, encoding, text):
    write(tmp_path / "a.txt", text.encode(encoding))
    done = newslint("check", "--lang", "en", "--format", "json", "a.txt", cwd=tmp_path)
    assert done.returncode in (0, 1) and "binary" not in done.stderr, done.stderr


def test_binary_data_with_zero_bytes_in_one_parity_is_still_binary(tmp_path):
    table = b"".join(bytes([value, 0]) for value in range(0xA1, 0x100)) * 8  # 16-bit numbers: no controls, no spaces
    write(tmp_path / "a.txt", table)
    one_error_line(newslint("check", "a.txt", cwd=tmp_path), "a.txt: binary file")


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_byte_order_mark_is_text(tmp_path, encoding):
    write(tmp_path / "a.txt", ARTICLE.encode(encoding))
    done = newslint("check", "--lang", "en", "--format", "json", "a.txt", cwd=tmp_path)
    assert done.returncode == 1, done.stderr
    assert [d["rule"] for d in json.loads(done.stdout)] == ["duplicated-word"]
    assert newslint("check", "--lang", "en", "--fix", "a.txt", cwd=tmp_path).returncode == 0
    assert (tmp_path / "a.txt").read_bytes() == ARTICLE.replace("the the", "the").encode(encoding)


def test_many_exclude_globs_cost_little_per_file(tmp_path):
    """100,000 globs: literal ones in a set, folder-anchored ones by folder, each compiled once."""
    globs = [f"drafts/old-{i}.md" for i in range(50_000)] + [f"archive{i}/*.md" for i in range(50_000)]
    write(tmp_path / ".newslint.yaml", f"language: en\nexclude: [{', '.join(globs)}]\n")
    for index in range(30):
        write(tmp_path / "content" / f"a{index}.md", ARTICLE)
    write(tmp_path / "drafts" / "old-7.md", ARTICLE)
    write(tmp_path / "archive9" / "x.md", ARTICLE)
    done = newslint("check", "-q", ".", cwd=tmp_path)
    assert done.returncode == 1
    assert done.stdout.count("duplicated-word") == 30 and "drafts" not in done.stdout and "archive" not in done.stdout


def test_temporaries_left_by_a_killed_fix_are_removed_by_the_next(tmp_path):
    write(tmp_path / "a.md", ARTICLE)
    stale = write(tmp_path / ".newslint-k1ll3d.tmp", ARTICLE[:10])
    fresh = write(tmp_path / ".newslint-running.tmp", ARTICLE[:10])  # another run's, being written
    os.utime(stale, (1_000_000_000, 1_000_000_000))
    assert newslint("check", "--lang", "en", "--fix", "a.md", cwd=tmp_path).returncode == 0
    assert not stale.exists() and fresh.exists()


def test_temporaries_left_in_the_cache_and_beside_a_baseline_are_removed(tmp_path):
    write(tmp_path / "a.md", ARTICLE)
    assert newslint("check", "--cache-dir", "cache", "--lang", "en", "a.md", cwd=tmp_path).returncode == 1
    folder = next(path.parent for path in (tmp_path / "cache").rglob("*.json"))
    stale = [write(folder / ".newslint-k1ll3d.tmp", "{"), write(tmp_path / "out" / ".newslint-k1ll3d.tmp", "{")]
    for path in stale:
        os.utime(path, (1_000_000_000, 1_000_000_000))
    for path in [*(tmp_path / "cache").rglob("*.json"), tmp_path / "cache" / "index"]:
        path.unlink()  # the next run writes into the same folder again (the index would serve it)
    newslint("check", "--cache-dir", "cache", "--lang", "en", "a.md", cwd=tmp_path)
    newslint("baseline", "--lang", "en", "-o", "out/baseline.json", "a.md", cwd=tmp_path)
    assert not any(path.exists() for path in stale)


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_rule_crash_is_exit_2_never_1_also_with_workers_and_for_records(tmp_path, jobs):
    write(tmp_path / "rules" / "crash-on-x.yaml", CRASHING_RULE)
    write(tmp_path / ".newslint.yaml", "language: en\nrules_paths: [rules]\nselect: [crash-on-x, duplicated-word]\n")
    write(tmp_path / "a.md", "XX marks the spot.\n")
    write(tmp_path / "b.md", ARTICLE)
    done = newslint("check", "--jobs", jobs, "-q", "a.md", "b.md", cwd=tmp_path)
    one_error_line(done, "a.md: rule 'crash-on-x' failed")
    assert done.stdout.startswith("b.md:1:24:")
    write(tmp_path / "data.jsonl", json.dumps({"id": "x", "text": "XX marks the spot."}) + "\n"
          + json.dumps({"id": "ok", "text": ARTICLE}) + "\n")
    done = newslint("check", "--jobs", jobs, "-q", "data.jsonl", "--summary", "summary.jsonl", cwd=tmp_path)
    assert done.returncode == 2, done.stderr
    assert done.stderr.splitlines() == [
        "newslint: warning: record x: x: rule 'crash-on-x' failed: IndexError: no such group",
        "newslint: error: a rule failed on 1 records (see the warnings above)"]
    assert done.stdout.startswith("ok:1:24:")
    rows = [json.loads(line) for line in (tmp_path / "summary.jsonl").read_text().splitlines()]
    assert [(row["id"], row["findings"]) for row in rows] == [("x", 0), ("ok", 1)]

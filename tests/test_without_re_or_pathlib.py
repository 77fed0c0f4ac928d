"""What a one-file run does without `re` and `pathlib` (importing them, with the `urllib.parse`,
`ipaddress` and `fnmatch` pathlib imports, cost ~6 ms of a one-file run) gives what they gave:
each replacement is compared with the `re` pattern or `pathlib` call it replaces."""
from __future__ import annotations

import fnmatch
import os
import random
import re
from pathlib import Path, PurePath

import pytest

from linter import config, langnames, textsafe
from linter.formats import suffix_of
from linter.registry import load_registry
from linter.rulesdir import builtin_rules_dir, builtin_rules_folder, rule_file_paths, rule_files
from linter.user_cache import globbed, star_match

_UNSAFE = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\udc80-\udcff]")
_COMMAND = re.compile(r"^[ \t]*:(?=:)")
_TAG = re.compile(r"([a-z]{2,3})(?:-[a-z0-9]{1,8})*")


def _neutralised_by_re(text: str) -> str:
    text = _UNSAFE.sub(lambda m: textsafe.escape_char(m.group()), text)
    return _COMMAND.sub(lambda m: m.group()[:-1] + textsafe.escape_char(":"), text, count=1)


def _columns_by_re(line: str) -> list[str]:
    shown = [textsafe.escape_char(c) if _UNSAFE.match(c) else c for c in line] if _UNSAFE.search(line) else list(line)
    command = _COMMAND.match(line)
    if command:
        shown[command.end() - 1] = textsafe.escape_char(":")
    return shown


def _strings(alphabet: list[str], count: int, longest: int, seed: int) -> list[str]:
    chance = random.Random(seed)
    return ["".join(chance.choice(alphabet) for _ in range(chance.randint(0, longest))) for _ in range(count)]


def test_every_unsafe_character_is_unprintable():
    """`neutralise` skips a printable text: every character the old pattern escaped is unprintable."""
    assert all(not chr(code).isprintable() for code in range(0x110000) if _UNSAFE.match(chr(code)))


def test_neutralise_escapes_what_the_pattern_escaped():
    alphabet = [" ", "\t", ":", "a", "é", "\x1b", "\x00", "\u2028", "\u2029", "\u202e", "\u2066", "\udce9", "\x7f",
                "\x9f", "\xa0", "\n", "\u200b", "\u00ad", "日"]
    for text in _strings(alphabet, 30_000, 10, 1) + ["::set-output", "  \t::x", "\t:", ":", "::", " : :"]:
        assert textsafe.neutralise(text) == _neutralised_by_re(text), repr(text)
        assert textsafe.neutralise_columns(text) == _columns_by_re(text), repr(text)


def test_language_tags_are_read_as_the_pattern_read_them():
    alphabet = ["e", "n", "g", "b", "-", "1", "é", "x", "z", "k", "Z", "_", " ", "\n", "ı"]
    values = _strings(alphabet, 30_000, 12, 2) + ["en-gb", "pt-br", "zh-hant-tw", "und", "en-", "-en", "e", "engl",
                                                 "en-123456789", "en-12345678", "english", "tr", "sr-latn"]
    for text in values:
        expected = _TAG.fullmatch(text)
        assert langnames._primary(text) == (expected.group(1) if expected else None), repr(text)
        langnames.normalise_language(text)  # and the whole answer runs


@pytest.mark.parametrize("path", ["a.md", "a/b.MD", ".md", "a.", "a..md", "..md", "x/y.tar.gz", "x.md/", "x.md/.",
                                  "a/./b.txt", "", ".", "..", "a/..", "/", "dir.d/file", "a b.mdx", "~/.x.md",
                                  "notes.markdown", "x/.hidden.txt"])
def test_a_suffix_is_pathlibs(path):
    assert suffix_of(path) == PurePath(path).suffix


def test_star_patterns_match_as_glob_does(tmp_path):
    names = ["a.yaml", "b.yml", ".hidden.yaml", "c.yaml.bak", "d.yxml", "e.ml", "it_en.msgpack.gz", "large_it.msgpack.gz",
             "model.npz.xz", "x_it.msgpack.gz.part", "y.Yaml", "z.y.ml"]
    for name in names:
        (tmp_path / name).write_text("x", encoding="utf-8")
    (tmp_path / "folder.yaml").mkdir()
    for pattern in ("*.y*ml", "*_it.msgpack.gz", "model.npz.xz", "*", "*.yaml", "*y*", "a.yaml"):
        assert globbed(str(tmp_path), pattern) == [path.name for path in sorted(tmp_path.glob(pattern))], pattern
    assert globbed(str(tmp_path / "missing"), "*") == []
    for name in _strings(["a", "b", ".", "y", "m", "l"], 5_000, 7, 3):
        for pattern in ("a*b", "*a*", "a*", "*.y*ml", "**", "ab", "*ab*ba*", "*", "a*a", "", "ab*b*ab"):
            assert star_match(name, pattern) == fnmatch.fnmatchcase(name, pattern), (name, pattern)


def test_rule_files_are_listed_as_pathlib_lists_them():
    folder = builtin_rules_folder()
    assert Path(folder) == builtin_rules_dir()
    languages, rules = rule_file_paths(folder)
    assert languages + rules == [str(path) for path in rule_files(builtin_rules_dir())]
    assert len(languages) > 5 and len(rules) > 20


def test_user_rule_folders_are_named_as_pathlib_names_them(tmp_path, monkeypatch):
    (tmp_path / "mine" / "languages").mkdir(parents=True)
    (tmp_path / "mine" / "no-foo.yaml").write_text(
        "id: no-foo\ncheck: pattern\nmessage: no foo\npattern: foo\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    registry = load_registry(("./mine/",))
    assert registry.specs["no-foo"].origin == str(Path("./mine/") / "no-foo.yaml") == "mine/no-foo.yaml"


def _found_by_pathlib(start: Path) -> Path | None:
    """`find_config_file` as it was, with pathlib."""
    directory = start if start.is_dir() else start.parent
    for folder in (directory.resolve(), *directory.resolve().parents):
        for name in config.CONFIG_NAMES:
            if (folder / name).is_file():
                return folder / name
        pyproject = folder / "pyproject.toml"
        if pyproject.is_file() and config._configures_newslint(pyproject):
            return pyproject
    return None


def test_configuration_files_are_found_as_pathlib_found_them(tmp_path, monkeypatch):
    deep = tmp_path / "a" / "b" / "c"
    deep.mkdir(parents=True)
    (deep / "article.md").write_text("x", encoding="utf-8")
    (tmp_path / "link").symlink_to(deep)
    (tmp_path / "a" / "pyproject.toml").write_text("[project]\nname = 'x'\n", encoding="utf-8")
    starts = [deep, deep / "article.md", deep / "missing.md", tmp_path / "link" / "article.md", tmp_path]
    monkeypatch.chdir(deep)
    starts += [Path("article.md"), Path("."), Path("..")]
    for layout in ("none", "yaml", "pyproject", "both"):
        if layout in ("yaml", "both"):
            (tmp_path / "a" / "b" / ".newslint.yaml").write_text("language: it\n", encoding="utf-8")
        if layout in ("pyproject", "both"):
            (tmp_path / "a" / "pyproject.toml").write_text("[tool.newslint]\nlanguage = 'it'\n", encoding="utf-8")
        for start in starts:
            found = config.find_config(os.fspath(start))
            assert (None if found is None else Path(found)) == _found_by_pathlib(start) == config.find_config_file(start)


def test_a_configuration_without_a_file_is_rooted_where_pathlib_roots_it(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    config.load_config.cache_clear()
    loaded = config.load_config(None)
    assert loaded.root == Path.cwd().resolve() and isinstance(loaded.root, Path)
    assert loaded == config.Config(root=Path.cwd().resolve())

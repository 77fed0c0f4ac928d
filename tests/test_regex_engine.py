"""What the modules take from `linter.regex_engine` instead of importing `regex` is `regex`'s own,
and a run whose patterns all come from the user cache does not import `regex`'s parser."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import regex

from linter import compiled, regex_engine, user_cache
from test_startup_imports import PLAIN_PROBE as PROBE

ROOT = Path(__file__).resolve().parents[1]
TEXTS = ("", "plain", "a.b*c+d?e(f)g[h]i{j}k|l^m$n\\o-p#q&r~s", "tab\there new\nline\r\x0b\x0c end",
         "non\u00a0breaking\u2003em space", "città l'ha «detto»", "\x00nul", "emoji 🙂 and 𝔘")


@pytest.fixture
def cache_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    user_cache.machine_secret.cache_clear()
    compiled._scopes.clear()
    yield
    user_cache.machine_secret.cache_clear()
    compiled._scopes.clear()


def test_the_flags_are_regexs_own():
    for name in ("IGNORECASE", "MULTILINE", "DOTALL", "UNICODE", "VERBOSE", "VERSION1", "FULLCASE", "REVERSE",
                 "I", "M", "S", "U", "X", "V1", "F", "R"):
        assert getattr(regex_engine, name) == int(getattr(regex, name)), name


def test_escape_is_regexs_own():
    for text in TEXTS + tuple(chr(code) for code in range(0x3000)):
        assert regex_engine.escape(text) == regex.escape(text), repr(text)


def test_the_engine_is_the_module_regex_uses():
    assert regex_engine.engine() is sys.modules["regex._regex"]
    assert regex_engine.error() is regex.error


@pytest.mark.parametrize("source, template", [
    (r"(\d+)/(\d+)", r"\2-\1"), (r"(?P<day>\d+)\.(?P<month>\d+)", r"\g<month>/\g<day>"),
    (r"(a)|(b)", r"[\1\2]"), (r"x", "no backslash"), (r"(\w+)", r"\\\1\n\t"), (r"(?P<w>\w)(\w)?", r"\g<0>:\g<w>\2"),
])
def test_an_expanded_template_is_what_regex_expands(cache_dir, source, template):
    pattern = compiled.compile_cached(source, 0, "it")
    for text in ("12/05", "3.4", "ab", "x", "word", "q"):
        for match in pattern.finditer(text):
            assert compiled.expand_cached(match, template, "it") == match.expand(template)
    compiled.save_new()
    compiled._scopes.clear()  # as a later run: the template read back from the cache
    pattern = compiled.compile_cached(source, 0, "it")
    for match in pattern.finditer("12/05 3.4 ab x word q"):
        assert compiled.expand_cached(match, template, "it") == match.expand(template)




def test_a_run_with_its_patterns_in_the_cache_does_not_import_regexs_parser(tmp_path):
    environment = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "xdg")}
    for article in (ROOT / "seeds" / "000_434f281fc8fc4eb1.txt", ROOT / "tests" / "corpus" / "it-05-mostra.md"):
        runs = [subprocess.run([sys.executable, "-c", PROBE, str(article)], capture_output=True, text=True, cwd=ROOT,
                               env=environment, timeout=300) for _ in range(2)]
        first, second = (set(json.loads(run.stdout.splitlines()[-1])) for run in runs)
        assert "regex._regex_core" in first  # the first run compiled the patterns
        assert "linter.checks.pattern" in second and "regex._regex" in second  # the rules did run
        assert "regex._regex_core" not in second and "regex" not in second, article.name

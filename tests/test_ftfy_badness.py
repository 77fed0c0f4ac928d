"""ftfy's mojibake test without importing ftfy: the same answers as `ftfy.badness.is_bad`, and a
one-file run over accented text that is not mojibake does not load ftfy."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from ftfy.badness import BADNESS_RE
from ftfy.badness import is_bad as ftfy_is_bad

from linter import ftfy_badness
from linter.checks.mojibake import _MAYBE_BAD

ROOT = Path(__file__).resolve().parents[1]
CONTEXTS = ("", "a", "Z", "1", ".", " ", "\n", "_", "'", "»", "é", "Ã", "Â", "€", "°", "²", "\u0301", "\x1c")
BEYOND_ASCII = [chr(code) for code in (*range(0x80, 0x590), *range(0x2000, 0x2200), 0x221A, 0x2248, 0xFFFD)]


def _pattern_without_ftfy(monkeypatch, tmp_path):
    """The module's pattern as a run builds it: ftfy not imported, the user cache at tmp_path."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.delitem(sys.modules, "ftfy.badness")
    ftfy_badness._pattern.cache_clear()
    try:
        return ftfy_badness._pattern()
    finally:
        ftfy_badness._pattern.cache_clear()


def test_the_pattern_is_ftfys_compiled_from_its_source(monkeypatch, tmp_path):
    pattern = _pattern_without_ftfy(monkeypatch, tmp_path)
    assert pattern is not BADNESS_RE
    assert (pattern.pattern, pattern.flags) == (BADNESS_RE.pattern, BADNESS_RE.flags)


def test_answers_are_ftfys(monkeypatch, tmp_path):
    pattern = _pattern_without_ftfy(monkeypatch, tmp_path)
    texts = [left + char + right for char in BEYOND_ASCII for left in CONTEXTS for right in CONTEXTS[:9]]
    texts += ["ção", "Größe", "l’»", "cittÃ ", "â€™s", "grÃ¼ndete", "Ã¨", "ГўВЂВ.a", "√±", "× ²", "Ø§Ø¹"]
    differ = [text for text in texts if (pattern.search(text) is not None) != ftfy_is_bad(text)]
    assert differ == []
    assert sum(map(ftfy_is_bad, texts)) > 1000  # both answers are common


def test_the_cache_names_ftfys_file():
    where = ftfy_badness._badness_file()
    path, size, _ = where.split("\0")
    assert os.path.samefile(path, sys.modules["ftfy.badness"].__file__)
    assert int(size) == os.path.getsize(path)


@pytest.mark.parametrize("text", [
    "A reabilitação das instalações começou em março, disse o diretor à imprensa.\n",
    "Die Größe der Anlage überraschte selbst die Planer, sagte die Bürgermeisterin.\n",
    "«Non è finita», ha detto l’assessore. «È presto per dirlo», ha risposto il sindaco.\n",
])
def test_an_accented_text_without_mojibake_does_not_load_ftfy(tmp_path, text):
    article = tmp_path / "article.txt"
    article.write_text(text * 3, encoding="utf-8")
    assert _MAYBE_BAD.search(text)  # ftfy's test is asked
    probe = ("import sys\nfrom linter.launch import main\n"
             "sys.argv = ['newslint', 'check', '--no-cache', '--quiet', sys.argv[1]]\n"
             "try:\n    main()\nexcept SystemExit:\n    pass\n"
             "print('linter.ftfy_badness' in sys.modules, 'ftfy' in sys.modules)")
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "user-cache")}
    for _ in range(3):  # later runs read the pattern's source from the user cache (the first may keep none)
        done = subprocess.run([sys.executable, "-c", probe, str(article)], capture_output=True, text=True,
                              timeout=300, cwd=ROOT, env=env, check=True)
    assert done.stdout.splitlines()[-1].split() == ["True", "False"]

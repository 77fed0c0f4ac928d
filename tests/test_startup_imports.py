"""A one-file run imports only what that file needs (speed itself is measured in tests/benchmarks/)."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PROBE = """
import json, sys
from linter.cli import main
try:
    main(["check", "--no-cache", "--quiet", sys.argv[1]])
except SystemExit:
    pass
print(json.dumps(sorted(sys.modules)))
"""


# A plain command line, as pre-commit gives it (linter.launch, without click).
PLAIN_PROBE = """
import json, sys
from linter.launch import main
sys.argv = ["newslint", "check", "--no-cache", "--quiet", sys.argv[1]]
try:
    main()
except SystemExit:
    pass
print(json.dumps(sorted(sys.modules)))
"""


def imported_by_check(path: Path, probe: str = PROBE) -> set[str]:
    """The modules a run imports once the user cache is warm (as at every pre-commit run but the
    first: a cold cache compiles the patterns, which needs `regex`'s parser and more)."""
    env = {**os.environ, "XDG_CACHE_HOME": str(path.parent / "user-cache")}
    for _ in range(2):
        done = subprocess.run([sys.executable, "-c", probe, str(path)], capture_output=True, text=True, timeout=300,
                              cwd=ROOT, env=env)
    return set(json.loads(done.stdout.splitlines()[-1]))


def test_a_plain_command_line_loads_neither_click_nor_dataclasses(tmp_path):
    text, markdown = tmp_path / "article.txt", tmp_path / "article.md"
    text.write_text("Il governo ha approvato la manovra ieri sera a Roma.\n\nAltri simili\n", encoding="utf-8")
    markdown.write_text("---\nlang: it\ntitle: La manovra\n---\n\n# Titolo\n\nIl governo ha approvato la "
                        "manovra.\n\nLeggi anche\n", encoding="utf-8")
    for article in (text, markdown):
        modules = imported_by_check(article, PLAIN_PROBE)
        assert "linter.checks.merged_words" in modules  # the rules did run
        for unneeded in ("click", "dataclasses", "inspect"):  # (dataclasses: linter.value says why)
            assert unneeded not in modules, (article.name, unneeded)


# PLAIN_PROBE without `json` (which imports `re`): the modules as a Python literal.
BARE_PROBE = PLAIN_PROBE.replace("import json, sys", "import sys").replace(
    "print(json.dumps(sorted(sys.modules)))", "print(repr(sorted(sys.modules)))")


def test_a_plain_command_line_loads_neither_typing_nor_pathlib_nor_re(tmp_path):
    """Each cost a one-file run milliseconds (typing ~3, pathlib with urllib.parse, ipaddress and
    fnmatch ~4, re ~2.5, signal's enums ~0.5): annotations name typing's types under
    TYPE_CHECKING, named tuples come from `collections` (`linter.value.named_tuple`), a run's
    paths are strings, and the few patterns of start-up are string methods
    (tests/test_without_re_or_pathlib.py compares them with what they replace)."""
    import ast

    text, markdown = tmp_path / "article.txt", tmp_path / "article.md"
    text.write_text("Il governo ha approvato la manovra ieri sera a Roma.\n\nAltri simili\n", encoding="utf-8")
    markdown.write_text("---\nlang: it\ntitle: La manovra\n---\n\n# Titolo\n\nIl governo ha approvato la "
                        "manovra.\n\nLeggi anche\n", encoding="utf-8")
    for article in (text, markdown):
        env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "user-cache")}
        for _ in range(2):  # the second run, with the user cache warm
            done = subprocess.run([sys.executable, "-c", BARE_PROBE, str(article)], capture_output=True, text=True,
                                  timeout=300, cwd=ROOT, env=env)
        modules = set(ast.literal_eval(done.stdout.splitlines()[-1]))
        assert "linter.checks.capitals" in modules  # the rules did run
        for unneeded in ("typing", "signal", "pathlib", "re", "urllib.parse", "ipaddress", "fnmatch"):
            assert unneeded not in modules, (article.name, unneeded)


def test_named_tuple_is_typing_named_tuple_without_typing():
    from linter.value import named_tuple

    @named_tuple
    class Pair:
        """Two things."""

        left: int
        right: str = "r"

        def both(self) -> str:
            return f"{self.left}{self.right}"

    assert Pair(1) == (1, "r") and Pair(1, "x").both() == "1x" and Pair(2)._replace(right="y").right == "y"
    assert Pair.__doc__ == "Two things." and Pair._fields == ("left", "right") and Pair.__module__ == __name__
    assert type(Pair(1)._replace(left=3)) is Pair and repr(Pair(1)) == "Pair(left=1, right='r')"


def test_a_text_article_loads_no_markdown_parser_and_no_word_lists(tmp_path):
    article = tmp_path / "article.txt"
    article.write_text("Il governo ha approvato la manovra ieri sera a Roma.\n\n"
                       "Il ministro ha detto che i conti sono in ordine e che il deficit scende.\n",
                       encoding="utf-8")
    modules = imported_by_check(article)
    assert "linter.checks.merged_words" in modules  # the rules did run
    for heavy in ("markdown_it", "wordfreq", "numpy", "py3langid", "importlib.metadata", "language_tool_python"):
        assert heavy not in modules, heavy


def test_plain_markdown_with_one_line_fields_loads_neither_the_markdown_parser_nor_yaml(tmp_path):
    article = tmp_path / "article.md"
    article.write_text("---\nlang: it\ntags: [politica, conti]\n---\n\n# Titolo\n\nIl governo ha approvato la "
                       "manovra.\n\n- una voce\n- un'altra\n\n> Una citazione.\n", encoding="utf-8")
    modules = imported_by_check(article)
    assert "linter.formats.markdown" in modules  # read as Markdown
    for unneeded in ("markdown_it", "yaml", "wordfreq"):
        assert unneeded not in modules, unneeded


def test_other_markdown_loads_the_markdown_parser_and_other_front_matter_yaml(tmp_path):
    article = tmp_path / "article.md"
    article.write_text("---\nlang: it\ntags:\n  - politica\n---\n\n| voce | euro |\n| --- | --- |\n| pane | 2 |\n\n"
                       "Il governo ha approvato la manovra.\n", encoding="utf-8")
    modules = imported_by_check(article)
    assert "markdown_it" in modules and "yaml" in modules and "wordfreq" not in modules


def test_identifying_a_language_loads_neither_numpy_nor_py3langid(tmp_path):
    article = tmp_path / "article.txt"
    article.write_text("Popolare\n\nAltri simili\n\nIl governo ha approvato la manovra ieri sera a Roma, dopo una lunga "
                       "discussione in aula.\n", encoding="utf-8")
    modules = imported_by_check(article)
    assert "linter.langid" in modules  # identification did run
    for heavy in ("numpy", "py3langid"):
        assert heavy not in modules, heavy


def test_an_accented_text_loads_neither_ftfy_nor_yaml_nor_a_process_pool(tmp_path):
    article = tmp_path / "article.txt"
    article.write_text("La città ha già approvato la manovra perché il governo è d'accordo.\n\n"
                       "Il ministro ha detto che i conti sono in ordine e che il deficit scende più del previsto.\n",
                       encoding="utf-8")
    modules = imported_by_check(article)
    assert "linter.checks.mojibake" in modules  # the rules did run
    for unneeded in ("ftfy", "yaml", "multiprocessing", "concurrent.futures", "linter.baseline",
                     "linter.languagetool.server", "linter.regex_facts"):
        assert unneeded not in modules, unneeded

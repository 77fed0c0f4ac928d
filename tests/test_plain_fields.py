"""Front matter of one-line fields is read without PyYAML, to the same mapping; what that
reader does not take is left to PyYAML."""
from __future__ import annotations

import random
from pathlib import Path

import pytest
import yaml

from linter.formats.frontmatter import _FENCED
from linter.formats.plain_fields import plain_fields
from linter.yamlio import YamlLimitError, load_yaml

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = sorted(path for folder in ("tests/corpus", "tests/corpus-extra", "tests/heldout", "seeds")
                  for path in (ROOT / folder).glob("*.md"))
VALUES = ["", " ", "plain words", "it", "2024-10-30T22:45:00+01:00", "2025-04-28", "12", "-3", "+7", "0", "007",
          "0x1f", "1_000", "1:20", "3.14", ".5", "1e5", ".inf", "-.inf", ".nan", "~", "null", "Null", "NULL",
          "true", "False", "TRUE", "yes", "no", "on", "off", "y", "n", '"quoted: yes # not a comment"',
          "'it''s'", "'a' 'b'", '"a\\"b"', '"unclosed', "a # comment", "a#b", "C# guide", "a: b", "a:", "a:b",
          "[cultura, arte, tecnologia]", '["economia", "bilancio"]', "[]", "[ ]", "[a,]", "[a, [b]]", "[-5, x]",
          "[l'arte, city council]", "[a] # c", "[a]x", "{a: 1}", "&anchor x", "*alias", "!tag x", "|", ">",
          "- item", "-item", "?x", ":x", "? x", "%x", "@x", "`x`", "=", "<<", "x=y", "  spaced  out  ",
          "«Il Tempo», a Milano", "1" * 31, "Déjà vu", "a ' b", 'say "hi"', "a, b", "x]", "#only"]
KEYS = ["title", "lang", "date", "tags", "last-modified", "_x", "true", "null", "Key", "a b", "1x", "k" * 201]


def _same(body: str) -> None:
    fast = plain_fields(body)
    if fast is None:
        return
    try:
        slow = load_yaml(body)
    except (yaml.YAMLError, YamlLimitError) as exc:
        pytest.fail(f"read {body!r} as {fast!r}; PyYAML: {exc}")
    slow = slow if isinstance(slow, dict) else {}
    assert fast == slow and [type(v) for v in fast.values()] == [type(v) for v in slow.values()], body


@pytest.mark.parametrize("value", VALUES)
def test_each_value_is_read_as_pyyaml_reads_it_or_left_to_it(value):
    _same(f"title: {value}\n")
    _same(f"title: {value}  # a comment\nlang: it\n")


@pytest.mark.parametrize("key", KEYS)
def test_each_key_is_read_as_pyyaml_reads_it_or_left_to_it(key):
    _same(f"{key}: x\n")


def test_lines_other_than_fields_are_left_to_pyyaml():
    for body in ("tags:\n- a\n- b\n", "tags:\n  - a\n", "a: b\n  c\n", "a: 1\n...\n", "%YAML 1.2\na: 1\n",
                 "a:\tb\n", "a: b\r\n", "a: b\u2028c\n", " a: 1\n", "a : 1\n", "a: 1\na: 2\n", "- a\n", "a\n"):
        _same(body)
    assert plain_fields("tags:\n- a\n") is None and plain_fields("a: b\u2028c\n") is None


def test_comments_and_blank_lines_and_an_empty_front_matter():
    assert plain_fields("# note\n\n   \ntitle: x # y\n") == {"title": "x"}
    assert plain_fields("") == {} and plain_fields("# only a comment\n") == {}


def test_random_front_matters_read_as_pyyaml_reads_them():
    chance = random.Random(11)
    for _ in range(400):
        lines = [f"{chance.choice(KEYS[:6])}: {chance.choice(VALUES)}" for _ in range(chance.randint(1, 5))]
        _same("\n".join(lines) + "\n")


def test_the_corpus_front_matters_are_read_without_pyyaml():
    read = 0
    for article in ARTICLES:
        match = _FENCED.match(article.read_text(encoding="utf-8"))
        if match and match.group(1) == "---":
            body = match.group(2) or ""
            assert plain_fields(body) == load_yaml(body), article.name
            read += 1
    assert read >= 10

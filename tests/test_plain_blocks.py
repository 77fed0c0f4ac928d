"""Plain Markdown's block structure is read without markdown-it, to the same tokens and the
same Document; any other Markdown is left to markdown-it."""
from __future__ import annotations

import random
from pathlib import Path

import pytest

from linter.formats import markdown
from linter.formats.plain_blocks import plain_blocks

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = sorted(path for folder in ("tests/corpus", "tests/corpus-extra", "tests/heldout", "seeds")
                  for path in (ROOT / folder).glob("*.md"))
CONTAINERS = {"list_item_open", "list_item_close", "blockquote_open", "blockquote_close"}
LEAVES = {"paragraph_open", "heading_open", "fence", "code_block", "html_block", "table_open", "hr"}
# Lines of every kind, plain and not: the random texts are made of them.
LINES = ["Il ministro ha parlato.", "second line of text  ", "# Titolo", "## Sub ##", "#hashtag", "####### seven",
         "- voce", "* voce", "+ voce", "1. primo", "2) secondo", "2024. Anno", "-5 gradi", "**Bold** text", "*emph*",
         "> citazione", ">", "> ", ">senza spazio", "> > nested", "> # heading", "> - item", "```", "```python",
         "``` a`b", "~~~", "````", "  ```", "    code", "  indented", "\tTab", "", "   ", "---", "***", "- - -", "___", "-----", "--- ", "**",
         "===", "| a | b |", "|---|---|", "a | b", ":--|--:", "<div>", "<!-- nota -->", "[link](https://x.org) testo",
         "[ref]: https://x.org", "![img](a.png)", "`code` inline", "~~strike~~", "-", "+", "1.", "-\tx", "1.  two",
         "{{< shortcode >}}", "\\# escaped", "> `code`", "- `code`", "Triennale Milano\\"]


def markdown_it_tokens(text: str) -> list[tuple[str, list[int] | None]]:
    return [(token.type, None if token.type in CONTAINERS else token.map)
            for token in markdown._parser().parse(text) if token.type in CONTAINERS | LEAVES]


def plain_tokens(text: str) -> list[tuple[str, list[int] | None]] | None:
    tokens = plain_blocks(text)
    return None if tokens is None else [(t.type, None if t.type in CONTAINERS else t.map) for t in tokens]


def test_random_texts_give_markdown_its_tokens_or_none():
    chance = random.Random(11)
    read = 0
    for _ in range(3000):
        text = "\n".join(chance.choice(LINES) for _ in range(chance.randint(1, 9))) + chance.choice(["", "\n"])
        tokens = plain_tokens(text)
        if tokens is not None:
            read += 1
            assert tokens == markdown_it_tokens(text), text
    assert read > 300


@pytest.mark.parametrize("text", [
    "# Title\n\nOne paragraph\nover two lines.\n\n- a\n- b\n\n1. one\n2. two\n\n> quote\n>\n> again\n\nEnd.",
    "Para\n# Heading\nPara\n```\ncode\n  ```\nafter\n> quote\n\n~~~\nunclosed\n",
    "- a\n\n- b\n\n+ c\n1) d\n",
    "Testo.\n\n---\n\n*Tradotto automaticamente.*\n", "# T\n\n***\n\n___\nEnd.\n",
])
def test_plain_markdown_is_read_without_markdown_it(text):
    assert plain_tokens(text) == markdown_it_tokens(text)


@pytest.mark.parametrize("text", ["Para\n- item\n", "- item\nlazy\n", "> quote\nlazy\n", "a\n---\n", "a | b\n--|--\n",
                                  "[x]: /url\n", "<div>\nx\n</div>\n", "    code\n", "a\r\nb\n", "- item\n  more\n"])
def test_other_markdown_is_left_to_markdown_it(text):
    assert plain_blocks(text) is None


def test_documents_are_the_same_either_way(monkeypatch):
    """Every Markdown article of the corpora, and the random texts, make the same Document."""
    chance = random.Random(5)
    texts = [article.read_text(encoding="utf-8") for article in ARTICLES]
    texts += ["\n".join(chance.choice(LINES) for _ in range(chance.randint(1, 12))) for _ in range(300)]
    read = 0
    for text in texts:
        fast = markdown.build(text, "a.md")
        read += plain_blocks(markdown._blank_front_matter(text, fast.front_matter)) is not None
        with monkeypatch.context() as patched:
            patched.setattr(markdown, "plain_blocks", lambda text: None)
            slow = markdown.build(text, "a.md")
        assert vars(fast) == vars(slow), text[:200]
    assert read > 30

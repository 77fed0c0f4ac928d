"""Markup that content repositories put around Markdown prose, found by position.

Hugo and Jekyll shortcodes (`{{< x >}}`, `{{% x %}}`), Liquid tags (`{% x %}`, `{{ x }}`),
HTML and JSX tags (quoted and `{…}` attribute values, several lines), MDX expressions and
ESM lines. Every scan is one pass with a bounded look-ahead, so the cost is linear.
"""
from __future__ import annotations

from ..compiled import compile_cached
from ..document import Span
from ..regex_engine import DOTALL, escape

TYPE_CHECKING = False  # typing's flag, without importing typing: a run never does (~3 ms)
if TYPE_CHECKING:
    from typing import Iterator

MAX_TAG = 4000  # characters: longer is not a tag (and keeps every scan bounded)

# `{{< … >}}`, `{{% … %}}`, `{% … %}`, `{{ … }}` (the first two win over the last); LIMIT is MAX_TAG.
_TEMPLATE_TAG = compile_cached(
    r"\{\{[<%].{0,LIMIT}?[>%]\}\}|\{%.{0,LIMIT}?%\}|\{\{.{0,LIMIT}?\}\}".replace("LIMIT", str(MAX_TAG)), DOTALL)
# Paired template tags whose content is code or a comment, not prose.
_CODE_PAIR = compile_cached(
    (r"\{\{[<%]-?\s*(?P<close>/)?(?P<name>highlight|code|raw)\b[^\n]{0,LIMIT}?[>%]\}\}"
     r"|\{%-?\s*(?P<close>end)?(?P<name>highlight|raw|comment)\b[^\n]{0,LIMIT}?-?%\}").replace("LIMIT", str(MAX_TAG)))
_TAG_START = compile_cached(r"<(?:/?[A-Za-z][\w.:-]*(?=[\s/>])|/?>)")
_ESM = compile_cached(r"(?:import|export)\b")
RAW_TEXT_TAGS = frozenset({"script", "style", "pre", "textarea", "svg", "math"})
BLOCK_TAGS = frozenset({
    "address", "article", "aside", "blockquote", "br", "caption", "dd", "details", "dialog", "div", "dl", "dt",
    "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr",
    "li", "main", "nav", "ol", "p", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead",
    "tr", "ul"})


# `{{ name }}`, `{{ post.excerpt }}`: a variable alone, no filter or argument. Hugo prints it as it
# is in content, and a CMS leaves it when it had nothing to fill in: text the reader sees.
_VARIABLE = compile_cached(r"\{\{-?[ \t]*[A-Za-z_][\w-]*(?:\.[A-Za-z_][\w-]*)*[ \t]*-?\}\}")
# Handlebars, which no Markdown site runs over its content, so it reaches the reader as it is: a
# block's tags (`{{#if premium}}`, `{{/if}}`), a partial (`{{> newsletter_box }}`), a helper with
# hash arguments (`{{share_bar position="bottom"}}`; Liquid's arguments follow a colon), a macro
# called with arguments in brackets (`{{ newsletter_signup(topic="health") }}`: Jinja, which no
# Markdown site runs either).
_HANDLEBARS = compile_cached(
    r"\{\{~?[ \t]*(?:[#/^>][ \t]*[A-Za-z_][\w.-]*|[A-Za-z_][\w.-]*(?:[ \t]+[A-Za-z_][\w-]*=(?:\"[^\"\n]*\"|'[^'\n]*'|[\w.-]+))+"
    r"|[A-Za-z_][\w.]*\([^(){}\n]*\))"
    r"[^{}\n]*?~?\}\}")


# A line that is nothing but a short text in HTML formatting (`<p><strong>Servicios mínimos</strong></p>`,
# `<br /><strong>Reactie</strong>`, `<strong>Résultats</strong><br>`): a subheading a CMS wrote in HTML, where Markdown has its own
# syntax; its tags are text the reader may see, not the author's markup.
_FORMATTING = "p|br|strong|b|em|i|u|span"
_FORMATTED_LINE = compile_cached(
    rf"(?m)^[ \t]*(?:<(?:{_FORMATTING})(?:[ \t][^<>\n]*)?/?>[ \t]*)+(?=[^<>\n]*</(?:strong|b|em|i|u)>)"
    rf"[^<>\n]{{1,120}}?</(?:{_FORMATTING})>[ \t]*(?:</(?:{_FORMATTING})>[ \t]*|<br[ \t]*/?>[ \t]*)*$")


# A line that is one HTML element a page's template wraps around an ad, a box or a caption, with at
# most a short text in it (`<div class="ad-slot" data-pos="mid-1"></div>`, `<figcaption>…</figcaption>`,
# `<p class="infobox">&nbsp;</p>`; not a wrapper that opens a block of prose): in a news article's
# Markdown its tags are the page's leftovers, which the reader sees.
_LEFTOVER_ELEMENT = compile_cached(
    r"(?m)^[ \t]*<(?P<tag>div|aside|section|figure|figcaption|p)(?:[ \t][^<>\n]*)?>"
    r"[^<>\n]{0,200}</(?P=tag)>[ \t]*$")


def leftover_elements(text: str, start: int, end: int) -> list[Span]:
    """The lines in text[start:end] that are one HTML element of a page's template (see above)."""
    return [Span(m.start(), m.end()) for m in _LEFTOVER_ELEMENT.finditer(text, start, end)
            if m.group("tag") != "p" or "=" in m.group()]  # a bare `<p>` is the author's paragraph


def formatted_lines(text: str, start: int, end: int) -> list[Span]:
    """The lines in text[start:end] that are a short text wrapped in HTML formatting tags."""
    return [Span(m.start(), m.end()) for m in _FORMATTED_LINE.finditer(text, start, end)]


def template_tags(text: str, start: int = 0, end: int | None = None) -> list[Span]:
    """Shortcodes and Liquid tags in text[start:end]."""
    return [Span(m.start(), m.end()) for m in _TEMPLATE_TAG.finditer(text, start, len(text) if end is None else end)]


def is_variable(text: str, span: Span) -> bool:
    """True when the template tag at `span` is a variable alone (`{{ related_posts }}`) or
    Handlebars (`{{#if premium}}`): markup that no rule reads as prose, but that a reader may see."""
    return bool(_VARIABLE.fullmatch(text, span.start, span.end) or _HANDLEBARS.fullmatch(text, span.start, span.end))


def template_code(text: str) -> list[Span]:
    """Paired shortcodes and Liquid blocks whose content is code (`highlight`, `raw`, `comment`)."""
    found, opened = [], None
    for m in _CODE_PAIR.finditer(text):
        closing = bool(m.group("close"))
        if opened is None and not closing:
            opened = m
        elif opened is not None and closing and m.group("name") == opened.group("name"):
            found.append(Span(opened.start(), m.end()))
            opened = None
    return found


def is_esm(text: str, start: int) -> bool:
    """An MDX `import`/`export` statement begins at `start`."""
    return bool(_ESM.match(text, start))


def scan_tags(text: str, start: int, end: int, jsx: bool = False) -> Iterator[tuple[Span, str]]:
    """HTML (or JSX) tags in text[start:end], each with its lower-cased name (`/p` for a
    closing tag); with `jsx`, also `{…}` expressions between tags (name `{`)."""
    pos = start
    while pos < end:
        next_tag = _TAG_START.search(text, pos, end)
        brace = text.find("{", pos, next_tag.start() if next_tag else end) if jsx else -1
        if brace >= 0:
            close = _scan_to(text, brace, end, "}")
            if close is not None:
                yield Span(brace, close), "{"
                pos = close
                continue
            pos = brace + 1
            continue
        if not next_tag:
            break
        close = _scan_to(text, next_tag.start(), end, ">", jsx)
        if close is None:
            pos = next_tag.start() + 1
            continue
        name = next_tag.group()[1:].rstrip("/>").lower() if next_tag.group() not in ("<>", "</>") else ""
        yield Span(next_tag.start(), close), name
        pos = close


def _scan_to(text: str, start: int, end: int, closer: str, braces: bool = True) -> int | None:
    """The offset after the `closer` that ends the construct opened at `start` (quotes and,
    for JSX, nested braces respected), or None when a blank line or MAX_TAG comes first."""
    depth, quote, limit = 0, "", min(end, start + MAX_TAG)
    i = start + 1
    while i < limit:
        char = text[i]
        if quote:
            if char == quote:
                quote = ""
        elif char in "\"'" and (closer == ">" or depth):
            quote = char
        elif char == "{" and braces:
            depth += 1
        elif char == "}" and braces and depth:
            depth -= 1
        elif char == closer and depth == 0:
            return i + 1
        elif char == "\n" and text[i + 1:i + 2] == "\n":
            return None
        i += 1
    return None


def raw_text_end(text: str, after: int, end: int, name: str) -> int:
    """Where the content of a raw-text element (`<script>` …) ends: its closing tag, or `end`."""
    import regex  # a pattern per element name, compiled only for a page that has such elements

    match = regex.compile(rf"</{escape(name)}\s*>", regex.I).search(text, after, end)
    return match.start() if match else end

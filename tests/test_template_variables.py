"""A template variable left unfilled in a Markdown article is template-token's, and so is
Handlebars, which no Markdown site runs over its content; the site's own template markup
(shortcodes, Liquid with filters or tags, code, link targets) is not."""
from __future__ import annotations

import pytest

from linter.engine import lint_text

PROSE = {
    "en": "The council voted on Tuesday to approve the new budget for the city and its schools.",
    "it": "Il consiglio comunale ha approvato martedì il nuovo bilancio per la città e le sue scuole.",
    "de": "Der Stadtrat hat am Dienstag den neuen Haushalt für die Stadt und ihre Schulen beschlossen.",
    "nl": "De gemeenteraad heeft dinsdag de nieuwe begroting voor de stad en haar scholen goedgekeurd.",
}
AFTER = {
    "en": "The mayor said the first new classrooms would open in September.",
    "it": "Il sindaco ha detto che le prime nuove aule apriranno a settembre.",
    "de": "Der Bürgermeister sagte, die ersten neuen Klassenräume öffneten im September.",
    "nl": "De burgemeester zei dat de eerste nieuwe lokalen in september opengaan.",
}


def tokens(text: str, language: str) -> list[str]:
    found = lint_text(text, path="a.md", language=language, select=["ALL"])
    lines = text.splitlines()
    return [f"{d.rule}:{lines[d.line - 1][d.column - 1:d.end_column - 1]}" for d in found]


@pytest.mark.parametrize(("language", "variable"), [
    ("en", "{{ author_box }}"),
    ("it", "{{box_correlati}}"),
    ("de", "{{ anzeige.mitte_1 }}"),
    ("nl", "{{- lees_ook -}}"),
])
def test_a_variable_alone_between_paragraphs(language: str, variable: str) -> None:
    text = f"{PROSE[language]}\n\n{variable}\n\n{AFTER[language]}\n"
    assert tokens(text, language) == [f"template-token:{variable}"]


def test_a_variable_after_page_data_on_its_line() -> None:
    text = f"{PROSE['en']}\n\n**3 min read** · {{{{ post.byline }}}}\n\n{AFTER['en']}\n"
    assert "template-token:{{ post.byline }}" in tokens(text, "en")


@pytest.mark.parametrize(("language", "tag"), [
    ("nl", '{{share_bar position="bottom"}}'),
    ("de", "{{> newsletter_box }}"),
    ("en", "{{ related_stories limit=3 }}"),
    ("it", "{{#each tag}}"),
    ("en", '{{ newsletter_signup(topic="health", variant="inline") }}'),  # a Jinja macro's call
])
def test_handlebars_between_paragraphs(language: str, tag: str) -> None:
    text = f"{PROSE[language]}\n\n{tag}\n\n{AFTER[language]}\n"
    assert tokens(text, language) == [f"template-token:{tag}"]


def test_a_handlebars_block_around_a_notice_is_the_templates_not_page_chrome() -> None:
    line = "{{#if abbonato}}Contenuto riservato agli abbonati{{/if}}"
    text = f"{PROSE['it']}\n\n{line}\n\n{AFTER['it']}\n"
    assert tokens(text, "it") == ["template-token:{{#if abbonato}}", "template-token:{{/if}}"]


@pytest.mark.parametrize("markup", [
    "{{ page.date | date: '%d %B %Y' }}",  # Liquid with a filter: the site's template
    '{{< figure src="porto.jpg" >}}',  # a Hugo shortcode
    "{% include newsletter.html %}",  # a Liquid tag
    "{% include card.html title=page.title %}",  # a Liquid tag with arguments
    "`{{ author_box }}`",  # code
    "[Il bilancio]({{ site.baseurl }}/bilancio.pdf)",  # a link target
])
def test_the_sites_own_template_markup(markup: str) -> None:
    text = f"{PROSE['it']}\n\n{markup}\n\n{AFTER['it']}\n"
    assert tokens(text, "it") == []


@pytest.mark.parametrize(("language", "line"), [
    ("en", '<div class="ad-slot" data-pos="mid-1"></div>'),
    ("de", '<div class="infobox">Was jetzt passiert</div>'),
    ("it", "<figcaption>Il nuovo ponte sul fiume all'alba</figcaption>"),
    ("nl", '<p class="kader">&nbsp;</p>'),
])
def test_a_template_element_on_a_line_of_its_own(language: str, line: str) -> None:
    """An ad slot, a box or a caption the page's template wrapped in HTML: its leftovers."""
    text = f"{PROSE[language]}\n\n{line}\n\n{AFTER[language]}\n"
    assert [rule for rule in tokens(text, language) if rule.startswith("template-token")]


@pytest.mark.parametrize(("language", "line"), [
    ("de", "<p><b>Was jetzt passiert</b></p>"),
    ("nl", "<br><em>Wat de raad besloot</em>"),
    ("it", "<strong>Le reazioni</strong>"),
    ("nl", "<strong>Wat de raad besloot</strong><br>"),  # the line break the CMS put after it
])
def test_a_subheading_written_in_html(language: str, line: str) -> None:
    text = f"{PROSE[language]}\n\n{line}\n\n{AFTER[language]}\n"
    assert [rule for rule in tokens(text, language) if rule.startswith("template-token")]


@pytest.mark.parametrize("markup", [
    "Il <strong>sindaco</strong> ha parlato a lungo.",  # inline HTML in a sentence: the author's
    "```\n<p><strong>Le reazioni</strong></p>\n```",  # code
    "<details><summary>Le reazioni</summary>\n\nIl sindaco ha parlato a lungo.\n\n</details>",  # structure
    "<p>Il sindaco ha parlato a lungo.</p>",  # a paragraph in HTML, no template's class
])
def test_html_that_is_the_authors_markup(markup: str) -> None:
    text = f"{PROSE['it']}\n\n{markup}\n\n{AFTER['it']}\n"
    assert [rule for rule in tokens(text, "it") if rule.startswith("template-token")] == []

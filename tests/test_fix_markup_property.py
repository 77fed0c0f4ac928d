"""Property: on generated Markdown and MDX with shortcodes, Liquid, tables, JSX, HTML, code,
links and front matter, no fix (safe or unsafe) changes a byte of markup, and the fixed text
parses to the same markup skeleton."""
from __future__ import annotations

from hypothesis import HealthCheck, given, settings, strategies as st
from markdown_it import MarkdownIt

from linter.config import Settings
from linter.engine import lint_source
from linter.fix import fix_source
from linter.source import Source

# Prose with defects that have fixes: doubled words, double spaces, stray spaces, camel joins,
# a byline glued to a paragraph's last sentence.
PROSE = [
    "Il il governo ha deciso di rinviare il voto.",
    "Il ponte verso  l'Europa è stato inaugurato ieri.",
    "Il governo ha scelto di renderla strutturale , come chiedevano.",
    "Putin è arrivato dopo le visite internazionaliMentre le forze avanzano.",
    "Il ministro ha incontrato ieri durante la visitaPutin e i suoi consiglieri.",
    "Poi sono arrivati gli eolici.Il ministro ha parlato a lungo.",
    "La seduta è durata fino a tarda notte e il voto è atteso domani.",
    "Il voto è atteso domani in aula. Di Marco Bellini – Notizie24",  # a byline run into the text's end
    "La diga resta chiusa fino a nuovo ordine. La diga resta chiusa fino a nuovo ordine.",  # a stuttered sentence
    "Il testo `x` resta invariato per ora qui. Il testo `x` resta invariato per ora qui.",  # ... holding markup
    "Alla festa sono arrivate circa300 persone.",  # a function word run into a number
    "Il comune ha firmato il nuovoprotocollo con la regione.",  # a noun and its adjective, run together
    "Hanno parlato i volontaridell'associazione del rifugio.",  # a word run into an elided article
    "La neve è caduta inEmilia-Romagna per tutta la notte.",  # a function word run into a hyphenated name
    "La piena ha raggiunto il paeseVarenna nella notte; a Varenna manca la luce.",  # a name the text writes alone
    "Il sindaco ha parlato conla stampa locale ieri.",  # two function words run together
    "Il video è stato pubblicato sul socialTikTok ieri sera.",  # a common word run into a camel-case name
    "La mostra apre il 14di marzo in centro.",  # a number run into a preposition
]
TEASERS = ["Leggi anche: Il governo cade sulla manovra", "Foto: ANSA", "LEGGI ANCHE  Le ultime notizie"]
# Markup that carries the same defects in its attributes and code; none of it may change.
BLOCK_MARKUP = [
    '{{< vimeo videoId="146022717" autoPlay="true" >}}',
    '{{< figure src="x.jpg" caption="Foto: ANSA" >}}',
    '{{< tweet user="SanDiegoZoo" id="1453110110599868418" >}}',
    '{% include note.html text="il il  governo" %}',
    "```\nil il  codice , qui internazionaliMentre\n```",
    "| Nome     | Città    |\n|----------|:--------:|\n| Mario    | Roma     |",
    '<div class="nota  bene" data-caption="Foto: ANSA">',
    "</div>",
]
MDX_MARKUP = [
    "import { Tweet } from 'mdx-embed'",
    '<Tweet tweetLink="jack/status/20" />',
    '<Chart data={[1, 2]} title="il il  titolo" />',
]
INLINE_MARKUP = ["`il il  x`", "](https://example.com/GazaSi  x)", "{{< ref \"il-il.md\" >}}"]
FRONT_MATTER = ['---\ntitle: "Il il  titolo"\nlang: it\n---\n', '+++\ntitle = "Il il  titolo"\nlang = "it"\n+++\n']


@st.composite
def articles(draw):
    """(text, format, markup pieces in order)."""
    mdx = draw(st.booleans())
    pieces: list[str] = []
    front = draw(st.sampled_from(FRONT_MATTER))
    parts = [front]
    pieces.append(front)
    if mdx:
        parts.append(MDX_MARKUP[0] + "\n\n")
        pieces.append(MDX_MARKUP[0])
    for _ in range(draw(st.integers(1, 8))):
        kind = draw(st.sampled_from(["prose", "teaser", "block", "inline", "wrapped"] + (["jsx"] if mdx else [])))
        if kind == "prose":
            parts.append(draw(st.sampled_from(PROSE)))
        elif kind == "teaser":
            parts.append(draw(st.sampled_from(TEASERS)))
        elif kind == "wrapped":  # a doubled word, or a stuttered sentence, across a hard wrap
            parts.append(draw(st.sampled_from(["Il governo ha detto che il\nil nuovo piano è pronto per il voto.",
                                               "Il consiglio ha votato ieri sera.\nIl consiglio ha votato ieri sera. Poi ha chiuso."])))
        elif kind == "inline":
            markup = draw(st.sampled_from(INLINE_MARKUP))
            text = f"Il governo ha [detto{markup} che il il piano è pronto." if markup.startswith("]") \
                else f"Il governo ha scritto {markup} nel il il testo."
            parts.append(text)
            pieces.append(markup)
        else:
            markup = draw(st.sampled_from(MDX_MARKUP[1:] if kind == "jsx" else BLOCK_MARKUP))
            parts.append(markup)
            pieces.append(markup)
        parts.append("\n\n")
    return "".join(parts).rstrip("\n") + "\n", "mdx" if mdx else "markdown", pieces


_PARSER = MarkdownIt("commonmark").enable("table")


def skeleton(text: str) -> list[tuple]:
    """The markup a renderer sees: block tokens but paragraphs, and inline tokens but text."""
    out = []
    for token in _PARSER.parse(text):
        if token.type in ("paragraph_open", "paragraph_close", "inline"):
            for child in token.children or ():
                if child.type not in ("text", "softbreak"):
                    out.append((child.type, child.content if child.type in ("code_inline", "html_inline") else "",
                                dict(child.attrs)))
            continue
        content = token.content if token.type in ("fence", "code_block") else ""
        out.append((token.type, token.tag, token.markup, content))
    return out


def _in_order(pieces: list[str], text: str) -> bool:
    pos = 0
    for piece in pieces:
        found = text.find(piece, pos)
        if found < 0:
            return False
        pos = found + len(piece)
    return True


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(articles(), st.booleans())
def test_no_fix_changes_markup_and_the_skeleton_holds(article, unsafe):
    text, fmt, pieces = article
    path = f"a.{'mdx' if fmt == 'mdx' else 'md'}"
    config = Settings(language="it")
    fixed, result, count = fix_source(Source(text), lambda s: lint_source(s, path, config, fmt), unsafe)
    assert _in_order(pieces, fixed.text), (text, fixed.text)
    assert skeleton(fixed.text) == skeleton(text), (text, fixed.text)
    assert "\n\n\n" not in fixed.text  # deleting lines leaves no run of blank lines
    assert "detto che\nil nuovo" in fixed.text or "detto che il\nil" not in text  # the hard wrap holds

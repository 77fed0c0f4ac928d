"""Content-repository markup (issue 9): shortcodes, Liquid, MDX, tables, HTML blocks, link
definitions and TOML/JSON front matter are not prose, and no fix ever edits them."""
from __future__ import annotations

import pytest

from linter.config import Settings
from linter.engine import lint_source, lint_text
from linter.fix import fix_source
from linter.formats import build_document, format_for
from linter.source import Source
from newslint_run import newslint, write

IT = "Il presidente è arrivato a Roma ieri sera per la riunione del consiglio comunale.\n\n"
IT2 = "La seduta è durata fino a tarda notte e il voto finale è atteso per domani mattina.\n"
EN = "The council voted on Tuesday to approve the new budget for the city and its schools.\n\n"


def found(text: str, path: str = "a.md", language: str | None = "it") -> list[tuple[int, str]]:
    return [(d.line, d.rule) for d in lint_text(text, path, language=language, fmt=format_for(path))]


def fixed(text: str, path: str = "a.md", language: str | None = "it", unsafe: bool = True) -> str:
    settings = Settings(language=language)
    source, _, _ = fix_source(Source(text), lambda s: lint_source(s, path, settings, format_for(path)), unsafe)
    return source.text


@pytest.mark.parametrize("markup", [
    '{{< vimeo videoId="146022717" autoPlay="true" >}}',
    '{{< figure src="x.jpg" caption="Foto: ANSA" >}}',
    "{{% notice warning %}}",
    '{{< youtube id="w7Ft2ymGmfc" autoplay="true" >}}',
    '{{< tweet user="SanDiegoZoo" id="1453110110599868418" >}}',
    "{% include figure.html image=\"foto.jpg\" caption=\"Foto: ANSA\" %}",
    "{{ page.title | upcase }}",
])
def test_shortcodes_and_liquid_tags_are_not_prose(markup):
    text = f"{IT}{markup}\n\n{IT2}"
    assert found(text) == []
    assert fixed(text) == text


def test_paired_shortcode_content_is_prose_and_its_tags_are_not():
    text = f"{IT}{{{{% notice warning %}}}}\nIl il governo ha detto che la seduta sarà lunga.\n{{{{% /notice %}}}}\n"
    assert found(text) == [(4, "duplicated-word")]
    assert fixed(text) == text.replace("Il il", "Il")


def test_code_shortcodes_and_liquid_raw_blocks_are_code():
    text = f"{IT}{{{{< highlight go >}}}}\nil il  codice\n{{{{< /highlight >}}}}\n\n{{% raw %}}\nil il\n{{% endraw %}}\n"
    assert found(text) == []


def test_mdx_import_export_and_jsx_are_left_alone():
    text = ("import { Tweet } from 'mdx-embed'\nexport const meta = { title: 'x' }\n\n" + EN +
            '<Tweet tweetLink="jack/status/20" />\n\n<Chart\n  data={[1, 2]}\n  title="Il il"\n/>\n\n'
            "The the mayor spoke {props.when}.\n")
    assert found(text, "a.mdx", "en") == [(13, "duplicated-word")]
    assert fixed(text, "a.mdx", "en") == text.replace("The the", "The")


def test_mdx_files_are_found_in_folders(tmp_path):
    write(tmp_path / "content" / "post.mdx", "import { Tweet } from 'mdx-embed'\n\n" + EN + '<Tweet tweetLink="a/b" />\n')
    done = newslint("check", "--lang", "en", "content", cwd=tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr


def test_padded_table_cells_are_no_spacing_findings_and_keep_their_alignment():
    table = "| Nome     | Città    |\n|----------|:--------:|\n| Mario    | Roma     |\n| Anna  Bo | Milano   |\n"
    text = IT + table
    assert found(text) == [(6, "spacing")]  # the double space inside a cell's text
    assert fixed(text) == IT + table.replace("Anna  Bo", "Anna Bo")


def test_link_reference_definitions_with_titles_are_not_prose():
    text = f"{IT}Vedi [il sito][x] per i dettagli.\n\n[x]: https://example.com/pagina \"Il Titolo  Della Pagina\"\n" \
           f"[y]: <https://example.com>\n  'Un altro titolo , qui'\n"
    assert found(text) == []


def test_footnote_labels_are_markup_and_their_text_prose():
    text = f"{IT}Il sindaco ha parlato.[^1]\n\n[^1]: Il il comunicato del comune.\n"
    assert found(text) == [(5, "duplicated-word")]


def test_html_block_text_is_prose_and_its_tags_are_not():
    text = (f'{IT}<div class="box" data-x="a  b">\nIl il governo ha deciso.\n</div>\n\n'
            '<script>\nvar a = "il il";\n</script>\n\n<p>Prima frase.</p><p>seconda frase.</p>\n')
    assert found(text) == [(4, "duplicated-word"), (11, "lowercase-sentence-start")]


@pytest.mark.parametrize("front", [
    '+++\ntitle = "Prova"\nlang = "it"\ndate = 2024-05-16\n[newslint]\nignore = ["duplicated-word"]\n+++\n',
    '{\n  "title": "Prova",\n  "lang": "it",\n  "date": "2024-05-16",\n  "newslint": {"ignore": ["duplicated-word"]}\n}\n',
    '---\ntitle: Prova\nlang: it\ndate: 2024-05-16\nnewslint: {ignore: [duplicated-word]}\n---\n',
])
def test_toml_json_and_yaml_front_matter_are_read(front):
    body = "\nXi visiterà anche Mosca nel 2023 dopo il il nuovo mandato.\n"
    results = lint_text(front + body, "a.md", language="en", fmt="markdown")
    assert [d.rule for d in results] == ["tense-year"]  # Italian rules ran; the front matter's ignore held


def test_a_fix_may_touch_prose_or_delete_whole_lines_with_their_markup_never_part_of_it():
    text = "Il **governo** ha [detto](https://x.it) no.\nLeggi anche: [Il titolo](https://x.it/a)\n"
    doc = build_document(text, "a.md")
    assert doc.allows_edit(0, 2, "La")                      # prose
    assert not doc.allows_edit(3, 6, "")                    # the `**` of the emphasis
    assert not doc.allows_edit(19, 24, "parlato")           # a link's text with its `[`
    assert not doc.allows_edit(26, 26, " ")                 # an insertion inside the URL
    line = text.index("Leggi")
    assert doc.allows_edit(line, len(text), "")             # the whole line, link and all
    assert not doc.allows_edit(line, text.index("(https://x.it/a"), "")  # half a link


def test_deleting_a_doubled_word_across_a_hard_wrap_keeps_the_lines():
    text = "Il governo ha detto il\nil nuovo piano è pronto per il voto finale di domani.\n"
    assert fixed(text, "a.txt") == "Il governo ha detto\nil nuovo piano è pronto per il voto finale di domani.\n"
    text = "Il governo ha detto che  \nil\nil nuovo piano è pronto per il voto.\n"
    assert fixed(text) == "Il governo ha detto che  \nil nuovo piano è pronto per il voto.\n"


def test_a_join_where_a_sentence_break_was_lost_is_reported_without_a_fix():
    text = "Die Teams wollen im Frühjahr startenWährend die Konkurrenz noch plant.\n"
    joins = [d for d in lint_text(text, language="de") if d.rule == "merged-words"]
    assert [(d.message, d.fix) for d in joins] == [
        ("'startenWährend' looks like two sentences run together: 'starten' ends one, 'Während' starts the next", None)]
    assert fixed(text, "a.txt", "de") == text
    name = "Il presidente ha incontrato ieri a Roma il leader russo durante la visitaPutin e i consiglieri.\n"
    assert [d.fix.replacement for d in lint_text(name, language="it") if d.rule == "merged-words"] == ["visita Putin"]


def test_deleting_a_repeated_paragraph_leaves_no_empty_lines_behind():
    para = "La seduta è durata fino a tarda notte e il voto finale è atteso per domani mattina.\n"
    assert fixed(f"{para}\n{para}\n{IT}", unsafe=True) == f"{para}\n{IT}"

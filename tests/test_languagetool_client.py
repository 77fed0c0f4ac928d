"""The LanguageTool client's parts on their own: options, UTF-16 offsets, what is sent, the protocol."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from linter.config import parse_config
from linter.diagnostic import Severity
from linter.errors import ConfigError
from linter.formats import build_document
from linter.languagetool.chunks import chunks
from linter.languagetool.offsets import Utf16Index, utf16_length
from linter.languagetool.options import Options, parse_options, with_url
from linter.languagetool.protocol import ProtocolError, check_params, language_code, parse_check, parse_languages

# Options

def test_defaults_are_off():
    options = parse_options({})
    assert not options.enabled and options.drop_covered and not options.required
    assert parse_options({"disabled_rules": ["X"]}).enabled is False


def test_a_full_section_is_read():
    options = parse_options({
        "url": "http://localhost:8010/v2/", "language": {"pt": "pt-BR"}, "disabled_rules": "A, B",
        "enabled_rules": ["C"], "enabled_only": True, "disabled_categories": ["TYPOS"], "picky": True,
        "mother_tongue": "de-DE", "severity": {"typos": "error", "default": "info"}, "drop_covered": False,
        "timeout": 2, "max_request_chars": 5000, "required": True,
    })
    assert options.url == "http://localhost:8010"
    assert options.disabled_rules == ("A", "B") and options.enabled_rules == ("C",)
    assert options.severity_for("TYPOS") is Severity.ERROR and options.severity_for("GRAMMAR") is Severity.INFO
    assert options.timeout == 2.0 and options.max_request_chars == 5000 and options.required


@pytest.mark.parametrize("section, message", [
    ({"timout": 3}, "unknown key 'timout'; did you mean 'timeout'?"),
    ({"url": "localhost:8010"}, "expected an http(s) URL such as http://localhost:8010"),
    ({"url": "http://localhost:8010", "local": True}, "either 'url'"),
    ({"enabled_only": True}, "'enabled_only: true' needs 'enabled_rules'"),
    ({"picky": "yes"}, "'picky' must be true or false"),
    ({"severity": {"TYPOS": "loud"}}, "severity.TYPOS: unknown severity 'loud'"),
    ({"severity": ["TYPOS"]}, "'severity' must map LanguageTool categories"),
    ({"timeout": -1}, "'timeout' must be a positive number of seconds"),
    ({"max_request_chars": 10.5}, "'max_request_chars' must be a positive whole number"),
    ({"disabled_rules": [1, 2]}, "'disabled_rules' must be a list of LanguageTool ids"),
    ({"language": {"pt": ""}}, "'language.pt' must be a language code"),
])
def test_bad_sections_fail_in_one_line_when_the_config_loads(section, message):
    with pytest.raises(ConfigError) as error:
        parse_config({"languagetool": section}, Path("/project/.newslint.yaml"))
    assert message in str(error.value)
    assert str(error.value).startswith("/project/.newslint.yaml: languagetool: ")
    assert "\n" not in str(error.value)


def test_command_line_url_replaces_the_configured_server():
    section = (("local", True), ("picky", True))
    assert dict(with_url(section, "http://lt:8081/")) == {"url": "http://lt:8081", "picky": True}
    with pytest.raises(ConfigError, match="--languagetool-url: expected an http"):
        with_url(section, "lt:8081")

# UTF-16 offsets

@pytest.mark.parametrize("text", ["plain ascii", "àèìòù ünïcödé", "a😀b", "😀😀x🎉", "x\U0001F1EE\U0001F1F9y"])
def test_every_utf16_offset_maps_back_to_its_code_point(text):
    index = Utf16Index(text)
    assert utf16_length(text) == len(text.encode("utf-16-le")) // 2
    for position in range(len(text) + 1):
        assert index.code_point(utf16_length(text[:position])) == position

# What is sent

def test_markup_and_skipped_regions_go_as_markup_with_their_line_breaks():
    text = "---\nlang: en\n---\n# Title teh\n\nSee **bold** and https://x.org/teh now.\n\n```\ncode\n```\n"
    doc = build_document(text, "a.md")
    (chunk,) = chunks(doc, 20000)
    assert "".join(p.get("text", p.get("markup")) for p in chunk.annotation) == text
    sent = "".join(p.get("text", p.get("interpretAs", "")) for p in chunk.annotation)
    assert sent == "\n\n\nTitle teh\n\nSee bold and now.\n\n\n\n\n"
    assert json.loads(chunk.data()) == {"annotation": list(chunk.annotation)}


def test_long_documents_are_cut_at_paragraph_starts_within_the_limit():
    paragraphs = [f"Paragraph {i} has some words 😀 in it." for i in range(12)]
    text = "\n\n".join(paragraphs) + "\n"
    doc = build_document(text, "a.txt")
    pieces = chunks(doc, 90)
    assert len(pieces) > 3
    assert "".join(text[c.start:c.end] for c in pieces) == text
    starts = {block.start for block in doc.blocks}
    for piece in pieces:
        assert utf16_length(text[piece.start:piece.end]) <= 90
        assert piece.start == 0 or piece.start in starts


def test_a_paragraph_longer_than_the_limit_is_cut_at_spaces():
    text = " ".join(["word"] * 100)
    pieces = chunks(build_document(text, "a.txt"), 50)
    assert all(len(text[c.start:c.end]) <= 50 for c in pieces)
    assert all(text[c.end - 1] == " " for c in pieces[:-1])

# The protocol

def test_parameters_follow_the_documented_names():
    options = parse_options({"url": "http://x", "mother_tongue": "de", "enabled_rules": ["A"], "enabled_only": True,
                             "disabled_rules": ["B", "C"], "disabled_categories": ["TYPOS"], "picky": True})
    assert check_params("en-US", "{}", options) == {
        "language": "en-US", "data": "{}", "motherTongue": "de", "enabledRules": "A", "enabledOnly": "true",
        "disabledRules": "B,C", "disabledCategories": "TYPOS", "level": "picky"}
    assert check_params("it", "{}", Options(url="http://x")) == {"language": "it", "data": "{}"}


def test_language_codes():
    options = parse_options({"language": {"pt": "pt-BR"}})
    assert [language_code(code, options) for code in ("en", "de", "pt", "it", "und", "pl")] == \
        ["en-US", "de-DE", "pt-BR", "it", "auto", "pl"]


def test_documented_response_shapes_are_read():
    body = {"software": {"name": "LanguageTool", "apiVersion": 1}, "warnings": {"incompleteResults": False},
            "matches": [{"message": "Possible spelling mistake found.", "offset": 8, "length": 4,
                         "replacements": [{"value": "not"}, {"value": "note"}],
                         "context": {"text": "This is noot okay.", "offset": 8, "length": 4},
                         "rule": {"id": "MORFOLOGIK_RULE_EN_US", "issueType": "misspelling",
                                  "category": {"id": "TYPOS", "name": "Possible Typo"}}}]}
    (match,), incomplete = parse_check(body)
    assert (match.offset, match.length, match.rule_id, match.category, match.replacements) == \
        (8, 4, "MORFOLOGIK_RULE_EN_US", "TYPOS", ("not", "note"))
    assert incomplete is None
    assert parse_check({"matches": [], "warnings": {"incompleteResults": True}})[1] == "no reason given"
    assert parse_languages([{"name": "German (Germany)", "code": "de", "longCode": "de-DE"}]) == {"de", "de-DE"}
    for bad in ({"software": {}}, {"matches": [{"offset": 1}]}):
        with pytest.raises(ProtocolError):
            parse_check(bad)
    with pytest.raises(ProtocolError):
        parse_languages({"languages": []})

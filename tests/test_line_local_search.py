"""A pattern rule's line-local pattern is searched only on the lines that hold its needles
(speed16): `regex_facts.line_local` says which patterns find every match of theirs within one
line searching that line alone, and the lines' searches find what the whole text's search finds."""
from __future__ import annotations

from itertools import chain
from pathlib import Path

import pytest
import regex

from linter.checks import pattern as pattern_module
from linter.checks.pattern import PatternCheck, _lines_to_search, _present
from linter.config import Settings
from linter.engine import prepare_document
from linter.formats import format_for
from linter.regex_facts import line_local
from linter.ruleset import build_ruleset

ROOT = Path(__file__).resolve().parents[1]
M = regex.MULTILINE
# Line-local since speed18: the newline that ends the match's line, and nullable patterns whose
# empty matches need a character ahead.
ENDING_IN_NEWLINE_OR_EMPTY = [r"^x[^\n]*$\n?", r"b\n", r"(?:a\n|bc)", r"(?=[^\n]{0,3}ab)[^\n]*$\n?", r"x?(?=a)",
                              r"(?:^[ ]*x?(?![^\n]*c))(?=[^\n]{0,5}ab)[^\n]{0,9}$\n?", r"\n"]


@pytest.mark.parametrize("source", [r"abc", r"(?<![\p{L}])foo", r"(?<=x)foo", r"(?<![^\p{L}]['’])foo",
                                    r"foo(?=[ ]*$)", r"\p{L}+ ,", r"foo\b", r".foo", r"(?i)foo", r"(?<!\bde\s)foo",
                                    r"[ \u00a0]+\.", r"\Bx", r"^foo", *ENDING_IN_NEWLINE_OR_EMPTY])
def test_line_local(source: str) -> None:
    assert line_local(source, M)


@pytest.mark.parametrize("source", [r"a\nb", r"(?<=\n)foo", r"(?<=\s)foo", r"foo(?=\s)", r"[^a]foo", r"a*", r"(?s).foo",
                                    r"(a)\1", r"\Afoo", r"foo\Z", r"(?-m:foo$)", r"\s+x", r"[\W]x",
                                    r"(?<!(?=\nx)a)foo", r"foo(?!\s*\n)", r"(?:a\n)+", r"a\n{0,2}", r"x\n(?=y)", r"x\n$",
                                    r"^[^\n]*$\n?", r"(?![^\n]*ab)[^\n]*$\n?", r"(?=a|)", r"(?=a)?"])
def test_not_line_local(source: str) -> None:
    assert not line_local(source, M)


@pytest.mark.parametrize("source", ENDING_IN_NEWLINE_OR_EMPTY)
def test_a_match_ending_in_its_lines_newline_or_empty_before_a_look_ahead_is_found_by_its_line(source: str) -> None:
    """speed18: a match may end with its line's newline (generation-residue's `$\\n?`), and a
    pattern may match the empty string where a look-ahead that needs a character holds: the
    search of each line (up to past its newline) finds what the whole text's search finds."""
    import random

    compiled = regex.compile(source, M)
    rng = random.Random(18)
    for _ in range(3000):
        text = "".join(rng.choice("ab xc\n") for _ in range(rng.randrange(0, 24)))
        starts = [0, *(i + 1 for i, char in enumerate(text) if char == "\n")]
        ends = [*starts[1:], len(text)]
        whole = [m.span() for m in compiled.finditer(text)]
        parts = [m.span() for start, end in zip(starts, ends) for m in compiled.finditer(text, start, end)]
        assert parts == whole, (source, text)


def test_an_end_of_text_anchor_is_not_local_without_multiline() -> None:
    assert not line_local(r"foo$", 0) and not line_local(r"^foo", 0)


def _articles() -> list[Path]:
    return sorted(p for folder in ("tests/corpus", "tests/corpus-extra") for p in (ROOT / folder).glob("*")
                  if p.suffix in (".txt", ".md"))


def test_the_lines_searched_find_what_the_whole_text_does() -> None:
    settings = Settings()
    ruleset = build_ruleset(settings)
    compared = narrowed = 0
    for path in _articles():
        text = path.read_text(encoding="utf-8")
        doc = prepare_document(text, str(path), settings, format_for(str(path)), ruleset.registry.languages)
        doc.lang_data = ruleset.registry.languages.get(doc.language, {})
        doc.languages = ruleset.registry.languages
        checks = [rule.check for rule in ruleset.for_language(doc.language) if isinstance(rule.check, PatternCheck)]
        for check in checks:
            for pattern in check.patterns(doc):
                if not pattern.local or not pattern.needles.clauses:
                    continue
                scope = pattern.scope or check.options["scope"]
                haystack = doc.text if scope == "text" else doc.prose
                present = _present(doc, scope, haystack)
                lines = _lines_to_search(doc, haystack, pattern, present)
                if lines is None:
                    continue
                compiled = check._regex(pattern)
                whole = [(m.span(), m.groupdict()) for m in compiled.finditer(haystack)]
                parts = [(m.span(), m.groupdict()) for m in chain.from_iterable(
                    compiled.finditer(haystack, start, end) for start, end in lines)]
                assert parts == whole, (path.name, pattern.source[0][:80])
                compared += 1
                narrowed += len(lines) < haystack.count("\n") + 1
    assert compared > 1000 and narrowed > compared // 2


def test_a_text_whose_lower_case_changes_length_is_searched_whole() -> None:
    settings = Settings()
    ruleset = build_ruleset(settings)
    text = "İstanbul hosted the talks , officials said.\n\nThe ministry said in a statement , that it agreed.\n"
    doc = prepare_document(text, "x.txt", settings, "text", ruleset.registry.languages)
    present = _present_for(doc, ruleset)
    assert present.places is None


def _present_for(doc, ruleset):
    doc.lang_data = ruleset.registry.languages.get(doc.language, {})
    doc.languages = ruleset.registry.languages
    for rule in ruleset.for_language(doc.language):
        if isinstance(rule.check, PatternCheck):
            rule.check.patterns(doc)
    return _present(doc, "prose", doc.prose)


def test_needle_places_are_the_texts_offsets() -> None:
    settings = Settings()
    ruleset = build_ruleset(settings)
    text = ("Der Minister sagte , das sei gut.\n\n" * 40) + "Ende des Textes mit einem Satz , der endet.\n"
    doc = prepare_document(text, "x.txt", settings.replace(language="de"), "text", ruleset.registry.languages)
    present = _present_for(doc, ruleset)
    assert present.places
    lowered = doc.prose.lower()
    for needle, ends in present.places.items():
        assert list(ends) == sorted(set(ends))
        for end in ends:
            assert lowered[end - len(needle) + 1:end + 1] == needle
    assert pattern_module._MAX_PLACES > 0


def _articles_in(language: str) -> list[Path]:
    """The language's articles of corpus and corpus-extra's sets."""
    return sorted(p for p in (ROOT / "tests").glob(f"corpus*/**/{language}-*") if p.suffix in (".txt", ".md"))


def _searches_narrowed(doc, ruleset) -> int:
    """How many line-local patterns whose needles the document holds are searched on some lines only."""
    count = 0
    for rule in ruleset.for_language(doc.language):
        if isinstance(rule.check, PatternCheck):
            for pattern in rule.check.patterns(doc):
                scope = pattern.scope or rule.check.options["scope"]
                haystack = doc.text if scope == "text" else doc.prose
                present = _present(doc, scope, haystack)
                if pattern.local and pattern.needles.held_in(present):
                    count += _lines_to_search(doc, haystack, pattern, present) is not None
    return count


def _pattern_findings(doc, ruleset) -> list[list]:
    return [list(rule.check.find(doc)) for rule in ruleset.for_language(doc.language)
            if isinstance(rule.check, PatternCheck)]


@pytest.mark.parametrize("language", ["de", "en", "es", "fr", "it", "nl", "pt"])
def test_a_big_text_searched_by_lines_finds_what_the_whole_text_search_does(language: str, monkeypatch) -> None:
    """A big text keeps its needles' places too, and a clause narrows the lines to search while
    its needles are on at most `_MAX_PLACES` places for each `_PLACES_PER` characters (here scaled
    down: 40 places per 4,000 characters, so a language's corpus articles, about 40,000
    characters, make a big text): every pattern rule finds what searching the whole text finds."""
    settings = Settings(language=language)
    ruleset = build_ruleset(settings)
    text = "\n\n".join(path.read_text(encoding="utf-8") for path in _articles_in(language))
    doc = prepare_document(text, "big.txt", settings, "text", ruleset.registry.languages)
    present = _present_for(doc, ruleset)
    assert present.places is not None and len(text) > 30_000
    monkeypatch.setattr(pattern_module, "_MAX_PLACES", 40)
    monkeypatch.setattr(pattern_module, "_PLACES_PER", len(text) * 10)  # one count for the whole text, as before
    absolute = _searches_narrowed(doc, ruleset)
    monkeypatch.setattr(pattern_module, "_PLACES_PER", 4_000)
    assert _searches_narrowed(doc, ruleset) > absolute
    by_lines = _pattern_findings(doc, ruleset)
    monkeypatch.setattr(pattern_module, "_lines_to_search", lambda *args: None)
    assert by_lines == _pattern_findings(doc, ruleset)
    assert sum(map(len, by_lines)) > 0


def test_a_text_over_a_million_characters_keeps_its_needles_places() -> None:
    settings = Settings(language="it")
    ruleset = build_ruleset(settings)
    article = "\n\n".join(path.read_text(encoding="utf-8") for path in _articles_in("it"))
    text = "\n\n".join([article] * (1_100_000 // len(article) + 1))
    doc = prepare_document(text, "big.txt", settings, "text", ruleset.registry.languages)
    places = _present_for(doc, ruleset).places
    assert places and max(map(max, places.values())) > 1_000_000


def test_a_document_is_searched_for_needles_once(monkeypatch) -> None:
    """Every rule is prepared before the first searches, so the needles of all pattern rules are
    found in one pass over a haystack: before, each pattern rule that brought needles of its own
    took another pass over the first document of its language, and each pass's places were kept
    (a one-file run of 10 MB: five passes, some 30 MB)."""
    from linter import ruleset
    from linter.engine import lint_text
    from linter.needles import NeedleFinder

    searched: list[str] = []
    present = NeedleFinder.present
    monkeypatch.setattr(NeedleFinder, "present", lambda finder, lowered, text: searched.append(text) or present(finder, lowered, text))
    monkeypatch.setattr(pattern_module, "_FINDERS", {})  # no rule's needles known: a new process
    ruleset.build_ruleset.cache_clear()
    try:
        text = (ROOT / "seeds" / "000_434f281fc8fc4eb1.txt").read_text(encoding="utf-8")
        assert lint_text(text, "seed.txt")
    finally:
        ruleset.build_ruleset.cache_clear()  # its rules' needles are in the finders of this test
    assert searched and len(searched) == len(set(searched))

"""The line rules' matching shortcut: what a pattern's matches must contain, and a split
alternation that answers exactly as the whole pattern does."""
from __future__ import annotations

from pathlib import Path

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from linter.checks.line_marker import LinePatterns
from linter.config import Settings
from linter.document import Document
from linter.line_matcher import LineMatcher, alternatives
from linter.regex_facts import best_clauses, needles, pattern_facts
from linter.ruleset import build_ruleset

ROOT = Path(__file__).resolve().parents[1]
LANGUAGES = ("it", "en", "de", "fr", "es", "pt", "nl")


def test_needles_of_a_credit_pattern() -> None:
    facts = pattern_facts(r".{8,600}[.!?]\s+via\s+(?:Getty Images|Reuters)", regex.IGNORECASE)
    assert frozenset({"via"}) in facts.clauses
    assert frozenset({"getty images", "reuters"}) in facts.clauses
    assert facts.first is None  # `.` starts anywhere


def test_first_characters_skip_zero_width_and_optional_parts() -> None:
    facts = pattern_facts(r"(?=.{0,40}$)\(?(?:Foto|Bild)\s*:", regex.IGNORECASE)
    assert facts.first == frozenset("(fb")
    assert not facts.nullable


@pytest.mark.parametrize("source", [r"(\w+) \1", r"(?:via){e<=1}", r"(?(1)a|b)", r"(?f)strasse"])
def test_constructs_it_cannot_bound_claim_nothing(source: str) -> None:
    facts = pattern_facts(source, regex.IGNORECASE)
    assert facts is None or not best_clauses(facts)


def test_alternatives_open_whole_groups_only() -> None:
    assert alternatives(r"(?:a|b)|c[|(]") == ["a", "b", r"c[|(]"]
    assert alternatives(r"(?:a)b|(?:c|d)e") == [r"(?:a)b", r"(?:c|d)e"]
    assert alternatives(r"(a)|\1") == [r"(a)|\1"]  # a backreference ties the alternatives together
    assert alternatives(r"a|(?i)b") == [r"a|(?i)b"]  # a global flag applies to every alternative


def test_text_with_a_case_variant_that_lowers_elsewhere_is_matched_whole() -> None:
    # `ſ` matches `s` ignoring case, but lower-cases to itself: the shortcut must not miss it.
    matcher = LineMatcher(r"(?:Foto|Photo)\s*:.*|.{3,}Press", regex.IGNORECASE, regex.compile)
    for text in ("Photo: X", "PHOTO: X", "Photo: X", "Europa Preſs", "Europa PRESS", "Europa Pres"):
        assert matcher.fullmatch(text) == bool(regex.fullmatch(matcher.source, text, regex.IGNORECASE))


def _line_rule_matchers() -> list[tuple[str, str, str, LineMatcher]]:
    ruleset = build_ruleset(Settings())
    found = []
    for rule in ruleset.rules.values():
        if not isinstance(rule.check, LinePatterns):
            continue
        for language in LANGUAGES:
            doc = Document("", language=language)
            doc.lang_data = ruleset.registry.languages.get(language, {})
            doc.languages = ruleset.registry.languages
            for key in sorted(rule.check.DATA):
                matcher = rule.check.matcher(doc, key)
                if matcher is not None:
                    found.append((rule.id, language, key, matcher))
    return found


def _lines(language: str) -> list[str]:
    """The language's corpus lines short enough for a line rule, and the rules' example lines."""
    lines: set[str] = set()
    paths = [*(ROOT / "tests" / "corpus").glob(f"{language}-*.txt"), *((ROOT / "seeds").glob("*.txt") if language == "it" else ())]
    for path in paths:
        lines.update(line.strip() for line in path.read_text(encoding="utf-8").splitlines())
    for rule in (ROOT / "rules").glob("*.yaml"):
        for line in rule.read_text(encoding="utf-8").splitlines():
            if line.strip().startswith('- "'):
                lines.update(part.strip() for part in line.strip()[3:-1].split("\\n"))
    lines = {line for line in lines if 0 < len(line) <= 300}
    # Case variants `regex` matches ignoring case but that lower-case to something else.
    return sorted(lines | {line.replace("s", "ſ").replace("i", "İ") for line in sorted(lines)[::10]})


def test_every_line_rule_answers_as_its_whole_pattern() -> None:
    lines = {language: _lines(language) for language in LANGUAGES}
    for rule_id, language, key, matcher in _line_rule_matchers():
        whole = matcher.whole()
        wrong = [line for line in lines[language] if matcher.fullmatch(line) != (whole.fullmatch(line) is not None)]
        assert not wrong, (rule_id, language, key, wrong[:3])


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="aAsSſiIİkK /|:()©.,ViaPhotoFTS\u00a0", max_size=30))
def test_split_alternation_agrees_on_any_text(text: str) -> None:
    source = r"(?:Photo|Foto)\s*[:/]\s*\S.*|.{2,}\bvia\s+(?:AP|Getty)|(?-i:FT)|(?:s|i)+k?|\(.*©.*\)"
    matcher = LineMatcher(source, regex.IGNORECASE, regex.compile)
    assert matcher.fullmatch(text) == (regex.fullmatch(source, text, regex.IGNORECASE) is not None)


def test_a_pattern_rule_skips_only_texts_without_what_its_matches_hold() -> None:
    source = r"[,;][ ]+(?:via|by)\s+Getty"
    found, compiled = needles(source, regex.IGNORECASE | regex.MULTILINE), regex.compile(source, regex.I | regex.M)
    for text in ("Photo by AFP, taken on Monday.", "A farmer, VIA GETTY", "A farmer,  by getty", "Preſs, by Getty"):
        assert found.may_match(text.lower(), text) or not compiled.search(text), text
    assert not found.may_match("photo by afp, taken on monday.", "Photo by AFP, taken on Monday.")


def test_needles_read_through_lookarounds_and_repeats() -> None:
    assert frozenset({" )", "\xa0)"}) in needles(r"(?<=\w)[ \u00a0]+(?=\))").clauses  # ahead: the run goes on
    assert frozenset({"abc"}) in needles(r"(?<=ab)c").clauses  # behind: the run opens with it
    assert frozenset({"  ", " \xa0", "\xa0 ", "\xa0\xa0"}) in needles(r"\S[ \u00a0]{2,}\S").clauses


LOOKAROUND_SOURCES = [r"(?<=[^\s,;:(])[ \u00a0]+(?=[)\]](?:[\s.,;:]|$))", r"(?<=\w)[ \u00a0]+(?=\.(?![ \u00a0]?\.)(?:\s|$))",
                      r"(?<=\S)[ \u00a0]{2,}(?=\S)", r"(?<=a[b)]?)c(?=d)e?", r"x(?<=\bx)y{2,4}(?=z|$)", r"(?<=ab|c)(?=de|f)"]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="abcdefxyz )].,\u00a0\n", max_size=24))
def test_needles_through_lookarounds_hold_for_any_text(text: str) -> None:
    for source in LOOKAROUND_SOURCES:
        if regex.search(source, text, regex.M):
            assert needles(source, regex.M).may_match(text.lower(), text), (source, text)


FINDER_SOURCES = [r"[,;][ ]+(?:via|by)\s+Getty", r"(?<=ab|c)(?=de|f)", r"x(?<=\bx)y{2,4}(?=z|$)", r"(?:aab|ab|b)c", r"ſ+k"]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="abcdefkxyz ,;ſSK\u00a0", max_size=24))
def test_one_scan_for_every_pattern_answers_as_each_pattern_alone(text: str) -> None:
    """The finder's one pass (overlapping needles, `b` inside `ab` inside `aab`) answers for
    each pattern exactly as its own substring searches do."""
    from linter.needles import NeedleFinder

    found = [needles(source, regex.I | regex.M) for source in FINDER_SOURCES]
    finder = NeedleFinder()
    finder.add(found)
    present = finder.present(text.lower(), text)
    assert [each.held_in(present) for each in found] == [each.may_match(text.lower(), text) for each in found]


def test_line_rules_report_as_they_would_testing_every_line(monkeypatch) -> None:
    """The lines a line rule may report, found in one pass with one matcher of its listing
    patterns, leave out no line it reports when it tries every line of the labelled texts."""
    from linter.checks.line_marker import LineMarkerCheck
    from linter.engine import lint_file

    paths = sorted(str(path) for pattern in ("tests/corpus/*.txt", "tests/corpus/*.md", "seeds/*.txt", "tests/heldout/*/*.txt",
                                             "tests/heldout/*/*.md", "tests/corpus-extra/*/*.txt", "tests/corpus-extra/*/*.md")
                   for path in ROOT.glob(pattern))
    shortcut = [lint_file(path).diagnostics for path in paths]
    monkeypatch.setattr(LineMarkerCheck, "reportable", lambda self, doc: frozenset(range(len(doc.prose_lines))))
    assert [lint_file(path).diagnostics for path in paths] == shortcut
    assert any(d.rule in ("page-chrome", "image-credit", "byline-remnant") for found in shortcut for d in found)

"""Whole-line matching of a line rule's pattern, trying only the alternatives a line can match.

A line rule's pattern is one big alternation (image-credit's holds some forty alternatives
with `{agency}` pasted into many; page-chrome's hundreds of phrases), and `fullmatch` tries
every alternative on every line. Here the pattern is split into its alternatives, and each is
tried only when the line holds the text it requires (`via`, `/`, one of the agencies: see
`regex_facts`) or, for the others, starts with a character it can start with. The answer is
the alternation's own: an alternative is skipped only when it cannot match.
"""
from __future__ import annotations

from .compiled import COMMON, compile_cached, derived_cached
from .needles import ANALYSIS_VERSION
from .timed_pattern import TimedPattern

TYPE_CHECKING = False  # typing's flag, without importing typing: a run never does (~3 ms)
if TYPE_CHECKING:
    from typing import Callable

    import regex

    Compiled = regex.Pattern | TimedPattern
_GLOBAL_FLAG = compile_cached(r"\(\?[a-zA-Z^]+\)")
_LINES_KEPT = 20_000


class LineMatcher:
    """`fullmatch(text)` of `source` compiled with `flags`, as a truth value."""

    def __init__(self, source: str, flags: int = 0,
                 compile: Callable[[str, int], Compiled] = compile_cached, scope: str = COMMON):
        self.source, self.flags, self._compile, self._scope = source, flags, compile, scope
        self._whole: Compiled | None = None
        self._unsafe: frozenset[str] | None = None  # None until a line is first asked about

    def _prepare(self) -> None:
        """Read the filing of the alternatives (once, when a line is first asked about: a rule
        has matchers that a short text never asks)."""
        source, flags = self.source, self.flags
        self._free, self._filed, owners, self._unsafe = derived_cached(
            f"line-filing-{ANALYSIS_VERSION}", source, flags, lambda: filing(source, flags), self._scope)
        self._units: dict[tuple[str, ...], Compiled] = {}
        self._needles = _needle_finder(owners) if owners else None

    def whole(self) -> Compiled:
        """The pattern compiled as it is written."""
        if self._whole is None:
            self._whole = self._compile(self.source, self.flags)
        return self._whole

    def fullmatch(self, text: str) -> bool:
        if not text:
            return self.whole().fullmatch(text) is not None
        line = _line(text)
        answer = line.answers.get(self)
        if answer is None:
            answer = line.answers[self] = self._answer(line)
        return answer

    def _answer(self, line: _Line) -> bool:
        if self._unsafe is None:
            self._prepare()
        text = line.text
        if line.holds_any(self._unsafe):
            return self.whole().fullmatch(text) is not None
        starts = (line.lowered[0], None)
        if self._needles is not None:
            held: set[int] = set()  # the clauses the line holds a needle of: one scan
            for _, ids in self._needles.iter(line.lowered):
                held.update(ids)
            for clause in held:
                for start in starts:
                    for others, leaves in self._filed.get((start, clause), ()):
                        if others <= held and self._unit(leaves).fullmatch(text) is not None:
                            return True
        for start in starts:
            for leaves in self._free.get(start, ()):
                if self._unit(leaves).fullmatch(text) is not None:
                    return True
        return False

    def _unit(self, leaves: tuple[str, ...]) -> Compiled:
        """Some alternatives of the pattern, compiled together when first needed."""
        pattern = self._units.get(leaves)
        if pattern is None:
            source = self.source if len(leaves) == 1 and leaves[0] == self.source \
                else "|".join(f"(?:{leaf})" for leaf in leaves)
            pattern = self._units[leaves] = self._compile(source, self.flags)
        return pattern


def _needle_finder(owners: dict[str, tuple[int, ...]]):
    """An Aho-Corasick automaton of every needle, each giving the ids of the clauses it is in:
    one pass over a line finds every needle it holds (testing the needles one by one in
    Python cost a third of a run)."""
    import ahocorasick

    finder = ahocorasick.Automaton()
    for needle, ids in owners.items():
        finder.add_word(needle, ids)
    finder.make_automaton()
    return finder


Units = tuple[tuple[str, ...], ...]
Filed = dict[tuple[str | None, int], tuple[tuple[frozenset[int], tuple[str, ...]], ...]]
Filing = tuple[dict[str | None, Units], Filed, dict[str, tuple[int, ...]], frozenset[str]]


def filing(source: str, flags: int) -> Filing:
    """The alternatives that need no needle, by the first character they may start with (None:
    any); the others filed under their first clause of needles (and that character), with the
    ids of the clauses they need besides; each needle with the ids of the clauses it is in; and
    the characters that make a text unfit for comparing lower-cased (see `regex_facts`). Plain
    data, so it is cached and used as it is read back (filing it at every start cost a tenth
    of a one-file run's line rules)."""
    groups, unsafe = plan(source, flags)
    free: dict[str | None, list[tuple[str, ...]]] = {}
    filed: dict[tuple[str | None, int], list[tuple[frozenset[int], tuple[str, ...]]]] = {}
    clause_ids: dict[frozenset[str], int] = {}
    for start, clauses, leaves in groups:
        ids = [clause_ids.setdefault(clause, len(clause_ids)) for clause in clauses]
        if ids:
            filed.setdefault((start, ids[0]), []).append((frozenset(ids[1:]), leaves))
        else:
            free.setdefault(start, []).append(leaves)
    owners: dict[str, list[int]] = {}
    for clause, clause_id in clause_ids.items():
        for needle in clause:
            owners.setdefault(needle, []).append(clause_id)
    return ({start: tuple(units) for start, units in free.items()},
            {key: tuple(units) for key, units in filed.items()},
            {needle: tuple(ids) for needle, ids in owners.items()}, unsafe)


Plan = tuple[tuple[tuple[str | None, tuple[frozenset[str], ...], tuple[str, ...]], ...], frozenset[str]]


def plan(source: str, flags: int) -> Plan:
    """The pattern's alternatives grouped by the first character they may start with (None:
    any) and the clauses of needles they need; and the characters that make a text unfit for
    comparing lower-cased (see `regex_facts`). Plain data (frozensets as the matcher uses
    them), for `filing`."""
    from .regex_facts import best_clauses, needle_chars, pattern_facts, unsafe_chars  # only when not cached

    groups: dict[tuple[str | None, tuple[frozenset[str], ...]], list[str]] = {}
    chars: set[str] = set()
    for leaf in alternatives(source):
        facts = pattern_facts(leaf, flags)
        if facts is None:
            groups.setdefault((None, ()), []).append(leaf)
            continue
        clauses = best_clauses(facts)
        starts = sorted(facts.first) if facts.first is not None and not facts.nullable else [None]
        for start in starts:
            groups.setdefault((start, clauses), []).append(leaf)
        chars |= needle_chars(facts)
    return (tuple((start, clauses, tuple(leaves)) for (start, clauses), leaves in groups.items()),
            unsafe_chars(chars))


class _Line:
    """A line lower-cased once, with the answers of the matchers that saw it."""

    __slots__ = ("text", "lowered", "answers", "_held")

    def __init__(self, text: str):
        self.text = text
        self.lowered = text.lower()
        self.answers: dict[LineMatcher, bool] = {}
        self._held: dict[frozenset[str], bool] = {}

    def holds_any(self, chars: frozenset[str]) -> bool:
        """Whether the line itself (not lower-cased) holds one of the characters."""
        held = self._held.get(chars)
        if held is None:
            held = self._held[chars] = any(char in self.text for char in chars)
        return held


_lines: dict[str, _Line] = {}


def _line(text: str) -> _Line:
    """The line's analysis, shared by every rule that looks at the same text."""
    line = _lines.get(text)
    if line is None:
        if len(_lines) >= _LINES_KEPT:
            _lines.clear()
        line = _lines[text] = _Line(text)
    return line


def alternatives(source: str) -> list[str]:
    """The top-level alternatives of a pattern, with a non-capturing group that makes up a
    whole alternative opened into its own; the pattern itself when it cannot be split safely
    (a global inline flag, a backreference, or a split that `regex`'s parser disagrees with)."""
    if _GLOBAL_FLAG.search(source):
        return [source]
    leaves = _open(source)
    return leaves if leaves is not None and len(leaves) == _branch_count(source) else [source]


def _open(source: str) -> list[str] | None:
    parts = _split_top(source)
    if parts is None:
        return None
    leaves = []
    for part in parts:
        inner = _group_body(part)
        if inner is None:
            leaves.append(part)
            continue
        opened = _open(inner)
        if opened is None:
            return None
        leaves.extend(opened)
    return leaves


def _split_top(source: str) -> list[str] | None:
    """`source` cut at its top-level `|` (None when its brackets do not balance)."""
    parts, depth, start, i, in_class = [], 0, 0, 0, False
    while i < len(source):
        char = source[i]
        if char == "\\":
            i += 2
            continue
        if in_class:
            if char == "[":
                return None  # a nested set or a POSIX class: not worth reading here
            if char == "]":
                in_class = False
        elif char == "[":
            in_class = True
            i += 1
            if source.startswith("^", i):
                i += 1
            if source.startswith("]", i):
                i += 1
            continue
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth < 0:
                return None
        elif char == "|" and depth == 0:
            parts.append(source[start:i])
            start = i + 1
        i += 1
    if depth or in_class:
        return None
    parts.append(source[start:])
    return parts


def _group_body(part: str) -> str | None:
    """The inside of `(?:…)` when that group is the whole of `part`."""
    if not (part.startswith("(?:") and part.endswith(")")) or part.endswith("\\)"):
        return None
    inner = part[3:-1]
    pieces = _split_top(inner)
    if pieces is None:
        return None
    # The group is the whole part only if its parentheses pair with each other.
    depth, i = 0, 0
    while i < len(inner):
        char = inner[i]
        if char == "\\":
            i += 2
            continue
        if char == "[":
            i = _class_end(inner, i)
            continue
        depth += char == "("
        depth -= char == ")"
        if depth < 0:
            return None
        i += 1
    return inner


def _class_end(source: str, i: int) -> int:
    i += 1
    if source.startswith("^", i):
        i += 1
    if source.startswith("]", i):
        i += 1
    while i < len(source) and source[i] != "]":
        i += 2 if source[i] == "\\" else 1
    return i + 1


def _branch_count(source: str) -> int:
    """How many alternatives `regex`'s parser sees, groups that are a whole branch opened."""
    import regex
    from regex import _regex_core as core

    try:
        src = core.Source(source)
        info = core.Info(regex.UNICODE, src.char_type, {})
        src.ignore_space = False
        tree = core._parse_pattern(src, info)
    except Exception:  # noqa: BLE001 - any trouble means: do not split
        return -1

    def count(node) -> int:
        if type(node) is core.Branch:
            return sum(count(branch) for branch in node.branches)
        if type(node) is core.Sequence and len(node.items) == 1:
            return count(node.items[0])
        return 1

    return count(tree) if _self_contained(tree, core) else -1


def _self_contained(node, core) -> bool:
    """No part of the tree refers to another part (a backreference, a call, a condition on a
    group), so its alternatives mean the same apart."""
    if isinstance(node, (core.RefGroup, core.Conditional, core.LookAroundConditional, core.CallGroup, core.CallRef)):
        return False
    children = [getattr(node, "subpattern", None), *getattr(node, "items", ()), *getattr(node, "branches", ())]
    return all(_self_contained(child, core) for child in children if isinstance(child, core.RegexBase))

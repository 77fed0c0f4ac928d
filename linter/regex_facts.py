"""What every match of a regular expression must contain, read from its parse tree.

A pattern's *needs* are clauses of needles: every match contains, for each clause, one of its
needles (lower-cased) as a substring of the lower-cased text. Its *first* characters are the
lower-cased characters a match can start with. Both come from `regex`'s own parser, so they
follow its syntax exactly; a construct the analysis does not know (a backreference, fuzzy
matching, full case folding) makes it claim nothing, which is always safe.

Comparing lower-cased text is sound only for characters whose case variants (as `regex`
matches them) lower-case to the same character; `unsafe_chars` lists the other variants
(`ſ` for `s`, `İ` for `i`), and text that holds one of them must be matched without the facts.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from itertools import product

import regex
from regex import _regex, _regex_core as core

from .needles import Needles

_MAX_EXACT = 64     # more alternative strings than this: give up listing them
_MAX_REPEAT = 3     # repeats of at most this many copies are expanded into strings
_USELESS = 0.9      # a clause this likely to be met by any line is not worth checking
_COMMON = frozenset(" \t\u00a0.,;:'’\"-–—")  # characters nearly every line has


class Unsupported(Exception):
    """A construct whose matches the analysis cannot bound."""


_NOTHING_KNOWN = frozenset({""})


@dataclass(frozen=True)
class Facts:
    exact: frozenset[str] | None       # every string the node matches is one of these (None: too many)
    first: frozenset[str] | None       # the characters a non-empty match starts with (None: any)
    nullable: bool                     # it can match the empty string
    clauses: tuple[frozenset[str], ...] = field(default=())  # needles, see the module docstring
    prefix: frozenset[str] = _NOTHING_KNOWN  # every match starts with one of these
    suffix: frozenset[str] = _NOTHING_KNOWN  # and ends with one of these
    # A lookaround: the text at its place goes on with its `prefix` (ahead) or ends in its
    # `suffix` (behind), though the match holds neither.
    look: str = ""


def _known(exact: frozenset[str], first: frozenset[str] | None, nullable: bool) -> Facts:
    """The facts of a node that matches only the strings `exact`."""
    return Facts(exact, first, nullable, (), exact, exact)


_EMPTY = Facts(frozenset({""}), frozenset(), True)
_ANY = Facts(None, None, False)


def _parse(source: str, flags: int):
    """regex's own parse tree of `source` and the flags it ends with, or None when the parser
    stops before the pattern's end; regex's errors propagate."""
    src = core.Source(source)
    info = core.Info(flags | regex.UNICODE, src.char_type, {})
    src.ignore_space = False
    tree = core._parse_pattern(src, info)
    return (tree, info) if src.at_end() else None


def pattern_facts(source: str, flags: int = 0) -> Facts | None:
    """The facts of `source` compiled with `flags`, or None when it uses what they cannot bound."""
    if flags & (regex.FULLCASE | regex.VERBOSE | regex.VERSION1):
        return None
    try:
        parsed = _parse(source, flags)
        if parsed is None or parsed[1].flags & (regex.FULLCASE | regex.VERBOSE | regex.VERSION1):
            return None
        return _facts(parsed[0])
    except (Unsupported, core._UnscopedFlagSet, core.error, AttributeError, TypeError, ValueError):
        return None


def needles(source: str, flags: int = 0) -> Needles:
    """The needles of a pattern searched anywhere in a text (none when it cannot tell)."""
    facts = pattern_facts(source, flags)
    clauses = best_clauses(facts) if facts is not None else ()
    return Needles(clauses, unsafe_chars({char for clause in clauses for needle in clause for char in needle}))


def best_clauses(facts: Facts, limit: int = 2) -> tuple[frozenset[str], ...]:
    """The clauses most lines fail, at most `limit`, leaving out those nearly every line meets."""
    chosen: list[frozenset[str]] = []
    for clause in sorted((c for c in set(facts.clauses) if _likelihood(c) < _USELESS), key=_likelihood):
        if len(chosen) == limit:
            break
        if not any(_implies(other, clause) for other in chosen):
            chosen.append(clause)
    return tuple(chosen)


def _implies(clause: frozenset[str], other: frozenset[str]) -> bool:
    """Whether text that holds a needle of `clause` always holds one of `other`."""
    return all(any(needle in held for needle in other) for held in clause)


def unsafe_chars(chars: set[str]) -> frozenset[str]:
    """Characters that `regex` may match for one of `chars` ignoring case but that lower-case
    to another character (or to several): text holding one cannot be compared lower-cased."""
    unsafe = {"\u03a3"}  # capital sigma lower-cases by context
    for char in chars:
        for code in _regex.get_all_cases(regex.IGNORECASE | regex.UNICODE, ord(char)):
            variant = chr(code)
            if variant.lower() != char.lower() or len(variant.lower()) != 1:
                unsafe.add(variant)
    return frozenset(unsafe)


def needle_chars(facts: Facts) -> set[str]:
    """Every character the facts compare."""
    chars = set(facts.first or ())
    for clause in facts.clauses:
        for needle in clause:
            chars.update(needle)
    return chars


def _likelihood(clause: frozenset[str]) -> float:
    """A rough chance that a line of prose holds one of the needles."""
    total = 0.0
    for needle in clause:
        if len(needle) == 1:
            total += 1.0 if needle in _COMMON else 0.5 if needle.isalnum() else 0.05
        else:
            total += {2: 0.05, 3: 0.01}.get(len(needle), 0.003)
    return total


_FULLCASE, _IGNORECASE = int(core.FULLCASE), int(core.IGNORECASE)


def _char(value: int, case_flags: int) -> Facts:
    if int(case_flags) & _FULLCASE and int(case_flags) & _IGNORECASE:
        raise Unsupported("full case folding")
    lowered = chr(value).lower()
    if len(lowered) != 1:
        return _ANY
    return _known(frozenset({lowered}), frozenset({lowered}), False)


def _set(node) -> Facts:
    """A character class: its characters when it lists a few, else any character."""
    if not node.positive or getattr(node, "zerowidth", False) or type(node) is not core.SetUnion:
        return _ANY
    chars: set[str] = set()
    for item in node.items:
        if type(item) is core.Character and item.positive and not item.zerowidth:
            facts = _char(item.value, node.case_flags)
        elif type(item) is core.Range and item.positive and item.upper - item.lower < 8:
            facts = _alternatives([_char(v, node.case_flags) for v in range(item.lower, item.upper + 1)])
        else:
            return _ANY
        if facts.exact is None:
            return _ANY
        chars |= facts.exact
    return _known(frozenset(chars), frozenset(chars), False) if chars else _ANY


def _clause(exact: frozenset[str] | None) -> tuple[frozenset[str], ...]:
    return (_minimal(exact),) if exact and "" not in exact else ()


def _minimal(clause: frozenset[str]) -> frozenset[str]:
    """The clause without the needles that hold another of its needles (they add nothing)."""
    return frozenset(n for n in clause if not any(other != n and other in n for other in clause))


def _concat(parts: list[frozenset[str] | None]) -> frozenset[str] | None:
    total = frozenset({""})
    for part in parts:
        if part is None or len(total) * len(part) > _MAX_EXACT:
            return None
        total = frozenset(a + b for a, b in product(total, part))
    return total


def _sequence(items: list[Facts]) -> Facts:
    clauses: list[frozenset[str]] = []
    run = _NOTHING_KNOWN  # the strings the items since the last unknown one match, in a row
    for item in items:
        clauses.extend(item.clauses)
        if item.look == "ahead":  # the text goes on from the run with what it looks ahead to
            clauses.extend(_clause(_concat([run, item.prefix])))
            continue  # the next item starts where the lookahead did
        if item.look == "behind":  # the text ends here in what it looks behind at
            run = item.suffix if run == _NOTHING_KNOWN else run
            continue
        if item.exact is not None:
            joined = _concat([run, item.exact])
            if joined is None:
                clauses.extend(_clause(run))
            run = item.exact if joined is None else joined
            continue
        joined = _concat([run, item.prefix])  # the run goes on into how the item starts
        clauses.extend(_clause(run if joined is None else joined))
        run = item.suffix
    clauses.extend(_clause(run))
    first: set[str] | None = set()
    for item in items:
        if item.first is None:
            first = None
            break
        first |= item.first
        if not item.nullable:
            break
    exact = _concat([item.exact for item in items])
    if exact is not None:
        return Facts(exact, None if first is None else frozenset(first), all(i.nullable for i in items),
                     tuple(clauses), exact, exact)
    return Facts(None, None if first is None else frozenset(first), all(item.nullable for item in items),
                 tuple(clauses), _edge(items, prefix=True), _edge(items, prefix=False))


def _edge(items: list[Facts], prefix: bool) -> frozenset[str]:
    """What every match of the items in a row starts with (or ends with)."""
    edge = _NOTHING_KNOWN
    for item in items if prefix else reversed(items):
        if item.exact is None:
            parts = [edge, item.prefix] if prefix else [item.suffix, edge]
            return _concat(parts) or edge
        joined = _concat([edge, item.exact] if prefix else [item.exact, edge])
        if joined is None:
            return edge
        edge = joined
    return edge


def _alternatives(options: list[Facts]) -> Facts:
    exact = _union([o.exact for o in options])
    first = None if any(o.first is None for o in options) else frozenset().union(*(o.first for o in options))
    best = [best_clauses(o, 1) for o in options]
    clauses = _clause(exact)
    if all(best) and options:
        union = _minimal(frozenset().union(*(b[0] for b in best)))
        if not clauses or _likelihood(union) < _likelihood(clauses[0]):
            clauses = (union,)
    prefix = _union([o.prefix for o in options]) or _NOTHING_KNOWN
    suffix = _union([o.suffix for o in options]) or _NOTHING_KNOWN
    return Facts(exact, first, any(o.nullable for o in options), clauses, prefix, suffix)


def _union(sets: list[frozenset[str] | None]) -> frozenset[str] | None:
    """All the strings of the sets, or None when one is unknown or they are too many."""
    if any(s is None for s in sets):
        return None
    union = frozenset().union(*sets)
    return union if len(union) <= _MAX_EXACT else None


def _repeat(node) -> Facts:
    sub = _facts(node.subpattern)
    low, high = node.min_count, node.max_count
    nullable = low == 0 or sub.nullable
    exact = None
    if sub.exact is not None and high is not None and high <= _MAX_REPEAT:
        exact = _union([_concat([sub.exact] * count) for count in range(low, high + 1)])
    clauses = (*sub.clauses, *_clause(sub.exact)) if low >= 1 else ()
    if exact is not None:
        return Facts(exact, sub.first, nullable, clauses, exact, exact)
    if low == 0:
        return Facts(None, sub.first, nullable, clauses, sub.prefix | _NOTHING_KNOWN, sub.suffix | _NOTHING_KNOWN)
    if sub.exact is not None and low > 1:  # `[ \u00a0]{2,}`: its first copies in a row
        copies = _concat([sub.exact] * min(low, _MAX_REPEAT))
        if copies is not None:
            return Facts(None, sub.first, nullable, (*clauses, *_clause(copies)), copies, copies)
    return Facts(None, sub.first, nullable, clauses, sub.prefix, sub.suffix)


def _facts(node) -> Facts:
    kind = type(node)
    if kind is core.Sequence:
        return _sequence([_facts(item) for item in node.items])
    if kind is core.Branch:
        return _alternatives([_facts(branch) for branch in node.branches])
    if kind is core.Character:
        if node.zerowidth:
            raise Unsupported("zero-width character")
        return _char(node.value, node.case_flags) if node.positive else _ANY
    if kind in (core.String, core.Literal):
        return _sequence([_char(value, node.case_flags) for value in node.characters])
    if kind in (core.Group, core.Atomic):
        return _facts(node.subpattern)
    if kind in (core.GreedyRepeat, core.LazyRepeat, core.PossessiveRepeat):
        return _repeat(node)
    if kind is core.LookAround:
        if not node.positive:
            return _EMPTY
        sub = _facts(node.subpattern)
        return Facts(frozenset({""}), frozenset(), True, (*sub.clauses, *_clause(sub.exact)), sub.prefix, sub.suffix,
                     "behind" if node.behind else "ahead")
    if isinstance(node, core.ZeroWidthBase):
        return _EMPTY
    if isinstance(node, core.SetBase):
        return _set(node)
    if kind in (core.Property, core.Range, core.Any, core.AnyAll, core.AnyU):
        if getattr(node, "zerowidth", False):
            raise Unsupported("zero-width class")
        return _ANY
    raise Unsupported(kind.__name__)


# Zero-width nodes that look at most one character either side of where they stand, and read
# the text before a search's start as the whole text's (`^` and `$` in MULTILINE mode, `\b`, `\B`,
# start and end of a word): a line-local pattern may hold them.
_ADJACENT = tuple(getattr(core, name) for name in (
    "StartOfLine", "StartOfLineU", "EndOfLine", "EndOfLineU", "Boundary", "DefaultBoundary", "StartOfWord",
    "EndOfWord", "DefaultStartOfWord", "DefaultEndOfWord") if hasattr(core, name))


def line_local(source: str, flags: int = 0) -> bool:
    """Whether every match of `source` (with `flags`) lies within one line and is found the same
    searching that line alone (`finditer(text, line_start, line_end + 1)`): it cannot match the
    empty string where that search ends (the next line's start, which it takes for the text's
    end: a look-ahead that needs a character fails there), and nothing it reads forward (the match, every look-ahead) nor a positive
    look-behind (whose needles must be on the match's line) can match a newline. A negative
    look-behind may read anything before: a search from a line's start sees the text before it.
    A construct the analysis does not know makes it answer False, which is always safe."""
    facts = pattern_facts(source, flags)
    if facts is None:
        return False
    try:
        parsed = _parse(source, flags)
        if parsed is None or facts.nullable and _empty_at_end(parsed[0]):
            return False
        return _local_to_newline(parsed[0])
    except (core._UnscopedFlagSet, core.error, AttributeError, TypeError, ValueError):
        return False


def _local_to_newline(node) -> bool:
    """`_local(node, forward=True)`, but for a newline as the last thing a match holds (`$\\n?`
    ending a line rule's pattern): the match then ends with its line's newline, which the line's
    search reaches (it ends past that newline), reading nothing after it."""
    if _local(node, True):
        return True
    kind = type(node)
    if kind in (core.Group, core.Atomic):
        return _local_to_newline(node.subpattern)
    if kind is core.Branch:
        return all(_local_to_newline(branch) for branch in node.branches)
    if kind is core.Sequence and node.items:
        *before, last = node.items
        return all(_local(item, True) for item in before) and (_newline(last) or _local_to_newline(last))
    return False


def _empty_at_end(node) -> bool:
    """Whether `node` can match the empty string at the end of the text searched: where it may be
    empty and each look-ahead it needs may hold with nothing ahead. Unknown: True."""
    kind = type(node)
    if kind is core.Sequence:
        return all(_empty_at_end(item) for item in node.items)
    if kind is core.Branch:
        return any(_empty_at_end(branch) for branch in node.branches)
    if kind in (core.Group, core.Atomic):
        return _empty_at_end(node.subpattern)
    if kind in (core.GreedyRepeat, core.LazyRepeat, core.PossessiveRepeat):
        return node.min_count == 0 or _empty_at_end(node.subpattern)
    if kind is core.LookAround:
        return _empty_at_end(node.subpattern) if node.positive and not node.behind else True
    if kind in (core.String, core.Literal):
        return not node.characters
    if kind in (core.Character, core.Property, core.Range, core.Any, core.AnyAll, core.AnyU) \
            or isinstance(node, core.SetBase):
        return bool(getattr(node, "zerowidth", False))  # (a zero-width one pattern_facts refuses)
    return True


def _newline(node) -> bool:
    """Whether `node` matches a newline and nothing else, once at most (`\\n`, `\\n?`)."""
    if type(node) in (core.GreedyRepeat, core.LazyRepeat, core.PossessiveRepeat) and node.max_count == 1:
        node = node.subpattern
    return type(node) is core.Character and node.value == 10 and node.positive and not node.zerowidth


def _local(node, forward: bool) -> bool:
    """Whether `node` reads no newline (`forward`: nor, when it is read backwards in a negative
    look-behind, anything past where it stands)."""
    kind = type(node)
    if kind is core.Sequence:
        return all(_local(item, forward) for item in node.items)
    if kind is core.Branch:
        return all(_local(branch, forward) for branch in node.branches)
    if kind in (core.Group, core.Atomic):
        return _local(node.subpattern, forward)
    if kind in (core.GreedyRepeat, core.LazyRepeat, core.PossessiveRepeat):
        return _local(node.subpattern, forward)
    if kind is core.LookAround:
        if not node.behind:
            return _local(node.subpattern, True)  # ahead: read from where it stands on
        return _local(node.subpattern, node.positive)  # a positive one's needles must be on the line
    if kind in (core.String, core.Literal):
        return not forward or 10 not in node.characters
    if isinstance(node, _ADJACENT):
        return True
    if kind is core.Any or kind is core.AnyU:  # `.` without DOTALL: never a newline
        return True
    if hasattr(node, "matches") and (kind is core.Character or kind is core.Property or isinstance(node, core.SetBase)):
        return not forward or not node.matches(10)
    return False  # anything else (\Z, \A, \G, a backreference, a conditional, fuzzy matching): not known

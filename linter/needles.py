"""What every match of a pattern must contain, as the checks use it: worked out by
`regex_facts` (the parse tree of `regex`) once, then kept in the user cache, so a run that finds
them there does not import the analysis."""
from __future__ import annotations

from .compiled import COMMON, derived_cached
from .value import Frozen, set_field

# Facts derived and cached by an older analysis are not read back by a newer one.
ANALYSIS_VERSION = 4


class Needles(Frozen):
    """What every match of a pattern holds (clauses of lower-cased needles), and the characters
    that void comparing lower-cased text."""

    __slots__ = FIELDS = ("clauses", "unsafe")

    def __init__(self, clauses: tuple[frozenset[str], ...] = (), unsafe: frozenset[str] = frozenset()):
        set_field(self, "clauses", clauses)
        set_field(self, "unsafe", unsafe)

    def may_match(self, lowered: str, text: str) -> bool:
        """False when `text` (and `lowered`, it lower-cased) lacks what every match holds."""
        if not self.clauses or any(char in text for char in self.unsafe):
            return True
        return all(any(needle in lowered for needle in clause) for clause in self.clauses)


def needles_cached(source: str, flags: int = 0, scope: str = COMMON) -> Needles:
    """`needles(source, flags)`, from the cache when an earlier run worked them out."""
    def derive() -> tuple[tuple[tuple[str, ...], ...], tuple[str, ...]]:
        from .regex_facts import needles

        found = needles(source, flags)
        return tuple(tuple(sorted(clause)) for clause in found.clauses), tuple(sorted(found.unsafe))

    clauses, unsafe = derived_cached(f"needles-{ANALYSIS_VERSION}", source, flags, derive, scope)
    return Needles(tuple(frozenset(clause) for clause in clauses), frozenset(unsafe))

"""What every match of a pattern must contain, as the checks use it: worked out by
`regex_facts` (the parse tree of `regex`) once, then kept in the user cache, so a run that finds
them there does not import the analysis."""
from __future__ import annotations

from array import array

from .compiled import COMMON, derived_cached
from .document import lower_pieces
from .value import Frozen, set_field

TYPE_CHECKING = False  # typing's flag, without importing typing: a run never does (~3 ms)
if TYPE_CHECKING:
    from typing import Iterable, Iterator

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

    def may_match_text(self, text: str) -> bool:
        """`may_match` with `text` lower-cased a piece at a time, not copied whole (a big text's
        lower-cased copy took up to four bytes a character)."""
        if not self.clauses or any(char in text for char in self.unsafe):
            return True
        clauses = self.clauses
        longest = max(len(needle) for clause in clauses for needle in clause)
        for window in windows(lower_pieces(text), longest):
            clauses = tuple(clause for clause in clauses if not any(needle in window for needle in clause))
            if not clauses:
                return True
        return False

    def held_in(self, present: Present) -> bool:
        """`may_match`, from what a `NeedleFinder` found in the text once for every pattern."""
        if not self.clauses or not present.unsafe.isdisjoint(self.unsafe):
            return True
        return all(not present.needles.isdisjoint(clause) for clause in self.clauses)


class Present(Frozen):
    """The needles and the unsafe characters that one text holds, of those a finder knows;
    `places`: where each needle is (the offsets of its last character, in order, as an array of
    four bytes each, not a list of objects: a 10 MB text holds about two million), when the text
    lower-cased kept its offsets, else None."""

    __slots__ = FIELDS = ("needles", "unsafe", "places")

    def __init__(self, needles: frozenset[str], unsafe: frozenset[str], places: dict[str, array] | None = None):
        set_field(self, "needles", needles)
        set_field(self, "unsafe", unsafe)
        set_field(self, "places", places)


class NeedleFinder:
    """The needles and unsafe characters of many patterns, found in a text in one pass (an
    Aho-Corasick automaton) instead of a substring search per needle per pattern."""

    def __init__(self) -> None:
        self._needles: set[str] = set()
        self._unsafe: set[str] = set()
        self._automaton = None
        self.version = 0  # grows whenever a pattern brings needles the automaton lacks

    def add(self, patterns: Iterable[Needles]) -> None:
        for found in patterns:
            new = {needle for clause in found.clauses for needle in clause} - self._needles
            if new or not found.unsafe <= self._unsafe:
                self._needles |= new
                self._unsafe |= found.unsafe
                self._automaton = None
                self.version += 1

    def present(self, lowered: Iterable[str], text: str) -> Present:
        """What `text` holds of the needles and unsafe characters; `lowered`: the text
        lower-cased, in consecutive pieces (the automaton copies what it searches at four bytes
        a character: a 10 MB text whole took 40 MB more for that moment)."""
        if self._automaton is None and self._needles:
            import ahocorasick

            automaton = ahocorasick.Automaton()
            for needle in self._needles:
                automaton.add_word(needle, needle)
            automaton.make_automaton()
            self._automaton = automaton
        places: dict[str, array] = {}
        read = 0  # lower-cased characters before this window's piece
        if self._automaton:
            typecode = "i" if len(text) < 1 << 31 else "q"
            for window, piece in windows(lowered, max(map(len, self._needles)), with_lengths=True):
                seen = len(window) - piece  # the last window's end, whose needles it found
                for end, needle in self._automaton.iter(window):
                    if end >= seen:
                        if needle not in places:
                            places[needle] = array(typecode)
                        places[needle].append(read - seen + end)
                read += piece
        kept = places if read == len(text) else None  # lower-casing changed a length: not the text's offsets
        return Present(frozenset(places), frozenset(char for char in self._unsafe if char in text), kept)


def windows(pieces: Iterable[str], longest: int, with_lengths: bool = False) -> Iterator:
    """Each piece with the last `longest - 1` characters before it: a needle of up to `longest`
    characters that crosses a cut between pieces is whole in one window (`with_lengths`: with
    the piece's length, as (window, length))."""
    overlap, tail = longest - 1, ""
    for piece in pieces:
        window = tail + piece
        yield (window, len(piece)) if with_lengths else window
        tail = window[max(0, len(window) - overlap):] if overlap else ""


def needles_cached(source: str, flags: int = 0, scope: str = COMMON) -> Needles:
    """`needles(source, flags)`, from the cache when an earlier run worked them out."""
    def derive() -> tuple[tuple[tuple[str, ...], ...], tuple[str, ...]]:
        from .regex_facts import needles

        found = needles(source, flags)
        return tuple(tuple(sorted(clause)) for clause in found.clauses), tuple(sorted(found.unsafe))

    clauses, unsafe = derived_cached(f"needles-{ANALYSIS_VERSION}", source, flags, derive, scope)
    return Needles(tuple(frozenset(clause) for clause in clauses), frozenset(unsafe))

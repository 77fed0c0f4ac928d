"""Patterns from rule files, searched under a time limit.

Rule files are anyone's to write (a cloned repository brings its own), so every regular
expression built from a rule's data searches with the `regex` module's timeout: one that
backtracks without end (`(a|a)+$`) raises `PatternTimeout`, which the engine turns into one
warning naming the rule and the file, and the run goes on.
"""
from __future__ import annotations

TYPE_CHECKING = False  # typing's flag, without importing typing: a run never does (~3 ms)
if TYPE_CHECKING:
    from typing import Any, Iterator

    import regex

DEFAULT_TIMEOUT = 2.0  # seconds per search (a whole `finditer` is one search)
# A linear search of a big text takes time in proportion to it: the limit grows by the rule's
# `timeout` for every CHARS_PER_TIMEOUT characters searched, so a 10 MB article is not cut short
# on a loaded machine while a pattern that backtracks without end is still stopped.
CHARS_PER_TIMEOUT = 100_000


class PatternTimeout(Exception):
    """A rule's pattern took longer than its time limit on one document."""

    def __init__(self, source: str, seconds: float):
        super().__init__(f"pattern took over {seconds:g} s")
        self.source = source
        self.seconds = seconds


class TimedPattern:
    """A compiled pattern whose every search stops after `seconds` with `PatternTimeout`."""

    __slots__ = ("compiled", "seconds")

    def __init__(self, compiled: regex.Pattern, seconds: float = DEFAULT_TIMEOUT):
        self.compiled = compiled
        self.seconds = seconds

    @property
    def pattern(self) -> str:
        return self.compiled.pattern

    @property
    def groupindex(self) -> dict[str, int]:
        return self.compiled.groupindex

    def search(self, *args: Any, **kwargs: Any) -> regex.Match | None:
        return self._call(self.compiled.search, *args, **kwargs)

    def match(self, *args: Any, **kwargs: Any) -> regex.Match | None:
        return self._call(self.compiled.match, *args, **kwargs)

    def fullmatch(self, string: str, *args: Any, **kwargs: Any) -> regex.Match | None:
        # Written out, not through `_call`: the line rules call it about 150 times an article.
        try:
            return self.compiled.fullmatch(string, *args, timeout=self.seconds * (1 + len(string) // CHARS_PER_TIMEOUT),
                                           **kwargs)
        except TimeoutError:
            raise PatternTimeout(self.pattern, self._limit((string,))) from None

    def finditer(self, *args: Any, **kwargs: Any) -> Iterator[regex.Match]:
        try:
            yield from self.compiled.finditer(*args, timeout=self._limit(args), **kwargs)
        except TimeoutError:
            raise PatternTimeout(self.pattern, self._limit(args)) from None

    def _call(self, method, *args: Any, **kwargs: Any):
        try:
            return method(*args, timeout=self._limit(args), **kwargs)
        except TimeoutError:
            raise PatternTimeout(self.pattern, self._limit(args)) from None

    def _limit(self, args: tuple) -> float:
        """The rule's `timeout`, once more for every `CHARS_PER_TIMEOUT` characters searched."""
        subject = args[0] if args else ""
        return self.seconds * (1 + len(subject) // CHARS_PER_TIMEOUT)


def compile_timed(source: str, flags: int = 0, seconds: float = DEFAULT_TIMEOUT) -> TimedPattern:
    """`regex.compile(source, flags)`, searched under `seconds` (raises `regex.error`)."""
    import regex

    return TimedPattern(regex.compile(source, flags), seconds)

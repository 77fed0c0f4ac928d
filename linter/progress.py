"""A progress counter for long runs, on a terminal's stderr only: `newslint: 1,234 files checked`."""
from __future__ import annotations


TYPE_CHECKING = False  # typing's flag, without importing typing: a run never does (~3 ms)
if TYPE_CHECKING:
    from typing import Callable, TextIO
import time

DELAY = 1.0     # seconds of silence before the counter appears: short runs never show it
INTERVAL = 0.1  # seconds between redraws


class Progress:
    """Counts files; redraws one line in place and erases it before anything else is printed."""

    def __init__(self, stream: TextIO | None, clock: Callable[[], float] = time.monotonic):
        self.stream = stream  # None: disabled
        self.clock = clock
        self.count = 0
        self.started = self.drawn_at = clock()
        self.shown = False

    def tick(self) -> None:
        self.count += 1
        now = self.clock()
        if self.stream is None or now - self.started < DELAY or now - self.drawn_at < INTERVAL:
            return
        self.stream.write(f"\r\033[Knewslint: {self.count:,} files checked")
        self.stream.flush()
        self.drawn_at, self.shown = now, True

    def clear(self) -> None:
        """Erase the counter (it comes back at the next redraw)."""
        if self.shown:
            self.stream.write("\r\033[K")
            self.stream.flush()
            self.shown = False


def progress_for(stream: TextIO, quiet: bool) -> Progress:
    """A counter on `stream` when it is a terminal and -q is off; a silent one otherwise."""
    return Progress(stream if not quiet and stream.isatty() else None)

"""Rules whose findings the engine itself makes (unused suppressions)."""
from __future__ import annotations

from ..document import Document
from ..rule import Check, Finding

TYPE_CHECKING = False  # typing's flag, without importing typing: a run never does (~3 ms)
if TYPE_CHECKING:
    from typing import Iterable


class EngineRule(Check):
    """Declares a rule so it can be listed, selected and configured; the engine reports it."""

    name = "engine"
    DATA = frozenset()

    def find(self, doc: Document) -> Iterable[Finding]:
        return ()

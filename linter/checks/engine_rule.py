"""Rules whose findings the engine itself makes (unused suppressions)."""
from __future__ import annotations

from typing import Iterable

from ..document import Document
from ..rule import Check, Finding


class EngineRule(Check):
    """Declares a rule so it can be listed, selected and configured; the engine reports it."""

    name = "engine"
    DATA = frozenset()

    def find(self, doc: Document) -> Iterable[Finding]:
        return ()

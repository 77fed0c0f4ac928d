"""The hand-judged sample of findings on real prose stays well-formed and short."""

from __future__ import annotations

import real_prose


def test_every_judged_finding_has_a_verdict_and_a_reason() -> None:
    judged = real_prose.read_judged(real_prose.JUDGED)
    assert judged
    for row in judged.values():
        assert row["verdict"] in real_prose.VERDICTS
        assert row["reason"].strip()
        assert len(row["excerpt"]) <= 2 * real_prose.CONTEXT + real_prose.FLAGGED + 6  # an excerpt, not the article

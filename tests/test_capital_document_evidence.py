"""midsentence-capital: a text in which the rule already found slips went through a pipeline that
leaves link capitals, so there the capital model's weaker evidence counts too (options
`slips_to_trust`, `threshold_after_slips`); a text without slips keeps the model's threshold
(0.65 here: under `threshold_unexplained`, from which a capital no name's shape explains counts
anywhere, `tests/test_capital_unexplained.py`)."""
from __future__ import annotations

import math

import pytest

from linter import capitalmodel
from linter.engine import lint_text

RULE = "midsentence-capital"
# two slips the written contexts find (a participle after its auxiliary, an infinitive after
# `di` before its object's article), and a common noun only the model judges (`Cantiere`)
WITH_SLIPS = ("Il sindaco ha detto che il porto era Tornato operativo a maggio. La giunta ha deciso di Ridurre "
              "la spesa. I pescatori chiedono che il Cantiere non blocchi le banchine.")
WITHOUT_SLIPS = "I pescatori chiedono che il Cantiere non blocchi le banchine durante la stagione."


@pytest.fixture
def model_says():
    """Every capital the model judges scores `probability`; Italian's threshold is 0.9."""
    def use(probability: float) -> None:
        capitalmodel.use_model(capitalmodel.Model(math.log(probability / (1 - probability)), [], {"it": 0.9}))

    yield use
    capitalmodel.use_model(None)


def flagged(text: str) -> list[str]:
    return [text[d.start:d.end].split()[0] for d in lint_text(text, language="it") if d.rule == RULE]


def test_after_two_slips_the_models_likely_capital_is_reported(model_says):
    model_says(0.78)
    assert flagged(WITH_SLIPS) == ["Tornato", "Ridurre", "Cantiere"]


def test_without_slips_the_same_capital_needs_the_languages_threshold(model_says):
    model_says(0.65)
    assert flagged(WITHOUT_SLIPS) == []
    model_says(0.95)
    assert flagged(WITHOUT_SLIPS) == ["Cantiere"]


def test_below_the_lowered_threshold_nothing_is_added(model_says):
    model_says(0.5)
    assert flagged(WITH_SLIPS) == ["Tornato", "Ridurre"]


def test_slips_in_a_paragraph_that_is_no_running_text_are_no_evidence(model_says):
    model_says(0.65)  # a list line without a final mark (a block of headlines) opens nothing
    listing = ("Il porto era Tornato operativo e la giunta ha deciso di Ridurre la spesa\n\n"
               "I pescatori chiedono che il Cantiere non blocchi le banchine.")
    assert flagged(listing) == ["Tornato", "Ridurre"]


# one slip the written contexts find (a participle after its auxiliary), then a common noun only
# the model judges; a closed-class word and a capital a few words before a name
ONE_SLIP = ("Il sindaco ha detto che il porto era Tornato operativo a maggio. "
            "I pescatori chiedono che il Cantiere non blocchi le banchine.")


def test_after_one_slip_the_models_strong_evidence_counts(model_says):
    model_says(0.87)
    assert flagged(ONE_SLIP) == ["Tornato", "Cantiere"]
    model_says(0.78)  # under `threshold_after_slip` (0.85): two slips are needed for this much
    assert flagged(ONE_SLIP) == ["Tornato"]


def test_one_slip_is_no_evidence_for_a_closed_class_word_or_a_capital_before_a_name(model_says):
    model_says(0.87)
    closed = "Il porto era Tornato operativo a maggio e la giunta chiede Qualche posto barca in più."
    assert flagged(closed) == ["Tornato"]
    named = "Il porto era Tornato operativo a maggio. La guida Passeggiate della Val Seriana è esaurita."
    assert flagged(named) == ["Tornato"]

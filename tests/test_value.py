"""linter.value: the value classes behave as the dataclasses they replace."""
from __future__ import annotations

import copy
import pickle

import pytest

from linter.config import Settings
from linter.diagnostic import Diagnostic, Fix, Severity
from linter.fix import FixedResult
from linter.result import FileResult
from linter.rule import Finding


def diagnostic(**changes) -> Diagnostic:
    fields = dict(path="a.md", line=2, column=3, end_line=2, end_column=9, rule="spacing", message="m",
                  severity=Severity.WARNING, fix=Fix(" "), start=10, end=16, shares_line=False)
    return Diagnostic(**{**fields, **changes})


def test_equality_order_and_hash_see_the_compared_fields_only():
    a = diagnostic()
    assert a == diagnostic(fix=None, start=0, end=1, shares_line=True)  # not compared, as before
    assert hash(a) == hash(diagnostic(fix=Fix("x", False)))
    assert a != diagnostic(message="n") and a < diagnostic(line=3) and diagnostic(column=1) < a
    assert sorted({diagnostic(line=5), a, diagnostic(line=1), diagnostic()}) == [diagnostic(line=1), a,
                                                                                  diagnostic(line=5)]
    assert a != (a.path, a.line) and a.__lt__(object()) is NotImplemented
    assert Fix("x") < Fix("y") and Fix("x", False) < Fix("x", True)


def test_frozen_values_cannot_change_and_replace_copies():
    a = diagnostic()
    with pytest.raises(AttributeError):
        a.line = 7
    with pytest.raises(AttributeError):
        del a.rule
    b = a.replace(fix=None)
    assert b.fix is None and a.fix == Fix(" ") and b == a and b.start == a.start
    settings = Settings(language="it")
    assert settings.replace(select=("spacing",)) == Settings(language="it", select=("spacing",))
    assert {settings: 1}[Settings(language="it")] == 1


def test_mutable_values_are_unhashable_and_their_defaults_not_shared():
    first, second = FileResult("a.md"), FileResult("b.md")
    first.diagnostics.append(diagnostic())
    assert second.diagnostics == [] and Finding(0, 1).values == {} and Finding(0, 1).values is not Finding(0, 2).values
    with pytest.raises(TypeError):
        hash(first)
    assert FileResult("a.md", rendered={"json": "x"}) == FileResult("a.md")  # `rendered` is not compared


def test_values_pickle_copy_and_show_their_fields():
    fixed = FixedResult("a.md", [diagnostic()], "it", fixed=2, diff="-a\n+b\n")
    for value in (diagnostic(), Settings(ignore=("x",)), fixed, Finding(1, 2, {"text": "x"}, "y")):
        assert pickle.loads(pickle.dumps(value)) == value == copy.copy(value)
    assert pickle.loads(pickle.dumps(fixed)).diff == "-a\n+b\n"
    assert repr(Fix("x")) == "Fix(replacement='x', safe=True)"

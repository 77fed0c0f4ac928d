"""The reporters' indented JSON writer gives exactly what json.dumps(indent=2) gives."""
from __future__ import annotations

import json
import random

from linter.reporters.indented_json import dumps_indented

SCALARS = ["", "a\"b\\c/", "é\u2028\x00\ud800x", "ü\n\t\x7f", 0, -1, 10**30, 0.1, -0.0, 1e300,
           float("nan"), float("inf"), float("-inf"), True, False, None, [], {}]
KEYS = ["k", "é", "a\"", "\x01", ""]


def random_value(rng: random.Random, depth: int = 0) -> object:
    choice = rng.randrange(4 if depth < 4 else 1)
    if choice == 0:
        return rng.choice(SCALARS)
    if choice == 1:
        return [random_value(rng, depth + 1) for _ in range(rng.randrange(4))]
    return {rng.choice(KEYS) + str(i): random_value(rng, depth + 1) for i in range(rng.randrange(4))}


def test_random_documents_are_laid_out_as_json_dumps_does():
    rng = random.Random(11)
    for _ in range(3000):
        value = random_value(rng)
        assert dumps_indented(value) == json.dumps(value, ensure_ascii=False, indent=2)


def test_values_it_does_not_lay_out_itself_fall_back_to_json_dumps():
    for value in ({1: "x"}, (1, 2), {"a": (1, [2])}, [{"x": {True: 1}}]):
        assert dumps_indented(value) == json.dumps(value, ensure_ascii=False, indent=2)

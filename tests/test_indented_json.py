"""The reporters' indented JSON writer gives exactly what json.dumps(indent=2) gives."""
from __future__ import annotations

import io
import json
import random

from linter.reporters.indented_json import Streamed, write_indented

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


def written(value: object) -> str:
    out = io.StringIO()
    write_indented(out, value)
    return out.getvalue()


def test_random_documents_are_laid_out_as_json_dumps_does():
    rng = random.Random(11)
    for _ in range(3000):
        value = random_value(rng)
        assert written(value) == json.dumps(value, ensure_ascii=False, indent=2) + "\n"


def test_values_it_does_not_lay_out_itself_fall_back_to_json_dumps():
    for value in ({1: "x"}, (1, 2), {"a": (1, [2])}, [{"x": {True: 1}}]):
        assert written(value) == json.dumps(value, ensure_ascii=False, indent=2) + "\n"


def test_streamed_lists_are_written_as_the_lists_would_be():
    rng = random.Random(12)
    for count in (0, 1, 2, 255, 256, 257, 600):
        items = [random_value(rng, 1) for _ in range(count)]
        for document in (items, {"a": [{"results": items, "b": 1}], "c": items}):
            expected = json.dumps(document, ensure_ascii=False, indent=2) + "\n"
            if isinstance(document, list):
                shaped = Streamed(iter(items))
            else:
                shaped = {"a": [{"results": Streamed(iter(items)), "b": 1}], "c": Streamed(iter(items))}
            assert written(shaped) == expected, count


def test_streamed_items_and_documents_it_does_not_lay_out_fall_back_to_json_dumps():
    items = [(1, 2), {"a": (1, [2])}, {1: "x"}, "s"]
    assert written(Streamed(items)) == json.dumps(items, ensure_ascii=False, indent=2) + "\n"
    document = {1: Streamed(items)}
    assert written(document) == json.dumps({1: items}, ensure_ascii=False, indent=2) + "\n"

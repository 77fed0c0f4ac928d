"""How much a line looks like page furniture rather than article prose: a small logistic model.

The model reads general signals, never marker strings: whether the line is a sentence (final
punctuation, function-word density from the language file), its length and capitals, its
position against the body of prose, its neighbours (a run of short non-sentences), word
frequencies, and a few characters that prose rarely has (`|`, `©`, `@`). Its weights are data,
`models/line-boilerplate.json` in the rules folder, written by `tests/eval/train_line_model.py`.
Inference is pure Python and linear in the number of lines.
"""
from __future__ import annotations

import math
import os
from collections.abc import Iterator
from functools import lru_cache

from .compiled import compile_cached
from .document import WORD, Document
from .langdata import lowered_words
from .lexicon import has_lexicon, zipf
from .rules_cache import parsed_json
from .rulesdir import MODEL_FILE, builtin_rules_folder

_SENTENCE_END = compile_cached(r"[.!?…][\"”’»)\]]*$")
_MARKUP = compile_cached(r"^[\s>*#+\-–—•·►|]+")
# A time of day or a numeric date: what stamps, schedules and tables print.
_CLOCK = compile_cached(r"(?<!\d)\d{1,2}[:.h]\d{2}(?!\d)")
_NUMERIC_DATE = compile_cached(r"(?<!\d)\d{1,2}[./-]\d{1,2}[./-]\d{2,4}(?!\d)")
# Separators of a line of items: `A · B`, `A | B`, `A / B`, `A > B`.
_ITEM_SEPARATOR = compile_cached(r"\s[·•|/>›»]\s")


def _words(text: str) -> list[str]:
    return WORD.findall(text)


def _is_sentence(text: str, words: list[str]) -> bool:
    """A body line: eight words or more that end like a sentence."""
    return len(words) >= 8 and bool(_SENTENCE_END.search(text))


def _is_short(text: str, words: list[str]) -> bool:
    return 0 < len(words) <= 7 and not _SENTENCE_END.search(text)


def line_features(doc: Document) -> list[dict[str, float] | None]:
    """The features of every prose line of `doc` (None for a blank line)."""
    return list(iter_line_features(doc))


def iter_line_features(doc: Document) -> Iterator[dict[str, float] | None]:
    """The features of each prose line of `doc` in turn (None for a blank line), one dictionary
    alive at a time: a 10 MB text has some 170,000 lines."""
    bulleted = [bool(_MARKUP.match(line.lstrip() and line)) and bool(line.strip()) for line in doc.prose_lines]
    lines = [_MARKUP.sub("", line).strip() for line in doc.prose_lines]
    words = [_words(line) for line in lines]
    nonblank = [i for i, line in enumerate(lines) if line]
    if not nonblank:
        yield from [None] * len(lines)
        return
    sentence = [_is_sentence(line, w) for line, w in zip(lines, words)]
    short = [_is_short(line, w) for line, w in zip(lines, words)]
    body = [i for i in nonblank if sentence[i]]
    first_body, last_body = (body[0], body[-1]) if body else (len(lines), -1)
    order = {index: rank for rank, index in enumerate(nonblank)}
    runs = _short_runs(nonblank, short)
    counts: dict[str, int] = {}
    for i in nonblank:
        counts[lines[i]] = counts.get(lines[i], 0) + 1
    functions = lowered_words(doc, "function_words")
    bylines = lowered_words(doc, "byline_words")
    lexicon = has_lexicon(doc.language)
    following = 0
    for i in nonblank:
        yield from [None] * (i - following)
        following = i + 1
        rank = order[i]
        before = nonblank[rank - 1] if rank > 0 else None
        after = nonblank[rank + 1] if rank + 1 < len(nonblank) else None
        features = _features(
            lines[i], words[i], functions, bylines, lexicon, doc.language,
            position=(rank, len(nonblank), i < first_body, i > last_body),
            neighbours=(before is not None and sentence[before], after is not None and sentence[after],
                        before is not None and short[before], after is not None and short[after]),
            run=runs.get(i, 0), repeated=counts[lines[i]] > 1,
        )
        features.update(_context(lines, nonblank, rank, bulleted[i], first_body, last_body, len(body)))
        yield features
    yield from [None] * (len(lines) - following)


def _context(lines: list[str], nonblank: list[int], rank: int, bulleted: bool,
             first_body: int, last_body: int, body_lines: int) -> dict[str, float]:
    """Where the line stands in the whole text (`body_lines`: how many of its lines are
    sentences), and what the line above says of it."""
    i = nonblank[rank]
    above = lines[nonblank[rank - 1]] if rank > 0 else ""
    return {
        "relative_rank": rank / max(len(nonblank) - 1, 1),
        "after_colon_line": float(above.endswith(":")),
        "bulleted": float(bulleted),
        "inside_body": float(first_body < i < last_body),
        "few_sentences": float(body_lines <= 2),
    }


def _short_runs(nonblank: list[int], short: list[bool]) -> dict[int, int]:
    """For each short non-sentence line, the length of the run of such lines it belongs to."""
    runs: dict[int, int] = {}
    group: list[int] = []
    for i in [*nonblank, None]:
        if i is not None and short[i]:
            group.append(i)
            continue
        for member in group:
            runs[member] = len(group)
        group = []
    return runs


def _features(text: str, words: list[str], functions: frozenset[str], bylines: frozenset[str],
              lexicon: bool, language: str | None, *, position: tuple[int, int, bool, bool],
              neighbours: tuple[bool, bool, bool, bool], run: int, repeated: bool) -> dict[str, float]:
    n = len(words)
    lower = [w.lower() for w in words]
    letters = [c for c in text if c.isalpha()]
    capitalised = sum(1 for w in words[1:] if w[0].isupper())
    rank, total, before_body, after_body = position
    prev_sentence, next_sentence, prev_short, next_short = neighbours
    ends = _SENTENCE_END.search(text) is not None
    f = {
        "len_1": n <= 1, "len_2_3": 2 <= n <= 3, "len_4_7": 4 <= n <= 7, "len_8_15": 8 <= n <= 15,
        "len_16_30": 16 <= n <= 30, "len_31": n > 30,
        "log_chars": math.log1p(len(text)) / 6,
        "ends_sentence": ends, "ends_colon": text.endswith(":"),
        "function_share": sum(w in functions for w in lower) / n if n else 0.0,
        "no_function_word": n >= 3 and not any(w in functions for w in lower),
        "capital_share": capitalised / (n - 1) if n > 1 else 0.0,
        "all_caps": len(letters) >= 2 and not any(c.islower() for c in letters),
        "starts_lower": bool(text) and text[0].islower(),
        "starts_quote": bool(text) and text[0] in "\"“„«‘'",
        "digit_share": sum(c.isdigit() for c in text) / max(len(text), 1),
        "has_bar_or_slash": "|" in text or "/" in text,
        "has_at_or_url": "@" in text or "http" in text or "www." in text,
        "has_copyright": "©" in text,
        "has_colon_inside": ": " in text[:-1],
        "byline_start": bool(lower) and lower[0] in bylines and n > 1 and words[1][0].isupper(),
        "first_3": rank < 3, "last_3": rank >= total - 3,
        "before_body": before_body, "after_body": after_body,
        "prev_sentence": prev_sentence, "next_sentence": next_sentence,
        "prev_short": prev_short, "next_short": next_short,
        "short_alone": run == 1, "short_run_2": run >= 2, "short_run_4": run >= 4,
        "between_sentences": prev_sentence and next_sentence and not ends,
        "repeated": repeated,
        "has_clock": _CLOCK.search(text) is not None,
        "has_numeric_date": _NUMERIC_DATE.search(text) is not None,
        "item_separators": min(len(_ITEM_SEPARATOR.findall(text)), 3) / 3,
        "starts_digit": bool(text) and text[0].isdigit(),
        "ends_question": text.endswith("?"),
        "title_case": n >= 3 and all(w[0].isupper() for w in words if len(w) > 3),
        "mean_word_length": min(sum(map(len, words)) / n, 12) / 12 if n else 0.0,
        "short_inside_body": n <= 10 and not ends and not before_body and not after_body,
        "short_between_sentences": n <= 10 and not ends and prev_sentence and next_sentence,
    }
    if lexicon and n:
        frequencies = [zipf(w, language) for w in lower]
        f["mean_zipf"] = sum(frequencies) / n / 7
        f["rare_share"] = sum(z < 2.5 for z in frequencies) / n
    return {k: float(v) for k, v in f.items()}


def score(weights: dict[str, float], features: dict[str, float]) -> float:
    """The model's probability that a line with `features` is furniture."""
    z = weights.get("bias", 0.0) + sum(weights.get(k, 0.0) * v for k, v in features.items())
    return 1 / (1 + math.exp(-max(-30.0, min(30.0, z))))


@lru_cache(maxsize=4)
def load_weights(path: str) -> dict[str, float]:
    """The weights of a model file (empty when the file is missing: every line scores 0.5)."""
    try:
        return dict(parsed_json(path)["weights"])
    except (OSError, ValueError, KeyError):
        return {}


_override: dict[str, float] | None = None


def use_weights(weights: dict[str, float] | None) -> None:
    """Score with these weights instead of the shipped ones (training's cross-validation)."""
    global _override
    _override = weights


def probabilities(doc: Document) -> list[float | None]:
    """P(furniture) for every prose line of `doc`, computed once per document."""
    def compute(d: Document) -> list[float | None]:
        weights = _override if _override is not None else load_weights(os.path.join(builtin_rules_folder(), MODEL_FILE))
        return [None if f is None else score(weights, f) for f in iter_line_features(d)]

    return doc.memo("line-model", compute)

"""wordfreq's answer for a word of several tokens, from the compact lexicon, without wordfreq.

`wordfreq.zipf_frequency` cuts a word into tokens (`porte-parole` into `porte` and `parole`,
`l'impasto` into `l` and `impasto`, `23-jährige` into `23` and `jährige`, `dell'8` into `dell`
and `8`), looks each up
(a run of several digits as its digits made zeros, weighted by how often such a number
occurs), and combines them: 1/f = 1/f1 + 1/f2 + ... Importing wordfreq for that costs
a fifth of a second, so the common shapes are cut and combined here the same way; any other
word (other scripts, several apostrophes) returns None and asks wordfreq itself.
`tests/test_lexicon.py` holds the answers equal to wordfreq's over the corpora's words.
"""
from __future__ import annotations

import math

from .compiled import compile_cached
from .regex_engine import VERSION1

TYPE_CHECKING = False  # typing's flag, without importing typing: a run never does (~3 ms)
if TYPE_CHECKING:
    from typing import Callable

_LETTERS = r"[[\p{Latin}\p{Greek}\p{Cyrillic}]&&\p{L}]+"
# A part of letters and digits (`covid19`, `1ste`) is one token, as Unicode's word breaks keep it;
# an apostrophe before a number is a break (`dell'8`, `all'82`: the day of an Italian date).
_PART = compile_cached(rf"(?P<word>(?:{_LETTERS}|[0-9]+)+)|(?P<head>{_LETTERS})(?P<mark>['’])"
                       rf"(?P<tail>{_LETTERS}|[0-9](?:{_LETTERS}|[0-9]+)*)", VERSION1)
# Characters that end a token and are none (Unicode's word breaks fall on both sides of them,
# and wordfreq keeps no token of punctuation): `23-jährige`, `torhã¼ter` (mojibake), `10€`.
_SEPARATORS = compile_cached(r"[-!\"#$%&()*+/<=>?\[\\\]^`{|}~¡¢£¤¥§¨«¬¯±²³´¶¹»¼½¾¿×÷‐‑‒–—―‖‗‚‛“”„‟†‡•‣‥…‰‱′″‴‵‶‷‸‹›※‼‽‾€]")
# wordfreq looks a token up with each run of several digits made zeros (`covid00`).
_DIGIT_RUN = compile_cached(r"[0-9]{2,}")
# wordfreq cuts an elision (`l'`, `qu'`) off a word that opens with one of these letters.
_ELIDED_BEFORE = frozenset("AEHIOUYÁÉÍÓÚÀÈÌÒÙÂÊÎÔÛÅÏÖŒaehiouyáéíóúàèìòùâêîôûåïöœ")
# wordfreq's estimate of how often a number opens with each digit (Benford's law, roughly).
_DIGIT_FREQS = (0.009, 0.300, 0.175, 0.124, 0.096, 0.078, 0.066, 0.057, 0.050, 0.045)
_YEAR_LOG_PEAK, _NOT_YEAR_PROB, _REFERENCE_YEAR, _PLATEAU_WIDTH = -1.9185, 0.1, 2019, 20
_MINIMUM = 1e-9  # wordfreq's frequency for Zipf 0


def tokens(word: str) -> list[str] | None:
    """wordfreq's tokens of `word` (before case folding), or None for a shape not handled here."""
    found: list[str] = []
    for part in _SEPARATORS.split(word):
        if not part:
            continue
        match = _PART.fullmatch(part)
        if match is None:
            return None
        if match.group("head") is None:
            found.append(part)
        elif match.group("tail")[0].isdigit():
            found += [match.group("head"), match.group("tail")]
        elif match.group("mark") == "'" and len(match.group("head")) <= 2 and match.group("tail")[0] in _ELIDED_BEFORE:
            found += [match.group("head"), match.group("tail")]
        else:
            found.append(part.replace("’", "'"))
    return found


def zipf_of_tokens(found: list[str], centizipf: Callable[[str], int | None]) -> float:
    """wordfreq's Zipf value of a word of these (folded) tokens; `centizipf` gives a token's
    Zipf value in hundredths as the lexicon holds it (0 or None: not in the language's list)."""
    one_over = 0.0
    for token in found:
        smashed = _DIGIT_RUN.sub(lambda run: "0" * len(run.group()), token)
        value = centizipf(smashed)
        if not value:
            return 0.0
        frequency = 10 ** (-(900 - value) / 100)  # the token's band, as wordfreq stores it
        if smashed != token:
            frequency *= _digits_freq(token)
        one_over += 1.0 / frequency
    if not found:
        return 0.0
    unrounded = max(1.0 / one_over, _MINIMUM)
    rounded = round(unrounded, math.floor(-math.log(unrounded, 10)) + 3)
    return round(math.log(rounded, 10) + 9, 2)


def _digits_freq(token: str) -> float:
    """wordfreq's estimate of how often the token's runs of several digits occur (each a year
    or a number), multiplied in its order."""
    frequency = 1.0
    for digits in _DIGIT_RUN.findall(token):
        frequency *= _year_freq(digits) if len(digits) == 4 else _benford_freq(digits)
    return frequency


def _benford_freq(digits: str) -> float:
    return _DIGIT_FREQS[int(digits[0])] / 10 ** (len(digits) - 1)


def _year_freq(digits: str) -> float:
    year = int(digits)
    if year <= _REFERENCE_YEAR:
        log_freq = _YEAR_LOG_PEAK - 0.0083 * (_REFERENCE_YEAR - year)
    elif year <= _REFERENCE_YEAR + _PLATEAU_WIDTH:
        log_freq = _YEAR_LOG_PEAK
    else:
        log_freq = _YEAR_LOG_PEAK - 0.2 * (year - (_REFERENCE_YEAR + _PLATEAU_WIDTH))
    return 10.0 ** log_freq + _NOT_YEAR_PROB * _benford_freq(digits)

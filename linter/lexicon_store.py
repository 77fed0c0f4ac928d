"""The compact lexicon files: built from wordfreq once per language, cached, loaded in milliseconds.

A language has two files: a marisa trie of every word of its wordfreq list (mapped into
memory, not read: a run touches the few pages its words need), and each word's Zipf frequency
in hundredths (an array indexed by the trie's key ids, mapped too). Words of the English list that the
language's list lacks are kept too, with the value 0: merged-words counts a word either list
knows as a word. The files live in the user's cache folder (`user_cache`), named after the
wordfreq data they come from, so a new wordfreq rebuilds them.
"""
from __future__ import annotations

import math
import sys
from array import array

from .user_cache import cache_file, mapped, package_data_signature, save

FORMAT = b"NSLX2"
WORDS_FORMAT = b"NSLW2"
ENGLISH = "en"


class Lexicon:
    """Zipf values (in hundredths) of one language's words; 0 for words only English knows."""

    def __init__(self, trie, values: array):
        self._trie = trie
        self._id = trie.get
        self._values = values

    def centizipf(self, token: str) -> int | None:
        """The token's Zipf frequency times 100, 0 if only English knows it, None if unknown."""
        key = self._id(token)
        return None if key is None else self._values[key]

    def best_completion(self, prefix: str, limit: int) -> int:
        """The highest centizipf of a longer word that starts with `prefix`, among the first
        `limit` such words (0 if none): `sint` completes to `sintomi`."""
        best = 0
        for count, (token, key) in enumerate(self._trie.iteritems(prefix)):
            if count >= limit:
                break
            if token != prefix:
                best = max(best, self._values[key])
        return best


def load(language: str) -> Lexicon:
    """The language's lexicon from the cache folder, built there first when missing."""
    import marisa_trie

    name = f"{language}-{_signature(language)}"
    words, zipfs = cache_file("lexicon", f"{name}.trie"), cache_file("lexicon", f"{name}.zipf")
    try:
        trie = marisa_trie.Trie()
        trie.mmap(str(words))
        return _lexicon(trie, mapped(zipfs))
    except (OSError, ValueError, TypeError, RuntimeError):  # missing or damaged (marisa says RuntimeError)
        pass
    packed, values = _build(language)
    save(zipfs, values)
    save(words, packed)
    return _lexicon(marisa_trie.Trie().frombytes(packed), values)


def common_words(language: str, count: int):
    """The language's `count` commonest words in wordfreq's order (bands, then alphabetical), as
    a marisa trie (loaded in a millisecond, where a list had to be split and checked sorted);
    kept in the cache folder beside the lexicon, so wordfreq's list is read once."""
    import marisa_trie

    path = cache_file("lexicon", f"{language}-{_signature(language)}-{count}.trie")
    try:
        with open(path, "rb") as handle:
            data = handle.read()
        header, _, body = data.partition(b"\n")
        name, _, size = header.partition(b" ")
        if name == WORDS_FORMAT and size.isdigit():
            trie = marisa_trie.Trie().frombytes(body)
            if len(trie) == int(size):
                return trie
    except (OSError, ValueError, RuntimeError):
        pass
    from itertools import islice

    from wordfreq import iter_wordlist

    trie = marisa_trie.Trie(islice(iter_wordlist(language), count))
    save(path, WORDS_FORMAT + f" {len(trie)}\n".encode() + trie.tobytes())
    return trie


def _lexicon(trie, data: bytes | memoryview) -> Lexicon:
    """The lexicon of a trie and its values (little-endian 16-bit numbers, one per key), read
    in place where the machine's order is theirs (copying a language's values cost about half
    a millisecond a megabyte at every start)."""
    if sys.byteorder == "little":
        values = memoryview(data).cast("B").cast("H")
    else:
        values = array("H")
        values.frombytes(data)
        values.byteswap()
    if len(values) != len(trie):
        raise ValueError("damaged newslint lexicon")
    return Lexicon(trie, values)


def _build(language: str) -> tuple[bytes, bytes]:
    """The files' bytes, the trie and its values: the language's wordfreq list, then
    English's words it lacks."""
    import marisa_trie
    from wordfreq import get_frequency_list

    values = _centizipf_by_word(get_frequency_list(language, "best"))
    if language != ENGLISH:
        for word in _centizipf_by_word(get_frequency_list(ENGLISH, "best")):
            values.setdefault(word, 0)
    trie = marisa_trie.Trie(values)
    ordered = array("H", bytes(2 * len(trie)))
    for word, value in values.items():
        ordered[trie[word]] = value
    if sys.byteorder == "big":
        ordered.byteswap()
    return trie.tobytes(), ordered.tobytes()


def _centizipf_by_word(buckets: list[list[str]]) -> dict[str, int]:
    """Each word's Zipf value in hundredths, as `wordfreq.zipf_frequency` gives it for a word
    that is one token; a word listed twice keeps its last band, as wordfreq's dictionary does."""
    by_word: dict[str, int] = {}
    for band, words in enumerate(buckets):
        value = _centizipf_of_band(band)
        for word in words:
            by_word[word] = value
    return by_word


def _centizipf_of_band(band: int) -> int:
    """wordfreq's arithmetic for one token of band `band` (-band centibels): the frequency's
    round trip through 1/f, rounding to 3 significant digits, then Zipf to 2 decimals."""
    frequency = 1.0 / (1.0 / 10 ** (-band / 100))
    frequency = max(frequency, 10 ** 0.0 / 1e9)
    leading_zeroes = math.floor(-math.log(frequency, 10))
    frequency = round(frequency, leading_zeroes + 3)
    return round(round(math.log(frequency, 10) + 9, 2) * 100)


def _signature(language: str) -> str:
    """Names the wordfreq data a file comes from (its lists' names, sizes and times), unimported."""
    return package_data_signature("wordfreq", tuple(f"*_{code}.msgpack.gz" for code in sorted({language, ENGLISH})), FORMAT)

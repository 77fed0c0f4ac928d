"""Word frequencies: wordfreq's, read from a compact lexicon of the document's language.

A word of letters is one token for wordfreq, so its lexicon entry is its answer; a word of
several tokens (hyphens, digits, an elision) is combined from theirs as wordfreq does
(`wordfreq_tokens`); any other word (other scripts) asks wordfreq itself, imported only then.
"""
from __future__ import annotations

import unicodedata
from functools import lru_cache

from .compiled import compile_cached
from .regex_engine import VERSION1

# Languages wordfreq knows well enough for newslint's decisions.
SUPPORTED = frozenset({"it", "en", "de", "fr", "es", "pt", "nl"})
# Letters of the scripts whose words wordfreq's tokenizer keeps whole (no marks, digits, joiners).
COMPLETION_LIMIT = 5000  # words looked at for a completion (a prefix of three letters has more)
_ONE_TOKEN = compile_cached(r"[[\p{Latin}\p{Greek}\p{Cyrillic}]&&\p{L}]+", VERSION1)


@lru_cache(maxsize=200_000)
def zipf(word: str, language: str | None) -> float:
    """Zipf frequency of a word (0 = unknown, 3 = once per million words, 7 = 'the')."""
    if language not in SUPPORTED or not word:
        return 0.0
    if not _ONE_TOKEN.fullmatch(word):
        return _wordfreq_zipf(word, language)
    return (_lexicon(language).centizipf(_token(word)) or 0) / 100


@lru_cache(maxsize=200_000)
def known(word: str, language: str | None) -> bool:
    """True when the language's word list or the English one has the word."""
    if language not in SUPPORTED or not word:
        return False
    if not _ONE_TOKEN.fullmatch(word):
        return _wordfreq_zipf(word, language) > 0 or _wordfreq_zipf(word, "en") > 0
    return _lexicon(language).centizipf(_token(word)) is not None


@lru_cache(maxsize=4096)
def completion_zipf(prefix: str, language: str | None) -> float:
    """Zipf frequency of the most frequent longer word that starts with `prefix` (0 if none):
    a word cut short (`intens`) is the start of a frequent one (`intensificarse`)."""
    if language not in SUPPORTED or not prefix or not _ONE_TOKEN.fullmatch(prefix):
        return 0.0
    return _lexicon(language).best_completion(_token(prefix), COMPLETION_LIMIT) / 100


def has_lexicon(language: str | None) -> bool:
    return language in SUPPORTED


def _token(word: str) -> str:
    """The word as wordfreq looks it up: NFC, case-folded (as its preprocessing and tokenizer do),
    the apostrophe that folding `ŉ` makes straightened (as its quote uncurling does)."""
    folded = unicodedata.normalize("NFC", unicodedata.normalize("NFC", word).casefold()).casefold()
    return folded.replace("\u02bc", "'")


@lru_cache(maxsize=None)
def _lexicon(language: str):
    from .lexicon_store import load

    return load(language)


def _wordfreq_zipf(word: str, language: str) -> float:
    """wordfreq's Zipf value of a word of several tokens: from the lexicon for the shapes
    `wordfreq_tokens` knows (hyphens, numbers, an elision), else from wordfreq itself."""
    from .wordfreq_tokens import tokens, zipf_of_tokens

    found = tokens(word)
    if found is not None:
        return zipf_of_tokens([_token(t) for t in found], _lexicon(language).centizipf)
    from wordfreq import zipf_frequency

    return zipf_frequency(word, language)


# How many of a language's commonest words count, and how many must open with a part for it to
# be a prefix that builds words (`over-`, `sobre-`, `über-`), not a word another was glued to.
_PREFIX_VOCABULARY = 60_000
_PREFIX_MIN_WORDS = 3
_PREFIX_MIN_TAIL = 4


@lru_cache(maxsize=8)
def _vocabulary(language: str):
    from .lexicon_store import common_words

    return common_words(language, _PREFIX_VOCABULARY)


def builds_words(prefix: str, language: str | None) -> bool:
    """`prefix` opens several common words that go on for a few letters (`mega` in `megavatios`)."""
    if language not in SUPPORTED or not prefix:
        return False
    found = 0
    for word in _vocabulary(language).iterkeys(prefix):
        found += len(word) >= len(prefix) + _PREFIX_MIN_TAIL
        if found >= _PREFIX_MIN_WORDS:
            return True
    return False

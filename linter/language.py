"""Which language a document is in: declared, configured, or identified from the text.

Identification first counts the function words of each language file: on a whole article
that settles the seven languages clearly and costs nothing. When the count is not clear
(short texts, other languages) py3langid's model (`langid`) decides, over all the languages
it knows, so an unsupported language is recognised as such instead of being forced into a
supported one.
"""
from __future__ import annotations

from collections import Counter
from itertools import filterfalse, islice

from .document import Document
from .langdata import lowered
from .langnames import normalise_language, unknown_language_message

DEFAULT_LANGUAGE = "en"
MIN_WORDS_TO_IDENTIFY = 8
MIN_CONFIDENCE = 0.9
# A function-word count settles the language when it has this many hits, this share of the
# words, and this lead over the runner-up.
MIN_HITS, MIN_SHARE, MIN_LEAD = 12, 0.2, 2.0
UNDETERMINED = "und"
# The opening words identification reads (the share of function words is counted among them).
IDENTIFY_WORDS = 2000


def declared_language(metadata: dict) -> str | None:
    """`lang` or `language` from front matter as an ISO 639-1 code (`it-IT`, `italiano` -> `it`)."""
    return normalise_language(_declared_value(metadata))


def _declared_value(metadata: dict):
    value = metadata.get("lang") or metadata.get("language")
    return value if isinstance(value, str) and value.strip() else None


def resolve_language(doc: Document, configured: str | None, languages: dict[str, dict]) -> tuple[str, str]:
    """(language, where it came from): front matter, then config/CLI, then identification.

    A front-matter value that is no language is a notice on the document, then ignored.
    """
    declared = declared_language(doc.metadata)
    if declared:
        return declared, "front matter"
    value = _declared_value(doc.metadata)
    if value is not None:
        key = "lang" if doc.metadata.get("lang") else "language"
        doc.notices.append(f"{doc.path}: front matter {key}: {unknown_language_message(value)}")
    if configured:
        return normalise_language(configured) or configured.lower(), "configured"
    words = list(islice(filterfalse(str.isdigit, doc.words.texts), IDENTIFY_WORDS))  # all it reads
    if len(words) < MIN_WORDS_TO_IDENTIFY:
        return DEFAULT_LANGUAGE, "default"
    return by_function_words(words, languages) or identify(" ".join(words[:IDENTIFY_WORDS])), "identified"


def by_function_words(words: list[str], languages: dict[str, dict]) -> str | None:
    """The language whose function words clearly dominate the text, or None."""
    words = words[:IDENTIFY_WORDS]
    counts = Counter(map(str.lower, words))
    scores = sorted(((sum(map(counts.__getitem__, _function_words(code, data).intersection(counts))), code)
                     for code, data in languages.items()), reverse=True)
    if not scores:
        return None
    (best, code), runner_up = scores[0], (scores[1][0] if len(scores) > 1 else 0)
    clear = best >= MIN_HITS and best >= MIN_SHARE * len(words) and best >= MIN_LEAD * runner_up
    return code if clear else None


def _function_words(code: str, data: dict) -> frozenset[str]:
    return lowered(tuple(map(str, data.get("function_words") or ())))


def identify(text: str) -> str:
    """ISO 639-1 code of the text's language, or `und` when the identifier is unsure."""
    from .langid import classify

    code, confidence = classify(text)
    return code if confidence >= MIN_CONFIDENCE else UNDETERMINED

"""Which language a document is in: declared, configured, or identified from the text."""
from __future__ import annotations

from functools import lru_cache

from .document import Document

DEFAULT_LANGUAGE = "en"
MIN_WORDS_TO_IDENTIFY = 8
MIN_CONFIDENCE = 0.9
UNDETERMINED = "und"


def declared_language(metadata: dict) -> str | None:
    """`lang` or `language` from front matter, reduced to its primary subtag (`it-IT` -> `it`)."""
    value = metadata.get("lang") or metadata.get("language")
    if not isinstance(value, str) or not value.strip():
        return None
    return value.strip().replace("_", "-").split("-")[0].lower()


def resolve_language(doc: Document, configured: str | None) -> tuple[str, str]:
    """(language, where it came from): front matter, then config/CLI, then identification."""
    declared = declared_language(doc.metadata)
    if declared:
        return declared, "front matter"
    if configured:
        return configured.lower(), "configured"
    words = [t.text for t in doc.words if not t.text.isdigit()]
    if len(words) < MIN_WORDS_TO_IDENTIFY:
        return DEFAULT_LANGUAGE, "default"
    return identify(" ".join(words[:2000])), "identified"


def identify(text: str) -> str:
    """ISO 639-1 code of the text's language, or `und` when the identifier is unsure."""
    code, confidence = _identifier().classify(text)
    return code if confidence >= MIN_CONFIDENCE else UNDETERMINED


@lru_cache(maxsize=1)
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)

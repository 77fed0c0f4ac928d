"""LanguageTool's HTTP API v2 as data: request parameters in, matches and languages out."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .options import Options

# newslint language -> LanguageTool code; a variant where spelling needs one. Others pass as they are;
# a language newslint could not identify (`und`) is left to LanguageTool's own detection.
AUTO = "auto"
DEFAULT_LANGUAGES = {"en": "en-US", "de": "de-DE", "pt": "pt-PT", "it": "it", "fr": "fr", "es": "es", "nl": "nl",
                     "und": AUTO}


class ProtocolError(Exception):
    """A response that does not have the documented shape."""


@dataclass(frozen=True)
class Match:
    """One LanguageTool match; `offset` and `length` count UTF-16 units of the request text."""

    offset: int
    length: int
    rule_id: str
    category: str
    message: str
    replacements: tuple[str, ...] = ()


def language_code(language: str | None, options: Options) -> str:
    """The LanguageTool code for a newslint language: configured, else the default table."""
    code = language or "en"
    return dict(options.language).get(code) or DEFAULT_LANGUAGES.get(code, code)


def check_params(language: str, data: str, options: Options) -> dict[str, str]:
    """Form fields of `POST /v2/check` for one piece of a document."""
    params = {"language": language, "data": data}
    if options.mother_tongue:
        params["motherTongue"] = options.mother_tongue
    if options.enabled_rules:
        params["enabledRules"] = ",".join(options.enabled_rules)
    if options.enabled_only:
        params["enabledOnly"] = "true"
    if options.disabled_rules:
        params["disabledRules"] = ",".join(options.disabled_rules)
    if options.disabled_categories:
        params["disabledCategories"] = ",".join(options.disabled_categories)
    if options.picky:
        params["level"] = "picky"
    return params


def parse_check(body: Any) -> tuple[list[Match], str | None]:
    """The matches of a `/v2/check` response, and why results are incomplete (if the server says so)."""
    if not isinstance(body, dict) or not isinstance(body.get("matches"), list):
        raise ProtocolError("the response has no 'matches' list")
    try:
        matches = [_match(item) for item in body["matches"]]
    except (KeyError, TypeError, ValueError) as exc:
        raise ProtocolError(f"a match lacks a documented field ({exc})") from None
    warnings = body.get("warnings") or {}
    incomplete = warnings.get("incompleteResults") if isinstance(warnings, dict) else False
    reason = (warnings.get("incompleteResultsReason") or "no reason given") if incomplete else None
    return matches, reason


def _match(item: dict) -> Match:
    rule = item["rule"]
    replacements = tuple(str(r["value"]) for r in item.get("replacements") or () if isinstance(r, dict) and "value" in r)
    return Match(offset=int(item["offset"]), length=int(item["length"]), rule_id=str(rule["id"]),
                 category=str((rule.get("category") or {}).get("id") or ""), message=str(item["message"]),
                 replacements=replacements)


def parse_languages(body: Any) -> frozenset[str]:
    """Every `code` and `longCode` of a `/v2/languages` response."""
    if not isinstance(body, list) or not all(isinstance(item, dict) for item in body):
        raise ProtocolError("the language list is not a list of objects")
    return frozenset(str(item[key]) for item in body for key in ("code", "longCode") if item.get(key))

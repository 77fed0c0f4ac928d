"""LanguageTool's HTTP API v2 as data: request parameters in, matches and languages out."""
from __future__ import annotations

from dataclasses import dataclass

from .defaults import Defaults
from .options import Options

TYPE_CHECKING = False  # typing's flag, without importing typing: a run never does (~3 ms)
if TYPE_CHECKING:
    from typing import Any

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


def check_params(language: str, data: str, options: Options, defaults: Defaults | None = None,
                 newslint_language: str | None = None) -> dict[str, str]:
    """Form fields of `POST /v2/check` for one piece of a document.

    `defaults` adds the rules and categories disabled by default for `newslint_language`; an
    id in `enabled_rules` stays on.
    """
    params = {"language": language, "data": data}
    if options.mother_tongue:
        params["motherTongue"] = options.mother_tongue
    if options.enabled_rules:
        params["enabledRules"] = ",".join(options.enabled_rules)
    if options.enabled_only:
        params["enabledOnly"] = "true"
    disabled_rules, disabled_categories = list(options.disabled_rules), list(options.disabled_categories)
    if defaults is not None:
        disabled_rules += sorted(defaults.rules_for(newslint_language) - set(options.enabled_rules) - set(disabled_rules))
        disabled_categories += sorted(defaults.categories_for(newslint_language) - set(disabled_categories))
    if disabled_rules:
        params["disabledRules"] = ",".join(disabled_rules)
    if disabled_categories:
        params["disabledCategories"] = ",".join(disabled_categories)
    if options.picky:
        params["level"] = "picky"
    return params


def parse_check(body: Any) -> tuple[list[Match], str | None]:
    """The matches of a `/v2/check` response, and why results are incomplete (if the server says so)."""
    if not isinstance(body, dict) or not isinstance(body.get("matches"), list):
        raise ProtocolError("the response has no 'matches' list")
    matches = [_match(item) for item in body["matches"]]
    warnings = body.get("warnings") or {}
    incomplete = warnings.get("incompleteResults") if isinstance(warnings, dict) else False
    reason = (str(warnings.get("incompleteResultsReason") or "no reason given")[:200]) if incomplete else None
    return matches, reason


def _match(item: Any) -> Match:
    """One match, every documented field of the expected type; ProtocolError names the first that is not."""
    if not isinstance(item, dict):
        raise ProtocolError(f"a match is {type(item).__name__}, not an object")
    rule = _typed(item.get("rule"), "rule", dict)
    category = _typed(rule.get("category", {}), "rule.category", dict)
    offset, length = (_typed(item.get(key), key, int) for key in ("offset", "length"))
    if isinstance(offset, bool) or isinstance(length, bool) or offset < 0 or length < 0:
        raise ProtocolError("a match has a negative or non-numeric offset or length")
    replacements = _typed(item.get("replacements") or [], "replacements", list)
    return Match(offset=offset, length=length, rule_id=_typed(rule.get("id"), "rule.id", str)[:200],
                 category=str(_typed(category.get("id", ""), "rule.category.id", str))[:200],
                 message=_typed(item.get("message"), "message", str)[:1000],
                 replacements=tuple(r["value"] for r in replacements if isinstance(r, dict) and isinstance(r.get("value"), str)))


def _typed(value: Any, name: str, kind: type) -> Any:
    if not isinstance(value, kind):
        raise ProtocolError(f"a match's '{name}' is {type(value).__name__}, not {kind.__name__}")
    return value


def parse_languages(body: Any) -> frozenset[str]:
    """Every `code` and `longCode` of a `/v2/languages` response."""
    if not isinstance(body, list) or not all(isinstance(item, dict) for item in body):
        raise ProtocolError("the language list is not a list of objects")
    return frozenset(item[key] for item in body for key in ("code", "longCode") if isinstance(item.get(key), str))

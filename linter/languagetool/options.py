"""The `languagetool:` section: validated when the configuration loads, read by the grammar check."""
from __future__ import annotations

from ..diagnostic import Severity
from ..errors import ConfigError
from ..value import Frozen, set_field

TYPE_CHECKING = False  # typing's flag, without importing typing: a run never does (~3 ms)
if TYPE_CHECKING:
    from typing import Any, Mapping

DEFAULT_TIMEOUT = 15.0
DEFAULT_MAX_REQUEST_CHARS = 20000
DEFAULT_SEVERITY_KEY = "default"
_BOOLS = ("local", "enabled_only", "picky", "drop_covered", "required", "default_disabled")
_LISTS = ("disabled_rules", "enabled_rules", "disabled_categories")
KEYS = frozenset({"url", "language", "mother_tongue", "severity", "timeout", "max_request_chars",
                  *_BOOLS, *_LISTS})


class Options(Frozen):
    """How to reach LanguageTool and what to ask of it; `enabled` is false without url or local."""

    __slots__ = FIELDS = ("url", "local", "language", "disabled_rules", "enabled_rules", "enabled_only",
                          "disabled_categories", "picky", "mother_tongue", "severity", "drop_covered",
                          "default_disabled", "timeout", "max_request_chars", "required")

    def __init__(self, url: str | None = None, local: bool = False, language: tuple[tuple[str, str], ...] = (),
                 disabled_rules: tuple[str, ...] = (), enabled_rules: tuple[str, ...] = (), enabled_only: bool = False,
                 disabled_categories: tuple[str, ...] = (), picky: bool = False, mother_tongue: str | None = None,
                 severity: tuple[tuple[str, Severity], ...] = (), drop_covered: bool = True,
                 default_disabled: bool = True, timeout: float = DEFAULT_TIMEOUT,
                 max_request_chars: int = DEFAULT_MAX_REQUEST_CHARS, required: bool = False):
        for name, value in (("url", url), ("local", local), ("language", language),
                            ("disabled_rules", disabled_rules), ("enabled_rules", enabled_rules),
                            ("enabled_only", enabled_only), ("disabled_categories", disabled_categories),
                            ("picky", picky), ("mother_tongue", mother_tongue), ("severity", severity),
                            ("drop_covered", drop_covered), ("default_disabled", default_disabled),
                            ("timeout", timeout), ("max_request_chars", max_request_chars), ("required", required)):
            set_field(self, name, value)

    @property
    def enabled(self) -> bool:
        return bool(self.url or self.local)

    def severity_for(self, category: str) -> Severity | None:
        """The configured severity for a LanguageTool category (or `default`), else None."""
        table = dict(self.severity)
        return table.get(category.upper(), table.get(DEFAULT_SEVERITY_KEY))


def parse_options(raw: Mapping[str, Any], where: str = "languagetool") -> Options:
    """Validate the section; each problem is one line naming the key, with a hint."""
    for key in raw:
        if key not in KEYS:
            import difflib  # only for a hint

            hint = difflib.get_close_matches(str(key), sorted(KEYS), n=1)
            suffix = f"; did you mean '{hint[0]}'?" if hint else f"; known keys: {', '.join(sorted(KEYS))}"
            raise ConfigError(f"{where}: unknown key '{key}'{suffix}")
    values: dict[str, Any] = {key: _bool(raw[key], key, where) for key in _BOOLS if raw.get(key) is not None}
    values.update({key: _names(raw[key], key, where) for key in _LISTS if raw.get(key) is not None})
    if raw.get("url") is not None:
        values["url"] = normalise_url(raw["url"], f"{where}: url")
    if values.get("url") and values.get("local"):
        raise ConfigError(f"{where}: set either 'url' (a server you run) or 'local: true', not both")
    if values.get("enabled_only") and not values.get("enabled_rules"):
        raise ConfigError(f"{where}: 'enabled_only: true' needs 'enabled_rules' (the only rules to run)")
    if raw.get("language") is not None:
        values["language"] = tuple(sorted(_text_mapping(raw["language"], "language", where).items()))
    if raw.get("mother_tongue") is not None:
        values["mother_tongue"] = _text(raw["mother_tongue"], "mother_tongue", where)
    if raw.get("severity") is not None:
        values["severity"] = _severities(raw["severity"], where)
    if raw.get("timeout") is not None:
        values["timeout"] = _positive(raw["timeout"], "timeout", where, float)
    if raw.get("max_request_chars") is not None:
        values["max_request_chars"] = _positive(raw["max_request_chars"], "max_request_chars", where, int)
    return Options(**values)


def normalise_url(value: Any, where: str) -> str:
    """`http://host:port` without a trailing `/` or `/v2`: the API paths are added per request."""
    from urllib.parse import urlsplit  # only for a URL (it imports `re`, which a run need not)

    text = str(value).strip().rstrip("/")
    parts = urlsplit(text)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ConfigError(f"{where}: expected an http(s) URL such as http://localhost:8010, got {value!r}")
    return text[: -len("/v2")] if text.endswith("/v2") else text


def with_url(section: tuple[tuple[str, Any], ...], url: str) -> tuple[tuple[str, Any], ...]:
    """A frozen `languagetool` section with the server replaced (`--languagetool-url`)."""
    items = dict(section)
    items.pop("local", None)
    items["url"] = normalise_url(url, "--languagetool-url")
    return tuple(sorted(items.items()))


def _bool(value: Any, key: str, where: str) -> bool:
    if not isinstance(value, bool):
        raise ConfigError(f"{where}: '{key}' must be true or false, got {value!r}")
    return value


def _names(value: Any, key: str, where: str) -> tuple[str, ...]:
    if isinstance(value, str):
        value = value.split(",")
    if not isinstance(value, (list, tuple)) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{where}: '{key}' must be a list of LanguageTool ids, e.g. [WHITESPACE_RULE]")
    return tuple(dict.fromkeys(v.strip() for v in value if v.strip()))


def _text(value: Any, key: str, where: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ConfigError(f"{where}: '{key}' must be a language code such as de-DE")
    return value.strip()


def _text_mapping(value: Any, key: str, where: str) -> dict[str, str]:
    if isinstance(value, (list, tuple)) and not value:  # an empty mapping, once frozen and thawed
        return {}
    if not isinstance(value, dict):
        raise ConfigError(f"{where}: '{key}' must map newslint languages to LanguageTool codes, e.g. {{pt: pt-BR}}")
    return {str(k): _text(v, f"{key}.{k}", where) for k, v in value.items()}


def _severities(value: Any, where: str) -> tuple[tuple[str, Severity], ...]:
    if not isinstance(value, dict):
        raise ConfigError(f"{where}: 'severity' must map LanguageTool categories to severities, "
                          "e.g. {TYPOS: warning, GRAMMAR: error, default: info}")
    table = {}
    for category, level in value.items():
        try:
            key = str(category) if category == DEFAULT_SEVERITY_KEY else str(category).upper()
            table[key] = Severity.parse(level)
        except ValueError as exc:
            raise ConfigError(f"{where}: severity.{category}: {exc}") from None
    return tuple(sorted(table.items()))


def _positive(value: Any, key: str, where: str, kind: type) -> Any:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value <= 0 or (kind is int and value != int(value)):
        noun = "a positive whole number" if kind is int else "a positive number of seconds"
        raise ConfigError(f"{where}: '{key}' must be {noun}, got {value!r}")
    return kind(value)

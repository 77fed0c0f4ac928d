"""The rules in force for one set of settings, validated against the registry."""
from __future__ import annotations

from functools import lru_cache

from .config import Settings, thaw
from .diagnostic import Severity
from .errors import ConfigError
from .registry import Registry, check_class, load_registry, unknown_rule_message
from .rule import COMMON_OPTIONS, Rule
from .value import Value

SELECT_ALL = "ALL"


class RuleSet(Value):
    """Enabled rules by id, plus the registry they came from."""

    FIELDS = ("registry", "rules")

    def __init__(self, registry: Registry, rules: dict[str, Rule]):
        self.registry, self.rules = registry, rules

    def for_language(self, language: str | None) -> list[Rule]:
        """Rules that apply to a language; an unsupported language gets the language-free ones.

        A language file may opt into rules that do not list it (`rules: [midsentence-capital]`),
        so a new language needs no edit of the built-in rule files.
        """
        opted_in = set((self.registry.languages.get(language) or {}).get("rules") or ())
        return [rule for rule in self.rules.values() if rule.spec.applies_to(language) or rule.id in opted_in]


@lru_cache(maxsize=64)
def build_ruleset(settings: Settings) -> RuleSet:
    registry = load_registry(settings.rules_paths)
    for rule_id in (*(settings.select or ()), *settings.ignore):
        if rule_id != SELECT_ALL and rule_id not in registry.specs:
            raise ConfigError(unknown_rule_message(rule_id, registry.specs))
    selected = registry.specs if settings.select in (None, (SELECT_ALL,)) else {
        rule_id: registry.specs[rule_id] for rule_id in settings.select if rule_id != SELECT_ALL
    }
    if settings.select and SELECT_ALL in settings.select:
        selected = registry.specs
    per_rule = settings.rule_config()
    for rule_id in per_rule:
        if rule_id not in registry.specs:
            raise ConfigError(unknown_rule_message(rule_id, registry.specs))
    rules: dict[str, Rule] = {}
    for rule_id, spec in selected.items():
        if rule_id in settings.ignore or per_rule.get(rule_id) == "off":
            continue
        options = thaw(dict(per_rule.get(rule_id) or {}))
        severity = spec.severity
        if "severity" in options:
            try:
                severity = Severity.parse(options.pop("severity"))
            except ValueError as exc:
                raise ConfigError(f"rules.{rule_id}: {exc}") from None
        cls = check_class(spec.check)
        defaults = {**COMMON_OPTIONS, **cls.OPTIONS, **spec.options}
        for key in options:
            if key not in defaults:
                known = ", ".join(sorted(defaults)) or "none"
                raise ConfigError(f"rules.{rule_id}: unknown option '{key}' (options: {known}, severity)")
            _check_option_type(rule_id, key, options[key], defaults[key])
        check = cls(spec, options)
        check.configure(settings)
        rules[rule_id] = Rule(spec=spec, check=check, severity=severity)
    return RuleSet(registry=registry, rules=rules)


MAX_OPTION_NUMBER = 100_000


def _check_option_type(rule_id: str, key: str, value: object, default: object) -> None:
    """An option takes the type of its default (an integer also serves for a float), within bounds."""
    if isinstance(default, bool):
        valid, expected = isinstance(value, bool), "true or false"
    elif isinstance(default, (int, float)):
        kinds = (int,) if isinstance(default, int) else (int, float)
        valid = isinstance(value, kinds) and not isinstance(value, bool) and 0 <= value <= MAX_OPTION_NUMBER
        expected = f"{'an integer' if kinds == (int,) else 'a number'} from 0 to {MAX_OPTION_NUMBER:,}"
    elif isinstance(default, str):
        valid, expected = isinstance(value, str), "a string"
    else:
        valid, expected = isinstance(value, type(default)), f"a {type(default).__name__}"
    if not valid:
        raise ConfigError(f"rules.{rule_id}.{key}: expected {expected}, not {_shown(value)}")


def _shown(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."

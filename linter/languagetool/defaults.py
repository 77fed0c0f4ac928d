"""The LanguageTool rules and categories the grammar rule turns off by default, per language.

They live in the rule's YAML (`default_disabled`, each id with the reason it misfires on news);
`languagetool: {default_disabled: false}` sends LanguageTool's own defaults instead, and an id in
`enabled_rules` turns one back on.
"""
from __future__ import annotations

from ..errors import ConfigError
from ..value import Frozen, set_field

TYPE_CHECKING = False  # typing's flag, without importing typing: a run never does (~3 ms)
if TYPE_CHECKING:
    from typing import Any, Mapping

EVERY_LANGUAGE = "all"


class Defaults(Frozen):
    """Disabled rule and category ids, by newslint language (`all`: every language)."""

    __slots__ = FIELDS = ("rules", "categories")

    def __init__(self, rules: Mapping[str, frozenset[str]] | None = None,
                 categories: Mapping[str, frozenset[str]] | None = None):
        set_field(self, "rules", {} if rules is None else rules)
        set_field(self, "categories", {} if categories is None else categories)

    def rules_for(self, language: str | None) -> frozenset[str]:
        return self.rules.get(EVERY_LANGUAGE, frozenset()) | self.rules.get(language or "", frozenset())

    def categories_for(self, language: str | None) -> frozenset[str]:
        return self.categories.get(EVERY_LANGUAGE, frozenset()) | self.categories.get(language or "", frozenset())

    def lets_through(self, language: str | None, rule: str, category: str) -> bool:
        return rule not in self.rules_for(language) and category not in self.categories_for(language)


def load_defaults(data: Mapping[str, Any]) -> Defaults:
    """`default_disabled: {LANG: {rules: {ID: reason}, categories: {ID: reason}}}` of the rule's data."""
    table = data.get("default_disabled") or {}
    if not isinstance(table, dict) or not all(isinstance(entry, dict) for entry in table.values()):
        raise ConfigError("default_disabled: expected {LANGUAGE: {rules: {ID: reason}, categories: {ID: reason}}}")
    return Defaults({str(language): _ids(entry, "rules", language) for language, entry in table.items()},
                    {str(language): _ids(entry, "categories", language) for language, entry in table.items()})


def _ids(entry: dict, key: str, language: str) -> frozenset[str]:
    ids = entry.get(key) or {}
    if not isinstance(ids, dict) or not all(isinstance(reason, str) and reason.strip() for reason in ids.values()):
        raise ConfigError(f"default_disabled.{language}.{key}: expected each LanguageTool id with the reason it is off")
    return frozenset(map(str, ids))

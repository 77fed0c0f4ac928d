"""The grammar rule's default disabled LanguageTool rules and categories (rules/grammar.yaml)."""
from __future__ import annotations

import pytest

from linter.errors import ConfigError
from linter.languagetool.defaults import load_defaults
from linter.languagetool.options import parse_options
from linter.languagetool.protocol import check_params
from linter.registry import load_registry

DATA = {"default_disabled": {
    "all": {"rules": {"R_ALL": "fires on every MT article"}, "categories": {"STYLE": "style is the desk's call"}},
    "it": {"rules": {"R_IT": "proper nouns"}},
}}


def test_each_language_gets_its_own_and_the_common_ids():
    defaults = load_defaults(DATA)
    assert defaults.rules_for("it") == {"R_ALL", "R_IT"} and defaults.rules_for("de") == {"R_ALL"}
    assert defaults.categories_for("it") == {"STYLE"}
    assert not defaults.lets_through("it", "R_IT", "TYPOS") and defaults.lets_through("de", "R_IT", "TYPOS")
    assert not defaults.lets_through("de", "X", "STYLE")


def test_they_are_sent_with_the_configured_ones_and_enabled_rules_win():
    defaults = load_defaults(DATA)
    options = parse_options({"url": "http://lt", "disabled_rules": ["MINE"], "enabled_rules": ["R_IT"]})
    params = check_params("it", "{}", options, defaults, "it")
    assert params["disabledRules"] == "MINE,R_ALL" and params["disabledCategories"] == "STYLE"
    assert "disabledRules" not in check_params("it", "{}", parse_options({"url": "http://lt"}))


def test_default_disabled_false_sends_languagetools_own_defaults():
    assert parse_options({"url": "http://lt"}).default_disabled
    assert not parse_options({"url": "http://lt", "default_disabled": False}).default_disabled


@pytest.mark.parametrize("data, message", [
    ({"default_disabled": ["X"]}, "default_disabled: expected {LANGUAGE:"),
    ({"default_disabled": {"it": {"rules": ["X"]}}}, "default_disabled.it.rules: expected each LanguageTool id with the reason"),
    ({"default_disabled": {"it": {"rules": {"X": ""}}}}, "default_disabled.it.rules: expected each LanguageTool id with the reason"),
])
def test_a_malformed_table_is_a_configuration_error(data, message):
    with pytest.raises(ConfigError, match=message.replace("{", r"\{")):
        load_defaults(data)


def test_every_shipped_id_has_a_reason():
    data = load_registry(()).specs["grammar"].data
    load_defaults(data)  # raises on an id without a reason
    assert set(data["default_disabled"]) <= {"all", "it", "en", "de", "fr", "es", "pt", "nl"}

"""YAML with 1.2 booleans: only true/false are booleans, so `no`, `on`, `off` stay words.

Uses libyaml's C loader when PyYAML has it (rule files are read at every start).
"""
from __future__ import annotations

import regex
import yaml

_BASE = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class DataLoader(_BASE):  # type: ignore[misc, valid-type]
    """Safe loader that leaves yes/no/on/off (word lists, `rule: off`) as strings."""


DataLoader.yaml_implicit_resolvers = {
    key: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:bool"]
    for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
DataLoader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", regex.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF"))


def load_yaml(text: str):
    return yaml.load(text, Loader=DataLoader)

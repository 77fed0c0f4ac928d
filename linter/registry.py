"""Finding rules: the built-in YAML rules, user rule folders, and check classes by name."""
from __future__ import annotations

import difflib
import importlib
from dataclasses import dataclass, field
from functools import lru_cache
from importlib.metadata import entry_points
from pathlib import Path

import yaml

from .checks import BUILTIN_CHECKS
from .diagnostic import Severity
from .errors import ConfigError
from .yamlio import load_yaml
from .rule import ALL_LANGUAGES, SPEC_KEYS, Check, RuleSpec

ENTRY_POINT_GROUP = "newslint.checks"
LANGUAGES_FOLDER = "languages"


def builtin_rules_dir() -> Path:
    """The rules shipped in the wheel, or the checkout's `rules/` folder in development."""
    packaged = Path(__file__).parent / "builtin_rules"
    return packaged if packaged.is_dir() else Path(__file__).parent.parent / "rules"


@dataclass
class Registry:
    """All known rule specs (by id) and per-language data (by language code)."""

    specs: dict[str, RuleSpec] = field(default_factory=dict)
    languages: dict[str, dict] = field(default_factory=dict)

    def spec(self, rule_id: str) -> RuleSpec:
        try:
            return self.specs[rule_id]
        except KeyError:
            raise ConfigError(unknown_rule_message(rule_id, self.specs)) from None


def unknown_rule_message(rule_id: str, known) -> str:
    hint = difflib.get_close_matches(rule_id, list(known), n=1)
    suffix = f"; did you mean '{hint[0]}'?" if hint else "; `newslint rules` lists them"
    return f"unknown rule '{rule_id}'{suffix}"


@lru_cache(maxsize=16)
def load_registry(extra_paths: tuple[str, ...] = ()) -> Registry:
    """Built-in rules, then each user folder in order (a user rule replaces a built-in one)."""
    registry = Registry()
    for folder in (builtin_rules_dir(), *map(Path, extra_paths)):
        if not folder.is_dir():
            raise ConfigError(f"rules folder not found: {folder}")
        _load_folder(folder, registry)
    return registry


def _load_folder(folder: Path, registry: Registry) -> None:
    for path in sorted((folder / LANGUAGES_FOLDER).glob("*.y*ml")):
        data = _read_yaml(path)
        code = str(data.get("code") or path.stem)
        registry.languages.setdefault(code, {}).update(data)
    for path in sorted(folder.glob("*.y*ml")):
        spec = parse_spec(_read_yaml(path), str(path))
        registry.specs[spec.id] = spec


def _read_yaml(path: Path) -> dict:
    try:
        data = load_yaml(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f":{mark.line + 1}" if mark else ""
        raise ConfigError(f"{path}{where}: invalid YAML: {getattr(exc, 'problem', exc)}") from None
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read: {exc.strerror}") from None
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: a rule file must be a mapping")
    return data


def parse_spec(raw: dict, origin: str) -> RuleSpec:
    """Validate one rule mapping; data keys go to `spec.data` for the check."""
    for key in ("id", "check"):
        if not raw.get(key):
            raise ConfigError(f"{origin}: rule needs '{key}'")
    try:
        severity = Severity.parse(raw.get("severity", "warning"))
    except ValueError as exc:
        raise ConfigError(f"{origin}: {exc}") from None
    languages = raw.get("languages", ALL_LANGUAGES)
    if languages != ALL_LANGUAGES:
        if isinstance(languages, str):
            languages = [languages]
        languages = tuple(str(code) for code in languages)
    if raw.get("fix_safety") not in (None, "safe", "unsafe"):
        raise ConfigError(f"{origin}: fix_safety must be 'safe' or 'unsafe'")
    examples = raw.get("examples") or {}
    if not isinstance(examples, dict):
        raise ConfigError(f"{origin}: examples must map a language to {{bad: [...], good: [...]}}")
    return RuleSpec(
        id=str(raw["id"]), check=str(raw["check"]), summary=str(raw.get("summary", "")).strip(),
        severity=severity, languages=languages, message=str(raw.get("message", "")).strip(),
        explain=dict(raw.get("explain") or {}), examples=examples,
        fix_safety=raw.get("fix_safety"), options=dict(raw.get("options") or {}),
        data={k: v for k, v in raw.items() if k not in SPEC_KEYS}, origin=origin,
    )


@lru_cache(maxsize=None)
def check_class(name: str) -> type[Check]:
    """The check class for a name: built-in first, then the `newslint.checks` entry points."""
    target = BUILTIN_CHECKS.get(name)
    if target:
        module, _, attr = target.partition(":")
        return getattr(importlib.import_module(module), attr)
    for entry in entry_points(group=ENTRY_POINT_GROUP):
        if entry.name == name:
            return entry.load()
    known = sorted(BUILTIN_CHECKS)
    hint = difflib.get_close_matches(name, known, n=1)
    raise ConfigError(f"unknown check '{name}'" + (f"; did you mean '{hint[0]}'?" if hint else ""))

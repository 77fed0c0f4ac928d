"""Finding rules: the built-in YAML rules, user rule folders, and check classes by name."""
from __future__ import annotations

import importlib
import os
from functools import lru_cache

from .checks import BUILTIN_CHECKS
from .compiled import compile_cached
from .diagnostic import Severity
from .errors import ConfigError, InputError
from .source import read_regular_file
from .yamlio import MAX_CHARS, YamlLimitError, load_yaml
from .rule import ALL_LANGUAGES, SPEC_KEYS, Check, RuleSpec
from .rules_cache import parsed_files
from .rulesdir import builtin_rules_dir, builtin_rules_folder, rule_file_paths  # noqa: F401 - builtin_rules_dir: taken from here too
from .value import Value

ENTRY_POINT_GROUP = "newslint.checks"


class Registry(Value):
    """All known rule specs (by id) and per-language data (by language code)."""

    FIELDS = ("specs", "languages")

    def __init__(self, specs: dict[str, RuleSpec] | None = None, languages: dict[str, dict] | None = None):
        self.specs = {} if specs is None else specs
        self.languages = {} if languages is None else languages

    def spec(self, rule_id: str) -> RuleSpec:
        try:
            return self.specs[rule_id]
        except KeyError:
            raise ConfigError(unknown_rule_message(rule_id, self.specs)) from None


def unknown_rule_message(rule_id: str, known) -> str:
    import difflib  # only for a hint

    hint = difflib.get_close_matches(rule_id, list(known), n=1)
    suffix = f"; did you mean '{hint[0]}'?" if hint else "; `newslint rules` lists them"
    return f"unknown rule '{rule_id}'{suffix}"


@lru_cache(maxsize=16)
def load_registry(extra_paths: tuple[str, ...] = ()) -> Registry:
    """Built-in rules, then each user folder in order (a user rule replaces a built-in one).

    A user's rules are validated against their checks as they load (the built-in ones are, by
    the test suite). The files' YAML is parsed once and then kept in the user's cache folder.
    """
    files: list[tuple[bool, bool, str]] = []  # (a user's, a language file, path), paths as `str(Path)` gives them
    builtin = builtin_rules_folder()
    for user, folder in ((False, builtin), *((folder != builtin, folder) for folder in _folders(extra_paths))):
        if not os.path.isdir(folder):
            raise ConfigError(f"rules folder not found: {folder}")
        languages, rules = rule_file_paths(folder)
        files += [(user, True, path) for path in languages] + [(user, False, path) for path in rules]
    registry = Registry()
    found, signature = parsed_files([path for _, _, path in files], _read_text, _parse_yaml)
    for (user, language, path), data in zip(files, found):
        if language:
            code = str(data.get("code") or os.path.splitext(os.path.basename(path))[0])
            registry.languages.setdefault(code, {}).update(data)
        else:
            spec = parse_spec(data, path, signature)
            if user:
                validate_spec(spec)
            registry.specs[spec.id] = spec
    return registry


def _folders(paths: tuple[str, ...]) -> list[str]:
    """User rule folders as `pathlib` writes them (`./rules/` as `rules`), as they are reported."""
    if not paths:
        return []
    from pathlib import PurePath

    return [str(PurePath(path)) for path in paths]


def validate_spec(spec: RuleSpec) -> None:
    """The rule's check exists and reads every data key the rule gives (`patern:` is an error)."""
    try:
        cls = check_class(spec.check)
    except ConfigError as exc:
        raise ConfigError(f"{spec.origin}: {exc}") from None
    for problem in cls.problems(spec):
        raise ConfigError(f"{spec.origin}: {problem}")


def _read_text(path: str) -> str:
    try:
        return read_regular_file(str(path), MAX_CHARS).decode("utf-8")
    except InputError as exc:
        raise ConfigError(str(exc)) from None
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read: {exc.strerror}") from None
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{path}: not UTF-8 (byte {exc.start + 1})") from None


def _parse_yaml(path: str, text: str) -> dict:
    import yaml  # only when the parsed rule files are not in the user's cache

    try:
        data = load_yaml(text, unique_keys=True)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f":{mark.line + 1}" if mark else ""
        raise ConfigError(f"{path}{where}: invalid YAML: {getattr(exc, 'problem', exc)}") from None
    except YamlLimitError as exc:
        raise ConfigError(f"{path}: {exc}") from None
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: a rule file must be a mapping")
    return data


_NEEDS = {"message": " (what a finding says, e.g. \"avoid '{text}'\")",
          "check": " (a generic check such as pattern or line-marker; see `linter/checks/__init__.py`)"}


def parse_spec(raw: dict, origin: str, signature: str = "") -> RuleSpec:
    """Validate one rule mapping; data keys go to `spec.data` for the check."""
    for key in ("id", "check", "message"):
        if not raw.get(key):
            raise ConfigError(f"{origin}: rule needs '{key}'" + _NEEDS.get(key, ""))
        if key != "message" and (not isinstance(raw[key], str) or not _NAME.fullmatch(raw[key])):
            raise ConfigError(f"{origin}: '{key}' must be a name of letters, digits, '-', '_' or '.'")
    for key in ("summary", "message"):
        if not isinstance(raw.get(key, ""), str):
            raise ConfigError(f"{origin}: '{key}' must be a string")
    try:
        severity = Severity.parse(raw.get("severity", "warning"))
    except ValueError as exc:
        raise ConfigError(f"{origin}: {exc}") from None
    languages = raw.get("languages", ALL_LANGUAGES)
    if languages != ALL_LANGUAGES:
        if isinstance(languages, str):
            languages = [languages]
        if not isinstance(languages, list) or not all(isinstance(code, str) for code in languages):
            raise ConfigError(f"{origin}: 'languages' must be 'all' or a list of language codes")
        languages = tuple(languages)
    if raw.get("fix_safety") not in (None, "safe", "unsafe"):
        raise ConfigError(f"{origin}: fix_safety must be 'safe' or 'unsafe'")
    explain = _mapping(raw, "explain", origin, "what/why/fix to their text")
    if not all(isinstance(text, str) for text in explain.values()):
        raise ConfigError(f"{origin}: 'explain' must map what/why/fix to their text")
    examples = _mapping(raw, "examples", origin, "a language to {bad: [...], good: [...]}")
    for language, cases in examples.items():
        if not isinstance(cases, dict) or not all(
                isinstance(texts, list) and all(map(_is_example, texts)) for texts in cases.values()):
            raise ConfigError(f"{origin}: examples.{language} must be {{bad: [texts], good: [texts]}}")
    return RuleSpec(
        id=raw["id"], check=raw["check"], summary=raw.get("summary", "").strip(),
        severity=severity, languages=languages, message=raw.get("message", "").strip(),
        explain=explain, examples=examples, fix_safety=raw.get("fix_safety"),
        options=_mapping(raw, "options", origin, "option names to their defaults"),
        data={k: v for k, v in raw.items() if k not in SPEC_KEYS}, origin=origin, signature=signature,
    )


_NAME = compile_cached(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,99}")


def _is_example(item: object) -> bool:
    """An example is a text, or {format: text} (`{markdown: "..."}`)."""
    return isinstance(item, str) or isinstance(item, dict) and all(isinstance(v, str) for v in item.values())


def _mapping(raw: dict, key: str, origin: str, what: str) -> dict:
    value = raw.get(key) or {}
    if not isinstance(value, dict):
        raise ConfigError(f"{origin}: '{key}' must map {what}")
    return dict(value)


@lru_cache(maxsize=None)
def check_class(name: str) -> type[Check]:
    """The check class for a name: built-in first, then the `newslint.checks` entry points."""
    target = BUILTIN_CHECKS.get(name)
    if target:
        module, _, attr = target.partition(":")
        return getattr(importlib.import_module(module), attr)
    from importlib.metadata import entry_points  # only for a check no built-in provides

    for entry in entry_points(group=ENTRY_POINT_GROUP):
        if entry.name == name:
            return entry.load()
    known = sorted(BUILTIN_CHECKS)
    import difflib  # only for a hint

    hint = difflib.get_close_matches(name, known, n=1)
    raise ConfigError(f"unknown check '{name}'" + (f"; did you mean '{hint[0]}'?" if hint else ""))

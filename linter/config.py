"""Configuration: `.newslint.yaml` or `[tool.newslint]`, found upward from each linted file."""
from __future__ import annotations

import os
import sys
from functools import lru_cache

from .errors import ConfigError, InputError
from .globs import glob_set
from .langnames import normalise_language, unknown_language_message
from .languagetool.options import parse_options
from .source import DEFAULT_MAX_FILE_SIZE, read_regular_file
from .value import Frozen, Value, set_field

TYPE_CHECKING = False  # typing's flag, without importing typing: a run never does (~3 ms)
if TYPE_CHECKING:
    from os import PathLike
    from pathlib import Path
    from typing import Any

CONFIG_NAMES = (".newslint.yaml", ".newslint.yml")
TOP_KEYS = frozenset({"language", "select", "ignore", "rules", "exclude", "rules_paths",
                      "overrides", "languagetool", "fail_on", "max_file_size",
                      "cache_dir", "respect_gitignore", "lint_front_matter", "records"})
# The front-matter fields `lint_front_matter: true` lints: where headlines and teasers live.
FRONT_MATTER_PROSE = ("title", "description", "summary")
OVERRIDE_KEYS = frozenset({"files", "language", "select", "ignore", "rules", "lint_front_matter"})


class Settings(Frozen):
    """What governs linting one file; hashable so rule sets can be cached per settings.
    `rules`: (rule id, "off" | frozen option mapping); `front_matter_fields`: the front-matter
    fields linted as prose (`title` …)."""

    __slots__ = FIELDS = ("language", "select", "ignore", "rules", "rules_paths", "languagetool", "max_file_size",
                          "front_matter_fields")

    def __init__(self, language: str | None = None, select: tuple[str, ...] | None = None, ignore: tuple[str, ...] = (),
                 rules: tuple[tuple[str, Any], ...] = (), rules_paths: tuple[str, ...] = (),
                 languagetool: tuple[tuple[str, Any], ...] = (), max_file_size: int = DEFAULT_MAX_FILE_SIZE,
                 front_matter_fields: tuple[str, ...] = ()):
        set_field(self, "language", language)
        set_field(self, "select", select)
        set_field(self, "ignore", ignore)
        set_field(self, "rules", rules)
        set_field(self, "rules_paths", rules_paths)
        set_field(self, "languagetool", languagetool)
        set_field(self, "max_file_size", max_file_size)
        set_field(self, "front_matter_fields", front_matter_fields)

    def rule_config(self) -> dict[str, Any]:
        return {rule_id: (value if value == "off" else dict(value)) for rule_id, value in self.rules}


class Config(Value):
    """One configuration file (or none), with its overrides and exclusions. A relative
    `cache_dir` is resolved against the file's folder; `records` is the dataset policy
    (linter.records.policy), validated on load."""

    FIELDS = ("root", "source", "base", "exclude", "overrides", "fail_on", "cache_dir", "respect_gitignore", "records")

    def __init__(self, root: Path | str, source: str | None = None, base: Settings | None = None, exclude: tuple[str, ...] = (),
                 overrides: tuple[tuple[tuple[str, ...], dict], ...] = (), fail_on: str | None = None,
                 cache_dir: str | None = None, respect_gitignore: bool = True, records: dict | None = None):
        self._root, self.source, self.base = root, source, Settings() if base is None else base
        self.exclude, self.overrides, self.fail_on = exclude, overrides, fail_on
        self.cache_dir, self.respect_gitignore, self.records = cache_dir, respect_gitignore, records

    @property
    def root(self) -> Path:
        """The folder the file's globs are relative to (kept as given until asked for: a run
        without a configuration file has no globs, and does not import `pathlib`)."""
        if isinstance(self._root, str):
            from pathlib import Path

            self._root = Path(self._root)
        return self._root

    @root.setter
    def root(self, root: Path | str) -> None:
        self._root = root

    def settings_for(self, path: str) -> Settings:
        settings = self.base
        if not self.overrides:
            return settings
        relative = self.relative(path)
        for globs, values in self.overrides:
            if relative is not None and glob_set(globs).match(relative):
                settings = _apply(settings, values, self.source or "override")
        return settings

    def is_excluded(self, path: str) -> bool:
        if not self.exclude:
            return False
        relative = self.relative(path)
        return relative is not None and glob_set(self.exclude).match(relative)

    def relative(self, path: str) -> str | None:
        from pathlib import Path

        try:
            return Path(os.path.abspath(path)).relative_to(self.root.resolve()).as_posix()
        except ValueError:
            return None


def find_config_file(start: Path) -> Path | None:
    """The nearest `.newslint.yaml` or pyproject.toml with `[tool.newslint]`, upward from start."""
    from pathlib import Path

    found = find_config(os.fspath(start))
    return None if found is None else Path(found)


def find_config(start: str) -> str | None:
    """`find_config_file` with strings for paths: a run that finds no configuration file does
    not import `pathlib` (~6 ms of a one-file run, with the modules it imports)."""
    directory = os.path.realpath(start if os.path.isdir(start) else os.path.dirname(start))
    while True:
        for name in CONFIG_NAMES:
            if os.path.isfile(os.path.join(directory, name)):
                return os.path.join(directory, name)
        pyproject = os.path.join(directory, "pyproject.toml")
        if os.path.isfile(pyproject) and _configures_newslint(pyproject):
            return pyproject
        parent = os.path.dirname(directory)
        if parent == directory:
            return None
        directory = parent


def _configures_newslint(path: str | PathLike) -> bool:
    """Whether a pyproject.toml has a `[tool.newslint]` table. The answer is kept in the user
    cache under the file's content: a project that names newslint only as a dependency is not
    parsed (nor tomllib imported) at every run."""
    try:
        text = _read_text(path)
    except (OSError, UnicodeDecodeError):
        return False
    if not _may_name_newslint(text):
        return False
    from .compiled import derived_cached

    return derived_cached("pyproject-newslint", text, 0, lambda: "newslint" in _tool_table(text, path))


def _may_name_newslint(text: str) -> bool:
    """False when no key of the text can be `newslint`, not even one written with escapes."""
    return "newslint" in text or "\\u" in text or "\\U" in text


def _read_text(path: str | PathLike) -> str:
    with open(path, encoding="utf-8") as handle:
        return handle.read()


def _pyproject_tool(path: str) -> dict:
    """The `[tool]` table; a broken file is an error only when it has a newslint section."""
    try:
        text = _read_text(path)
    except (OSError, UnicodeDecodeError):
        return {}
    return _tool_table(text, path) if _may_name_newslint(text) else {}


def _tool_table(text: str, path: str | PathLike) -> dict:
    if sys.version_info >= (3, 11):  # imported only for a pyproject.toml that may configure newslint
        import tomllib
    else:  # pragma: no cover
        import tomli as tomllib
    try:
        return tomllib.loads(text).get("tool", {})
    except tomllib.TOMLDecodeError as exc:
        if "tool.newslint" in text:
            raise ConfigError(f"{path}: invalid TOML: {exc}") from None
        return {}


@lru_cache(maxsize=64)
def load_config(path: str | PathLike | None, cwd: Path | str | None = None) -> Config:
    """Parse and validate a config file; None gives the defaults rooted at cwd. (Paths as
    strings: a run does not import `pathlib` for its configuration file, ~6 ms with its imports.)"""
    if path is None:
        return Config(root=os.path.realpath(os.getcwd() if cwd is None else os.fspath(cwd)))
    path = os.path.realpath(path)
    if os.path.basename(path) == "pyproject.toml":
        raw = _pyproject_tool(path).get("newslint", {})
    else:
        raw = _read_yaml_config(path)
    return parse_config(raw, path)


def _read_yaml_config(path: str) -> dict:
    """The configuration file's mapping, parsed once per content (kept, signed, in the user's
    cache folder like the rule files: a run does not import the YAML reader for it)."""
    from .rules_cache import parsed
    from .yamlio import MAX_CHARS

    try:
        text = read_regular_file(path, MAX_CHARS).decode("utf-8")
    except InputError as exc:
        raise ConfigError(f"cannot read config: {exc}") from None
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{path}: not UTF-8 (byte {exc.start + 1})") from None
    return parsed([(path, text)], _parse_yaml_config)[0]


def _parse_yaml_config(path: str, text: str) -> dict:
    import yaml  # only where a configuration file is parsed

    from .yamlio import YamlLimitError, load_yaml

    try:
        raw = load_yaml(text, unique_keys=True)
    except YamlLimitError as exc:
        raise ConfigError(f"{path}: {exc}") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f":{mark.line + 1}:{mark.column + 1}" if mark else ""
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise ConfigError(f"{path}{where}: invalid YAML: {problem}") from None
    if raw is None:
        return {}
    if not isinstance(raw, dict):
        raise ConfigError(f"{path}: the configuration must be a mapping of keys to values")
    return raw


def parse_config(raw: dict, path: str | PathLike) -> Config:
    where = os.fspath(path)
    folder = os.path.dirname(os.path.abspath(where))
    _check_string_keys(raw, where)
    _check_keys(raw, TOP_KEYS, where)
    base = _apply(Settings(), raw, where)
    paths = tuple(os.path.realpath(os.path.join(folder, p))
                  for p in _str_list(raw.get("rules_paths"), "rules_paths", where))
    languagetool = raw.get("languagetool") or {}
    if not isinstance(languagetool, dict):
        raise ConfigError(f"{where}: 'languagetool' must be a mapping")
    parse_options(languagetool, f"{where}: languagetool")
    base = base.replace(rules_paths=paths, languagetool=_freeze(languagetool),
                   max_file_size=_max_file_size(raw.get("max_file_size"), where))
    overrides = []
    if not isinstance(raw.get("overrides") or [], list):
        raise ConfigError(f"{where}: 'overrides' must be a list of mappings with 'files'")
    for index, item in enumerate(raw.get("overrides") or []):
        if not isinstance(item, dict) or "files" not in item:
            raise ConfigError(f"{where}: overrides[{index}] needs 'files' (a list of globs)")
        _check_keys(item, OVERRIDE_KEYS, f"{where}: overrides[{index}]")
        overrides.append((_str_list(item["files"], "files", where), item))
    fail_on = raw.get("fail_on")
    if fail_on is not None and fail_on not in ("error", "warning", "info"):
        raise ConfigError(f"{where}: fail_on must be error, warning or info")
    _check_rule_ids([base.select or (), base.ignore, dict(base.rules)] + [
        [*_str_list(item.get("select"), "select", where), *_str_list(item.get("ignore"), "ignore", where),
         *(item.get("rules") or {})] for _, item in overrides], paths, where)
    cache_dir = raw.get("cache_dir")
    if cache_dir is not None and not isinstance(cache_dir, str):
        raise ConfigError(f"{where}: 'cache_dir' must be a folder path")
    respect_gitignore = raw.get("respect_gitignore", True)
    if not isinstance(respect_gitignore, bool):
        raise ConfigError(f"{where}: respect_gitignore must be true or false")
    if raw.get("records") is not None:  # (the dataset policy's module, only for a file that has one)
        from .records.policy import parse_policy

        parse_policy(raw["records"], where)
    return Config(root=folder, source=where, base=base,
                  exclude=_str_list(raw.get("exclude"), "exclude", where),
                  overrides=tuple(overrides), fail_on=fail_on,
                  cache_dir=os.path.join(folder, os.path.expanduser(cache_dir)) if cache_dir else None,
                  respect_gitignore=respect_gitignore,
                  records=raw.get("records"))


def _max_file_size(value: Any, where: str) -> int:
    if value is None:
        return DEFAULT_MAX_FILE_SIZE
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ConfigError(f"{where}: 'max_file_size' must be a number of bytes, such as 20000000")
    return value


def _check_rule_ids(groups, rules_paths: tuple[str, ...], where: str) -> None:
    """Every rule id the file names must exist (built-in or in its rules_paths), and its rule
    folders must load. A file that names neither loads no rules here (the built-in ones are
    valid): a run served from the cache then loads none at all."""
    named = [rule_id for group in groups for rule_id in group if rule_id != "ALL"]
    if not named and not rules_paths:
        return
    from .registry import load_registry, unknown_rule_message

    known = load_registry(rules_paths).specs
    for rule_id in named:
        if rule_id not in known:
            raise ConfigError(f"{where}: {unknown_rule_message(str(rule_id), known)}")


def _apply(settings: Settings, raw: dict, where: str) -> Settings:
    changes: dict[str, Any] = {}
    if raw.get("language") is not None:
        if not isinstance(raw["language"], str):
            raise ConfigError(f"{where}: 'language' must be a language code such as it or en")
        changes["language"] = normalise_language(raw["language"])
        if changes["language"] is None:
            raise ConfigError(f"{where}: language: {unknown_language_message(raw['language'])}")
    if raw.get("select") is not None:
        changes["select"] = _str_list(raw["select"], "select", where)
    if raw.get("ignore") is not None:
        changes["ignore"] = settings.ignore + _str_list(raw["ignore"], "ignore", where)
    if raw.get("lint_front_matter") is not None:
        changes["front_matter_fields"] = _front_matter_fields(raw["lint_front_matter"], where)
    if raw.get("rules") is not None:
        merged = settings.rule_config()
        for rule_id, value in _rule_entries(raw["rules"], where):
            merged[rule_id] = value
        changes["rules"] = tuple(sorted((k, v if v == "off" else _freeze(v)) for k, v in merged.items()))
    return settings.replace(**changes)


def _front_matter_fields(value: Any, where: str) -> tuple[str, ...]:
    """`lint_front_matter`: true (title, description, summary), false, or a list of field names."""
    if isinstance(value, bool):
        return FRONT_MATTER_PROSE if value else ()
    return _str_list(value, "lint_front_matter", where)


def _rule_entries(rules: Any, where: str):
    if not isinstance(rules, dict):
        raise ConfigError(f"{where}: 'rules' must map rule ids to options, 'off' or a severity")
    for rule_id, value in rules.items():
        if value in (False, "off", "disable", "disabled"):
            yield str(rule_id), "off"
        elif value in ("error", "warning", "info"):
            yield str(rule_id), {"severity": value}
        elif value is True or value is None:
            yield str(rule_id), {}
        elif isinstance(value, dict):
            yield str(rule_id), value
        else:
            raise ConfigError(f"{where}: rules.{rule_id}: expected off, a severity or a mapping of options")


def _freeze(value: Any) -> Any:
    if isinstance(value, dict):
        return tuple(sorted((str(k), _freeze(v)) for k, v in value.items()))
    if isinstance(value, list):
        return tuple(_freeze(v) for v in value)
    return value


def thaw(value: Any) -> Any:
    """Undo `_freeze` for option values handed to checks."""
    if isinstance(value, tuple) and all(isinstance(v, tuple) and len(v) == 2 and isinstance(v[0], str) for v in value) and value:
        return {k: thaw(v) for k, v in value}
    if isinstance(value, tuple):
        return [thaw(v) for v in value]
    return value


def _str_list(value: Any, key: str, where: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return tuple(v.strip() for v in value.split(",") if v.strip())
    if isinstance(value, list) and all(isinstance(v, (str, int, float)) for v in value):
        return tuple(str(v) for v in value)
    raise ConfigError(f"{where}: '{key}' must be a list of strings")


def _check_string_keys(value: Any, where: str, at: str = "") -> None:
    """Every mapping key in the file is a string (a number or a list as a key is a mistake)."""
    if isinstance(value, dict):
        for key, item in value.items():
            if not isinstance(key, str):
                raise ConfigError(f"{where}: key {key!r}{' under ' + repr(at) if at else ''} must be a string")
            _check_string_keys(item, where, f"{at}.{key}" if at else key)
    elif isinstance(value, list):
        for index, item in enumerate(value):
            _check_string_keys(item, where, f"{at}[{index}]")


def _check_keys(raw: dict, allowed: frozenset[str], where: str) -> None:
    for key in raw:
        if key not in allowed:
            import difflib  # only for a hint

            hint = difflib.get_close_matches(str(key), sorted(allowed), n=1)
            suggestion = f"; did you mean '{hint[0]}'?" if hint else f"; known keys: {', '.join(sorted(allowed))}"
            raise ConfigError(f"{where}: unknown key '{key}'{suggestion}")

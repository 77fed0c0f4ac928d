"""`regex`'s flags, `escape` and C engine, without importing the `regex` package.

Importing `regex` runs the module of its pattern parser (`regex._regex_core`): about 15 ms, a
tenth of a one-file run's CPU time. A run whose patterns all come from the user cache never
parses one: `compiled.py` rebuilds each from its compiled code with the engine's own `compile`
(as unpickling a pattern does), and a compiled pattern searches in C. So the modules take the
flags and `escape` from here, and `regex` is imported only to compile a pattern anew (or by
the engine itself, to raise an error or read a replacement template; `compiled.expand_cached`
keeps templates read). `tests/test_regex_engine.py` holds that these are `regex`'s own.
"""
from __future__ import annotations

import importlib.machinery
import importlib.util
import sys
from types import ModuleType

# The values of `regex.RegexFlag`.
IGNORECASE = I = 0x2
MULTILINE = M = 0x8
DOTALL = S = 0x10
UNICODE = U = 0x20
VERBOSE = X = 0x40
VERSION1 = V1 = 0x100
FULLCASE = F = 0x4000
REVERSE = R = 0x400

_ENGINE = "regex._regex"
_METACHARS = frozenset("()[]{}?*+|^$\\.-#&~")


def engine() -> ModuleType:
    """`regex`'s C extension, loaded from the installed package's folder without running the
    package (the same module object `regex` itself uses when it is imported later)."""
    module = sys.modules.get(_ENGINE)
    if module is not None:
        return module
    package = importlib.util.find_spec("regex")  # finds the package; does not run it
    folders = package.submodule_search_locations if package is not None else None
    spec = importlib.machinery.FileFinder(
        next(iter(folders)), (importlib.machinery.ExtensionFileLoader, importlib.machinery.EXTENSION_SUFFIXES),
    ).find_spec(_ENGINE) if folders else None
    if spec is None or spec.loader is None:  # an unusual install: let `regex` load it
        import regex  # noqa: F401

        return sys.modules[_ENGINE]
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return sys.modules.setdefault(_ENGINE, module)


def error() -> type[Exception]:
    """`regex.error`, for an `except` clause (evaluated only when something was raised, by
    then `regex` compiled the pattern that failed)."""
    import regex

    return regex.error


def escape(text: str) -> str:
    """`regex.escape(text)`: its special characters and white space escaped."""
    return "".join("\\" + char if char in _METACHARS or char.isspace() else char for char in text)

"""Errors that end a run with exit status 2 and one clear line, never a traceback."""
from .textsafe import neutralise

MAX_MESSAGE_CHARS = 500


def one_line(text: str, limit: int = MAX_MESSAGE_CHARS) -> str:
    """A message as one line of bounded length (an exception may quote a whole value), its
    control characters escaped."""
    text = neutralise(" ".join(text.split()))
    return text if len(text) <= limit else text[:limit - 3] + "..."


def error_line(exc: BaseException) -> str:
    """The one line newslint prints for a usage, configuration or input error."""
    return f"newslint: error: {one_line(str(exc))}"


def internal_error_line(exc: BaseException) -> str:
    """The one line newslint prints for a bug, so that it never looks like findings."""
    return f"newslint: error: internal error: {one_line(f'{type(exc).__name__}: {exc}')}"


class NewslintError(Exception):
    """A usage, configuration or input problem, reported as one line."""


class ConfigError(NewslintError):
    """A configuration file or option is invalid."""


class InputError(NewslintError):
    """A file cannot be read or is not text."""


class RuleFailure(NewslintError):
    """A rule raised an unexpected exception (a bug): reported with the file and rule id."""


class CheckUnavailable(NewslintError):
    """A check could not run (its service is down): a warning; the other rules still run."""

    def __init__(self, message: str, required: bool = False):
        super().__init__(message)
        self.required = required

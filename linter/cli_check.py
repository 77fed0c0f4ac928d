"""The `check` command's work, apart from its option parsing, so that a plain command line
(`newslint check FILES`, the pre-commit case) runs it without importing click (see `launch`)."""
from __future__ import annotations

import codecs
import functools
import os
import sys
from contextlib import contextmanager

from .diagnostic import Severity
from .errors import NewslintError, one_line
from .textsafe import neutralise

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


def echo(message: str) -> None:
    """`click.echo(message, err=True)`: written straight to standard error when that is a text
    stream click would leave as it is (an encoding that is not ASCII) and the message has no
    terminal escapes to strip; click itself is imported only for the other cases."""
    stream = sys.stderr
    encoding = getattr(stream, "encoding", None)
    if "\x1b" in message or os.name == "nt" or not encoding or getattr(stream, "errors", None) is None \
            or _is_ascii(encoding):
        import click

        click.echo(message, err=True)
        return
    stream.write(message + "\n")
    stream.flush()


def _is_ascii(encoding: str) -> bool:
    try:
        return codecs.lookup(encoding).name == "ascii"
    except LookupError:
        return False


def ended_by_ctrl_c(command):
    """Ctrl-C ends the command at once (the signal's default action), also inside a long match
    in C code, where Python's own handler would wait, and in forked workers, which inherit it.
    Nothing is lost that matters: files are replaced atomically, never half written."""
    @functools.wraps(command)
    def run(*args, **kwargs):
        with _default_sigint():
            return command(*args, **kwargs)
    return run


@contextmanager
def _default_sigint():
    # `signal`'s C half: the module itself builds its enums at import (~0.5 ms of every run)
    # only to wrap the handler it returns, which goes back unread.
    import _signal as signal

    try:
        previous = signal.signal(signal.SIGINT, signal.SIG_DFL)
    except ValueError:  # not the main thread (an embedding application): leave its handler
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


def split_values(values: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(part.strip() for value in values for part in value.split(",") if part.strip())

def run_options(overrides, config_path, isolated, jobs, no_cache, cache_dir) -> dict:
    """Keyword arguments of `runner.lint_paths` for the shared options."""
    from .runner import ConfigResolver

    if config_path and not os.path.isfile(config_path):
        raise NewslintError(f"{config_path}: configuration file not found")
    cache = None
    if not no_cache:
        from .cache import DEFAULT_DIR, Cache

        configured = ConfigResolver(config_path, isolated).for_path("-").cache_dir
        cache = Cache(cache_dir or os.environ.get("NEWSLINT_CACHE_DIR") or configured or DEFAULT_DIR)
    return {"overrides": overrides, "config": config_path, "isolated": isolated, "jobs": jobs,
            "cache": cache, "warn": warn}

def warn(message: str) -> None:
    echo(f"newslint: warning: {one_line(message)}")

def run_check(paths, output_format, select, ignore, language, fail_on, exit_zero, config_path, isolated, no_gitignore,
          stdin_filename, quiet, verbose, color, jobs, no_cache, cache_dir, output_file, statistics, fix,
          unsafe_fixes, diff, baseline_path, languagetool_url, strict, **dataset) -> None:
    """`newslint check` once its options are parsed (by click, or by `launch` for a plain command line)."""
    from .progress import progress_for
    from .reporters import build_reporter
    from .runner import ConfigResolver, Overrides, lint_paths

    overrides = Overrides(language=language, select=split_values(select) or None, ignore=split_values(ignore),
                          languagetool_url=languagetool_url, respect_gitignore=not no_gitignore)
    from .records.cli import check_records, wants_records

    if wants_records(paths, dataset):
        sys.exit(check_records(
            paths, dataset, overrides=overrides, config_path=config_path, isolated=isolated, jobs=jobs,
            output_format=output_format, output_file=output_file, statistics=statistics, quiet=quiet,
            color=color == "always" or (color == "auto" and sys.stdout.isatty() and not os.environ.get("NO_COLOR")),
            fail_on=fail_on, exit_zero=exit_zero, fix=fix, unsafe_fixes=unsafe_fixes,
            refused={"--diff": diff, "--baseline": bool(baseline_path), "-": "-" in paths}))
    run = run_options(overrides, config_path, isolated, jobs, no_cache, cache_dir)
    if fix and paths == ("-",) and not diff:
        _fix_stdin(stdin_filename, overrides, config_path, isolated, unsafe_fixes, exit_zero)
    if fix or diff:
        if "-" in paths:
            raise NewslintError("--fix reads standard input only alone (`newslint check --fix -`); "
                                "--diff cannot read it")
        from .fix import FixMode

        run["fix"] = FixMode(unsafe=unsafe_fixes, write=not diff)
    known = None
    if baseline_path:
        from .baseline import Baseline

        known = Baseline.load(baseline_path)
    stream = _lenient(sys.stdout)
    use_color = color == "always" or (color == "auto" and stream.isatty() and not os.environ.get("NO_COLOR"))
    if "-" in paths:
        results = [_lint_stdin(stdin_filename, overrides, config_path, isolated)]
        results += list(lint_paths([p for p in paths if p != "-"], **run)) if len(paths) > 1 else []
    else:
        results = lint_paths(list(paths), **run)
    if known is not None:
        results = map(known.new_findings, results)
    output = _open_output(output_file) if output_file else stream
    resolver = ConfigResolver(config_path, isolated)
    rules_paths = resolver.for_path("-").base.rules_paths
    reporter = build_reporter(output_format, output, diff=diff, statistics=stream if statistics else None,
                              to_file=bool(output_file), color=use_color and not output_file,
                              show_source=not quiet, verbose=verbose, rules_paths=rules_paths,
                              unsafe_fixes=unsafe_fixes)
    if run["cache"] is not None and known is None and reporter.cached_output:
        # `lint_paths` is lazy: set before the first file is looked up. A baseline changes the
        # findings reported, so their rendering is not kept.
        run["cache"].output = (reporter.cached_output, reporter.render)

    def threshold(path: str) -> int:
        """--fail-on, else `fail_on` of the file's configuration, else warning."""
        return Severity(fail_on or resolver.for_path(path).fail_on or "warning").rank

    status = EXIT_CLEAN
    fixed = fixed_files = findings = 0
    warned: set[str] = set()
    unavailable = False
    progress = progress_for(sys.stderr, quiet)
    reporter.start()
    for result in results:
        progress.tick()
        if result.error or result.warnings or verbose or (result.finding_count() and output is stream):
            progress.clear()
        if result.error:
            echo(f"newslint: error: {one_line(result.error)}")
            status = EXIT_ERROR
            continue
        for warning in result.warnings + result.notices:  # the same problem in every file: say it once
            if warning not in warned:
                warned.add(warning)
                echo(f"newslint: warning: {one_line(warning)}")
        unavailable = unavailable or result.required_failed or (strict and bool(result.warnings))
        if verbose:
            echo(neutralise(f"{result.path}: language {result.language} ({result.language_source})"))
        reporter.file(result)
        findings += result.finding_count()
        changes = getattr(result, "fixed", 0)
        fixed, fixed_files = fixed + changes, fixed_files + bool(changes)
        # (the threshold only while the status can still change: its configuration is looked up per file)
        if status == EXIT_CLEAN and (changes if diff else result.worst_rank() >= threshold(result.path)):
            status = EXIT_FINDINGS
    progress.clear()
    reporter.finish()
    if output is not stream:
        output.close()
    if "fix" in run and not quiet:
        echo(f"{'Would fix' if diff else 'Fixed'} {plural(fixed, 'finding')} in {plural(fixed_files, 'file')}.")
    if status == EXIT_CLEAN and not (findings or warned) and output_format == "text" and not (quiet or statistics or diff):
        echo("All checks passed!")  # stderr: a clean report stays empty for scripts
    if exit_zero and status == EXIT_FINDINGS:
        status = EXIT_CLEAN
    if unavailable:
        status = EXIT_ERROR
    sys.exit(status)

def _lenient(stream):
    """Standard output that prints a file name which is not UTF-8 as `\\udce9` (a JSON escape
    inside JSON strings) instead of failing."""
    if hasattr(stream, "reconfigure"):
        try:
            stream.reconfigure(errors="backslashreplace")
        except (ValueError, OSError):
            pass
    return stream


def _open_output(path: str):
    try:
        return open(path, "w", encoding="utf-8", errors="backslashreplace")
    except OSError as exc:
        raise NewslintError(f"{path}: cannot write: {exc.strerror or exc}") from None


def plural(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"


def _fix_stdin(stdin_filename, overrides, config_path, isolated, unsafe, exit_zero) -> None:
    """Formatter mode: the fixed text on standard output (same encoding, BOM and newlines), the
    findings left on standard error; exit as `check` would for those findings."""
    from .engine import lint_source
    from .fix import fix_source
    from .formats import format_for
    from .reporters import build_reporter

    name, source, settings = _stdin_source(stdin_filename, overrides, config_path, isolated)
    if settings is None:  # excluded: pass the text through unchanged
        sys.stdout.buffer.write(source.encode())
        sys.exit(EXIT_CLEAN)
    fmt = format_for(name)
    fixed, result, _ = fix_source(source, lambda s: lint_source(s, name, settings, fmt), unsafe)
    sys.stdout.buffer.write(fixed.encode())
    sys.stdout.flush()
    reporter = build_reporter("text", _lenient(sys.stderr), color=False, show_source=False)
    reporter.start()
    reporter.file(result)
    reporter.finish()
    sys.exit(EXIT_FINDINGS if result.diagnostics and not exit_zero else EXIT_CLEAN)


def _stdin_source(stdin_filename, overrides, config_path, isolated):
    """Standard input's name, decoded text, and settings (None when the name is excluded)."""
    from .runner import ConfigResolver
    from .source import decode

    name = stdin_filename or "<stdin>"
    resolver = ConfigResolver(config_path, isolated)
    config = resolver.for_path(stdin_filename or "stdin.txt")
    limit = config.base.max_file_size
    data = sys.stdin.buffer.read(limit + 1)
    if len(data) > limit:
        raise NewslintError(f"{name}: over the {limit:,} byte limit (raise it with max_file_size in the configuration)")
    source = decode(data, name)
    if stdin_filename and config.is_excluded(stdin_filename):
        return name, source, None  # excluded like a file on disk: editors lint through stdin
    return name, source, overrides.apply(config.settings_for(name))


def _lint_stdin(stdin_filename, overrides, config_path, isolated):
    from .engine import FileResult, lint_source
    from .formats import format_for

    name, source, settings = _stdin_source(stdin_filename, overrides, config_path, isolated)
    if settings is None:
        return FileResult(name)
    return lint_source(source, name, settings, format_for(name))

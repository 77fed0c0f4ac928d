"""The command line: thin over the engine, the runner and the reporters."""
from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from . import __version__
from .diagnostic import Severity
from .errors import NewslintError

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


def _split(values: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(part.strip() for value in values for part in value.split(",") if part.strip())


class NewslintGroup(click.Group):
    """Turns NewslintError into one line on stderr and exit status 2."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except NewslintError as exc:
            click.echo(f"newslint: error: {exc}", err=True)
            ctx.exit(EXIT_ERROR)


@click.group(cls=NewslintGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="newslint")
def main() -> None:
    """Editorial linter for news articles."""


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "output_format", default="text", show_default=True,
              type=click.Choice(["text", "json"]), help="Output format.")
@click.option("--select", multiple=True, help="Only these rules (comma-separated; ALL for every rule).")
@click.option("--ignore", multiple=True, help="Skip these rules (comma-separated).")
@click.option("--lang", "language", help="Language of articles that do not declare one (it, en, de, ...).")
@click.option("--fail-on", type=click.Choice(["error", "warning", "info"]), default=None,
              help="Lowest severity that makes the exit status 1 [default: warning].")
@click.option("--exit-zero", is_flag=True, help="Exit 0 even when there are findings.")
@click.option("--config", "config_path", type=click.Path(dir_okay=False), help="Use this configuration file.")
@click.option("--isolated", is_flag=True, help="Ignore configuration files.")
@click.option("--stdin-filename", help="Name (and format) of the text read from '-'.")
@click.option("-q", "--quiet", is_flag=True, help="Print findings only, no source lines or summary.")
@click.option("-v", "--verbose", is_flag=True, help="Also print each file's language and where it came from.")
@click.option("--color", type=click.Choice(["auto", "always", "never"]), default="auto", show_default=True)
def check(paths, output_format, select, ignore, language, fail_on, exit_zero, config_path, isolated,
          stdin_filename, quiet, verbose, color) -> None:
    """Lint article files and folders (`-` reads standard input)."""
    from .config import load_config
    from .reporters import reporter_class
    from .runner import ConfigResolver, Overrides, lint_paths

    overrides = Overrides(language=language, select=_split(select) or None, ignore=_split(ignore))
    if config_path and not os.path.isfile(config_path):
        raise NewslintError(f"{config_path}: configuration file not found")
    stream = sys.stdout
    use_color = color == "always" or (color == "auto" and stream.isatty() and not os.environ.get("NO_COLOR"))
    reporter = reporter_class(output_format)(stream, color=use_color, show_source=not quiet, verbose=verbose)
    if "-" in paths:
        results = [_lint_stdin(stdin_filename, overrides, config_path, isolated)]
        results += list(lint_paths([p for p in paths if p != "-"], overrides=overrides, config=config_path,
                                   isolated=isolated)) if len(paths) > 1 else []
    else:
        results = lint_paths(list(paths), overrides=overrides, config=config_path, isolated=isolated)
    if not fail_on:
        resolver_config = load_config(Path(config_path)) if config_path else None
        fail_on = (resolver_config.fail_on if resolver_config else None) or "warning"
    threshold = Severity(fail_on).rank
    status = EXIT_CLEAN
    reporter.start()
    for result in results:
        if result.error:
            click.echo(f"newslint: error: {result.error}", err=True)
            status = EXIT_ERROR
            continue
        if verbose:
            click.echo(f"{result.path}: language {result.language} ({result.language_source})", err=True)
        reporter.file(result)
        if status == EXIT_CLEAN and any(d.severity.rank >= threshold for d in result.diagnostics):
            status = EXIT_FINDINGS
    reporter.finish()
    if exit_zero and status == EXIT_FINDINGS:
        status = EXIT_CLEAN
    sys.exit(status)


def _lint_stdin(stdin_filename, overrides, config_path, isolated):
    from .engine import lint_source
    from .formats import format_for
    from .runner import ConfigResolver
    from .source import decode

    name = stdin_filename or "<stdin>"
    resolver = ConfigResolver(config_path, isolated)
    settings = overrides.apply(resolver.for_path(stdin_filename or "stdin.txt").settings_for(name))
    source = decode(sys.stdin.buffer.read(), name)
    return lint_source(source, name, settings, format_for(name))


@main.command("rules")
@click.option("--config", "config_path", type=click.Path(dir_okay=False), help="Include this config's rules_paths.")
def list_rules(config_path) -> None:
    """List every rule: id, severity, languages, summary."""
    registry = _registry(config_path)
    rows = [(s.id, s.severity.value, _languages(s.languages), s.summary) for s in sorted(registry.specs.values(), key=lambda s: s.id)]
    widths = [max(len(r[i]) for r in rows + [("rule", "severity", "languages", "")]) for i in range(3)]
    click.echo(f"{'rule':<{widths[0]}}  {'severity':<{widths[1]}}  {'languages':<{widths[2]}}  summary")
    for row in rows:
        click.echo(f"{row[0]:<{widths[0]}}  {row[1]:<{widths[1]}}  {row[2]:<{widths[2]}}  {row[3]}")


@main.command()
@click.argument("rule")
@click.option("--config", "config_path", type=click.Path(dir_okay=False), help="Include this config's rules_paths.")
def explain(rule, config_path) -> None:
    """Explain a rule: what it flags, why, a bad and a good example."""
    spec = _registry(config_path).spec(rule)
    click.echo(f"# {spec.id}\n\n{spec.summary}\n")
    click.echo(f"Severity: {spec.severity.value}    Languages: {_languages(spec.languages)}    "
               f"Fix: {spec.fix_safety or 'none'}\n")
    for title, key in (("What it does", "what"), ("Why is this bad?", "why"), ("Fix safety", "fix")):
        if spec.explain.get(key):
            click.echo(f"## {title}\n{spec.explain[key].strip()}\n")
    for language, cases in spec.examples.items():
        bad, good = (cases or {}).get("bad") or [], (cases or {}).get("good") or []
        if bad:
            click.echo(f"## Example ({language})\n{str(bad[0]).strip()}\n")
        if good:
            click.echo(f"## Use instead ({language})\n{str(good[0]).strip()}\n")


@main.command("test-rules")
@click.argument("path", required=False, type=click.Path(exists=True, file_okay=False))
def test_rules(path) -> None:
    """Check the examples of the rules in PATH (default: the built-in rules)."""
    from .examples import run_examples
    from .registry import load_registry, builtin_rules_dir

    extra = (str(Path(path).resolve()),) if path else ()
    registry = load_registry(extra)
    only = {s.id for s in registry.specs.values() if not path or Path(s.origin).parent.resolve() == Path(path).resolve()}
    results = run_examples(registry, extra, only)
    failures = [r for r in results if not r.passed]
    for r in failures:
        expectation = "not flagged" if r.kind == "bad" else f"flagged {r.found} time(s)"
        click.echo(f"FAIL {r.rule} [{r.language}] {r.kind} example {expectation}: {r.text!r}")
    rules = len({r.rule for r in results})
    click.echo(f"{len(results) - len(failures)} passed, {len(failures)} failed ({rules} rules, "
               f"{'rules from ' + path if path else 'built-in rules from ' + str(builtin_rules_dir())})")
    sys.exit(EXIT_FINDINGS if failures else EXIT_CLEAN)


def _registry(config_path):
    from .config import load_config
    from .registry import load_registry

    paths = load_config(Path(config_path)).base.rules_paths if config_path else ()
    return load_registry(paths)


def _languages(languages) -> str:
    return languages if isinstance(languages, str) else ",".join(languages)

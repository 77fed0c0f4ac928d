"""The command line: thin over the engine, the runner and the reporters."""
from __future__ import annotations

import importlib
import os
import sys
from pathlib import Path

import click

from . import __version__
from .cli_check import (EXIT_CLEAN, EXIT_ERROR, EXIT_FINDINGS, ended_by_ctrl_c, plural, run_check, run_options,
                        split_values, warn)
from .errors import NewslintError, error_line, internal_error_line, one_line
from .records.cli import record_options
from .reporters import FORMATS


def _language(value: str | None) -> str | None:
    """--lang as an ISO 639-1 code; a value that is no language is a usage error."""
    from .langnames import normalise_language, unknown_language_message

    if value is None:
        return None
    code = normalise_language(value)
    if code is None:
        raise click.BadParameter(unknown_language_message(value))
    return code


def _options(*decorators):
    """Apply several click options as one decorator (options shared by commands)."""
    def apply(function):
        for decorator in reversed(decorators):
            function = decorator(function)
        return function
    return apply


# What is linted and how: shared by `check` and `baseline`, which must see the same findings.
RUN_OPTIONS = _options(
    click.option("--select", multiple=True, help="Only these rules (comma-separated; ALL for every rule)."),
    click.option("--ignore", multiple=True, help="Skip these rules (comma-separated)."),
    click.option("--lang", "language", callback=lambda ctx, param, value: _language(value),
                 help="Language of articles that do not declare one (it, en-GB, pt_BR, english, ...)."),
    click.option("--config", "config_path", type=click.Path(dir_okay=False), help="Use this configuration file."),
    click.option("--isolated", is_flag=True, help="Ignore configuration files."),
    click.option("--no-respect-gitignore", "no_gitignore", is_flag=True,
                 help="Also lint files that .gitignore ignores in folders."),
    click.option("-j", "--jobs", type=click.IntRange(min=1), default=None,
                 help="Processes to lint with [default: every core]."),
    click.option("--no-cache", is_flag=True, help="Neither read nor write the result cache."),
    click.option("--cache-dir", metavar="DIR",
                 help="Where cached results are kept [default: $NEWSLINT_CACHE_DIR, the config's cache_dir, "
                      "or .newslint_cache]."),
)


class NewslintGroup(click.Group):
    """Turns NewslintError and click's usage errors into one line on stderr and exit status 2.

    Commands in LAZY are imported only when named (or listed in --help), so `check` does not
    load what the LanguageTool server commands need.
    """

    LAZY = {"languagetool": "linter.cli_languagetool:languagetool"}

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted([*super().list_commands(ctx), *self.LAZY])

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name in self.LAZY:
            module, _, attr = self.LAZY[cmd_name].partition(":")
            return getattr(importlib.import_module(module), attr)
        return super().get_command(ctx, cmd_name)

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except NewslintError as exc:
            click.echo(error_line(exc), err=True)
            ctx.exit(EXIT_ERROR)

    def main(self, args=None, prog_name=None, complete_var=None, standalone_mode=True, **extra):
        del standalone_mode  # always non-standalone: newslint prints its own one-line errors
        try:
            status = super().main(args, prog_name, complete_var, standalone_mode=False, **extra)
        except click.ClickException as exc:
            hint = f" (see 'newslint {exc.ctx.info_name} --help')" if getattr(exc, "ctx", None) and exc.ctx.parent else ""
            click.echo(f"newslint: error: {exc.format_message()}{hint}", err=True)
            sys.exit(EXIT_ERROR if isinstance(exc, click.UsageError) else exc.exit_code)
        except click.Abort:
            click.echo("newslint: aborted", err=True)
            sys.exit(EXIT_ERROR)
        except Exception as exc:  # noqa: BLE001 - a bug must not look like findings (exit 1)
            click.echo(internal_error_line(exc), err=True)
            sys.exit(EXIT_ERROR)
        sys.exit(status if isinstance(status, int) else EXIT_CLEAN)  # click returns ctx.exit()'s code


@click.group(cls=NewslintGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="newslint")
def main() -> None:
    """Editorial linter for news articles."""


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "output_format", default="text", show_default=True,
              type=click.Choice(list(FORMATS)), help="Output format.")
@RUN_OPTIONS
@click.option("--fail-on", type=click.Choice(["error", "warning", "info"]), default=None,
              help="Lowest severity that makes the exit status 1 [default: warning].")
@click.option("--exit-zero", is_flag=True, help="Exit 0 even when there are findings.")
@click.option("--stdin-filename", help="Name (and format) of the text read from '-'.")
@click.option("-q", "--quiet", is_flag=True, help="Print findings only, no source lines or summary.")
@click.option("-v", "--verbose", is_flag=True, help="Also print each file's language and where it came from.")
@click.option("--color", type=click.Choice(["auto", "always", "never"]), default="auto", show_default=True)
@click.option("-o", "--output-file", type=click.Path(dir_okay=False), help="Write the report to this file.")
@click.option("--statistics", is_flag=True, help="Print how many findings each rule reported (instead of them, "
              "unless --output-file takes the report).")
@click.option("--fix", is_flag=True, help="Apply the safe fixes to the files.")
@click.option("--unsafe-fixes", is_flag=True, help="With --fix or --diff, also apply the fixes marked unsafe.")
@click.option("--diff", is_flag=True, help="Print the fixes as a unified diff; write nothing.")
@click.option("--baseline", "baseline_path", type=click.Path(dir_okay=False),
              help="Report only findings absent from this baseline (see `newslint baseline`).")
@click.option("--languagetool-url", metavar="URL",
              help="Check grammar and spelling with the LanguageTool server at URL (e.g. http://localhost:8010).")
@click.option("--strict", is_flag=True, help="Exit 2 when a check could not run (LanguageTool down, slow or failing).")
@record_options
@ended_by_ctrl_c
def check(**params) -> None:
    """Lint article files and folders (`-` reads standard input), or JSONL and Parquet datasets."""
    run_check(**params)


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("-o", "--output", "output", required=True, type=click.Path(dir_okay=False),
              help="The baseline file to write (paths in it are relative to its folder).")
@RUN_OPTIONS
@ended_by_ctrl_c
def baseline(paths, output, select, ignore, language, config_path, isolated, no_gitignore, jobs, no_cache,
             cache_dir) -> None:
    """Record the findings in PATHS, so that `check --baseline FILE` reports only new ones."""
    from .baseline import Baseline
    from .runner import Overrides, lint_paths

    overrides = Overrides(language=language, select=split_values(select) or None, ignore=split_values(ignore),
                          respect_gitignore=not no_gitignore)
    results = list(lint_paths(list(paths), **run_options(overrides, config_path, isolated, jobs, no_cache, cache_dir)))
    for result in results:
        if result.error:
            click.echo(f"newslint: error: {one_line(result.error)}", err=True)
    known = Baseline.collect(results, os.path.dirname(os.path.abspath(output)))
    known.dump(output)
    click.echo(f"Wrote {plural(sum(known.counts.values()), 'finding')} from {plural(len(results), 'file')} "
               f"to {output}.", err=True)
    sys.exit(EXIT_ERROR if any(result.error for result in results) else EXIT_CLEAN)


@main.command("rules")
@click.option("--config", "config_path", type=click.Path(dir_okay=False),
              help="Include this config's rules_paths [default: the configuration found from here].")
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
@click.option("--config", "config_path", type=click.Path(dir_okay=False),
              help="Include this config's rules_paths [default: the configuration found from here].")
def explain(rule, config_path) -> None:
    """Explain a rule: what it flags, why, a bad and a good example."""
    spec = _registry(config_path).spec(rule)
    click.echo(f"# {spec.id}\n\n{spec.summary}\n")
    click.echo(f"Severity: {spec.severity.value}    Languages: {_languages(spec.languages)}    "
               f"Fix: {spec.fix_safety or 'none'}\n")
    for section in spec.explain_sections():
        click.echo(section + "\n")


@main.command("test-rules")
@click.argument("path", required=False, type=click.Path(exists=True, file_okay=False))
@ended_by_ctrl_c
def test_rules(path) -> None:
    """Check the examples of the rules in PATH (default: the built-in rules)."""
    from .examples import run_examples
    from .registry import load_registry
    from .rulesdir import builtin_rules_dir

    extra = (str(Path(path).resolve()),) if path else ()
    registry = load_registry(extra)
    only = {s.id for s in registry.specs.values() if not path or Path(s.origin).parent.resolve() == Path(path).resolve()}
    if not only:
        raise NewslintError(f"{path}: no rules (*.yaml with id, check and message) found")
    results = run_examples(registry, extra, only)
    failures = [r for r in results if not r.passed]
    for warning in dict.fromkeys(w for r in results for w in r.warnings):
        warn(warning)
    for r in failures:
        expectation = "not flagged" if r.kind == "bad" else f"flagged {r.found} time(s)"
        click.echo(f"FAIL {r.rule} [{r.language}] {r.kind} example {expectation}: {r.text!r}")
    untested = sorted(rule for rule in only if path and not any(r.rule == rule and r.kind == "bad" for r in results))
    for rule in untested:
        click.echo(f"FAIL {rule}: no bad example (add `examples: {{xx: {{bad: [...], good: [...]}}}}`)")
    rules = len(only)
    click.echo(f"{len(results) - len(failures)} passed, {len(failures) + len(untested)} failed ({rules} rules, "
               f"{'rules from ' + path if path else 'built-in rules from ' + str(builtin_rules_dir())})")
    sys.exit(EXIT_FINDINGS if failures or untested else EXIT_CLEAN)


def _registry(config_path):
    """The rules of `--config`, else of the configuration found upward from here (its rules_paths)."""
    from .config import find_config_file, load_config
    from .registry import load_registry

    found = Path(config_path) if config_path else find_config_file(Path.cwd())
    return load_registry(load_config(found).base.rules_paths if found else ())


def _languages(languages) -> str:
    return languages if isinstance(languages, str) else ",".join(languages)


@main.command()
def server() -> None:
    """Run the language server (LSP over standard input and output) for editors."""
    try:
        from .lsp.server import serve
    except ImportError as exc:
        raise NewslintError(f"the language server needs pygls ({exc.name} is missing): "
                            "pip install 'newslint[lsp]'") from None
    serve()

"""The options of `newslint check` for datasets, and the command's dataset branch (kept out of cli.py)."""
from __future__ import annotations

import os
import sys

from ..errors import NewslintError

FIELD_OPTIONS = ("text_field", "id_field", "lang_field", "format_field")


def record_options(function):
    """The dataset options, applied as one decorator."""
    import click  # here: a plain `newslint check FILES` runs without click (see linter.launch)

    options = [
        click.option("--text-field", help="Dataset input: the field that holds the article [default: text]."),
        click.option("--id-field", help="Dataset input: the field that identifies a record [default: id]."),
        click.option("--lang-field", help="Dataset input: the field with the article's language, if any."),
        click.option("--format-field", help="Dataset input: the field saying markdown or text, if any."),
        click.option("--summary", "summary_path", type=click.Path(dir_okay=False),
                     help="Dataset input: write one summary per article (counts, score, keep) to this "
                          ".jsonl or .parquet file."),
        click.option("--fixed-output", type=click.Path(dir_okay=False),
                     help="Dataset input with --fix: the new dataset with the cleaned text (.jsonl or .parquet)."),
        click.option("--drop-if", multiple=True, help="Dataset input: drop an article when any of these rules fires."),
        click.option("--min-score", type=click.FloatRange(0, 1),
                     help="Dataset input: drop an article whose score is below this (0 to 1)."),
        click.option("--dask", "dask_address", metavar="ADDRESS",
                     help="Dataset input: run on the Dask cluster at ADDRESS (tcp://host:8786)."),
    ]
    for option in reversed(options):
        function = option(function)
    return function


def wants_records(paths: tuple[str, ...], dataset: dict) -> bool:
    """Dataset mode: a JSONL or Parquet path, a URL, or a dataset option; mixing with articles is an error."""
    from .read import is_dataset, is_url  # (and gzip, only when a run may read datasets)

    datasets = [path for path in paths if is_dataset(path) or is_url(path)]
    asked = any(dataset.get(name) for name in (*FIELD_OPTIONS, "summary_path", "fixed_output", "dask_address"))
    if datasets and len(datasets) < len(paths) and not asked:
        others = [path for path in paths if path not in datasets and not os.path.isdir(path)]
        if others:
            raise NewslintError(f"{others[0]}: articles and datasets cannot be checked in one run")
    return bool(datasets) or asked


def check_records(paths: tuple[str, ...], dataset: dict, *, overrides, config_path: str | None, isolated: bool,
                  jobs: int | None, output_format: str, output_file: str | None, statistics: bool, quiet: bool,
                  color: bool, fail_on: str | None, exit_zero: bool, fix: bool, unsafe_fixes: bool,
                  refused: dict[str, bool]) -> int:
    """Run `newslint check` on dataset files; return the exit status."""
    import click

    from ..diagnostic import Severity
    from ..fix import FixMode
    from ..reporters import build_reporter
    from ..runner import ConfigResolver
    from .job import Fields, RecordJob
    from .policy import parse_policy
    from .read import is_url
    from .run import Outputs, run_records

    for option, given in refused.items():
        if given:
            raise NewslintError(f"{option} does not apply to dataset input")
    if fix and not dataset["fixed_output"]:
        raise NewslintError("--fix on a dataset writes a new one: name it with --fixed-output FILE")
    if dataset["fixed_output"] and not fix:
        raise NewslintError("--fixed-output needs --fix")
    anchor = next((path for path in paths if not is_url(path)), "dataset")
    config = ConfigResolver(config_path, isolated).for_path(anchor)
    drop_if = tuple(part.strip() for value in dataset["drop_if"] for part in value.split(",") if part.strip())
    policy = parse_policy(config.records, config.source or "records", drop_if=drop_if,
                          min_score=dataset["min_score"])
    settings = overrides.apply(config.settings_for(anchor))
    _check_rule_ids(policy.drop_if, settings)
    fields = Fields(text=dataset["text_field"] or "text", id=dataset["id_field"] or "id",
                    lang=dataset["lang_field"], format=dataset["format_field"])
    job = RecordJob(fields, settings, policy, FixMode(unsafe=unsafe_fixes) if fix else None)
    report = None
    if not output_file or statistics:
        report = build_reporter(output_format, sys.stdout, statistics=sys.stdout if statistics else None,
                                to_file=False, color=color, show_source=not quiet)
    outputs = Outputs(findings=output_file, summary=dataset["summary_path"], fixed=dataset["fixed_output"])
    tally = run_records(list(paths), job, outputs, report=report,
                        fail_rank=Severity(fail_on or config.fail_on or "warning").rank,
                        dask=dataset["dask_address"], jobs=jobs, progress=sys.stderr,
                        warn=lambda line: click.echo(f"newslint: warning: {line}", err=True))
    if not quiet:
        click.echo(tally.line(), err=True)
    if tally.crashed:  # a bug must not look like findings (exit 1)
        click.echo(f"newslint: error: a rule failed on {tally.crashed:,} records (see the warnings above)", err=True)
        return 2
    failed = tally.failing or tally.bad
    return 0 if exit_zero or not failed else 1


def _check_rule_ids(rule_ids: tuple[str, ...], settings) -> None:
    from ..registry import load_registry, unknown_rule_message

    known = load_registry(settings.rules_paths).specs
    for rule_id in rule_ids:
        if rule_id not in known:
            raise NewslintError(f"--drop-if: {unknown_rule_message(rule_id, known)}")

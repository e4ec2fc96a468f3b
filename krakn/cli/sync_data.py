"""krakn sync-data: copy --from's rows into the same tables on --to."""

from __future__ import annotations

import sys
from collections.abc import Mapping
from dataclasses import replace
from typing import Any

import click

from krakn.cli.boundary import confirm, error_boundary
from krakn.cli.options import (
    Run,
    connection_options,
    logging_options,
    row_filter,
    row_filter_options,
    stack,
    table_names,
)
from krakn.cli.output import check_file_target, html_ready, write
from krakn.cli.profiles import PROFILE_OPTIONS
from krakn.db.database import Database
from krakn.errors import SYNC_EXIT_CODES, UsageError
from krakn.options import SyncOptions


@click.command("sync-data", epilog=SYNC_EXIT_CODES)
@stack(*connection_options(
    "The database to copy rows from; only ever read (env KRAKN_FROM).",
    "The database to load the rows into (env KRAKN_TO)."), *PROFILE_OPTIONS)
@click.option("--tables", multiple=True, metavar="A,B",
              help="Copy only these tables (schema.table; a bare name means public). "
                   "Unquoted names fold to lower case as in SQL; double-quote the others: "
                   "'\"Users\",app.\"c,d\"'. Default: every table both sides have.")
@click.option("--exclude-tables", "exclude_tables", multiple=True, metavar="A,B",
              help="Leave these tables out (names written as for --tables).")
@row_filter_options
@click.option("--truncate/--no-truncate", default=False,
              help="Empty the selected tables on --to first (never CASCADE). "
                   "Default: append; a duplicate key fails the run.")
@click.option("--dry-run", is_flag=True,
              help="Print the plan (with each column's rule); write nothing.")
@click.option("--format", "fmt", type=click.Choice(["text", "html"]), default="text",
              show_default=True,
              help="--dry-run's plan as lines, or as one self-contained HTML page (columns, "
                   "rules, masks, load order; needs Jinja2: pip install 'krakn[ui]').")
@click.option("-o", "--output", type=click.Path(),
              help="--format html: write the page to this FILE instead of stdout.")
@click.option("--strict/--no-strict", default=False,
              help="Fail before writing when a copied column looks personal (email, phone, "
                   "*name, address...) and no rule of the profile masks it.")
@click.option("--locale", metavar="LOCALE",
              help="The masks' vocabulary locale (e.g. de_DE) where a rule names none.")
@click.option("--verify", is_flag=True,
              help="Before the commit, compare every loaded table with --from (as krakn "
                   "verify does); on any difference roll back and exit 1.")
@click.option("--jobs", type=click.IntRange(min=1), default=1, show_default=True, metavar="N",
              help="Load this many sets of tables at once, one connection pair each. "
                   "Above 1 the commit is no longer a single transaction (see README).")
@click.option("--commit-in-batches", is_flag=True,
              help="When the load needs more locks than --to's lock table has room for "
                   "(max_locks_per_transaction), commit it in several transactions, "
                   "referenced tables first. NOT all-or-nothing: a failure keeps the batches "
                   "committed before it (see README).")
@click.option("--disable-triggers", is_flag=True,
              help="Turn every trigger of the loaded tables off during the load, "
                   "foreign-key checks included (needs superuser).")
@click.option("-y", "--yes", is_flag=True,
              help="Do not ask before loading into tables that already hold rows.")
@click.option("--lock-timeout", metavar="DURATION",
              help="Give up when a table on --to stays locked by another session this long "
                   "(10s, 500ms, 1min; PostgreSQL's lock_timeout). Default: wait.")
@stack(*logging_options("Say more (each table's COPY statements)."))
@error_boundary
def sync_data(**params: Any) -> int:
    """Copy the rows of --from's tables into the same tables on --to.

    Columns are matched by name: --to's own columns get their defaults, a
    changed type is converted by --to, a column --to lacks is left out. The
    load is one transaction on --to (all or nothing; --commit-in-batches
    may split it) from one consistent snapshot of --from, in foreign-key
    order. On a terminal krakn asks before loading into tables that already
    hold rows.
    """
    from krakn import api
    from krakn.cli.profiles import row_rules, with_profile
    from krakn.sync import Reporter

    params, profile = with_profile(params)
    _check_format(params)
    run = Run.of(params)
    source, target = run.databases("sync-data")
    options = replace(sync_options(params), rules=row_rules(profile, params))
    if options.rows.empty and profile is not None:
        # The flags' row selection wins whole; else the profile's.
        from krakn.config.rows import row_filter as profile_rows

        options = replace(options, rows=profile_rows(profile))
    if params["fmt"] == "html":
        _html_plan(source, target, options, params["output"])
        return 0
    ask = None if params["yes"] or options.dry_run or not sys.stdin.isatty() else confirm
    api.sync(source, target, options, Reporter(quiet=run.quiet, verbose=run.verbose), ask)
    return 0


def _check_format(params: Mapping[str, Any]) -> None:
    """--format html is --dry-run's plan as a page; --output goes with it."""
    if params["fmt"] == "html":
        if not params["dry_run"]:
            raise UsageError("--format html writes the plan of a dry run: add --dry-run")
        html_ready()
        if params["output"] is not None:
            check_file_target(params["output"])
    elif params["output"] is not None:
        raise UsageError("--output is for --format html (the text plan goes to stdout)")


def _html_plan(source: Database, target: Database, options: SyncOptions,
               output: str | None) -> None:
    """The dry run's plan as one page; strict mode's findings shown, not raised."""
    from krakn import api
    from krakn.sync import Reporter
    from krakn.ui.report import SyncReport, export_sync

    strict = options.rules.strict
    relaxed = replace(options, rules=replace(options.rules, strict=False))
    plan = api.sync(source, target, relaxed, Reporter(quiet=True))
    write(export_sync(SyncReport(plan, source.label, target.label, strict=strict)), output)


def sync_options(params: Mapping[str, Any]) -> SyncOptions:
    """The flags as the API takes them: names parsed, the timeout checked."""
    from krakn.sync import check_duration

    timeout = params["lock_timeout"]
    return SyncOptions(
        tables=table_names(params["tables"], "--tables"),
        exclude=table_names(params["exclude_tables"], "--exclude-tables"),
        truncate=bool(params["truncate"]), disable_triggers=bool(params["disable_triggers"]),
        jobs=int(params["jobs"]), commit_in_batches=bool(params["commit_in_batches"]),
        dry_run=bool(params["dry_run"]), verify=bool(params["verify"]), rows=row_filter(params),
        lock_timeout=None if timeout is None else check_duration(timeout))


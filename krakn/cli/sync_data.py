"""krakn sync-data: copy --from's rows into the same tables on --to."""

from __future__ import annotations

import sys
from collections.abc import Mapping
from typing import Any

import click

from krakn.cli.boundary import confirm, error_boundary
from krakn.cli.options import Run, connection_options, logging_options, stack
from krakn.errors import SYNC_EXIT_CODES
from krakn.options import SyncOptions


@click.command("sync-data", epilog=SYNC_EXIT_CODES)
@stack(*connection_options(
    "The database to copy rows from; only ever read (env KRAKN_FROM).",
    "The database to load the rows into (env KRAKN_TO)."))
@click.option("--tables", multiple=True, metavar="A,B",
              help="Copy only these tables (schema.table; a bare name means public). "
                   "Unquoted names fold to lower case as in SQL; double-quote the others: "
                   "'\"Users\",app.\"c,d\"'. Default: every table both sides have.")
@click.option("--exclude-tables", "exclude_tables", multiple=True, metavar="A,B",
              help="Leave these tables out (names written as for --tables).")
@click.option("--truncate", is_flag=True,
              help="Empty the selected tables on --to first (never CASCADE). "
                   "Default: append; a duplicate key fails the run.")
@click.option("--dry-run", is_flag=True, help="Print the plan; write nothing.")
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
    from krakn.sync import Reporter

    run = Run.of(params)
    source, target = run.databases("sync-data")
    options = sync_options(params)
    ask = None if params["yes"] or options.dry_run or not sys.stdin.isatty() else confirm
    api.sync(source, target, options, Reporter(quiet=run.quiet, verbose=run.verbose), ask)
    return 0


def sync_options(params: Mapping[str, Any]) -> SyncOptions:
    """The flags as the API takes them: names parsed, the timeout checked."""
    from krakn.sync import check_duration, parse_names

    timeout = params["lock_timeout"]
    return SyncOptions(
        tables=tuple(parse_names(params["tables"], "--tables")),
        exclude=tuple(parse_names(params["exclude_tables"], "--exclude-tables")),
        truncate=bool(params["truncate"]), disable_triggers=bool(params["disable_triggers"]),
        jobs=int(params["jobs"]), commit_in_batches=bool(params["commit_in_batches"]),
        dry_run=bool(params["dry_run"]),
        lock_timeout=None if timeout is None else check_duration(timeout))

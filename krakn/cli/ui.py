"""krakn ui: a local, read-only web view of the schema diff and sync-data's plan.

Both sides are read once, before the server starts (krakn.api, as diff and
sync-data --dry-run read them); the pages (krakn.ui) show those results and
never reach a database.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

import click

from krakn.cli.boundary import error_boundary
from krakn.cli.options import (
    VERSION_TABLE,
    Run,
    compare_options,
    row_filter,
    row_filter_options,
    schema_command_options,
    table_names,
)
from krakn.console import echo_warning
from krakn.errors import EXIT_CODES, KraknError
from krakn.inputs import Side
from krakn.options import SyncOptions

if TYPE_CHECKING:
    from krakn.config import Profile
    from krakn.ui.report import DiffReport, SyncReport

log = logging.getLogger(__name__)


@click.command(epilog=EXIT_CODES)
@schema_command_options
@VERSION_TABLE
@click.option("--tables", multiple=True, metavar="A,B",
              help="The mapping: only these tables, as sync-data --tables.")
@click.option("--exclude-tables", "exclude_tables", multiple=True, metavar="A,B",
              help="The mapping: leave these tables out, as sync-data --exclude-tables.")
@row_filter_options
@click.option("--locale", metavar="LOCALE",
              help="The masks' vocabulary locale where a rule names none, as sync-data's.")
@click.option("--truncate/--no-truncate", default=False,
              help="The mapping: as sync-data --truncate (checked: no CASCADE needed).")
@click.option("--jobs", type=click.IntRange(min=1), default=1, metavar="N",
              help="The mapping: the connections sync-data --jobs N would spread tables over.")
@click.option("--commit-in-batches", is_flag=True,
              help="The mapping: as sync-data --commit-in-batches (the batches shown).")
@click.option("--disable-triggers", is_flag=True,
              help="The mapping: as sync-data --disable-triggers.")
@click.option("--port", type=click.IntRange(0, 65535), metavar="N",
              help="Listen on this port. Default: a free one.")
@click.option("--host", metavar="ADDRESS",
              help="Listen on this address instead of 127.0.0.1 (with a warning: other "
                   "machines may reach it).")
@click.option("--no-open", is_flag=True, help="Print the URL; do not open a browser.")
@error_boundary
def ui(**params: Any) -> int:
    """Show the schema diff and sync-data's plan in the browser. Read-only.

    Reads --from and --to once (as diff and sync-data --dry-run do), then
    serves the pages on 127.0.0.1 until Ctrl-C. The printed URL carries a
    token; requests without it are refused. No page writes to either database.
    """
    from krakn.cli.profiles import renames, with_profile
    from krakn.cli.sides import opened, plan
    from krakn.ui import serve

    serve.require()
    params, profile = with_profile(params, {"exclude_schemas": "exclude"})
    params["renames"] = renames(profile)
    run = Run.of(params)
    bound = serve.binding(params["host"])
    served = serve.prepare(bound.host, params["port"], explicit=params["host"] is not None)
    with opened(run, params["scratch"]) as (source, target):
        diff = _diff_report(plan(source, target, compare_options(params)), source, target)
        sync = _sync_report(source, target, params, profile)
    if bound.warning:
        echo_warning(bound.warning)
    click.echo(f"krakn ui: {served.url}")
    click.echo("krakn ui: read-only; Ctrl-C stops it", err=True)
    try:
        serve.run(served, diff, sync, open_browser=not params["no_open"])
    except KeyboardInterrupt:
        pass
    return 0


def _diff_report(found: Any, source: Side, target: Side) -> DiffReport:
    from krakn.ui.report import DiffReport

    return DiffReport(found, source.label, target.label)


def _sync_report(source: Side, target: Side, params: Mapping[str, Any],
                 profile: Profile | None) -> SyncReport:
    """sync-data's plan for a dry run, or why there is none (the diff still shows)."""
    from krakn.ui.report import SyncReport

    if source.database is None or target.database is None:
        return SyncReport(None, source.label, target.label,
                          error="The data mapping needs two databases: --from or --to names "
                                "a schema file or a snapshot, which holds no rows.")
    try:
        plan = sync_plan(source, target, params, profile)
    except KraknError as exc:
        return SyncReport(None, source.label, target.label,
                          error=f"sync-data would stop before writing: {exc.message}")
    return SyncReport(plan, source.label, target.label, strict=bool(profile and profile.strict))


def sync_plan(source: Side, target: Side, params: Mapping[str, Any],
              profile: Profile | None) -> Any:
    """What sync-data --dry-run would plan with these options and profile."""
    from dataclasses import replace

    from krakn import api
    from krakn.cli.profiles import row_rules
    from krakn.sync import Reporter

    assert source.database is not None and target.database is not None
    # Strict mode's findings are shown, not raised.
    rules = replace(row_rules(profile, params), strict=False)
    options = SyncOptions(tables=table_names(params["tables"], "--tables"),
                          exclude=table_names(params["exclude_tables"], "--exclude-tables"),
                          truncate=bool(params["truncate"]), jobs=int(params["jobs"]),
                          commit_in_batches=bool(params["commit_in_batches"]),
                          disable_triggers=bool(params["disable_triggers"]),
                          dry_run=True, rows=row_filter(params), rules=rules)
    if options.rows.empty and profile is not None:
        from krakn.config.rows import row_filter as profile_rows

        options = replace(options, rows=profile_rows(profile))
    return api.sync(source.database, target.database, options, Reporter(quiet=True))

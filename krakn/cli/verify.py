"""krakn verify: do --to's tables hold the same rows as --from's?"""

from __future__ import annotations

import json
from typing import Any

import click

from krakn.cli.boundary import error_boundary
from krakn.cli.options import (
    Run,
    connection_options,
    logging_options,
    row_filter,
    row_filter_options,
    stack,
    table_names,
)
from krakn.cli.profiles import PROFILE_OPTIONS
from krakn.console import echo_out
from krakn.errors import EXIT_DIFFERENCES, VERIFY_EXIT_CODES
from krakn.options import VerifyOptions


@click.command("verify", epilog=VERIFY_EXIT_CODES)
@stack(*connection_options(
    "The database the rows came from; only read (env KRAKN_FROM).",
    "The database to check; only read too (env KRAKN_TO)."), *PROFILE_OPTIONS)
@click.option("--tables", multiple=True, metavar="A,B",
              help="Compare only these tables (written as for sync-data --tables). "
                   "Default: every table both sides have.")
@click.option("--exclude-tables", "exclude_tables", multiple=True, metavar="A,B",
              help="Leave these tables out.")
@row_filter_options
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text",
              show_default=True, help="A table for people, or JSON.")
@stack(*logging_options())
@error_boundary
def verify(**params: Any) -> int:
    """Compare each table's rows on --from and --to: counts and a content hash.

    Both servers compute, at once and each in one read-only snapshot, the
    row count and an order-independent hash over the columns both sides
    have; no row leaves either server. Columns only one side has, and
    columns --to computes (generated), are not compared. With --profile,
    the profile's tables and rows (where, subset) are compared, and every
    column one of its rules rewrites (masks, sql, value, fill, from,
    renames) is left out and named.
    """
    from krakn import api
    from krakn.cli.profiles import row_rules, with_profile
    from krakn.sync.verify import format_report, report_data

    params, profile = with_profile(params)
    run = Run.of(params)
    source, target = run.databases("verify")
    rows = row_filter(params)
    if rows.empty and profile is not None:
        # As sync-data: the flags' row selection wins whole; else the profile's.
        from krakn.config.rows import row_filter as profile_rows

        rows = profile_rows(profile)
    options = VerifyOptions(
        tables=table_names(params["tables"], "--tables"),
        exclude=table_names(params["exclude_tables"], "--exclude-tables"),
        rows=rows, rules=row_rules(profile, params))
    report = api.verify(source, target, options)
    if params["fmt"] == "json":
        echo_out(json.dumps(report_data(report), indent=2, ensure_ascii=False) + "\n")
    elif not run.quiet or not report.match:
        echo_out("\n".join(format_report(report, "--from", "--to")) + "\n")
    return 0 if report.match else EXIT_DIFFERENCES

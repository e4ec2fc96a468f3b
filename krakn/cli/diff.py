"""krakn diff: how --to's schema differs from --from's, as lines or JSON."""

from __future__ import annotations

from typing import Any

import click

from krakn.cli.boundary import error_boundary
from krakn.cli.options import (
    VERSION_TABLE,
    Run,
    compare_options,
    schema_command_options,
    schema_params,
)
from krakn.cli.output import show_changes
from krakn.cli.sides import opened, plan
from krakn.errors import DIFF_EXIT_CODES, EXIT_DIFFERENCES


@click.command(epilog=DIFF_EXIT_CODES)
@schema_command_options
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text",
              show_default=True, help="Lines for people, or a JSON list.")
@VERSION_TABLE
@error_boundary
def diff(**params: Any) -> int:
    """Show how --to's schema differs from --from's.

    '+' --from has it and --to lacks it, '-' the reverse, '~' changed.
    """
    from krakn import api

    params = schema_params(params)
    with opened(Run.of(params), params["scratch"]) as (source, target):
        found = api.changes(plan(source, target, compare_options(params)))
    show_changes(found, params["fmt"], params["color"])
    return EXIT_DIFFERENCES if found else 0

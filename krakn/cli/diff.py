"""krakn diff: how --to's schema differs from --from's, as lines, JSON or one HTML page."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import click

from krakn.cli.boundary import error_boundary
from krakn.cli.options import (
    VERSION_TABLE,
    Run,
    compare_options,
    schema_command_options,
    schema_params,
)
from krakn.cli.output import changes_text, check_file_target, html_ready, show_changes, write
from krakn.cli.sides import opened, plan
from krakn.errors import DIFF_EXIT_CODES, EXIT_DIFFERENCES

if TYPE_CHECKING:
    from krakn.plan import Plan


def diff_html(planned: Plan, source: str, target: str) -> str:
    """The diff as one self-contained page (krakn.ui's, every body inside)."""
    from krakn.ui.report import DiffReport, export_diff

    return export_diff(DiffReport(planned, source, target))


@click.command(epilog=DIFF_EXIT_CODES)
@schema_command_options
@click.option("--format", "fmt", type=click.Choice(["text", "json", "html"]), default="text",
              show_default=True,
              help="Lines for people, a JSON list, or one self-contained HTML page (each "
                   "change with its SQL and rollback; needs Jinja2: pip install 'krakn[ui]').")
@click.option("-o", "--output", type=click.Path(),
              help="Write to this FILE instead of stdout (written whole or not at all).")
@VERSION_TABLE
@error_boundary
def diff(**params: Any) -> int:
    """Show how --to's schema differs from --from's.

    '+' --from has it and --to lacks it, '-' the reverse, '~' changed.
    --format html writes one page (no network needed) for CI artifacts and reviews.
    """
    from krakn import api

    params = schema_params(params)
    output = params["output"]
    if output is not None:
        check_file_target(output)
    if params["fmt"] == "html":
        html_ready()
    with opened(Run.of(params), params["scratch"]) as (source, target):
        planned = plan(source, target, compare_options(params))
        labels = source.label, target.label
    found = api.changes(planned)
    if params["fmt"] == "html":
        write(diff_html(planned, *labels), output)
    elif output is None:
        show_changes(found, params["fmt"], params["color"])
    else:
        write(changes_text(found, params["fmt"]), output)
    return EXIT_DIFFERENCES if found else 0

"""krakn snapshot: a database's schema as a deterministic JSON file (for git and CI)."""

from __future__ import annotations

from typing import Any

import click

from krakn.cli.boundary import error_boundary
from krakn.cli.options import EXCLUDE_SCHEMA, SCHEMA, SCRATCH, logging_options, stack
from krakn.cli.output import check_file_target, setup_logging, write
from krakn.db.urls import secrets_in
from krakn.errors import EXIT_CODES, UsageError
from krakn.inputs import classify, resolved


@click.command(epilog=EXIT_CODES)
@click.option("--from", "source", envvar="KRAKN_FROM", metavar="URL",
              help="The database to read; only ever read (env KRAKN_FROM). A .sql file or "
                   "a folder of them works too (loaded into a scratch database).")
@click.option("-o", "--output", type=click.Path(), metavar="FILE",
              help="Write the snapshot to FILE (whole or not at all). Default: stdout.")
@SCRATCH
@SCHEMA
@EXCLUDE_SCHEMA
@stack(*logging_options())
@error_boundary
def snapshot(**params: Any) -> int:
    """Write --from's schema as a snapshot file (JSON, the same bytes for the same schema).

    A snapshot stands in for a database on diff's and migrate's --from and --to:
    keep one in git, and `krakn diff --from schema.json --to $PROD_URL` says
    whether production drifted from it (exit 1).
    """
    from krakn.snapshot import take, to_text

    output = params["output"]
    if output is not None:
        check_file_target(output)
    setup_logging(bool(params["debug"]), int(params["verbose"]), bool(params["quiet"]),
                  secrets_in(params["source"]))
    given = classify(params["source"], "--from")
    if given.kind == "snapshot":
        raise UsageError(f"{given.raw} is a snapshot already: --from takes a database URL, "
                         f"a .sql file or a folder of them", side="--from")
    with resolved([given], params["scratch"]) as (side,):
        assert side.database is not None
        taken = take(side.database, params["schemas"], params["exclude"])
    write(to_text(taken), output)  # the same bytes on stdout as in a file
    return 0

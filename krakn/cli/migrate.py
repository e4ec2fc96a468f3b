"""krakn migrate: the SQL script (or Alembic revision) that turns --to into --from."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from typing import Any

import click

from krakn.cli.boundary import error_boundary
from krakn.cli.options import VERSION_TABLE, Run, compare_options, schema_command_options
from krakn.cli.output import check_file_target, warn_held, write, write_revision
from krakn.cli.sides import opened
from krakn.cli.sides import plan as compare
from krakn.errors import MIGRATE_EXIT_CODES, UsageError
from krakn.options import MigrateOptions


@click.command(epilog=MIGRATE_EXIT_CODES)
@schema_command_options
@click.option("--format", "fmt", type=click.Choice(["sql", "alembic"]), default="sql",
              show_default=True,
              help="A SQL script, or an Alembic revision file (needs --output DIR).")
@click.option("-o", "--output", type=click.Path(),
              help="sql: write to this FILE instead of stdout (written whole or not at all). "
                   "alembic: the DIR of revisions (an env's versions/) to write into.")
@click.option("--force", is_flag=True,
              help="Include statements that can lose data (drops, narrowing type changes).")
@click.option("-m", "--message", default="krakn migration", show_default=True,
              help="alembic: the revision's message (and file name).")
@click.option("--rev-id", metavar="ID", help="alembic: the revision id (default: a new one).")
@click.option("--rollback", is_flag=True,
              help="sql: print the reverse, the SQL that undoes the migration.")
@VERSION_TABLE
@error_boundary
def migrate(**params: Any) -> int:
    """Print the SQL that turns --to's schema into --from's. Never runs it.

    Statements that can lose data are left out, as comments, unless --force.
    With --format alembic, write an Alembic revision into --output DIR.
    """
    from krakn import api

    run = Run.of(params)
    options, down = _checked(migrate_options(params))
    with opened(run, params["scratch"]) as (source, target):
        plan = compare(source, target, options.compare)
    header = api.script_header(source, target, rollback=options.rollback)
    if options.format == "alembic":
        assert options.output is not None and options.rev_id is not None
        revision = api.revision(plan, force=options.force, message=options.message,
                                rev_id=options.rev_id, down_revision=down, generator=header)
        warn_held(revision.held_back, run.quiet)
        from krakn.render.alembic import file_name

        write_revision(revision.text, options.output, file_name(options.rev_id, options.message))
        return 0
    make = api.rollback_script if options.rollback else api.migration_script
    script = make(plan, force=options.force, header=header)
    warn_held(script.held_back, run.quiet)
    write(script.sql, options.output)
    return 0


def migrate_options(params: Mapping[str, Any]) -> MigrateOptions:
    """The flags as the API takes them."""
    return MigrateOptions(
        compare=compare_options(params), format=params["fmt"], output=params["output"],
        force=bool(params["force"]), rollback=bool(params["rollback"]),
        message=params["message"], rev_id=params["rev_id"])


def _checked(options: MigrateOptions) -> tuple[MigrateOptions, str | None]:
    """options with --output and --rev-id checked (and the revision's parent), before
    connecting: a typo should not cost a comparison."""
    if options.format != "alembic":
        if options.output is not None:
            check_file_target(options.output)
        return options, None
    if options.rollback:
        raise UsageError("--rollback is for --format sql: a revision's downgrade() "
                         "is its rollback")
    if options.output is None:
        raise UsageError("--format alembic needs --output DIR (a folder of revisions)")
    from krakn.render.alembic import check_rev_id, read_head, versions_dir

    options = replace(options, output=versions_dir(options.output),
                      rev_id=check_rev_id(options.rev_id))
    assert options.output is not None and options.rev_id is not None
    return options, read_head(options.output, options.rev_id)

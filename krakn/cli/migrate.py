"""krakn migrate: the SQL script (or Alembic revision) that turns --to into --from."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
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
from krakn.cli.output import check_file_target, warn_held, write, write_revision
from krakn.cli.sides import opened
from krakn.cli.sides import plan as compare
from krakn.console import echo_error
from krakn.errors import EXIT_DIFFERENCES, MIGRATE_EXIT_CODES, UsageError
from krakn.inputs import Side
from krakn.options import MigrateOptions

if TYPE_CHECKING:
    from krakn.cli.check import CheckResult
    from krakn.plan import Plan
    from krakn.render.sql import Script


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
@click.option("--check", is_flag=True,
              help="First apply the script to a scratch copy of --to's schema (see "
                   "--scratch) and compare the result with --from (alembic: upgrade(), then "
                   "downgrade() must give --to's schema again); write nothing and exit 1 "
                   "when it fails to apply or misses something. --to is never written to.")
@VERSION_TABLE
@error_boundary
def migrate(**params: Any) -> int:
    """Print the SQL that turns --to's schema into --from's. Never runs it.

    Statements that can lose data are left out, as comments, unless --force.
    With --format alembic, write an Alembic revision into --output DIR.
    """
    from krakn import api

    params = schema_params(params)
    run = Run.of(params)
    options, down = _checked(migrate_options(params))
    if params["check"] and options.rollback:
        raise UsageError("--check tries the migration, not --rollback (a revision's "
                         "downgrade() is tried with --format alembic --check)")
    with opened(run, params["scratch"]) as (source, target):
        plan = compare(source, target, options.compare)
        header = api.script_header(source, target, rollback=options.rollback)
        if options.format == "alembic":
            return _write_revision(plan, options, down, header, run,
                                   (source, target) if params["check"] else None,
                                   params["scratch"])
        make = api.rollback_script if options.rollback else api.migration_script
        script = make(plan, force=options.force, header=header)
        if params["check"] and not _checked_on_scratch(source, target, options, script,
                                                        params["scratch"], run.quiet):
            return EXIT_DIFFERENCES
    warn_held(script.held_back, run.quiet)
    write(script.sql, options.output)
    return 0


def _write_revision(plan: Plan, options: MigrateOptions, down: str | None, header: str,
                    run: Run, check: tuple[Side, Side] | None, scratch: str | None) -> int:
    """Write the revision file; with --check (check: the two sides) only once it passed."""
    from krakn import api
    from krakn.render.alembic import file_name

    assert options.output is not None and options.rev_id is not None
    revision = api.revision(plan, force=options.force, message=options.message,
                            rev_id=options.rev_id, down_revision=down, generator=header)
    if check is not None:
        from krakn.cli.check import check_revision

        held = [what for _step, what in revision.held_back]
        result = check_revision(*check, options.compare, revision.text, held, scratch)
        if not _reported(result, run.quiet):
            return EXIT_DIFFERENCES
    warn_held(revision.held_back, run.quiet)
    write_revision(revision.text, options.output, file_name(options.rev_id, options.message))
    return 0


def _checked_on_scratch(source: Side, target: Side, options: MigrateOptions, script: Script,
                        scratch: str | None, quiet: bool) -> bool:
    """--check: the script tried on a scratch copy of --to; what it showed, on stderr."""
    from krakn.cli.check import check

    held = [what for _step, what in script.held_back]
    return _reported(check(source, target, options.compare, script.sql, held, scratch), quiet)


def _reported(result: CheckResult, quiet: bool) -> bool:
    """What the check showed, on stderr; whether it passed."""
    on = f"a scratch copy of --to's schema (PostgreSQL {result.version})"
    revision = result.stage != "the script"
    if result.failed is not None:
        echo_error(f"check failed: {result.stage} stops on {on}: {result.failed}")
    elif result.left:
        should = "--to's schema again" if result.stage == "downgrade()" else "--from"
        echo_error(f"check failed: after {result.stage}, {on} still differs from {should}:")
        for change in result.left:
            click.echo(f"  {change.sign} {change.message}", err=True)
    elif not quiet:
        held = len(result.held)
        more = f" (apart from {held} statement(s) held back for --force)" if held else ""
        if revision:
            click.echo(f"krakn: check passed: the revision's upgrade() applies to {on} and "
                       f"the result matches --from; its downgrade() then gives --to's schema "
                       f"again{more}", err=True)
        else:
            click.echo(f"krakn: check passed: the script applies to {on} in one "
                       f"transaction, and the result matches --from{more}", err=True)
    return result.ok


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

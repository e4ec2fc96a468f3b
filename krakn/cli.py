"""krakn's command line: thin click commands that parse options and delegate.

Exit status: 0 success (diff: no differences), 1 diff found differences,
2 error (bad input, connection failure, refused operation), 130 interrupted,
141 stdout closed early (diff | head), 143 terminated (SIGTERM).
"""

from __future__ import annotations

import functools
import json
import logging
import os
import sys
import traceback
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import click

from krakn import __version__
from krakn.console import echo_error, echo_out, echo_warning, paint, use_colour
from krakn.db.database import Database
from krakn.db.urls import PasswordFilter, redact, secrets_in
from krakn.errors import (
    DIFF_EXIT_CODES,
    EXIT_BROKEN_PIPE,
    EXIT_CODES,
    EXIT_DIFFERENCES,
    EXIT_ERROR,
    EXIT_INTERRUPTED,
    EXIT_TERMINATED,
    MIGRATE_EXIT_CODES,
    SYNC_EXIT_CODES,
    KraknError,
    Terminated,
    UsageError,
)
from krakn.interrupts import sigterm_raises
from krakn.options import CompareOptions, SyncOptions

if TYPE_CHECKING:
    from krakn.plan import Plan

log = logging.getLogger(__name__)


def _setup_logging(debug: bool, verbose: int, quiet: bool, secrets: list[str]) -> None:
    level = logging.DEBUG if debug else logging.INFO if verbose else logging.WARNING
    if quiet:
        level = logging.ERROR
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("krakn: %(levelname)s: %(name)s: %(message)s"))
    handler.addFilter(PasswordFilter(secrets))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    # Warnings too go through the handler, and so through the redaction.
    logging.captureWarnings(True)
    if not debug:
        logging.getLogger("alembic").setLevel(logging.WARNING)
    # --debug shows the SQL krakn runs; the filter keeps passwords out.
    logging.getLogger("sqlalchemy.engine").setLevel(logging.INFO if debug else logging.WARNING)


def _secrets(kwargs: dict[str, Any]) -> list[str]:
    """Whatever secret the command's URLs hold, for the error boundary to hide."""
    return [s for key in ("source", "target") for s in secrets_in(kwargs.get(key))]


def _say(line: str, secrets: list[str], debug: bool) -> None:
    """The error line (after the traceback with --debug), redacted; stderr may be gone."""
    try:
        if debug:
            click.echo(redact(traceback.format_exc(), secrets).rstrip("\n"), err=True)
        echo_error(redact(line, secrets))
    except (BrokenPipeError, ValueError):
        pass  # nobody reads stderr any more: the exit status says it


def _stdout_gone() -> int:
    """The reader of stdout went away (krakn diff | head): stop quietly, like cat(1)."""
    try:
        # Later flushes (at exit) must not fail a second time on the closed pipe.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):
        pass
    return EXIT_BROKEN_PIPE


def error_boundary(fn: Callable[..., int | None]) -> Callable[..., None]:
    """The one place where exceptions become a message and an exit code."""

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> None:
        debug = bool(kwargs.get("debug"))
        secrets = _secrets(kwargs)
        try:
            with sigterm_raises():
                code = fn(*args, **kwargs) or 0
        except KraknError as exc:
            _say(exc.message, secrets, debug)
            code = exc.exit_code
        except Terminated:
            _say("terminated", secrets, False)
            code = EXIT_TERMINATED
        except KeyboardInterrupt:
            _say("interrupted", secrets, False)
            code = EXIT_INTERRUPTED
        except BrokenPipeError:
            code = _stdout_gone()
        except click.exceptions.Exit:
            raise
        except click.ClickException:
            raise
        except Exception as exc:  # noqa: BLE001 - the boundary must catch all
            from krakn.db.errors import explain, is_database_error

            if is_database_error(exc):
                # Every side's work translates its own errors; this one escaped that.
                _say(f"database error: {explain(exc, secrets=secrets)}", secrets, debug)
            else:
                first = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
                _say(f"unexpected {type(exc).__name__}: {first} (run with --debug for details)",
                     secrets, debug)
            code = EXIT_ERROR
        sys.exit(code)

    return wrapper


_VERSION_TABLE = click.option(
    "--version-table", metavar="NAME", default="alembic_version", show_default=True,
    help="Alembic's version table, never compared (alembic_version always is).")


def common_options(fn: Callable[..., Any]) -> Callable[..., Any]:
    options = [
        click.option("--from", "source", envvar="KRAKN_FROM", metavar="URL",
                     help="The database whose schema is wanted (env KRAKN_FROM)."),
        click.option("--to", "target", envvar="KRAKN_TO", metavar="URL",
                     help="The database to compare or change (env KRAKN_TO)."),
        click.option("--schema", "schemas", multiple=True, metavar="NAME",
                     help="Compare only this schema (repeatable). Default: every user schema."),
        click.option("--exclude-schema", "exclude", multiple=True, metavar="NAME",
                     help="Leave this schema out (repeatable)."),
        click.option("--color", type=click.Choice(["auto", "always", "never"]), default="auto",
                     show_default=True, help="Colour output (auto: only on a terminal)."),
        click.option("--with-privileges", "privileges", is_flag=True,
                     help="Also compare GRANTs on tables, views, sequences, columns, "
                          "routines and schemas."),
        click.option("--with-owners", "owners", is_flag=True,
                     help="Also compare the owners of tables, views, sequences, routines, "
                          "schemas and types."),
        click.option("--debug", is_flag=True, help="Show tracebacks and the SQL krakn runs."),
        click.option("-v", "--verbose", count=True, help="Say more."),
        click.option("-q", "--quiet", is_flag=True, help="Say only errors."),
    ]
    for option in reversed(options):
        fn = option(fn)
    return fn


def _databases(source: str | None, target: str | None, debug: bool, verbose: int,
               quiet: bool) -> tuple[Database, Database]:
    _setup_logging(debug, verbose, quiet, secrets_in(source) + secrets_in(target))
    return Database.from_raw(source, "--from"), Database.from_raw(target, "--to")


@click.group(name="krakn", context_settings={"help_option_names": ["-h", "--help"]},
             epilog=EXIT_CODES)
@click.version_option(__version__, "--version", prog_name="krakn")
def main() -> None:
    """krakn: the ideal test database, latest schema + real data.

    \b
    krakn diff    --from A --to B   how B's schema differs from A's
    krakn migrate --from A --to B   the SQL that turns B's schema into A's
    krakn sync-data --from A --to B copy A's rows into B (B's schema may be newer)
    """


@main.command("help")
@click.argument("command", required=False)
@click.pass_context
def help_command(ctx: click.Context, command: str | None) -> None:
    """Show help for krakn or one COMMAND."""
    group = ctx.parent.command if ctx.parent else main
    assert isinstance(group, click.Group)
    if command is None:
        click.echo(group.get_help(ctx.parent or ctx))
        return
    cmd = group.get_command(ctx, command)
    if cmd is None:
        echo_error(f"no such command {command!r}: see 'krakn --help'")
        sys.exit(EXIT_ERROR)
    with click.Context(cmd, info_name=command, parent=ctx.parent) as sub:
        click.echo(cmd.get_help(sub))


@main.command(epilog=DIFF_EXIT_CODES)
@common_options
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text",
              show_default=True, help="Lines for people, or a JSON list.")
@_VERSION_TABLE
@error_boundary
def diff(source: str | None, target: str | None, schemas: tuple[str, ...],
         exclude: tuple[str, ...], color: str, privileges: bool, owners: bool, debug: bool,
         verbose: int, quiet: bool, fmt: str, version_table: str) -> int:
    """Show how --to's schema differs from --from's.

    '+' --from has it and --to lacks it, '-' the reverse, '~' changed.
    """
    from krakn import api

    src, tgt = _databases(source, target, debug, verbose, quiet)
    options = CompareOptions(schemas, exclude, privileges, owners, (version_table,))
    found = api.changes(api.compare(src, tgt, options))
    if fmt == "json":
        echo_out(json.dumps([c.as_dict() for c in found], indent=2, ensure_ascii=False) + "\n")
    else:
        colour = use_colour(color)
        for change in found:
            click.echo(paint(f"{change.sign} {change.message}", change.sign, colour),
                       color=colour)
    return EXIT_DIFFERENCES if found else 0


@main.command(epilog=MIGRATE_EXIT_CODES)
@common_options
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
@_VERSION_TABLE
@error_boundary
def migrate(source: str | None, target: str | None, schemas: tuple[str, ...],
            exclude: tuple[str, ...], color: str, privileges: bool, owners: bool,
            debug: bool, verbose: int, quiet: bool, fmt: str, output: str | None,
            force: bool, message: str, rev_id: str | None, rollback: bool,
            version_table: str) -> int:
    """Print the SQL that turns --to's schema into --from's. Never runs it.

    Statements that can lose data are left out, as comments, unless --force.
    With --format alembic, write an Alembic revision into --output DIR.
    """
    from krakn import api

    src, tgt = _databases(source, target, debug, verbose, quiet)
    down: str | None = None
    if fmt == "alembic":
        if rollback:
            raise UsageError("--rollback is for --format sql: a revision's downgrade() "
                             "is its rollback")
        if output is None:
            raise UsageError("--format alembic needs --output DIR (a folder of revisions)")
        from krakn.render.alembic import check_rev_id, read_head, versions_dir

        # Checked before connecting: a typo should not cost a comparison.
        output, rev_id = versions_dir(output), check_rev_id(rev_id)
        down = read_head(output, rev_id)
    elif output is not None:
        from krakn.output import check_file_target

        check_file_target(output)  # before connecting, as above
    plan = api.compare(src, tgt, CompareOptions(schemas, exclude, privileges, owners,
                                                (version_table,)))
    header = api.script_header(src, tgt, rollback=rollback)
    if fmt == "alembic":
        assert output is not None and rev_id is not None
        return _write_revision(plan, output, force, message, (rev_id, down), header, quiet)
    make = api.rollback_script if rollback else api.migration_script
    script = make(plan, force=force, header=header)
    _warn_held(script.held_back, quiet)
    _write(script.sql, output)
    return 0


def _warn_held(held: list[tuple[Any, str]], quiet: bool) -> None:
    for _step, what in held:
        if not quiet:
            echo_warning(f"left out, needs --force: {what}")


def _write_revision(plan: Plan, directory: str, force: bool, message: str,
                    ids: tuple[str, str | None], header: str, quiet: bool) -> int:
    from krakn import api
    from krakn.render.alembic import file_name

    rev_id, down = ids
    revision = api.revision(plan, force=force, message=message, rev_id=rev_id,
                            down_revision=down, generator=header)
    _warn_held(revision.held_back, quiet)
    path = os.path.join(directory, file_name(rev_id, message))
    if os.path.exists(path):
        raise UsageError(f"{path} already exists: choose another --rev-id or -m")
    _write(revision.text, path)
    click.echo(path)
    return 0


def _write(text: str, output: str | None) -> None:
    if output is None:
        echo_out(text)
        return
    from krakn.output import write_file

    write_file(text, output)


@main.command("sync-data", epilog=SYNC_EXIT_CODES)
@click.option("--from", "source", envvar="KRAKN_FROM", metavar="URL",
              help="The database to copy rows from; only ever read (env KRAKN_FROM).")
@click.option("--to", "target", envvar="KRAKN_TO", metavar="URL",
              help="The database to load the rows into (env KRAKN_TO).")
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
@click.option("--debug", is_flag=True, help="Show tracebacks and the SQL krakn runs.")
@click.option("-v", "--verbose", count=True, help="Say more (each table's COPY statements).")
@click.option("-q", "--quiet", is_flag=True, help="Say only errors.")
@error_boundary
def sync_data(source: str | None, target: str | None, tables: tuple[str, ...],
              exclude_tables: tuple[str, ...], truncate: bool, dry_run: bool, jobs: int,
              commit_in_batches: bool, disable_triggers: bool, yes: bool,
              lock_timeout: str | None, debug: bool,
              verbose: int, quiet: bool) -> int:
    """Copy the rows of --from's tables into the same tables on --to.

    Columns are matched by name: --to's own columns get their defaults, a
    changed type is converted by --to, a column --to lacks is left out. The
    load is one transaction on --to (all or nothing; --commit-in-batches
    may split it) from one consistent snapshot of --from, in foreign-key
    order. On a terminal krakn asks before loading into tables that already
    hold rows.
    """
    from krakn import api, sync

    src, tgt = _databases(source, target, debug, verbose, quiet)
    options = SyncOptions(
        tables=tuple(sync.parse_names(tables, "--tables")),
        exclude=tuple(sync.parse_names(exclude_tables, "--exclude-tables")),
        truncate=truncate, disable_triggers=disable_triggers, jobs=jobs,
        commit_in_batches=commit_in_batches, dry_run=dry_run,
        lock_timeout=None if lock_timeout is None else sync.check_duration(lock_timeout))
    ask = None if yes or dry_run or not sys.stdin.isatty() else _ask
    api.sync(src, tgt, options, sync.Reporter(quiet=quiet, verbose=verbose), ask)
    return 0


def _ask(question: str) -> bool:
    try:
        return click.confirm(question, default=False)
    except click.Abort as exc:
        # Ctrl-C (exit 130) or SIGTERM (143) at the question, as anywhere else;
        # click turns both into Abort, keeping the signal's exception as context.
        if isinstance(exc.__context__, Terminated):
            raise Terminated() from None
        raise KeyboardInterrupt from None


def entry() -> None:
    """The console script: main(), then leave without tearing the interpreter down.

    Connections, files and threads are all closed by then; skipping the
    garbage collection of SQLAlchemy's and Alembic's module state at exit
    saves about a tenth of a second on every run.
    """
    code: int = 0
    try:
        main()
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 2)
    except BrokenPipeError:  # outside a command: krakn --help | head -1
        code = _stdout_gone()
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (BrokenPipeError, ValueError):
            # Whatever stopped the output was met, and its status set, before:
            # sync-data's load keeps its own when stdout closes under it.
            pass
    logging.shutdown()
    os._exit(code)

"""krakn's command line: thin click commands that parse options and delegate.

Exit status: 0 success (diff: no differences), 1 diff found differences,
2 error (bad input, connection failure, refused operation), 130 interrupted.
"""

from __future__ import annotations

import functools
import json
import logging
import os
import sys
import tempfile
import traceback
from collections.abc import Callable
from typing import Any

import click

from krakn import __version__
from krakn.console import echo_error, echo_warning, paint, use_colour
from krakn.db import Database
from krakn.errors import EXIT_DIFFERENCES, EXIT_ERROR, EXIT_INTERRUPTED, KraknError
from krakn.urls import PasswordFilter, hide_password

log = logging.getLogger(__name__)

EXIT_CODES = """\b
Exit status:
  0    success (diff: no differences)
  1    diff: differences found
  2    error: bad input, connection failure, refused operation
  130  interrupted"""


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
    if not debug:
        logging.getLogger("alembic").setLevel(logging.WARNING)
    # --debug shows the SQL krakn runs; the filter keeps passwords out.
    logging.getLogger("sqlalchemy.engine").setLevel(logging.INFO if debug else logging.WARNING)


def error_boundary(fn: Callable[..., int | None]) -> Callable[..., None]:
    """The one place where exceptions become a message and an exit code."""

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> None:
        debug = bool(kwargs.get("debug"))
        try:
            code = fn(*args, **kwargs) or 0
        except KraknError as exc:
            if debug:
                traceback.print_exc()
            echo_error(hide_password(exc.message))
            code = exc.exit_code
        except KeyboardInterrupt:
            echo_error("interrupted")
            code = EXIT_INTERRUPTED
        except click.exceptions.Exit:
            raise
        except click.ClickException:
            raise
        except Exception as exc:  # noqa: BLE001 - the boundary must catch all
            if debug:
                traceback.print_exc()
            first = hide_password(str(exc).strip().splitlines()[0] if str(exc).strip() else "")
            echo_error(f"unexpected {type(exc).__name__}: {first} (run with --debug for details)")
            code = EXIT_ERROR
        sys.exit(code)

    return wrapper


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
    secrets = [s for s in (_password(source), _password(target)) if s]
    _setup_logging(debug, verbose, quiet, secrets)
    return Database.from_raw(source, "--from"), Database.from_raw(target, "--to")


def _password(raw: str | None) -> str | None:
    try:
        return Database.from_raw(raw, "--from").password if raw else None
    except KraknError:
        return None


@click.group(name="krakn", context_settings={"help_option_names": ["-h", "--help"]},
             epilog=EXIT_CODES)
@click.version_option(__version__, "--version", prog_name="krakn")
def main() -> None:
    """krakn: the ideal test database, latest schema + real data.

    \b
    krakn diff    --from A --to B   how B's schema differs from A's
    krakn migrate --from A --to B   the SQL that turns B's schema into A's
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


@main.command(epilog=EXIT_CODES)
@common_options
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text",
              show_default=True, help="Lines for people, or a JSON list.")
@error_boundary
def diff(source: str | None, target: str | None, schemas: tuple[str, ...],
         exclude: tuple[str, ...], color: str, privileges: bool, owners: bool, debug: bool,
         verbose: int, quiet: bool, fmt: str) -> int:
    """Show how --to's schema differs from --from's.

    '+' --from has it and --to lacks it, '-' the reverse, '~' changed.
    """
    from krakn.api import compare

    src, tgt = _databases(source, target, debug, verbose, quiet)
    plan = compare(src, tgt, schemas=schemas, exclude=exclude, debug=debug,
                   privileges=privileges, owners=owners)
    from krakn.describe import changes

    found = [c for step in plan.steps for c in changes(step.op)]
    if fmt == "json":
        click.echo(json.dumps([c.as_dict() for c in found], indent=2, ensure_ascii=False))
    else:
        colour = use_colour(color)
        for change in found:
            click.echo(paint(f"{change.sign} {change.message}", change.sign, colour),
                       color=colour)
    return EXIT_DIFFERENCES if found else 0


@main.command(epilog=EXIT_CODES)
@common_options
@click.option("--format", "fmt", type=click.Choice(["sql"]), default="sql", show_default=True,
              help="Output format.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True),
              help="Write to this file instead of stdout (written whole or not at all).")
@click.option("--force", is_flag=True,
              help="Include statements that can lose data (drops, narrowing type changes).")
@error_boundary
def migrate(source: str | None, target: str | None, schemas: tuple[str, ...],
            exclude: tuple[str, ...], color: str, privileges: bool, owners: bool,
            debug: bool, verbose: int, quiet: bool, fmt: str, output: str | None,
            force: bool) -> int:
    """Print the SQL that turns --to's schema into --from's. Never runs it.

    Statements that can lose data are left out, as comments, unless --force.
    """
    from krakn.api import compare

    src, tgt = _databases(source, target, debug, verbose, quiet)
    plan = compare(src, tgt, schemas=schemas, exclude=exclude, debug=debug,
                   privileges=privileges, owners=owners)
    from krakn.render.sql import render_script

    header = [f"krakn {__version__}: turns {tgt.label} into {src.label}"]
    script = render_script(plan, force=force, header=header)
    for _step, what in script.held_back:
        if not quiet:
            echo_warning(f"left out, needs --force: {what}")
    _write(script.sql, output)
    return 0


def _write(text: str, output: str | None) -> None:
    if output is None:
        click.echo(text, nl=False)
        return
    directory = os.path.dirname(os.path.abspath(output))
    # Written to a temporary file and renamed: never a half-written file.
    fd, tmp = tempfile.mkstemp(dir=directory, prefix=".krakn-", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
        os.replace(tmp, output)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


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
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (BrokenPipeError, ValueError):
            pass  # the reader went away (krakn diff | head): nothing left to say
    logging.shutdown()
    os._exit(code)

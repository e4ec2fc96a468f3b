"""krakn's command line: thin click commands that parse options, call krakn.api and print.

One module per command (diff, migrate, sync_data, verify, help); options holds the
option stacks they share and their conversion into krakn.options' objects,
output what they print or write, boundary the one place where an exception
becomes a message and an exit status (0, 1, 2, 130, 141, 143: see there).
"""

from __future__ import annotations

import gc
import importlib
import logging
import os
import sys

import click

from krakn import __version__
from krakn.cli.boundary import stdout_gone
from krakn.errors import EXIT_CODES

__all__ = ["entry", "main"]

# Each command's module, imported only when that command runs (or help lists
# them all): `krakn diff` need not load what demo, ui or sync-data import.
COMMANDS = {
    "help": "krakn.cli.help:help_command", "diff": "krakn.cli.diff:diff",
    "migrate": "krakn.cli.migrate:migrate", "sync-data": "krakn.cli.sync_data:sync_data",
    "verify": "krakn.cli.verify:verify", "snapshot": "krakn.cli.snapshot:snapshot",
    "ui": "krakn.cli.ui:ui", "demo": "krakn.cli.demo:demo",
}


# Commands that read, compute and print, then exit. entry() starts with the
# cyclic garbage collector off: its passes over SQLAlchemy's and Alembic's
# modules and both catalogs cost a diff of 600 tables a tenth of a second, to
# free almost nothing (reference counting frees the rest). Any other command
# (a server, a long copy) gets it back before it runs.
SHORT_RUNS = frozenset({"help", "diff", "migrate", "snapshot"})


class LazyGroup(click.Group):
    """A group whose commands (COMMANDS) are imported when first asked for."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        spec = COMMANDS.get(cmd_name)
        if spec is None:
            return None
        if cmd_name not in SHORT_RUNS:
            gc.enable()
        module, _, attr = spec.partition(":")
        command = getattr(importlib.import_module(module), attr)
        assert isinstance(command, click.Command) and command.name == cmd_name, spec
        return command


@click.group(name="krakn", cls=LazyGroup,
             context_settings={"help_option_names": ["-h", "--help"]}, epilog=EXIT_CODES)
@click.version_option(__version__, "--version", prog_name="krakn")
def main() -> None:
    """krakn: the ideal test database, latest schema + real data.

    \b
    krakn diff    --from A --to B   how B's schema differs from A's
    krakn migrate --from A --to B   the SQL that turns B's schema into A's
    krakn sync-data --from A --to B copy A's rows into B (B's schema may be newer)
    krakn verify  --from A --to B   do B's tables hold A's rows?
    krakn snapshot --from A -o schema.json   A's schema as a file for git and CI
    krakn ui      --from A --to B   the diff and sync-data's plan in the browser
    krakn demo                      all of it on two small databases of its own
    """


def entry() -> None:
    """The console script: main(), then leave without tearing the interpreter down.

    Connections, files and threads are all closed by then; skipping the
    garbage collection of SQLAlchemy's and Alembic's module state at exit
    saves about a tenth of a second on every run.
    """
    code: int = 0
    gc.disable()  # see SHORT_RUNS
    try:
        main()
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 2)
    except BrokenPipeError:  # outside a command: krakn --help | head -1
        code = stdout_gone()
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (BrokenPipeError, ValueError):
            # Whatever stopped the output was met, and its status set, before:
            # sync-data's load keeps its own when stdout closes under it.
            pass
    logging.shutdown()
    os._exit(code)

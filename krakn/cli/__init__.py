"""krakn's command line: thin click commands that parse options, call krakn.api and print.

One module per command (diff, migrate, sync_data, verify, help); options holds the
option stacks they share and their conversion into krakn.options' objects,
output what they print or write, boundary the one place where an exception
becomes a message and an exit status (0, 1, 2, 130, 141, 143: see there).
"""

from __future__ import annotations

import logging
import os
import sys

import click

from krakn import __version__
from krakn.cli import demo, diff, migrate, snapshot, sync_data, ui, verify
from krakn.cli import help as help_module
from krakn.cli.boundary import stdout_gone
from krakn.errors import EXIT_CODES

__all__ = ["entry", "main"]


@click.group(name="krakn", context_settings={"help_option_names": ["-h", "--help"]},
             epilog=EXIT_CODES)
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


for _command in (help_module.help_command, diff.diff, migrate.migrate, sync_data.sync_data,
                 verify.verify, snapshot.snapshot, ui.ui, demo.demo):
    main.add_command(_command)


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

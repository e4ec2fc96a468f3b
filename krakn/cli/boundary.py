"""The one error boundary: every exception a command raises becomes a message
and an exit status here, and nowhere else.

Exit status (each command's --help lists its own, from krakn.errors):

* 0 - success; for ``diff``: no differences
* 1 - ``diff`` found differences
* 2 - error: bad input, connection failure, refused operation (a one-line
  ``krakn: error: ...``, the traceback only with --debug)
* 130 - interrupted (Ctrl-C)
* 141 - stdout closed before the end (``krakn diff | head``)
* 143 - terminated (SIGTERM, raised as Ctrl-C is while a command runs)
"""

from __future__ import annotations

import functools
import os
import sys
import traceback
from collections.abc import Callable
from typing import Any

import click

from krakn.console import echo_error
from krakn.db.urls import redact, secrets_in
from krakn.errors import (
    EXIT_BROKEN_PIPE,
    EXIT_ERROR,
    EXIT_INTERRUPTED,
    EXIT_TERMINATED,
    KraknError,
    Terminated,
)
from krakn.interrupts import sigterm_raises


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
            code = stdout_gone()
        except (click.exceptions.Exit, click.ClickException):
            raise
        except Exception as exc:  # noqa: BLE001 - the boundary must catch all
            _say(_unexpected(exc, secrets), secrets, debug)
            code = EXIT_ERROR
        sys.exit(code)

    return wrapper


def _unexpected(exc: Exception, secrets: list[str]) -> str:
    """The line for an exception no layer turned into a KraknError."""
    from krakn.db.errors import explain, is_database_error

    if is_database_error(exc):
        # Every side's work translates its own errors; this one escaped that.
        return f"database error: {explain(exc, secrets=secrets)}"
    first = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    return f"unexpected {type(exc).__name__}: {first} (run with --debug for details)"


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


def stdout_gone() -> int:
    """The reader of stdout went away (krakn diff | head): stop quietly, like cat(1)."""
    try:
        # Later flushes (at exit) must not fail a second time on the closed pipe.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):
        pass
    return EXIT_BROKEN_PIPE


def confirm(question: str) -> bool:
    """Ask on the terminal; Ctrl-C or SIGTERM at the question end the run as anywhere else."""
    try:
        return click.confirm(question, default=False)
    except click.Abort as exc:
        # Ctrl-C (exit 130) or SIGTERM (143) at the question, as anywhere else;
        # click turns both into Abort, keeping the signal's exception as context.
        if isinstance(exc.__context__, Terminated):
            raise Terminated() from None
        raise KeyboardInterrupt from None

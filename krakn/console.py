"""Terminal output: the one place that decides about colour."""

from __future__ import annotations

import os
import sys
from typing import IO

import click

COLOURS = {"+": "green", "-": "red", "~": "yellow", "!": "red"}

# One write per piece: Python drops the rest of a single large write that a
# closing pipe cut short without a word, while the next piece's write fails
# with BrokenPipeError, which krakn reports as exit 141 (krakn migrate | head).
PIECE = 1 << 16


def use_colour(mode: str, stream: IO[str] | None = None) -> bool:
    """Colour only on a terminal, never with NO_COLOR set or --color never."""
    if mode == "never":
        return False
    if mode == "always":
        return True
    if os.environ.get("NO_COLOR"):
        return False
    stream = stream or sys.stdout
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())


def paint(text: str, sign: str, colour: bool) -> str:
    """Colour a line by its leading sign when colour is on."""
    if not colour or sign not in COLOURS:
        return text
    return click.style(text, fg=COLOURS[sign])


def echo_out(text: str) -> None:
    """Write text to stdout as it is (no newline added), piece by piece.

    color=True: click would otherwise strip what looks like a colour code
    when stdout is no terminal, and so change a string literal in the SQL.
    """
    for start in range(0, len(text), PIECE):
        click.echo(text[start:start + PIECE], nl=False, color=True)


def echo_error(message: str, colour: bool = False) -> None:
    """Write one error line to stderr."""
    line = f"krakn: error: {message}"
    _to_stderr(click.style(line, fg="red") if colour else line)


def echo_warning(message: str) -> None:
    _to_stderr(f"krakn: warning: {message}")


def _to_stderr(line: str) -> None:
    try:
        click.echo(line, err=True)
    except (OSError, ValueError):
        # stderr closed too (`2>&1 | head`): nobody is left to tell, and
        # failing here would only change the exit status.
        pass

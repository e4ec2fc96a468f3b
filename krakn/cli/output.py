"""What the commands print and write: log lines, diff lines, scripts, files.

Colour is decided by krakn.console (NO_COLOR, --color, a terminal or not);
a file named with --output is written whole or not at all, as the user's
own file would be.
"""

from __future__ import annotations

import json
import logging
import os
import sys
import uuid
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import click

from krakn.console import echo_out, echo_warning, paint, use_colour
from krakn.db.urls import PasswordFilter
from krakn.errors import UsageError

if TYPE_CHECKING:
    from krakn.ops.base import Change

log = logging.getLogger(__name__)


def setup_logging(debug: bool, verbose: int, quiet: bool, secrets: list[str]) -> None:
    """Log lines on stderr, passwords hidden; --debug adds the SQL krakn runs."""
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


def html_ready() -> None:
    """--format html needs Jinja2 (the `ui` extra): say so before any work."""
    try:
        import jinja2  # noqa: F401
    except ImportError:
        raise UsageError("--format html needs Jinja2: pip install 'krakn[ui]'") from None


def changes_text(found: Sequence[Change], fmt: str) -> str:
    """diff's output for a file: the JSON list, or the lines without colour."""
    if fmt == "json":
        return json.dumps([c.as_dict() for c in found], indent=2, ensure_ascii=False) + "\n"
    return "".join(f"{change.sign} {change.message}\n" for change in found)


def show_changes(found: Sequence[Change], fmt: str, color: str) -> None:
    """diff's output: a JSON list, or one line per change, coloured by its sign."""
    if fmt == "json":
        echo_out(json.dumps([c.as_dict() for c in found], indent=2, ensure_ascii=False) + "\n")
        return
    colour = use_colour(color)
    for change in found:
        click.echo(paint(f"{change.sign} {change.message}", change.sign, colour), color=colour)


def warn_held(held: Sequence[tuple[Any, str]], quiet: bool) -> None:
    """One warning per statement left out of a script for want of --force."""
    for _step, what in held:
        if not quiet:
            echo_warning(f"left out, needs --force: {what}")


def write(text: str, output: str | None) -> None:
    """text on stdout, or into the file output names."""
    if output is None:
        echo_out(text)
        return
    write_file(text, output)


def write_revision(text: str, directory: str, name: str) -> None:
    """A new revision file in directory (never over an existing one); its path on stdout."""
    path = os.path.join(directory, name)
    if os.path.exists(path):
        raise UsageError(f"{path} already exists: choose another --rev-id or -m")
    write(text, path)
    click.echo(path)


def check_file_target(path: str, option: str = "--output") -> None:
    """Fail before any work when path cannot be a file krakn writes."""
    if os.path.isdir(path):
        raise UsageError(f"{option} {path} is a directory: with --format sql it is a FILE")
    folder = os.path.dirname(os.path.realpath(path))
    if not os.path.isdir(folder):
        raise UsageError(f"{option} {path}: directory {folder} does not exist: create it "
                         "or choose another path")


def write_file(text: str, path: str, option: str = "--output") -> None:
    """Write text to path through a temporary file and a rename.

    Through a symlink the file it points to is written (the link stays a
    link); an existing file keeps its mode, a new one gets the umask's.
    """
    real = os.path.realpath(path)
    folder, name = os.path.split(real)
    tmp = os.path.join(folder, f".{name}.krakn-{uuid.uuid4().hex[:12]}.tmp")
    try:
        mode = os.stat(real).st_mode & 0o7777
    except FileNotFoundError:
        mode = None
    try:
        # 0o666 as open() would create it: the kernel applies the umask.
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    except OSError as exc:
        raise UsageError(f"cannot write {option} {path}: {exc.strerror}") from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
            if mode is not None:
                os.fchmod(fh.fileno(), mode)
        os.replace(tmp, real)
    except BaseException as exc:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        if isinstance(exc, OSError):
            raise UsageError(f"cannot write {option} {path}: {exc.strerror}") from None
        raise
    log.debug("wrote %s (%d characters)", real, len(text))

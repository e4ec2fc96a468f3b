"""krakn help [COMMAND]: the same text as --help."""

from __future__ import annotations

import sys

import click

from krakn.console import echo_error
from krakn.errors import EXIT_ERROR


@click.command("help")
@click.argument("command", required=False)
@click.pass_context
def help_command(ctx: click.Context, command: str | None) -> None:
    """Show help for krakn or one COMMAND."""
    top = ctx.find_root()
    group = top.command
    assert isinstance(group, click.Group)
    if command is None:
        click.echo(group.get_help(top))
        return
    cmd = group.get_command(ctx, command)
    if cmd is None:
        echo_error(f"no such command {command!r}: see 'krakn --help'")
        sys.exit(EXIT_ERROR)
    with click.Context(cmd, info_name=command, parent=top) as sub:
        click.echo(cmd.get_help(sub))

"""krakn --version, --help and krakn help: texts and the exit codes they list."""

from __future__ import annotations

import re

import pytest
from cli_helpers import (
    assert_one_line_error,
)

from krakn import __version__


def test_version(krakn):
    """krakn --version prints the package version and exits 0."""
    result = krakn("--version")
    assert result.exit_code == 0
    assert __version__ in result.stdout
    assert "krakn" in result.stdout


def test_help_mentions_exit_codes(krakn):
    """krakn --help lists every exit status."""
    result = krakn("--help")
    assert result.exit_code == 0
    out = result.stdout
    assert "Exit status" in out
    for code in ("0", "1", "2", "130"):
        assert re.search(rf"^\s+{code}\s+\S", out, re.MULTILINE), (code, out)
    assert "diff" in out and "migrate" in out


def test_help_command_for_diff(krakn):
    """krakn help diff shows diff's own options and exits 0."""
    result = krakn("help", "diff")
    assert result.exit_code == 0
    assert re.search(r"^Usage: \S+ diff \[OPTIONS\]", result.stdout, re.MULTILINE), result.stdout
    assert "Show how --to's schema differs" in result.stdout
    assert "--format" in result.stdout and "--from" in result.stdout
    assert "Exit status" in result.stdout


def test_help_command_without_argument(krakn):
    """krakn help alone shows the top-level help."""
    result = krakn("help")
    assert result.exit_code == 0
    assert re.search(r"^Usage: \S+ \[OPTIONS\] COMMAND", result.stdout, re.MULTILINE)
    assert "migrate" in result.stdout and "Exit status" in result.stdout


def _exit_codes(help_text: str) -> dict[str, str]:
    """The 'Exit status' table of a help text: code -> what it says."""
    table = help_text.split("Exit status:", 1)[1]
    return dict(re.findall(r"^\s+(\d+)\s+(\S.*)$", table, re.MULTILINE))


@pytest.mark.parametrize("command,codes", [
    ("diff", {"0", "1", "2", "130", "141", "143"}),
    ("migrate", {"0", "1", "2", "130", "141", "143"}),
    ("sync-data", {"0", "1", "2", "130", "143"}),
    ("verify", {"0", "1", "2", "130", "143"}),
])
def test_each_command_lists_its_own_exit_codes(command, codes, krakn):
    """krakn help CMD and krakn CMD --help list that command's exit codes, no other's."""
    for args in (("help", command), (command, "--help")):
        result = krakn(*args)
        assert result.exit_code == 0
        listed = _exit_codes(result.stdout)
        assert set(listed) == codes, (args, listed)
        if command not in ("diff", "verify"):
            assert not any("differences" in what for what in listed.values()), listed


def test_top_level_help_keeps_the_overall_table(krakn):
    """krakn --help lists every code any command uses."""
    listed = _exit_codes(krakn("--help").stdout)
    assert set(listed) == {"0", "1", "2", "130", "141", "143"}, listed


def test_help_unknown_command_exits_2(krakn):
    """krakn help nosuch is a one-line error with exit 2."""
    line = assert_one_line_error(krakn("help", "nosuch"))
    assert "nosuch" in line


def test_bad_option_value_exits_2(pair, krakn):
    """A click usage error (unknown --format) exits 2."""
    src, tgt = pair
    result = krakn("diff", "--from", src.url, "--to", tgt.url, "--format", "xml")
    assert result.exit_code == 2
    assert "Traceback" not in result.output


def test_commands_load_lazily_and_long_ones_collect_garbage():
    """Each command comes from its module; all but the short runs turn the collector back on."""
    import gc

    import click

    from krakn.cli import COMMANDS, SHORT_RUNS, main

    ctx = click.Context(main)
    assert main.list_commands(ctx) == sorted(COMMANDS)
    assert main.get_command(ctx, "nope") is None
    was = gc.isenabled()
    try:
        for name in sorted(COMMANDS):
            gc.disable()  # as entry() leaves it
            command = main.get_command(ctx, name)
            assert command is not None and command.name == name
            assert gc.isenabled() == (name not in SHORT_RUNS), name
    finally:
        if was:
            gc.enable()

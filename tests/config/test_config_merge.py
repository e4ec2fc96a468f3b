"""Precedence: command line > profile > environment > default, through real click commands."""

from __future__ import annotations

from typing import Any

import click
import pytest
from click.testing import CliRunner

from krakn.config import (
    Origin,
    TableName,
    load_profile,
    merge,
    origins_from_click,
)
from krakn.errors import UsageError

PROFILE = """
profiles:
  p:
    from: postgresql://h/profile_from
    to: postgresql://h/profile_to
    scratch: postgresql://h/profile_scratch
    schemas: [Profile_Schema]
    exclude_schemas: [profile_excluded]
    tables: [profile_table]
    exclude: [profile_exclude]
    truncate: true
    jobs: 3
    strict: true
    locale: de_DE
"""

EMPTY_PROFILE = "profiles:\n  p:\n    renames: {}\n"

# One option per setting, as krakn's commands spell them (click parameter names).
OPTIONS = [
    click.option("--from", "source", envvar="KRAKN_FROM"),
    click.option("--to", "target", envvar="KRAKN_TO"),
    click.option("--scratch", "scratch"),
    click.option("--schema", "schemas", multiple=True),
    click.option("--exclude-schema", "exclude_schemas", multiple=True),
    click.option("--tables", multiple=True),
    click.option("--exclude-tables", "exclude_tables", multiple=True),
    click.option("--truncate/--no-truncate", default=False),
    click.option("--jobs", type=int, default=1),
    click.option("--strict/--no-strict", default=False),
    click.option("--locale", default=None),
    click.option("--profile", default=None),
]


def run(args: list[str], env: dict[str, str] | None = None) -> dict[str, Any]:
    """Run a command with krakn's options; return what merge() resolved."""
    seen: dict[str, Any] = {}

    @click.command()
    @click.pass_context
    def command(ctx: click.Context, profile: str | None, **_: Any) -> None:
        resolved = merge(ctx.params, origins_from_click(ctx), load_profile(profile))
        seen.update(values=dict(resolved.values), origins=dict(resolved.origins),
                    env_overridden=resolved.env_overridden)

    for option in reversed(OPTIONS):
        command = option(command)
    result = CliRunner().invoke(command, args, env=env or {}, catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return seen


CLI_ARGS = {
    "from": (["--from", "postgresql://h/cli_from"], "postgresql://h/cli_from"),
    "to": (["--to", "postgresql://h/cli_to"], "postgresql://h/cli_to"),
    "scratch": (["--scratch", "postgresql://h/cli_scratch"], "postgresql://h/cli_scratch"),
    "schemas": (["--schema", "Cli_Schema"], ("cli_schema",)),
    "exclude_schemas": (["--exclude-schema", "a,b"], ("a", "b")),
    "tables": (["--tables", "Cli.T,u"], (TableName("cli", "t"), TableName("public", "u"))),
    "exclude": (["--exclude-tables", "x"], (TableName("public", "x"),)),
    "truncate": (["--no-truncate"], False),
    "jobs": (["--jobs", "7"], 7),
    "strict": (["--no-strict"], False),
    "locale": (["--locale", "fr_FR"], "fr_FR"),
}

PROFILE_VALUES = {
    "from": "postgresql://h/profile_from", "to": "postgresql://h/profile_to",
    "scratch": "postgresql://h/profile_scratch", "schemas": ("profile_schema",),
    "exclude_schemas": ("profile_excluded",), "tables": (TableName("public", "profile_table"),),
    "exclude": (TableName("public", "profile_exclude"),), "truncate": True, "jobs": 3,
    "strict": True, "locale": "de_DE",
}

DEFAULTS = {
    "from": None, "to": None, "scratch": None, "schemas": (), "exclude_schemas": (),
    "tables": (), "exclude": (), "truncate": False, "jobs": 1, "strict": False, "locale": None,
}


@pytest.mark.parametrize("key", sorted(CLI_ARGS))
def test_command_line_beats_profile(write, key):
    """A flag typed on the command line wins over the profile's value."""
    write(PROFILE)
    args, expected = CLI_ARGS[key]
    seen = run(["--profile", "p", *args])
    assert seen["values"][key] == expected
    assert seen["origins"][key] is Origin.COMMAND_LINE


@pytest.mark.parametrize("key", sorted(PROFILE_VALUES))
def test_profile_beats_default(write, key):
    """A setting the command line leaves alone takes the profile's value."""
    write(PROFILE)
    seen = run(["--profile", "p"])
    assert seen["values"][key] == PROFILE_VALUES[key]
    assert seen["origins"][key] is Origin.PROFILE


@pytest.mark.parametrize("key", sorted(DEFAULTS))
def test_default_without_profile_value(write, key):
    """A setting neither the command line nor the profile gives keeps its default."""
    write(EMPTY_PROFILE)
    seen = run(["--profile", "p"])
    assert seen["values"][key] == DEFAULTS[key]
    assert seen["origins"][key] is Origin.DEFAULT


@pytest.mark.parametrize("key,var", [("from", "KRAKN_FROM"), ("to", "KRAKN_TO")])
def test_profile_beats_environment(write, key, var):
    """--profile named on the command line wins over KRAKN_FROM/KRAKN_TO; the loss is noted."""
    write(PROFILE)
    seen = run(["--profile", "p"], env={var: "postgresql://h/env"})
    assert seen["values"][key] == PROFILE_VALUES[key]
    assert seen["origins"][key] is Origin.PROFILE
    assert seen["env_overridden"] == (key,)


@pytest.mark.parametrize("key,var", [("from", "KRAKN_FROM"), ("to", "KRAKN_TO")])
def test_environment_fills_what_the_profile_leaves_out(write, key, var):
    """KRAKN_FROM/KRAKN_TO apply when the profile does not set from/to."""
    write(EMPTY_PROFILE)
    seen = run(["--profile", "p"], env={var: "postgresql://h/env"})
    assert seen["values"][key] == "postgresql://h/env"
    assert seen["origins"][key] is Origin.ENVIRONMENT
    assert seen["env_overridden"] == ()


@pytest.mark.parametrize("key,flag,var", [("from", "--from", "KRAKN_FROM"),
                                          ("to", "--to", "KRAKN_TO")])
def test_command_line_beats_environment(write, key, flag, var):
    """A typed --from/--to wins over the environment and the profile."""
    write(PROFILE)
    seen = run(["--profile", "p", flag, "postgresql://h/typed"],
               env={var: "postgresql://h/env"})
    assert seen["values"][key] == "postgresql://h/typed"
    assert seen["origins"][key] is Origin.COMMAND_LINE


def test_without_profile_environment_beats_default(workdir):
    """With no profile at all, the environment still fills --from and --to."""
    seen = run([], env={"KRAKN_FROM": "postgresql://h/env"})
    assert seen["values"]["from"] == "postgresql://h/env"
    assert seen["origins"]["from"] is Origin.ENVIRONMENT
    assert seen["origins"]["to"] is Origin.DEFAULT


def test_bad_flag_value_names_the_flag(workdir):
    """A malformed --tables value is a one-line error naming the flag."""
    with pytest.raises(UsageError, match=r"^--tables: 'a\.b\.c': expected table"):
        merge({"tables": ("a.b.c",)}, {"tables": Origin.COMMAND_LINE}, None)


def test_params_rename_and_missing_options(workdir):
    """params maps a setting to another click name; settings without an option are left out."""
    resolved = merge({"exclude": ("Audit",), "source": "postgresql://h/a"},
                     {"exclude": Origin.COMMAND_LINE}, None,
                     params={"exclude_schemas": "exclude"})
    assert resolved["exclude_schemas"] == ("audit",)
    assert resolved.origins["from"] is Origin.DEFAULT
    assert set(resolved.values) == {"exclude_schemas", "from"}


def test_origins_from_click(workdir):
    """Typed, environment and default parameters map to their Origins."""
    @click.command()
    @click.option("--a")
    @click.option("--b", envvar="TEST_B")
    @click.option("--c", default="x")
    @click.pass_context
    def command(ctx: click.Context, a: str, b: str, c: str) -> None:
        click.echo(repr(sorted((k, v.name) for k, v in origins_from_click(ctx).items())))

    result = CliRunner().invoke(command, ["--a", "1"], env={"TEST_B": "2"})
    assert result.output.strip() == repr([("a", "COMMAND_LINE"), ("b", "ENVIRONMENT"),
                                          ("c", "DEFAULT")])

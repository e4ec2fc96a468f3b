"""Which value wins when a flag, the environment and a profile all give one.

krakn's rule, highest first (PRECEDENCE):

1. the command line (a flag the user typed on this command);
2. the profile named with --profile;
3. the environment (KRAKN_FROM, KRAKN_TO, through click's envvar);
4. the default.

The profile ranks above the environment, unlike the usual "command line >
environment > config file" of tools whose config file is found and applied
on its own: here a profile applies only when this very command line names
it, so it is the more explicit choice of the two. An exported KRAKN_TO
left over in a shell must not send `sync-data --profile staging` into
another database than the one staging names. The environment still fills
what the profile leaves out, and a profile can read it with ${VAR}.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, replace
from typing import Any

import click
from click.core import ParameterSource

from krakn.config.model import Profile
from krakn.config.names import BadName, parse_identifier, parse_table_list, split_list
from krakn.errors import UsageError


class Origin(enum.Enum):
    COMMAND_LINE = "command line"
    PROFILE = "profile"
    ENVIRONMENT = "environment"
    DEFAULT = "default"


PRECEDENCE = (Origin.COMMAND_LINE, Origin.PROFILE, Origin.ENVIRONMENT, Origin.DEFAULT)


def _same(value: Any) -> Any:
    return value


def _schemas(values: Iterable[str]) -> tuple[str, ...]:
    return tuple(parse_identifier(item) for value in values for item in split_list(value))


@dataclass(frozen=True)
class Setting:
    """A profile key and the command-line option that can override it."""

    key: str                       # the profile key, e.g. "exclude"
    attr: str                      # Profile's attribute, e.g. "exclude"
    param: str                     # click's parameter name, e.g. "exclude_tables"
    flag: str                      # for messages, e.g. "--exclude-tables"
    parse: Callable[[Any], Any] = _same  # the option's value in the profile's type


SETTINGS: tuple[Setting, ...] = (
    Setting("from", "from_url", "source", "--from"),
    Setting("to", "to_url", "target", "--to"),
    Setting("scratch", "scratch_url", "scratch", "--scratch"),
    Setting("schemas", "schemas", "schemas", "--schema", _schemas),
    Setting("exclude_schemas", "exclude_schemas", "exclude_schemas", "--exclude-schema",
            _schemas),
    Setting("tables", "tables", "tables", "--tables", parse_table_list),
    Setting("exclude", "exclude", "exclude_tables", "--exclude-tables", parse_table_list),
    Setting("truncate", "truncate", "truncate", "--truncate"),
    Setting("jobs", "jobs", "jobs", "--jobs"),
    Setting("strict", "strict", "strict", "--strict"),
    Setting("locale", "locale", "locale", "--locale"),
)


@dataclass(frozen=True)
class Resolved:
    """The winning value and its origin for each setting the command has an option for."""

    values: Mapping[str, Any]
    origins: Mapping[str, Origin]
    # Keys whose environment value lost to the profile: worth an info line.
    env_overridden: tuple[str, ...] = ()

    def __getitem__(self, key: str) -> Any:
        return self.values[key]


def origins_from_click(ctx: click.Context) -> dict[str, Origin]:
    """Where each of the command's parameters got its value, as an Origin."""
    origins: dict[str, Origin] = {}
    for name in ctx.params:
        source = ctx.get_parameter_source(name)
        if source in (ParameterSource.COMMANDLINE, ParameterSource.PROMPT):
            origins[name] = Origin.COMMAND_LINE
        elif source is ParameterSource.ENVIRONMENT:
            origins[name] = Origin.ENVIRONMENT
        else:
            origins[name] = Origin.DEFAULT
    return origins


def merge(cli_values: Mapping[str, Any], origins: Mapping[str, Origin],
          profile: Profile | None, *, params: Mapping[str, str] | None = None) -> Resolved:
    """Each setting's winner by PRECEDENCE, keyed by profile key ("from", "tables"...).

    cli_values are click's parameter values (ctx.params) and origins where
    each came from (origins_from_click); a parameter missing from origins
    counts as a default. params renames click parameters per profile key
    where a command names them differently (diff's `exclude` for
    --exclude-schema). Settings whose option the command lacks are left out:
    read those from the profile itself.
    """
    values: dict[str, Any] = {}
    chosen: dict[str, Origin] = {}
    overridden: list[str] = []
    for setting in SETTINGS:
        if params and setting.key in params:
            setting = replace(setting, param=params[setting.key])
        if setting.param not in cli_values:
            continue
        cli_origin = origins.get(setting.param, Origin.DEFAULT)
        from_profile = getattr(profile, setting.attr) if profile is not None else None
        candidates = {cli_origin: None} if from_profile is None else \
            {cli_origin: None, Origin.PROFILE: from_profile}
        winner = next(origin for origin in PRECEDENCE if origin in candidates)
        if winner is Origin.PROFILE:
            values[setting.key] = from_profile
            if cli_origin is Origin.ENVIRONMENT:
                overridden.append(setting.key)
        else:
            values[setting.key] = _parse(setting, cli_values[setting.param])
        chosen[setting.key] = winner
    return Resolved(values, chosen, tuple(overridden))


def _parse(setting: Setting, value: Any) -> Any:
    if value is None:
        return None
    try:
        return setting.parse(value)
    except BadName as exc:
        raise UsageError(f"{setting.flag}: {exc}") from None

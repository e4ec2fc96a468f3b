"""--config FILE and --profile NAME: a profile fills the options a flag does not give.

Precedence (krakn.config.merge): the command line, then the profile, then
the environment (KRAKN_FROM, KRAKN_TO), then the default. A value the
profile wins with replaces the flag's value in the command's parameters,
already parsed (table names as TableName), so the commands convert flags
and profile values alike.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

import click

from krakn.options import ColumnRule, Renames, RowRules

if TYPE_CHECKING:
    from krakn.config import Profile

log = logging.getLogger(__name__)

CONFIG = click.option(
    "--config", "config_file", metavar="FILE",
    help="The YAML file of profiles. Default: ./krakn.yml, else ./.kraknrc.")
PROFILE = click.option(
    "--profile", metavar="NAME",
    help="Take the options this flag line does not give from this profile of the config "
         "file (a flag wins over the profile, the profile over KRAKN_FROM/KRAKN_TO).")

PROFILE_OPTIONS = (CONFIG, PROFILE)


def with_profile(params: Mapping[str, Any], renamed: Mapping[str, str] | None = None
                 ) -> tuple[dict[str, Any], Profile | None]:
    """The command's parameters with the profile's winning values in, and the profile.

    renamed maps a profile key to the command's parameter where its name
    differs (diff's --exclude-schema is `exclude`).
    """
    if params.get("profile") is None and params.get("config_file") is None:
        # load_profile() would read nothing: spare every command the import of
        # the config models (pydantic), a tenth of a plain diff's time.
        return dict(params), None
    from krakn.config import Origin, load_profile, merge, origins_from_click
    from krakn.masking import known_masks

    profile = load_profile(params.get("profile"), params.get("config_file"),
                           known_masks=known_masks)
    if profile is None:
        return dict(params), None
    ctx = click.get_current_context()
    resolved = merge(ctx.params, origins_from_click(ctx), profile, params=renamed)
    out = dict(params)
    from krakn.config import SETTINGS

    for setting in SETTINGS:
        if resolved.origins.get(setting.key) is Origin.PROFILE:
            param = (renamed or {}).get(setting.key, setting.param)
            out[param] = resolved[setting.key]
    for key in resolved.env_overridden:
        log.info("profile %s: its %s wins over the environment's", profile.name, key)
    return out, profile


def renames(profile: Profile | None) -> Renames:
    """The profile's renames as the options objects take them."""
    if profile is None:
        return Renames()
    return Renames(tuple((r.old, r.new) for r in profile.renames.tables),
                   tuple((r.table, r.old, r.new) for r in profile.renames.columns))


def row_rules(profile: Profile | None, params: Mapping[str, Any]) -> RowRules:
    """The profile's column rules, renames and masking, with --strict/--locale applied."""
    strict = bool(params.get("strict"))
    locale = params.get("locale")
    if profile is None:
        return RowRules(strict=strict, locale=locale)
    columns = tuple(
        ColumnRule(r.target.schema, r.target.table, r.target.column, r.kind, r.mask,
                   r.locale, r.source_column, r.sql, r.literal,
                   label=f"{profile.where_is('columns', r.key)}: columns[{r.key}]")
        for r in profile.columns)
    salt = profile.mask_salt.get_secret_value() if profile.mask_salt is not None else None
    labels = (("mask_salt", f"{profile.where_is('mask_salt')}: mask_salt"),)
    return RowRules(columns, renames(profile), salt, strict, locale, labels)

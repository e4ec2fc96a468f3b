"""Loading one profile: find the file, read it, substitute, validate, build.

Only the profile asked for is substituted and validated: a typo or an unset
variable in another profile does not stop this one.
"""

from __future__ import annotations

import difflib
import os
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from krakn.config.build import build_profile, check_masks
from krakn.config.envsubst import substitute
from krakn.config.model import Profile
from krakn.config.schema import validate_profile
from krakn.config.source import ConfigError, ConfigSource
from krakn.config.yamlfile import find_config, near_misses, read_yaml
from krakn.errors import UsageError

# Top-level keys starting with this are ignored: a place for YAML anchors
# shared by several profiles (`x-defaults: &defaults`, then `<<: *defaults`).
EXTENSION_PREFIX = "x-"


@dataclass(frozen=True)
class ConfigFile:
    """A read config file: its profiles' raw data, not yet substituted or checked."""

    config: ConfigSource
    profiles: Mapping[str, Any]

    @property
    def names(self) -> list[str]:
        return list(self.profiles)


def read_config(path: Path) -> ConfigFile:
    """Read and check the file's top level (a `profiles:` mapping)."""
    shown = str(path)
    data, lines = read_yaml(path, shown)
    config = ConfigSource(shown, lines)
    if data is None:
        raise UsageError(f"{shown}: empty file: expected 'profiles:' with at least one profile")
    if not isinstance(data, dict):
        raise config.error((), "expected a mapping with the key 'profiles'")
    for key in data:
        if key != "profiles" and not key.startswith(EXTENSION_PREFIX):
            close = difflib.get_close_matches(key, ["profiles"], n=1, cutoff=0.6)
            hint = "did you mean 'profiles'?" if close else \
                f"known: profiles, and {EXTENSION_PREFIX}* keys for shared anchors"
            raise config.error((key,), f"unknown key ({hint})")
    profiles = data.get("profiles")
    if not isinstance(profiles, dict) or not profiles:
        raise config.error(("profiles",), "expected a mapping of profile names to profiles")
    return ConfigFile(config, profiles)


def load_profile(name: str | None, config: str | os.PathLike[str] | None = None, *,
                 cwd: Path | None = None, environ: Mapping[str, str] | None = None,
                 known_masks: Callable[[], Collection[str]] | None = None) -> Profile | None:
    """The profile --profile NAME names in --config FILE or ./krakn.yml or ./.kraknrc.

    No --profile: None (the file is not read), unless --config was given,
    which then needs --profile. known_masks, when given, is asked for the
    mask names only if a rule uses a mask; without it the caller runs
    check_masks() itself.
    """
    path = find_config(config, cwd)
    if name is None:
        if config is not None and path is not None:
            names = ", ".join(read_config(path).names)
            raise UsageError(f"--config {path} needs --profile NAME (profiles: {names})")
        return None
    if path is None:
        hint = "".join(f" ({n} is not read: rename it krakn.yml)" for n in near_misses(cwd)[:1])
        raise UsageError(f"no config file: --profile {name} needs krakn.yml, .kraknrc or "
                         f"--config FILE{hint}")
    file = read_config(path)
    if name not in file.profiles:
        close = difflib.get_close_matches(name, file.names, n=1, cutoff=0.6)
        hint = f"did you mean '{close[0]}'? " if close else ""
        raise UsageError(f"{path}: no profile '{name}' ({hint}profiles: "
                         f"{', '.join(file.names)})")
    where = ("profiles", name)
    try:
        data = substitute(file.profiles[name], os.environ if environ is None else environ,
                          where)
    except ConfigError as exc:
        raise file.config.error(exc.path, exc.message) from None
    source = file.config.with_secrets(_secrets(data))
    profile = build_profile(name, validate_profile(data, where, source), source)
    if known_masks is not None and profile.uses_masks:
        check_masks(profile, known_masks())
    return profile


def _secrets(data: Any) -> list[str]:
    """The salt and the URLs' passwords, kept out of every message."""
    if not isinstance(data, dict):
        return []
    found = [data.get("mask_salt")]
    for key in ("from", "to", "scratch"):
        value = data.get(key)
        if isinstance(value, str):
            try:
                found.append(urlsplit(value).password)
            except ValueError:
                continue
    return [s for s in found if isinstance(s, str) and s]

"""Where a value sits in the config file, and errors that say so in one line.

Every config error names the file, the line (when YAML gives one) and the
key path, e.g. ``krakn.yml:12: profiles.staging.colums: unknown key``.
Messages never quote a value: a URL's password or the mask salt cannot
reach the terminal through them; scrub() is a second line of defence.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from krakn.db.urls import redact
from krakn.errors import UsageError

KeyPath = tuple[str | int, ...]

_PLAIN_KEY = re.compile(r"[A-Za-z_][A-Za-z0-9_-]*\Z")


class ConfigError(Exception):
    """A problem at a key path; turned into a UsageError with file and line."""

    def __init__(self, path: KeyPath, message: str) -> None:
        super().__init__(message)
        self.path = path
        self.message = message


# Profile keys whose own keys are table or column names: shown in brackets.
_NAME_KEYED = ("columns", "renames", "where", "references")


def show_path(path: KeyPath) -> str:
    """`profiles.staging.columns[users.email].mask`: names and odd keys go in brackets."""
    out = ""
    for i, part in enumerate(path):
        named = i == 3 and path[0] == "profiles" and path[2] in _NAME_KEYED
        if isinstance(part, int) or named:
            out += f"[{part}]"
        elif _PLAIN_KEY.match(part):
            out += f".{part}" if out else part
        else:
            out += f"[{part}]"
    return out


@dataclass(frozen=True)
class ConfigSource:
    """A config file as shown in messages, with the line of each key path."""

    file: str
    lines: Mapping[KeyPath, int] = field(default_factory=dict, repr=False, compare=False)
    secrets: tuple[str, ...] = field(default=(), repr=False, compare=False)

    def line(self, path: KeyPath) -> int | None:
        """The line of the key, or of the nearest enclosing key the file has."""
        for end in range(len(path), -1, -1):
            found = self.lines.get(path[:end])
            if found is not None:
                return found
        return None

    def where(self, path: KeyPath) -> str:
        line = self.line(path)
        return f"{self.file}:{line}" if line is not None else self.file

    def error(self, path: KeyPath, message: str) -> UsageError:
        shown = show_path(path)
        text = f"{self.where(path)}: {shown}: {message}" if shown else \
            f"{self.where(path)}: {message}"
        return UsageError(scrub(text, self.secrets))

    def with_secrets(self, secrets: Iterable[str | None]) -> ConfigSource:
        return ConfigSource(self.file, self.lines, tuple(s for s in secrets if s))


# Shorter secrets are not searched for: replacing every "s" would garble the
# message, and messages quote no values in the first place.
MIN_SCRUBBED = 6


def scrub(text: str, secrets: Iterable[str] = ()) -> str:
    """Hide URL passwords and each known secret (longest first) in a message."""
    cleaned = redact(text)
    for secret in sorted(set(secrets), key=len, reverse=True):
        if len(secret) >= MIN_SCRUBBED:
            cleaned = cleaned.replace(secret, "***")
    return cleaned

"""`${VAR}` in config values, replaced from the environment after parsing.

Only text values are touched (never keys), and only after YAML has parsed
the file, so a variable's value cannot change the file's structure, however
many colons, quotes or newlines it holds.

* `${NAME}`: the variable's value; unset is an error naming it. Set but
  empty gives the empty text, as in the shell.
* `${NAME:-default}`: the default when NAME is unset or empty;
  `${NAME-default}` only when it is unset (POSIX). The default is literal
  text (no nesting) and cannot contain `}`.
* `$${`: a literal `${`. Any other `$` is kept as it is, so passwords and
  SQL with `$` (dollar quoting, `$1`) need no escaping.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from krakn.config.source import ConfigError, KeyPath

_TOKEN = re.compile(r"\$\$\{|\$\{([^}]*)\}|\$\{")
_NAME = re.compile(r"([A-Za-z_][A-Za-z0-9_]*)(?:(:?-)(.*))?\Z", re.DOTALL)


def substitute(data: Any, environ: Mapping[str, str], path: KeyPath = ()) -> Any:
    """A copy of data with `${...}` replaced in every text value."""
    if isinstance(data, dict):
        return {key: substitute(value, environ, (*path, key)) for key, value in data.items()}
    if isinstance(data, list):
        return [substitute(item, environ, (*path, i)) for i, item in enumerate(data)]
    if isinstance(data, str) and "$" in data:
        return expand(data, environ, path)
    return data


def expand(text: str, environ: Mapping[str, str], path: KeyPath = ()) -> str:
    """One text value with its `${...}` replaced."""

    def replace(match: re.Match[str]) -> str:
        token = match.group(0)
        if token == "$${":
            return "${"
        inner = match.group(1)
        parsed = _NAME.match(inner) if inner is not None else None
        if parsed is None:
            raise ConfigError(path, "malformed ${...}: expected ${NAME} or ${NAME:-default} "
                                    "(write $${ for a literal ${)")
        name, op, default = parsed.groups()
        value = environ.get(name)
        if op == ":-" and not value:
            return str(default)
        if op == "-" and value is None:
            return str(default)
        if value is None:
            raise ConfigError(path, f"environment variable {name} is not set "
                                    f"(set it, or write ${{{name}:-default}})")
        return value

    return _TOKEN.sub(replace, text)

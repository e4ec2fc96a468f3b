"""Table names as the user writes them and as generated SQL spells them.

The user's spelling follows PostgreSQL (and pg_dump -t): an unquoted name is
folded to lower case, a double-quoted one is taken as it is ("" stands for
one quote), and a dot outside quotes separates the schema. A comma outside
quotes separates names, so '"c,d"' names the one table c,d.
"""

from __future__ import annotations

import re
import shlex
import string
from collections.abc import Mapping

from krakn.errors import UsageError
from krakn.names import TableName
from krakn.quoting import quote

# PostgreSQL folds only ASCII letters of an unquoted identifier (UTF-8 databases).
_FOLD = str.maketrans(string.ascii_uppercase, string.ascii_lowercase)
_TOKEN = re.compile(r'"((?:[^"]|"")*)"|([^",.\s]+)|(\s+)|([,.])|(")')
_PLAIN = re.compile(r"[a-z_][a-z0-9_$]*")


def parse_names(values: tuple[str, ...], option: str) -> list[TableName]:
    """`a,b` and `app.c` (repeatable) as table names; a bare name means `public`."""
    names: list[TableName] = []
    for value in values:
        for parts in _split(value, option):
            if len(parts) > 2:
                raise UsageError(f"{option}: malformed table name {value!r}: expected "
                                 "schema.table or table")
            names.append(TableName(*parts) if len(parts) == 2 else TableName("public", parts[0]))
    return names


def _split(value: str, option: str) -> list[list[str]]:
    """value's comma-separated names, each as its dot-separated parts."""
    found: list[list[str]] = []
    parts: list[str] = []
    want_part = True  # at the start of a name, or just after a dot
    end = (None, None, None, ",", None)  # a last comma closes the last name
    for token in [*_TOKEN.finditer(value), None]:
        quoted, bare, _space, mark, stray = token.groups() if token else end
        if stray:
            raise UsageError(f"{option}: unbalanced double quote in {value!r}: write a quoted "
                             'name as "name", and a quote inside it as ""')
        if quoted is not None or bare is not None:
            if not want_part:
                raise UsageError(f"{option}: malformed table name {value!r}: quote a name "
                                 """that holds spaces, commas or dots, as in '"my table"'""")
            part = quoted.replace('""', '"') if quoted is not None else str(bare).translate(_FOLD)
            if not part:
                raise _empty(value, option)
            parts.append(part)
            want_part = False
        elif mark == "." and want_part or mark == "," and parts and want_part:
            raise UsageError(f"{option}: malformed table name {value!r}: expected "
                             "schema.table or table")
        elif mark == ".":
            want_part = True
        elif mark == ",":
            if not parts:
                raise _empty(value, option)
            found.append(parts)
            parts, want_part = [], True
    return found


def _empty(value: str, option: str) -> UsageError:
    return UsageError(f"{option}: empty table name in {value!r}: name a table, "
                      f"or leave {option} out")


def spell(name: TableName) -> str:
    """How to write name in --tables: quoted where folding would change it."""
    parts = [p if _PLAIN.fullmatch(p) else quote(p) for p in name]
    return parts[1] if name.schema == "public" else ".".join(parts)


def case_hint(name: TableName, option: str, *known: Mapping[TableName, object]) -> str:
    """'; did you mean "Users"? ...' when a table differs from name only in case."""
    wanted = (name.schema.lower(), name.name.lower())
    close = sorted({t for names in known for t in names
                    if (t.schema.lower(), t.name.lower()) == wanted and t != name})
    if not close:
        return ""
    which = " or ".join(spell(t) for t in close)
    return (f"; did you mean {which}? quote mixed-case names: "
            f"{option} {shlex.quote(spell(close[0]))}")

"""Table names as --tables and --exclude-tables take them, and as hints spell them.

krakn.names parses them by PostgreSQL's rules (as pg_dump -t reads a plain
name): an unquoted name is folded to lower case, a double-quoted one is
taken as it is ("" stands for one quote), and a dot outside quotes
separates the schema. A comma outside quotes separates names, so '"c,d"'
names the one table c,d. Here each fault becomes a message naming the flag.
"""

from __future__ import annotations

import shlex
from collections.abc import Mapping

from krakn.errors import UsageError
from krakn.names import BadName, TableName, split_names
from krakn.names import spell as spell_parts


def parse_names(values: tuple[str, ...], option: str) -> list[TableName]:
    """`a,b` and `app.c` (repeatable) as table names; a bare name means `public`."""
    names: list[TableName] = []
    for value in values:
        try:
            found = split_names(value)
        except BadName as exc:
            raise UsageError(_message(exc, value, option)) from None
        for parts in found:
            if len(parts) > 2:
                raise UsageError(_message(BadName(value, "", "parts"), value, option))
            text = [p.text for p in parts]
            names.append(TableName(*text) if len(text) == 2 else TableName("public", text[0]))
    return names


def _message(exc: BadName, value: str, option: str) -> str:
    """The fault in option's words: what the user wrote, and how to write it."""
    if exc.flaw == "empty":
        return f"{option}: empty table name in {value!r}: name a table, or leave {option} out"
    if exc.flaw == "unbalanced":
        return (f"{option}: unbalanced double quote in {value!r}: write a quoted name as "
                '"name", and a quote inside it as ""')
    if exc.flaw == "adjacent":
        how = """quote a name that holds spaces, commas or dots, as in '"my table"'"""
    elif exc.flaw == "unquoted":
        how = exc.detail
    else:  # dots without a name on each side, or more than two parts
        how = "expected schema.table or table"
    return f"{option}: malformed table name {value!r}: {how}"


def spell(name: TableName) -> str:
    """How to write name in --tables: quoted where folding would change it."""
    return spell_parts([name.name] if name.schema == "public" else list(name))


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

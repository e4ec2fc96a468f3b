"""Python source text for revision files: string literals and ``sa.text()``.

Revision files must run with nothing but Alembic and SQLAlchemy installed,
and stay readable: SQL goes in as it is, multi-line statements as
triple-quoted strings.
"""

from __future__ import annotations

import logging
import re

log = logging.getLogger(__name__)

# Where SQLAlchemy's text() would see a bind parameter (its own rule):
# a colon not after a word character, a colon or a backslash, followed by a
# name that is not itself followed by a colon.
_BIND = re.compile(r"(?<![:\w\\]):(\w+)(?!:)")
# A backslash text() would take for its own escape, and drop.
_ESCAPE = re.compile(r"\\(?=:[\w$]*(?![:\w$]))")


def escape_binds(sql: str) -> str:
    """SQL for ``sa.text()``: only colons it would take for parameters get ``\\:``.

    Casts (``::``) and times (``'10:30'``) stay as they are, which keeps
    the file readable.
    """
    sql = _ESCAPE.sub(lambda m: "\\\\", sql)
    return _BIND.sub(lambda m: "\\:" + m.group(1), sql)


def py_string(text: str) -> str:
    """A Python literal that evaluates to ``text``, as readable as possible."""
    if "\n" in text:
        for quote in ('"""', "'''"):
            if quote in text or text.endswith(quote[0]) or text.endswith("\\"):
                continue
            # A raw string keeps backslashes as they are; it cannot end in one.
            prefix = "r" if "\\" in text else ""
            if "\r" not in text:
                return f"{prefix}{quote}{text}{quote}"
        return repr(text)
    if "\\" in text and not text.endswith("\\"):
        for quote in ('"', "'"):
            if quote not in text:
                return f"r{quote}{text}{quote}"
    return repr(text)


def sa_text(sql: str, prefix: str = "sa.") -> str:
    """``sa.text(...)`` of a SQL text, with bind-like colons escaped."""
    return f"{prefix}text({py_string(escape_binds(sql))})"

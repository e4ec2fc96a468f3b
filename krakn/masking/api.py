"""What a mask is: a function from one column's description to an SQL expression.

A mask never sees a row. It returns the SQL that the source's
``COPY (SELECT ...) TO STDOUT`` evaluates in place of the column, so values
are masked inside the source server, before a byte leaves it, and no Python
code runs per row. The expression must keep NULL as NULL and must produce
a value of the column's own type (``cast_back`` does that).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from krakn.errors import UsageError
from krakn.masking import keys, pools
from krakn.quoting import literal

STRING_CATEGORY = "S"  # pg_type.typcategory of text, varchar, char, citext, their domains
# A pool constant as pick() writes it: E'' when a value holds a backslash.
_POOL = re.compile(r"E?'\[(?:[^']|'')*\]'::jsonb")
_LENGTH = re.compile(r"^(?:character varying|character|varchar|bpchar)\((\d+)\)$")


class MaskContext:
    """The building blocks a mask may use: the keyed hash and the vocabularies."""

    def hash64(self, text_sql: str, purpose: str, part: int = 1) -> str:
        """SQL for a signed 64-bit keyed hash of a text expression (part 1 or 2)."""
        return keys.hash64(text_sql, purpose, part)

    def hex128(self, text_sql: str, purpose: str) -> str:
        """SQL for 32 hex digits (128 bits) keyed on the text expression."""
        return keys.hex128(text_sql, purpose)

    def pool(self, kind: str, locale: str | None = None, max_length: int | None = None
             ) -> tuple[str, ...]:
        """A Faker vocabulary ('name', 'city', ...), sorted and distinct."""
        return pools.pool(kind, locale, max_length)

    def pick(self, values: tuple[str, ...], text_sql: str, purpose: str) -> str:
        """SQL for a keyed choice among values that is never the input itself.

        The values go into the SQL as one jsonb array constant: ``->>`` reads
        an element in constant time, where a text[] subscript walks the array
        from its start (800 ns a row for 700 names instead of 65 ns).
        """
        size = len(values)
        if size < 2:
            raise ValueError("a pick needs at least two values")
        array = f"{literal(_json_array(values))}::jsonb"
        index = keys.index_sql(text_sql, purpose, size)
        # A pick equal to the input takes the next value (values are distinct).
        # NULLIF/COALESCE hashes once per row where CASE would hash twice; a
        # NULL input gives a NULL index, so both reads and the result are NULL.
        return (f"COALESCE(NULLIF({array} ->> {index}, {text_sql}), "
                f"{array} ->> mod({index} + 1, {size}))")


@dataclass(frozen=True)
class MaskInput:
    """One column to mask, as the mask sees it."""

    expression: str  # the quoted source column (or any SQL over the source row)
    source_type: str  # format_type() of the source column
    category: str = STRING_CATEGORY  # pg_type.typcategory of that type
    unique: bool = False  # the target column is UNIQUE or part of a primary key
    locale: str | None = None  # Faker locale of the rule or profile; None: en_US
    target_type: str | None = None  # the target's format_type(), when it differs
    label: str = "column"  # how errors name it, e.g. "public.users.email"
    context: MaskContext = field(default_factory=MaskContext)

    @property
    def text(self) -> str:
        """The value as text, compared and hashed byte by byte."""
        return keys.as_text(self.expression)

    @property
    def max_length(self) -> int | None:
        """The tighter of the source's and the target's length limits, if any."""
        limits = [length_limit(t) for t in (self.source_type, self.target_type) if t]
        found = [n for n in limits if n is not None]
        return min(found) if found else None


Mask = Callable[[MaskInput], str]


def length_limit(type_text: str) -> int | None:
    """n of varchar(n) and char(n); None for text and everything else."""
    found = _LENGTH.match(type_text.strip())
    return int(found.group(1)) if found else None


def require_string(name: str, column: MaskInput) -> None:
    if column.category != STRING_CATEGORY:
        raise UsageError(f"mask {name} needs a text column, but {column.label} is "
                         f"{column.source_type}")


def require_length(name: str, column: MaskInput, needed: int) -> None:
    limit = column.max_length
    if limit is not None and limit < needed:
        raise UsageError(f"mask {name} writes {needed} characters, but {column.label} holds "
                         f"at most {limit}: widen the column or use an sql rule")


def cast_back(sql: str, column: MaskInput) -> str:
    """The expression in the column's own type (text needs no cast)."""
    if column.source_type == "text":
        return sql
    return f"CAST({sql} AS {column.source_type})"


def for_display(sql: str) -> str:
    """The SQL with each pool constant shortened, for logs and --dry-run (not to run)."""
    return _POOL.sub(lambda m: f"'[... {len(m.group(0))} characters ...]'::jsonb", sql)


def _json_array(values: tuple[str, ...]) -> str:
    return json.dumps(list(values), ensure_ascii=False, separators=(",", ":"))

"""Helpers for the sync-data tests: comparing tables by what the server hashes."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

# Row text depends on these, so both sides are hashed under the same ones,
# whatever the database's own settings are.
PINNED_SQL = ("SET DateStyle = 'ISO, YMD'; SET TimeZone = 'UTC'; SET IntervalStyle = 'postgres';"
              " SET extra_float_digits = 3; SET bytea_output = 'hex'; ")


@dataclass
class Pair:
    source: Any  # tests/conftest.py's Db: .url, .load(), .query()
    target: Any


def content(db: Any, table: str, expr: str = "t", key: str = "1") -> tuple[object, ...]:
    """Row count and an md5 of every row's text, ordered by key, computed by the server."""
    rows = db.query(PINNED_SQL + f"SELECT count(*), md5(coalesce(string_agg(({expr})::text, "
                    f"E'\\n' ORDER BY {key}), '')) FROM {table} t")
    return tuple(rows[0])


def same(pair: Pair, table: str, expr: str = "t", key: str = "1") -> bool:
    """True when both sides hold the same rows, and at least one."""
    ours, theirs = content(pair.source, table, expr, key), content(pair.target, table, expr, key)
    return ours == theirs and ours[0] != 0

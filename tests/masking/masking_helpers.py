"""Helpers for the masking tests: run a masked SELECT the way sync-data will."""

from __future__ import annotations

from typing import Any

import psycopg2

from krakn.masking import MaskInput, render, set_seeds

SALT = "test salt: not a secret"
OTHER_SALT = "another salt"


def column(name: str, type_text: str = "text", **kwargs: Any) -> MaskInput:
    """The MaskInput of a plain source column."""
    quoted = '"' + name.replace('"', '""') + '"'
    return MaskInput(quoted, type_text, label=f"t.{name}", **kwargs)


def masked(db: Any, table: str, mask: str, col: MaskInput, salt: str = SALT,
           key: str = "id") -> list[tuple[Any, Any]]:
    """(input, output) of every row, in key order, from a fresh session with the seeds."""
    sql = (f"SELECT {col.expression}, {render(mask, col)} FROM ONLY {table} "
           f"ORDER BY {key}")
    return query(db, sql, salt)


def query(db: Any, sql: str, salt: str = SALT, params: tuple[Any, ...] = ()
          ) -> list[tuple[Any, ...]]:
    """Rows of one query on a new read-only session (UTC) that has the mask seeds."""
    conn = psycopg2.connect(db.url)
    try:
        conn.autocommit = True
        with conn.cursor() as cur:
            cur.execute("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY")
            cur.execute("SET TimeZone = 'UTC'")  # as sync-data pins it
            set_seeds(cur, salt)
            cur.execute(sql, params or None)
            return list(cur.fetchall())
    finally:
        conn.close()

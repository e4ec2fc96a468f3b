"""The seeds: derived from the salt, set on the session, never in SQL text or logs."""

from __future__ import annotations

import logging
from typing import Any

import psycopg2
import pytest
from masking_helpers import SALT, column, query

from krakn.masking import derive_seeds, render, seed_statements, set_seeds
from krakn.masking.keys import SEED_SETTINGS


def test_seeds_follow_the_salt() -> None:
    """The same salt gives the same two 64-bit seeds; another salt, others."""
    first, second = derive_seeds(SALT)
    assert derive_seeds(SALT) == (first, second)
    assert first != second
    assert all(-2**63 <= s < 2**63 for s in (first, second))
    assert set(derive_seeds(SALT + " ")).isdisjoint({first, second})
    with pytest.raises(ValueError):
        derive_seeds("")


def test_neither_salt_nor_seed_in_sql_text() -> None:
    """The statements bind the seeds as parameters; masks name only the settings."""
    seeds = [str(s) for s in derive_seeds(SALT)]
    statements = seed_statements(SALT)
    assert [p[1] for _, p in statements] == seeds
    texts = [sql for sql, _ in statements] + [
        render(m, column("v")) for m in ("email", "hash", "name", "phone")]
    for text in texts:
        assert SALT not in text and not any(s in text for s in seeds)


def test_set_seeds_logs_no_value_and_works_read_only(make_db: Any,
                                                     caplog: pytest.LogCaptureFixture) -> None:
    """In a READ ONLY transaction the session gets its seeds; the log names the settings only."""
    db = make_db()
    conn = psycopg2.connect(db.url)
    try:
        with conn.cursor() as cur, caplog.at_level(logging.DEBUG):
            cur.execute("BEGIN TRANSACTION READ ONLY")
            set_seeds(cur, SALT)
            cur.execute("SELECT current_setting(%s), current_setting(%s)", SEED_SETTINGS)
            got = cur.fetchone()
        conn.rollback()
    finally:
        conn.close()
    assert got == tuple(str(s) for s in derive_seeds(SALT))
    assert SEED_SETTINGS[0] in caplog.text
    assert SALT not in caplog.text and not any(str(s) in caplog.text
                                               for s in derive_seeds(SALT))


def test_without_seeds_the_query_fails(make_db: Any) -> None:
    """A session that lacks the seeds gets an error, never an unmasked or unkeyed value."""
    db = make_db()
    db.load("CREATE TABLE t (v text); INSERT INTO t VALUES ('secret');")
    with pytest.raises(psycopg2.errors.UndefinedObject, match="krakn.mask_seed_1"):
        db.query(f"SELECT {render('email', column('v'))} FROM t")


def test_seeds_are_read_once_per_query(make_db: Any) -> None:
    """The plan reads the settings in InitPlans, not in the per-row expression."""
    db = make_db()
    db.load("CREATE TABLE t (v text)")
    plan = "\n".join(r[0] for r in query(
        db, f"EXPLAIN (VERBOSE) SELECT {render('email', column('v'))} FROM t"))
    scan_output = next(line for line in plan.splitlines() if "Output:" in line)
    assert "InitPlan" in plan
    assert "current_setting" not in scan_output and "hashtextextended" in scan_output

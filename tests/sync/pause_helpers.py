"""Helpers for tests that run sync-data as a process and pause it (krakn.sync.faults)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import psycopg2

APPLICATION = "krakn sync-data"


def _default_sigint() -> None:
    # A shell runs background jobs with SIGINT ignored, and Python then keeps
    # ignoring it: give krakn the Ctrl-C handling a terminal user's has.
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def start(pair: Any, *args: str, pause_at: str | None = None, pause_file: Path | None = None,
          stderr: int = subprocess.PIPE) -> subprocess.Popen[str]:
    """`krakn sync-data --from source --to target ARGS` as its own process."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("KRAKN_TEST_PAUSE")}
    if pause_at is not None:
        env.update(KRAKN_TEST_PAUSE_AT=pause_at, KRAKN_TEST_PAUSE_FILE=str(pause_file))
    return subprocess.Popen(
        [sys.executable, "-m", "krakn", "sync-data", "--from", pair.source.url,
         "--to", pair.target.url, *args],
        stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=stderr, text=True,
        env=env, preexec_fn=_default_sigint)


def wait_paused(proc: subprocess.Popen[str], pause_file: Path, timeout: float = 30
                ) -> dict[str, Any] | None:
    """The pids krakn wrote when it paused; None if it ended without pausing."""
    deadline = time.monotonic() + timeout
    while not pause_file.exists():
        if proc.poll() is not None:
            return None
        assert time.monotonic() < deadline, "krakn never reached the pause point"
        time.sleep(0.01)
    return dict(json.loads(pause_file.read_text()))


def release(pause_file: Path) -> None:
    pause_file.unlink(missing_ok=True)


def terminate_backend(db: Any, pid: int) -> None:
    """pg_terminate_backend, returning once the backend is gone."""
    conn = psycopg2.connect(db.url)
    try:
        conn.autocommit = True
        with conn.cursor() as cur:
            cur.execute("SELECT pg_terminate_backend(%s, 10000)", (pid,))
            assert cur.fetchone()[0], f"backend {pid} did not end"
    finally:
        conn.close()


def sessions_left(*dbs: Any, wait: float = 10) -> list[tuple[Any, ...]]:
    """krakn's sessions still on these databases after a bounded wait (a killed
    client's backend notices only when it next reads or writes its socket)."""
    deadline = time.monotonic() + wait
    names = [db.name for db in dbs]
    while True:
        rows = dbs[0].query("SELECT datname, pid, state, query FROM pg_stat_activity "
                            "WHERE datname = ANY(%s) AND application_name = %s",
                            (names, APPLICATION))
        if not rows or time.monotonic() > deadline:
            return rows
        time.sleep(0.05)


# Everything a load may touch on a database, each part computed by the server.
_TABLES = ("SELECT c.oid::regclass::text FROM pg_class c JOIN pg_namespace n "
           "ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND c.relkind = %s "
           "ORDER BY 1")
_CONSTRAINTS = ("SELECT conrelid::regclass::text, conname, contype, condeferrable, condeferred, "
                "convalidated, pg_get_constraintdef(oid) FROM pg_constraint "
                "WHERE connamespace = 'public'::regnamespace ORDER BY 1, 2")
# A foreign key's own triggers are named after oids: named by key and function instead.
_TRIGGERS = ("SELECT t.tgrelid::regclass::text, CASE WHEN t.tgisinternal THEN k.conname "
             "ELSE t.tgname END, t.tgfoid::regproc::text, t.tgenabled FROM pg_trigger t "
             "JOIN pg_class c ON c.oid = t.tgrelid "
             "LEFT JOIN pg_constraint k ON k.oid = t.tgconstraint "
             "WHERE c.relnamespace = 'public'::regnamespace ORDER BY 1, 2, 3")


def state(db: Any) -> dict[str, Any]:
    """Rows (count and md5) of every table, sequences, constraints, triggers' states."""
    conn = psycopg2.connect(db.url)
    try:
        with conn, conn.cursor() as cur:
            found: dict[str, Any] = {}
            cur.execute(_TABLES, ("r",))
            for (table,) in cur.fetchall():
                cur.execute(f"SELECT count(*), md5(coalesce(string_agg(t::text, E'\\n' "
                            f"ORDER BY t::text), '')) FROM {table} t")
                found[table] = cur.fetchone()
            cur.execute(_TABLES, ("S",))
            for (sequence,) in cur.fetchall():
                cur.execute(f"SELECT last_value, is_called FROM {sequence}")
                found[sequence] = cur.fetchone()
            cur.execute(_CONSTRAINTS)
            found["constraints"] = cur.fetchall()
            cur.execute(_TRIGGERS)
            found["triggers"] = cur.fetchall()
            return found
    finally:
        conn.close()

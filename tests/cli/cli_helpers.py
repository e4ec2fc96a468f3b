"""What the CLI tests share: the issue's example, and krakn run in-process or as a process.

Most runs are in-process (the ``krakn`` fixture, click's CliRunner: not a
terminal). Runs whose behaviour depends on the process itself (a terminal,
--debug tracebacks, SQLAlchemy's own log handlers) go through a subprocess.
"""

from __future__ import annotations

import os
import pty
import re
import select
import subprocess
import sys
from pathlib import Path

# The example (a new column, a dropped one, a wider type), shared with
# the round-trip case of the same name; rows show that nothing writes to them.
EXAMPLE = Path(__file__).parent.parent / "cases" / "issue_example"
SOURCE_SQL = (EXAMPLE / "source.sql").read_text()
TARGET_SQL = (EXAMPLE / "target.sql").read_text()

EXPECTED_LINES = [
    "+ Added column 'email_verified' to 'users'",
    "~ Changed type of 'price' in 'products' from integer → numeric(10,2)",
    "- Removed column 'temp_flag' from 'orders'",
]

# Two schemas, one difference in each.
SCHEMAS_SOURCE_SQL = """
CREATE SCHEMA app;
CREATE TABLE app.items (id integer, note text);
CREATE TABLE users (id integer, name text);
"""
SCHEMAS_TARGET_SQL = """
CREATE SCHEMA app;
CREATE TABLE app.items (id integer);
CREATE TABLE users (id integer);
"""
APP_LINE = "+ Added column 'note' to 'app.items'"
PUBLIC_LINE = "+ Added column 'name' to 'users'"

ANSI = re.compile(r"\x1b\[[0-9;]*m")
PASSWORD = "S3cretPw"
NO_KRAKN_ENV = {"KRAKN_FROM": None, "KRAKN_TO": None}


def _env(extra: dict[str, str] | None = None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if k not in ("KRAKN_FROM", "KRAKN_TO", "NO_COLOR", "FORCE_COLOR")}
    env.update(extra or {})
    return env


def run_cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """krakn as its own process, stdout and stderr piped (not a terminal)."""
    return subprocess.run([sys.executable, "-m", "krakn", *args], capture_output=True,
                          text=True, timeout=120, env=_env(env))


def run_on_tty(*args: str, env: dict[str, str] | None = None) -> tuple[int, str]:
    """krakn as its own process with stdout on a pseudo-terminal."""
    master, slave = pty.openpty()
    proc = subprocess.Popen([sys.executable, "-m", "krakn", *args], stdout=slave,
                            stderr=subprocess.DEVNULL, env=_env(env))
    os.close(slave)
    chunks: list[bytes] = []
    try:
        while True:
            ready, _, _ = select.select([master], [], [], 60)
            if not ready:
                proc.kill()
                raise AssertionError("krakn on a terminal did not finish")
            try:
                data = os.read(master, 4096)
            except OSError:  # EIO: the child closed the terminal
                break
            if not data:
                break
            chunks.append(data)
    finally:
        os.close(master)
    return proc.wait(timeout=60), b"".join(chunks).decode("utf-8", "replace")


def lines(out: str) -> list[str]:
    return [line for line in out.splitlines() if line.strip()]


def assert_one_line_error(result, side: str | None = None) -> str:
    """Exit 2, nothing on stdout, exactly one 'krakn: error:' line on stderr."""
    assert result.exit_code == 2, (result.exit_code, result.stdout, result.stderr)
    assert "Traceback" not in result.output, result.output
    assert result.stdout == "", result.stdout
    err = result.stderr.splitlines()
    assert len(err) == 1, result.stderr
    prefix = f"krakn: error: {side}: " if side else "krakn: error: "
    assert err[0].startswith(prefix), err[0]
    return err[0]


def fingerprint(db) -> tuple[object, ...]:
    """Everything about db's schema (and some data) that a write would change."""
    columns = db.query("""
        SELECT n.nspname, c.relname, c.relkind::text, c.relfilenode, a.attname,
               format_type(a.atttypid, a.atttypmod), a.attnotnull,
               pg_get_expr(d.adbin, d.adrelid)
        FROM pg_class c
        JOIN pg_namespace n ON n.oid = c.relnamespace
        LEFT JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
        LEFT JOIN pg_attrdef d ON d.adrelid = c.oid AND d.adnum = a.attnum
        WHERE n.nspname NOT IN ('pg_catalog', 'information_schema')
          AND n.nspname !~ '^pg_'
        ORDER BY 1, 2, 5
    """)
    cons = db.query("""
        SELECT conrelid::regclass::text, conname, pg_get_constraintdef(oid)
        FROM pg_constraint WHERE connamespace = 'public'::regnamespace ORDER BY 1, 2
    """)
    seqs = db.query("SELECT schemaname, sequencename, last_value FROM pg_sequences ORDER BY 1, 2")
    rows = db.query("SELECT (SELECT count(*) FROM products), (SELECT sum(price) FROM products),"
                    " (SELECT count(*) FROM users)")
    return (columns, cons, seqs, rows)

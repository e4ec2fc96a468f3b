"""Time the catalog reads on thousands of tables: sync-data's, and diff's snapshot.

Run it from the repository root with the project's interpreter, e.g.:

    .venv/bin/python bench/catalog_bench.py                    # 2,000 and 10,000 tables
    .venv/bin/python bench/catalog_bench.py --tables 2000 --runs 9
    .venv/bin/python bench/catalog_bench.py --keep             # reuse the databases next time

For each --tables count it builds PREFIX_N (default krakn_catbench_N) on
--server with many_tables.py's source schema (each table a serial primary
key and an integer column), unless --keep left it from an earlier run, and
ANALYZEs its catalog. Then, in this process, one warm-up and --runs timed
reads of each:

  sync   what sync-data reads before it plans: the sequences' last values
         (own transactions), then the catalog in a REPEATABLE READ snapshot,
         on a pinned psycopg2 session (krakn.catalog.data);
  diff   krakn.catalog.snapshot.read_snapshot of every user schema on a
         SQLAlchemy connection, as diff reads one side.

Each line gives the medians of wall time, this process's CPU time and the
server backend's CPU time (from /proc, so only for a server on this
machine; "-" otherwise). On a busy machine wall time wanders; the CPU times
show the work itself. Exit status 0 when every read ran, 1 otherwise.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import sys
import time
from collections.abc import Callable

import psycopg2
from benchlib import admin_url, db_url, run_main
from many_tables import DEFAULT_SERVER, build, recreate, source_sql

from krakn.catalog.data import read_catalog, read_last_values
from krakn.catalog.filters import user_schemas
from krakn.catalog.snapshot import list_schemas, read_snapshot
from krakn.db.database import Database
from krakn.db.engine import connect
from krakn.db.session import Connection, open_connection, session_query

TICK = os.sysconf("SC_CLK_TCK")


def log(text: str) -> None:
    print(f"catalog_bench: {text}", file=sys.stderr, flush=True)


def backend_cpu(pid: int) -> float | None:
    """The backend's user and system CPU seconds, when it runs on this machine."""
    try:
        with open(f"/proc/{pid}/stat") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / TICK


def own_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def sync_read(db: Database, conn: Connection) -> int:
    """What sync-data reads of one side before planning (krakn.sync.run does the same)."""
    read_last_values(session_query(db, conn, "reading the sequences"))
    with conn.cursor() as cur:
        cur.execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
        query = session_query(db, conn, "reading the catalog")
        catalog = read_catalog(query, user_schemas(query))
        cur.execute("ROLLBACK")
    return len(catalog.tables)


def timed(runs: int, pid: int, step: Callable[[], int]) -> tuple[float, float, float | None, int]:
    """Medians of wall, own CPU and backend CPU seconds over runs (after a warm-up)."""
    found = step()
    samples = []
    for _ in range(runs):
        server, mine, started = backend_cpu(pid), own_cpu(), time.perf_counter()
        step()
        wall, mine = time.perf_counter() - started, own_cpu() - mine
        after = backend_cpu(pid)
        samples.append((wall, mine, None if server is None or after is None else after - server))
    backend = [s[2] for s in samples if s[2] is not None]
    return (statistics.median(s[0] for s in samples), statistics.median(s[1] for s in samples),
            statistics.median(backend) if len(backend) == runs else None, found)


def report(what: str, tables: int, figures: tuple[float, float, float | None, int]) -> None:
    wall, mine, server, found = figures
    server_text = "-" if server is None else f"{server:.3f}s"
    print(f"catalog_bench: tables={tables} {what}: wall={wall:.3f}s client_cpu={mine:.3f}s "
          f"server_cpu={server_text} (read {found} tables)", flush=True)


def ensure(server: str, name: str, tables: int, keep: bool) -> None:
    """Build the database, unless --keep and it is there from an earlier run."""
    if keep:
        try:
            psycopg2.connect(db_url(server, name)).close()
            log(f"reusing {name}")
            return
        except psycopg2.OperationalError:
            pass
    log(f"building {tables:,} tables in {name} ...")
    recreate(server, [name])
    failures: list[str] = []
    build(db_url(server, name), tables, source_sql, failures)
    if failures:
        raise psycopg2.OperationalError(failures[0])
    conn = psycopg2.connect(db_url(server, name))
    conn.autocommit = True
    try:
        with conn.cursor() as cur:  # a fresh catalog's statistics would mislead the planner
            cur.execute("ANALYZE pg_class, pg_attribute, pg_attrdef, pg_constraint, pg_depend, "
                        "pg_description, pg_index, pg_inherits, pg_sequence, pg_trigger, "
                        "pg_type, pg_namespace")
    finally:
        conn.close()


def bench_one(args: argparse.Namespace, tables: int) -> None:
    name = f"{args.db_prefix}_{tables}"
    ensure(args.server, name, tables, args.keep)
    db = Database.from_raw(db_url(args.server, name), "--from")
    conn = open_connection(db, read_only=True)
    try:
        report("sync", tables, timed(args.runs, conn.get_backend_pid(),
                                     lambda: sync_read(db, conn)))
    finally:
        conn.close()
    with connect(db) as sa_conn:
        sa_conn = sa_conn.execution_options(isolation_level="REPEATABLE READ")
        pid = sa_conn.exec_driver_sql("SELECT pg_backend_pid()").scalar_one()
        sa_conn.rollback()

        def diff_read() -> int:
            with sa_conn.begin():
                listed = list_schemas(sa_conn)
                return len(read_snapshot(sa_conn, sorted(listed), listed).tables)

        report("diff", tables, timed(args.runs, pid, diff_read))
    if not args.keep:
        conn = psycopg2.connect(admin_url(args.server))
        conn.autocommit = True
        try:
            with conn.cursor() as cur:
                cur.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        finally:
            conn.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--tables", type=int, action="append",
                        help="how many tables; repeatable (2000 and 10000)")
    parser.add_argument("--runs", type=int, default=5, help="timed reads of each kind (5)")
    parser.add_argument("--server", default=DEFAULT_SERVER, help="the PostgreSQL server's URL")
    parser.add_argument("--db-prefix", default="krakn_catbench", help="database name prefix")
    parser.add_argument("--keep", action="store_true",
                        help="leave the databases behind, and reuse them when there")
    args = parser.parse_args(argv)
    counts = args.tables or [2000, 10_000]
    return run_main(lambda: [bench_one(args, n) for n in counts], log)


if __name__ == "__main__":
    sys.exit(main())

"""Time `krakn sync-data` on thousands of small tables: the lock table and --commit-in-batches.

Run it from the repository root with the project's interpreter, e.g.:

    .venv/bin/python bench/many_tables.py                  # 10,000 tables
    .venv/bin/python bench/many_tables.py --tables 2000 --jobs 2
    .venv/bin/python bench/many_tables.py --append --keep

It builds krakn_many_src and krakn_many_dst (--db-prefix) on --server, the
same --tables tables in both: each a serial primary key (a table, its index
and a sequence) and an integer column, with 1 to 4 rows on the source and
none on the target. They are created 500 tables to a transaction, both
databases at once: one transaction for all would overflow the server's lock
table itself. Then it runs, timing each:

  one   `krakn sync-data --truncate --yes -q`: one transaction. When the
        locks do not fit the server's lock table, it must stop before any
        write (exit 2) with the line naming max_locks_per_transaction and
        --commit-in-batches; when they fit, it must load (exit 0).
  batch `krakn sync-data --commit-in-batches --truncate --yes [--jobs N]`
        (--append: without --truncate, into the still empty target); must
        exit 0; its "batch i of n committed" lines give the batch count.

After the batched load every target table's row count and sum must equal the
source's (checked 500 tables to a query, so the check too stays inside the
lock table). A final line such as

    many_tables: tables=10000 build=52.1s one=refused in 2.3s batch=96.0s (9 batches) check=ok

Exit status: 0 when every step behaved, 1 when one did not, 130 when
interrupted. The databases are dropped at the end unless --keep is given.
Needs only the standard library and psycopg2.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import threading
import time
from collections.abc import Callable

import psycopg2
from benchlib import BenchError, admin_url, db_url, find_krakn, masked, run_main

DEFAULT_SERVER = "postgresql://postgres@127.0.0.1:5432"
PER_TRANSACTION = 500


def log(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def source_sql(i: int) -> str:
    return (f"CREATE TABLE t{i} (id serial PRIMARY KEY, n int);"
            f"INSERT INTO t{i} (n) SELECT g * {i} FROM generate_series(1, {i % 4 + 1}) g;")


def target_sql(i: int) -> str:
    return f"CREATE TABLE t{i} (id serial PRIMARY KEY, n int);"


def build(url: str, tables: int, sql: Callable[[int], str], failures: list[str]) -> None:
    try:
        conn = psycopg2.connect(url)
        conn.autocommit = True
        try:
            with conn.cursor() as cur:
                for start in range(0, tables, PER_TRANSACTION):
                    stop = min(start + PER_TRANSACTION, tables)
                    cur.execute("BEGIN;" + "".join(sql(i) for i in range(start, stop))
                                + "COMMIT;")
        finally:
            conn.close()
    except psycopg2.Error as exc:
        failures.append(f"building {masked(url)}: {str(exc).strip()}")


def recreate(server: str, names: list[str]) -> None:
    conn = psycopg2.connect(admin_url(server))
    conn.autocommit = True
    try:
        with conn.cursor() as cur:
            for name in names:
                cur.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
                cur.execute(f'CREATE DATABASE "{name}"')
    finally:
        conn.close()


def drop(server: str, names: list[str]) -> None:
    conn = psycopg2.connect(admin_url(server))
    conn.autocommit = True
    try:
        with conn.cursor() as cur:
            for name in names:
                cur.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    finally:
        conn.close()


def contents(url: str, tables: int) -> dict[str, tuple[int, int]]:
    """Each table's row count and sum of n."""
    found: dict[str, tuple[int, int]] = {}
    conn = psycopg2.connect(url)
    conn.autocommit = True
    try:
        with conn.cursor() as cur:
            for start in range(0, tables, PER_TRANSACTION):
                stop = min(start + PER_TRANSACTION, tables)
                cur.execute(" UNION ALL ".join(
                    f"SELECT 't{i}', count(*), coalesce(sum(n), 0) FROM t{i}"
                    for i in range(start, stop)))
                found.update((str(t), (int(c), int(s))) for t, c, s in cur.fetchall())
    finally:
        conn.close()
    return found


def timed(command: list[str]) -> tuple[subprocess.CompletedProcess[str], float]:
    started = time.monotonic()
    done = subprocess.run(command, capture_output=True, text=True)
    return done, time.monotonic() - started


def bench(args: argparse.Namespace) -> None:
    krakn = find_krakn(args.krakn)
    names = [f"{args.db_prefix}_src", f"{args.db_prefix}_dst"]
    src, dst = (db_url(args.server, n) for n in names)
    log(f"building {args.tables:,} tables in {names[0]} and {names[1]} ...")
    started = time.monotonic()
    recreate(args.server, names)
    failures: list[str] = []
    builders = [threading.Thread(target=build, args=(src, args.tables, source_sql, failures)),
                threading.Thread(target=build, args=(dst, args.tables, target_sql, failures))]
    for builder in builders:
        builder.start()
    for builder in builders:
        builder.join()
    if failures:
        raise BenchError(failures[0])
    built = time.monotonic() - started
    log(f"built in {built:.1f} s")
    try:
        one = run_one(krakn, src, dst)
        loaded, batches = run_batched(krakn, src, dst, args)
        if contents(src, args.tables) != contents(dst, args.tables):
            raise BenchError("the target's rows differ from the source's")
        print(f"many_tables: tables={args.tables} build={built:.1f}s one={one} "
              f"batch={loaded:.1f}s ({batches} batches) check=ok")
    finally:
        if not args.keep:
            drop(args.server, names)


def run_one(krakn: str, src: str, dst: str) -> str:
    done, seconds = timed([krakn, "sync-data", "--from", src, "--to", dst, "--truncate",
                           "--yes", "-q"])
    log(f"one transaction: exit {done.returncode} in {seconds:.1f} s: {done.stderr.strip()}")
    if done.returncode == 0:
        return f"loaded in {seconds:.1f}s"
    if done.returncode == 2 and "--commit-in-batches" in done.stderr and \
            "max_locks_per_transaction" in done.stderr:
        return f"refused in {seconds:.1f}s"
    raise BenchError(f"one transaction: exit {done.returncode}: {done.stderr.strip()}")


def run_batched(krakn: str, src: str, dst: str, args: argparse.Namespace) -> tuple[float, int]:
    command = [krakn, "sync-data", "--from", src, "--to", dst, "--commit-in-batches", "--yes",
               "--jobs", str(args.jobs)] + ([] if args.append else ["--truncate"])
    done, seconds = timed(command)
    batches = len(re.findall(r"^batch \d+ of \d+ committed", done.stdout, re.MULTILINE))
    summary = done.stdout.strip().splitlines()[-1:] or [""]
    log(f"--commit-in-batches: exit {done.returncode} in {seconds:.1f} s: {summary[0]}")
    if done.returncode != 0:
        raise BenchError(f"--commit-in-batches: exit {done.returncode}: {done.stderr.strip()}")
    return seconds, max(batches, 1)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--tables", type=int, default=10_000, help="how many tables (10000)")
    parser.add_argument("--server", default=DEFAULT_SERVER, help="the PostgreSQL server's URL")
    parser.add_argument("--db-prefix", default="krakn_many", help="database name prefix")
    parser.add_argument("--jobs", type=int, default=1, help="sync-data --jobs (1)")
    parser.add_argument("--append", action="store_true",
                        help="load the batched run without --truncate")
    parser.add_argument("--keep", action="store_true", help="leave the databases behind")
    parser.add_argument("--krakn", help="the krakn executable")
    args = parser.parse_args(argv)
    return run_main(lambda: bench(args), log)


if __name__ == "__main__":
    sys.exit(main())

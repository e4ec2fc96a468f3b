"""Benchmark masked against unmasked `krakn sync-data`, alternating, in one run.

    /work/venv/bin/python bench/mask_bench.py                 # 3,000,000 rows, 3 runs each
    /work/venv/bin/python bench/mask_bench.py --rows 300000 --runs 3 --keep

It builds a source database (PREFIX_src) holding one table of --rows rows
(bigint key, integer, timestamptz, numeric, and three text columns: email,
name, note) and a target (PREFIX_dst) with the same schema. Then it runs
`krakn sync-data --profile P --truncate --yes -q` in turns, unmasked and
masked (email: {mask: email}, name: {mask: name}, note: {mask: hash}),
the target truncated and checkpointed before each run (not timed). krakn is
this repository's (python -m krakn with PYTHONPATH set to it). Wall time is
measured around the process, peak RSS with os.wait4. The goal: masked
median within --goal (1.25) times the unmasked one, peak RSS unchanged.
Needs the standard library, psycopg2 and krakn's own dependencies.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psycopg2
from benchlib import BenchError, admin_url, db_url, run_main

ROOT = Path(__file__).resolve().parent.parent
SCHEMA = """
CREATE TABLE mask_people (
    id bigint PRIMARY KEY, n integer NOT NULL, seen timestamptz NOT NULL,
    amount numeric(12,2) NOT NULL, email text UNIQUE, name text, note text);
"""
ROWS = """
INSERT INTO mask_people
SELECT i, (i * 7919) % 100000, timestamptz '2024-01-01' + i * interval '1 second',
       (i % 100000) / 100.0, left(md5(i::text), 10) || '.' || i || '@mail.example.com',
       (ARRAY['Ann','Bob','Cy','Dee','Eve'])[1 + i % 5] || ' ' || 'Surname' || (i % 9973),
       'note about person ' || i || ' with some text to carry'
FROM generate_series(1::bigint, {rows}) i;
"""
PROFILE = """
profiles:
  plain:
    from: {src}
    to: {dst}
  masked:
    from: {src}
    to: {dst}
    mask_salt: bench-salt-not-a-secret
    columns:
      mask_people.email: {{mask: email}}
      mask_people.name:  {{mask: name}}
      mask_people.note:  {{mask: hash}}
"""


def execute(url: str, *statements: str) -> None:
    conn = psycopg2.connect(url)
    try:
        conn.autocommit = True
        with conn.cursor() as cur:
            for sql in statements:
                cur.execute(sql)
    finally:
        conn.close()


def build(server: str, prefix: str, rows: int) -> tuple[str, str]:
    src, dst = f"{prefix}_src", f"{prefix}_dst"
    admin = admin_url(server)
    for name in (src, dst):
        execute(admin, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)',
                f'CREATE DATABASE "{name}"')
    execute(db_url(server, src), SCHEMA, ROWS.format(rows=int(rows)), "ANALYZE")
    execute(db_url(server, dst), SCHEMA)
    return db_url(server, src), db_url(server, dst)


def one_run(config: Path, profile: str, dst: str) -> tuple[float, int]:
    execute(dst, "TRUNCATE mask_people", "CHECKPOINT")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("KRAKN_FROM", None)
    env.pop("KRAKN_TO", None)
    started = time.monotonic()
    proc = subprocess.Popen([sys.executable, "-m", "krakn", "sync-data", "--config", str(config),
                             "--profile", profile, "--truncate", "--yes", "-q"], env=env)
    _pid, status, usage = os.wait4(proc.pid, 0)
    seconds = time.monotonic() - started
    if os.waitstatus_to_exitcode(status) != 0:
        raise BenchError(f"krakn sync-data --profile {profile} failed ({status})")
    return seconds, usage.ru_maxrss


def bench(args: argparse.Namespace) -> None:
    src, dst = build(args.server, args.db_prefix, args.rows)
    times: dict[str, list[float]] = {"plain": [], "masked": []}
    rss: dict[str, list[int]] = {"plain": [], "masked": []}
    with tempfile.TemporaryDirectory() as folder:
        config = Path(folder) / "krakn.yml"
        config.write_text(PROFILE.format(src=src, dst=dst), encoding="utf-8")
        one_run(config, "masked", dst)  # warm-up: caches, and Faker's pool import
        for run in range(args.runs):
            order = ("plain", "masked") if run % 2 == 0 else ("masked", "plain")
            for mode in order:
                seconds, peak = one_run(config, mode, dst)
                times[mode].append(seconds)
                rss[mode].append(peak)
                print(f"mask_bench: run {run + 1} {mode}: {seconds:.2f} s, "
                      f"peak RSS {peak / 1024:.0f} MiB", flush=True)
    if times["plain"]:
        summary(args, times, rss)
    if not args.keep:
        admin = admin_url(args.server)
        for name in (f"{args.db_prefix}_src", f"{args.db_prefix}_dst"):
            execute(admin, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def summary(args: argparse.Namespace, times: dict[str, list[float]],
            rss: dict[str, list[int]]) -> None:
    plain, masked = statistics.median(times["plain"]), statistics.median(times["masked"])
    for mode, median in (("plain", plain), ("masked", masked)):
        print(f"mask_bench: {mode}: median {median:.2f} s, {args.rows / median:,.0f} rows/s, "
              f"peak RSS {max(rss[mode]) / 1024:.0f} MiB")
    verdict = "met" if masked <= args.goal * plain else "MISSED"
    print(f"mask_bench: rows={args.rows} ratio masked/plain = {masked / plain:.2f} "
          f"(goal {args.goal}: {verdict})")


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--server", default="postgresql://postgres@127.0.0.1:5432")
    p.add_argument("--rows", type=int, default=3_000_000)
    p.add_argument("--runs", type=int, default=3)
    p.add_argument("--goal", type=float, default=1.25)
    p.add_argument("--db-prefix", default="krakn_mask_bench")
    p.add_argument("--keep", action="store_true", help="leave both databases behind")
    args = p.parse_args()
    return run_main(lambda: bench(args), lambda line: print(f"mask_bench: {line}",
                                                            file=sys.stderr))


if __name__ == "__main__":
    sys.exit(main())

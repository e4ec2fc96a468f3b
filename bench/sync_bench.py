"""Benchmark `krakn sync-data` against a psql COPY pipe, the speed ceiling.

Run it from the repository root with the project's interpreter, e.g.:

    /work/venv/bin/python bench/sync_bench.py
    /work/venv/bin/python bench/sync_bench.py --rows 200000 --runs 3 --keep
    /work/venv/bin/python bench/sync_bench.py --no-krakn

It builds a source database (krakn_sync_bench_src) on --server holding one
big table (--rows rows, 3 million by default: bigint key, integer, text,
timestamptz, numeric and jsonb, about 400 MB) and four small tables linked
by foreign keys, and a target database (krakn_sync_bench_dst) with the same
schema and no rows. Then, in rounds whose order rotates, it times three ways
of copying every table's rows from source to target:

  binary  for each table, `psql SRC -c "\\copy t to stdout (format binary)"`
          piped into `psql DST -c "\\copy t from stdin (format binary)"`;
          psql only moves the bytes, so this is the ceiling to aim at
  text    the same pipe in COPY's text format
  krakn   `krakn sync-data --from SRC --to DST --truncate --yes -q`

The target tables are truncated and the server checkpointed before every
timed run (not timed), and every run's target row counts are checked against
the source's. Wall time is measured around the processes, peak RSS and CPU
time with os.wait4 (for a pipe: the largest psql, and the CPU of all of
them; the server's own CPU is not counted). MiB/s is the size of the source's
binary COPY stream over all tables (measured once) divided by wall time, so
it is comparable across the three. The goal: krakn's median time within
--goal (1.10) times the binary pipe's, peak RSS under --rss-goal-mb (150 MB).

The source is reused when --keep left it behind with the same --rows; both
databases are dropped at the end unless --keep is given.

Exit status: 0 when every run behaved (even if the goal is missed), 1 when
anything failed (build, an exit code, a row count), 130 when interrupted.
Needs only the standard library, psycopg2 and psql.
"""

from __future__ import annotations

import argparse
import json
import os
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

import psycopg2
from benchlib import BenchError, admin_url, db_url, find_krakn, masked, run_main

DEFAULT_SERVER = "postgresql://postgres@127.0.0.1:5432"
SCHEMA_VERSION = 1  # bump when the source's tables or data change
MIB = 1024 * 1024
MB = 1000 * 1000

# Small tables: name -> rows. The big table is BIG_TABLE with --rows rows.
SMALL_ROWS = {"sync_region": 20, "sync_product": 1_000, "sync_customer": 10_000,
              "sync_order": 50_000}
BIG_TABLE = "sync_event"
# Parents before children: the order the pipes copy in.
TABLES = ("sync_region", "sync_product", "sync_customer", "sync_order", BIG_TABLE)


@dataclass
class Sample:
    """One timed run: wall seconds, the peak RSS of its largest process, and the
    CPU seconds (user + system) of all its client processes."""

    seconds: float
    max_rss_kib: int
    cpu_seconds: float


@dataclass
class Mode:
    """One way of copying all tables; run() does it once and times it."""

    name: str
    run: Callable[[], Sample]
    samples: list[Sample] = field(default_factory=list)


@dataclass
class Dataset:
    """What the source holds: rows per table and COPY stream sizes."""

    rows: dict[str, int]
    binary_bytes: int
    text_bytes: int

    @property
    def total_rows(self) -> int:
        return sum(self.rows.values())


# ---------------------------------------------------------------- arguments


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    p = argparse.ArgumentParser(
        description="Time `krakn sync-data` against psql COPY pipes (binary and text).",
    )
    p.add_argument("--server", default=DEFAULT_SERVER,
                   help=f"server URL; its database, if any, is used for admin work "
                        f"(default {DEFAULT_SERVER})")
    p.add_argument("--rows", type=int, default=3_000_000,
                   help="rows in the big table (3000000, about 400 MB)")
    p.add_argument("--runs", type=int, default=5, help="timed runs per mode (5)")
    p.add_argument("--db-prefix", default="krakn_sync_bench",
                   help="databases are PREFIX_src and PREFIX_dst (krakn_sync_bench)")
    p.add_argument("--keep", action="store_true",
                   help="leave both databases behind; a later run reuses the source")
    p.add_argument("--rebuild", action="store_true",
                   help="rebuild the source even if a kept one fits")
    p.add_argument("--krakn", help="krakn executable (default: next to this python, or PATH)")
    p.add_argument("--krakn-args", default="-q",
                   help="extra arguments after `sync-data --from SRC --to DST --truncate "
                        "--yes`, split like a shell would ('-q')")
    p.add_argument("--no-krakn", action="store_true", help="time the psql pipes only")
    p.add_argument("--psql", default="psql", help="psql executable (psql on PATH)")
    p.add_argument("--no-warmup", action="store_true", help="skip the untimed warm-up runs")
    p.add_argument("--goal", type=float, default=1.10,
                   help="target ratio krakn/binary pipe, only reported (1.10)")
    p.add_argument("--rss-goal-mb", type=float, default=150.0,
                   help="krakn's peak RSS must stay under this many MB (10^6 bytes), "
                        "only reported (150)")
    p.add_argument("--json", type=Path, metavar="PATH",
                   help="also write the samples and summary as JSON to PATH")
    args = p.parse_args(argv)
    if args.rows < 1 or args.runs < 1:
        p.error("--rows and --runs must be at least 1")
    return args


# ----------------------------------------------------------------- databases


def execute(url: str, statements: Sequence[str]) -> list[Any]:
    """Run statements one by one in autocommit; return each one's first row or None."""
    conn = psycopg2.connect(url)
    try:
        conn.autocommit = True
        results = []
        with conn.cursor() as cur:
            for sql in statements:
                cur.execute(sql)
                results.append(cur.fetchone() if cur.description else None)
        return results
    finally:
        conn.close()


def database_exists(server: str, name: str) -> bool:
    (row,) = execute(admin_url(server),
                     [f"SELECT 1 FROM pg_database WHERE datname = '{name}'"])
    return row is not None


def drop_databases(server: str, names: Sequence[str]) -> None:
    execute(admin_url(server), [f'DROP DATABASE IF EXISTS "{n}" WITH (FORCE)' for n in names])


def create_database(server: str, name: str) -> str:
    drop_databases(server, [name])
    execute(admin_url(server), [f'CREATE DATABASE "{name}"'])
    return db_url(server, name)


# -------------------------------------------------------------------- schema

SCHEMA = f"""
CREATE TABLE sync_region (
    id integer PRIMARY KEY,
    name text NOT NULL UNIQUE
);
CREATE TABLE sync_product (
    id integer PRIMARY KEY,
    sku text NOT NULL UNIQUE,
    price numeric(10,2) NOT NULL
);
CREATE TABLE sync_customer (
    id integer PRIMARY KEY,
    region_id integer NOT NULL REFERENCES sync_region (id),
    name text NOT NULL,
    email text,
    created_at timestamptz NOT NULL
);
CREATE TABLE sync_order (
    id bigint PRIMARY KEY,
    customer_id integer NOT NULL REFERENCES sync_customer (id),
    product_id integer NOT NULL REFERENCES sync_product (id),
    quantity integer NOT NULL,
    ordered_at timestamptz NOT NULL
);
CREATE TABLE {BIG_TABLE} (
    id bigint NOT NULL,
    n integer NOT NULL,
    label text NOT NULL,
    created_at timestamptz NOT NULL,
    amount numeric(12,2),
    attrs jsonb NOT NULL
);
"""

# The big table's key is added after loading in the source (faster), at once
# in the target; both end up with the same constraint sync_event_pkey.
BIG_TABLE_KEY = f"ALTER TABLE {BIG_TABLE} ADD PRIMARY KEY (id)"


def data_statements(rows: int) -> list[str]:
    """INSERTs filling the source; all from generate_series, so it runs in the server."""
    r = SMALL_ROWS
    return [
        f"""INSERT INTO sync_region
            SELECT i, 'region ' || i FROM generate_series(1, {r['sync_region']}) i""",
        f"""INSERT INTO sync_product
            SELECT i, 'SKU-' || lpad(i::text, 6, '0'), round((i % 997) * 1.37, 2)
            FROM generate_series(1, {r['sync_product']}) i""",
        f"""INSERT INTO sync_customer
            SELECT i, 1 + i % {r['sync_region']}, 'customer ' || md5(i::text),
                   CASE WHEN i % 5 <> 0 THEN 'c' || i || '@example.com' END,
                   timestamptz '2020-01-01 00:00:00+00' + i * interval '1 hour'
            FROM generate_series(1, {r['sync_customer']}) i""",
        f"""INSERT INTO sync_order
            SELECT i, 1 + (i * 7) % {r['sync_customer']}, 1 + (i * 13) % {r['sync_product']},
                   1 + i % 9, timestamptz '2023-01-01 00:00:00+00' + i * interval '1 minute'
            FROM generate_series(1, {r['sync_order']}) i""",
        # About 135 bytes a row in the binary COPY stream.
        f"""INSERT INTO {BIG_TABLE}
            SELECT i, ((i::bigint * 7919) % 1000003)::integer, 'ev-' || substr(md5(i::text), 1, 20),
                   timestamptz '2024-01-01 00:00:00+00' + i * interval '1 second',
                   CASE WHEN i % 10 <> 0 THEN round((i % 100000) / 7.0, 2) END,
                   jsonb_build_object('kind', 'k' || i % 17, 'seq', i,
                                      'tag', substr(md5((i * 31)::text), 1, 14))
            FROM generate_series(1, {rows}) i""",
    ]


def marker(rows: int) -> str:
    """The source database's comment; a kept source is reused only if it matches."""
    return f"krakn sync_bench v{SCHEMA_VERSION} rows={rows}"


def source_fits(server: str, name: str, rows: int) -> bool:
    if not database_exists(server, name):
        return False
    (row,) = execute(db_url(server, name),
                     ["SELECT shobj_description(oid, 'pg_database') FROM pg_database "
                      "WHERE datname = current_database()"])
    return row is not None and row[0] == marker(rows)


def build_source(server: str, name: str, rows: int) -> str:
    url = create_database(server, name)
    started = time.perf_counter()
    execute(url, [SCHEMA, *data_statements(rows), BIG_TABLE_KEY])
    log(f"loaded {rows} + {sum(SMALL_ROWS.values())} rows into {masked(url)} "
        f"({time.perf_counter() - started:.1f}s)")
    # Set hint bits and the visibility map now, so that the timed reads don't write.
    execute(url, ["VACUUM (FREEZE, ANALYZE)",
                  f"COMMENT ON DATABASE \"{name}\" IS '{marker(rows)}'"])
    log(f"built source {masked(url)} ({time.perf_counter() - started:.1f}s)")
    return url


def build_target(server: str, name: str) -> str:
    url = create_database(server, name)
    execute(url, [SCHEMA, BIG_TABLE_KEY])
    log(f"built empty target {masked(url)}")
    return url


def count_rows(url: str) -> dict[str, int]:
    counts = execute(url, [f"SELECT count(*) FROM {t}" for t in TABLES])
    return {t: row[0] for t, row in zip(TABLES, counts, strict=True)}


def reset_target(url: str) -> None:
    """Empty the target and flush dirty buffers, so each run starts alike."""
    execute(url, [f"TRUNCATE {', '.join(TABLES)}", "CHECKPOINT"])


def check_target(source: Dataset, target_url: str, mode: str) -> None:
    got = count_rows(target_url)
    if got != source.rows:
        wrong = ", ".join(f"{t}: {got[t]} of {n}" for t, n in source.rows.items()
                          if got[t] != n)
        raise BenchError(f"after {mode}, the target's row counts differ: {wrong}")


def server_size(url: str) -> int:
    (row,) = execute(url, [f"SELECT sum(pg_total_relation_size(c)) FROM unnest("
                           f"ARRAY{[t for t in TABLES]}::regclass[]) c"])
    return int(row[0])


# --------------------------------------------------------------------- tools


def log(message: str) -> None:
    print(f"sync_bench: {message}", file=sys.stderr, flush=True)


def find_executable(name: str, what: str) -> str:
    found = shutil.which(name)
    if not found:
        raise BenchError(f"{what} {name!r} is not an executable")
    return found


def check_sync_data(krakn: str) -> None:
    probe = subprocess.run([krakn, "sync-data", "--help"], capture_output=True, text=True)
    if probe.returncode != 0:
        raise BenchError(f"{krakn} has no working sync-data command "
                         f"(exit {probe.returncode}); use --no-krakn to time the pipes only")


def psql_argv(psql: str, url: str, meta: str) -> list[str]:
    return [psql, "-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", url, "-c", meta]


def tail(stream: IO[bytes]) -> str:
    stream.seek(0)
    text = stream.read().decode(errors="replace").strip()
    return "\n  ".join(text.splitlines()[-15:]) or "(no output)"


def wait(proc: subprocess.Popen[bytes]) -> tuple[int, int, float]:
    """Reap proc; return its exit code, peak RSS in KiB and CPU seconds."""
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    return proc.returncode, usage.ru_maxrss, usage.ru_utime + usage.ru_stime


def pipe_table(psql: str, src: str, dst: str, table: str, fmt: str) -> tuple[int, float]:
    """One `psql SRC \\copy to stdout | psql DST \\copy from stdin`: peak RSS KiB, CPU s."""
    with tempfile.TemporaryFile() as err_out, tempfile.TemporaryFile() as err_in:
        reader = subprocess.Popen(
            psql_argv(psql, src, f"\\copy {table} to stdout (format {fmt})"),
            stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=err_out)
        assert reader.stdout is not None
        try:
            writer = subprocess.Popen(
                psql_argv(psql, dst, f"\\copy {table} from stdin (format {fmt})"),
                stdin=reader.stdout, stdout=subprocess.DEVNULL, stderr=err_in)
        finally:
            reader.stdout.close()  # the writer holds the read end now
        rc_in, rss_in, cpu_in = wait(writer)
        rc_out, rss_out, cpu_out = wait(reader)
        if rc_out != 0 or rc_in != 0:
            raise BenchError(f"{fmt} pipe of {table} failed: exit {rc_out} | {rc_in}:\n  "
                             f"{tail(err_out)}\n  {tail(err_in)}")
    return max(rss_in, rss_out), cpu_in + cpu_out


def copy_size(psql: str, src: str, table: str, fmt: str) -> int:
    """Bytes of `\\copy table to stdout (format fmt)`."""
    with tempfile.TemporaryFile() as err:
        proc = subprocess.Popen(psql_argv(psql, src, f"\\copy {table} to stdout (format {fmt})"),
                                stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=err)
        assert proc.stdout is not None
        size = 0
        while chunk := proc.stdout.read(MIB):
            size += len(chunk)
        proc.stdout.close()
        if proc.wait() != 0:
            raise BenchError(f"measuring the {fmt} COPY of {table} failed:\n  {tail(err)}")
    return size


def run_krakn(argv: Sequence[str]) -> Sample:
    with tempfile.TemporaryFile() as out:
        started = time.perf_counter()
        proc = subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=out, stderr=out)
        rc, rss, cpu = wait(proc)
        seconds = time.perf_counter() - started
        if rc != 0:
            raise BenchError(f"krakn sync-data exited {rc}, expected 0:\n  {tail(out)}")
    return Sample(seconds=seconds, max_rss_kib=rss, cpu_seconds=cpu)


def run_pipes(psql: str, src: str, dst: str, fmt: str) -> Sample:
    started = time.perf_counter()
    pipes = [pipe_table(psql, src, dst, t, fmt) for t in TABLES]
    return Sample(seconds=time.perf_counter() - started,
                  max_rss_kib=max(rss for rss, _ in pipes),
                  cpu_seconds=sum(cpu for _, cpu in pipes))


# ------------------------------------------------------------------- timing


def time_modes(modes: Sequence[Mode], runs: int, warmup: bool,
               source: Dataset, target_url: str) -> None:
    """Optionally one warm-up each, then `runs` rounds; round n starts at mode n."""
    def one(mode: Mode) -> Sample:
        reset_target(target_url)
        sample = mode.run()
        check_target(source, target_url, mode.name)
        return sample

    if warmup:
        for mode in modes:
            log(f"warm-up {mode.name}: {one(mode).seconds:.2f}s")
    for n in range(runs):
        for k in range(len(modes)):
            mode = modes[(n + k) % len(modes)]
            sample = one(mode)
            mode.samples.append(sample)
            log(f"run {n + 1}/{runs} {mode.name}: {sample.seconds:.2f}s "
                f"rss={sample.max_rss_kib / 1024:.0f}MiB cpu={sample.cpu_seconds:.2f}s")


# ------------------------------------------------------------------- report


def summarize(modes: Sequence[Mode], data: Dataset) -> dict[str, dict[str, Any]]:
    """Per mode: median/min/max seconds, rows/s, MiB/s, peak RSS, and the ratio of
    its median time to the binary pipe's (plus the per-round ratios)."""
    binary = modes[0]
    binary_median = statistics.median(s.seconds for s in binary.samples)
    out: dict[str, dict[str, Any]] = {}
    for mode in modes:
        secs = [s.seconds for s in mode.samples]
        median = statistics.median(secs)
        # Per-round ratios too: the two samples of one round ran close together.
        ratios = [m.seconds / b.seconds
                  for m, b in zip(mode.samples, binary.samples, strict=True)]
        out[mode.name] = {
            "seconds": secs,
            "median_s": median,
            "min_s": min(secs),
            "max_s": max(secs),
            "rows_per_s": data.total_rows / median,
            "mib_per_s": data.binary_bytes / MIB / median,
            "ratio": median / binary_median,  # what the goal is about
            "ratios": ratios,
            "median_round_ratio": statistics.median(ratios),
            "max_rss_mib": max(s.max_rss_kib for s in mode.samples) / 1024,
            "median_cpu_s": statistics.median(s.cpu_seconds for s in mode.samples),
        }
    return out


def report(summary: dict[str, dict[str, Any]], data: Dataset, args: argparse.Namespace,
           load: tuple[float, float]) -> bool | None:
    """Print the table and the verdict line; return whether the goal was met."""
    print()
    print(f"source: {data.total_rows} rows ({data.rows[BIG_TABLE]} in {BIG_TABLE}); "
          f"binary COPY stream {data.binary_bytes / MIB:.1f} MiB, "
          f"text {data.text_bytes / MIB:.1f} MiB; MiB/s below = binary stream / time")
    print(f"load average: {load[0]:.2f} before, {load[1]:.2f} after the timed runs")
    print(f"{'mode':7s} {'median':>8s} {'min':>8s} {'max':>8s} {'rows/s':>9s} "
          f"{'MiB/s':>7s} {'x binary':>9s} {'peak RSS':>9s} {'client CPU':>10s}")
    for name, s in summary.items():
        print(f"{name:7s} {s['median_s']:7.2f}s {s['min_s']:7.2f}s {s['max_s']:7.2f}s "
              f"{s['rows_per_s'] / 1000:8.0f}k {s['mib_per_s']:7.1f} {s['ratio']:8.2f}x "
              f"{s['max_rss_mib']:6.0f}MiB {s['median_cpu_s']:9.2f}s")
    for name, s in summary.items():
        if name != "binary":
            print(f"{name}/binary per round: {' '.join(f'{r:.2f}' for r in s['ratios'])} "
                  f"(median {s['median_round_ratio']:.2f})")
    text = summary["text"]
    line = (f"sync_bench: rows={data.total_rows} binary={summary['binary']['median_s']:.2f}s "
            f"text={text['ratio']:.2f}x")
    krakn = summary.get("krakn")
    if krakn is None:
        print(f"{line} krakn=skipped (goal <= {args.goal:.2f}x)")
        return None
    rss_mb = krakn["max_rss_mib"] * MIB / MB
    met = krakn["ratio"] <= args.goal and rss_mb < args.rss_goal_mb
    print(f"{line} krakn={krakn['ratio']:.2f}x rss={rss_mb:.0f}MB "
          f"(goal <= {args.goal:.2f}x, rss < {args.rss_goal_mb:.0f}MB): "
          f"{'met' if met else 'MISSED'}")
    return met


def write_json(path: Path, summary: dict[str, dict[str, Any]], data: Dataset,
               args: argparse.Namespace, load: tuple[float, float], met: bool | None) -> None:
    doc = {
        "rows": data.rows,
        "total_rows": data.total_rows,
        "binary_copy_bytes": data.binary_bytes,
        "text_copy_bytes": data.text_bytes,
        "runs": args.runs,
        "load_average": {"before": load[0], "after": load[1]},
        "goal": {"ratio": args.goal, "rss_mb": args.rss_goal_mb, "met": met},
        "modes": summary,
    }
    path.write_text(json.dumps(doc, indent=2) + "\n")
    log(f"wrote {path}")


# --------------------------------------------------------------------- main


def prepare(args: argparse.Namespace, names: tuple[str, str]) -> tuple[str, str, Dataset]:
    """Build or reuse the source, build the target, measure the source's size."""
    src_name, dst_name = names
    if not args.rebuild and source_fits(args.server, src_name, args.rows):
        src = db_url(args.server, src_name)
        log(f"reusing source {masked(src)}")
    else:
        need = args.rows * 400  # source + target + WAL, generously
        free = shutil.disk_usage(tempfile.gettempdir()).free
        log(f"building source with {args.rows} rows (needs roughly {need / MB:.0f} MB "
            f"on the server's disk; {free / MB:.0f} MB free here)")
        src = build_source(args.server, src_name, args.rows)
    dst = build_target(args.server, dst_name)
    rows = count_rows(src)
    expected = {**SMALL_ROWS, BIG_TABLE: args.rows}
    if rows != expected:
        raise BenchError(f"the source holds {rows}, expected {expected}; try --rebuild")
    data = Dataset(rows=rows,
                   binary_bytes=sum(copy_size(args.psql, src, t, "binary") for t in TABLES),
                   text_bytes=sum(copy_size(args.psql, src, t, "text") for t in TABLES))
    log(f"source: {data.total_rows} rows, {server_size(src) / MIB:.0f} MiB on disk "
        f"with indexes, binary COPY {data.binary_bytes / MIB:.1f} MiB "
        f"({data.binary_bytes / data.total_rows:.0f} bytes/row), "
        f"text COPY {data.text_bytes / MIB:.1f} MiB")
    return src, dst, data


def bench(args: argparse.Namespace) -> bool | None:
    names = (f"{args.db_prefix}_src", f"{args.db_prefix}_dst")
    psql = find_executable(args.psql, "--psql")
    krakn_argv: list[str] | None = None
    if not args.no_krakn:
        krakn = find_krakn(args.krakn)
        check_sync_data(krakn)
        krakn_argv = [krakn, "sync-data"]  # URLs appended once known
    try:
        src, dst, data = prepare(args, names)
        modes = [Mode("binary", lambda: run_pipes(psql, src, dst, "binary")),
                 Mode("text", lambda: run_pipes(psql, src, dst, "text"))]
        if krakn_argv is not None:
            argv = [*krakn_argv, "--from", src, "--to", dst, "--truncate", "--yes",
                    *shlex.split(args.krakn_args)]
            log(f"krakn: {shlex.join(argv)}")
            modes.append(Mode("krakn", lambda: run_krakn(argv)))
        before = os.getloadavg()[0]
        time_modes(modes, args.runs, not args.no_warmup, data, dst)
        load = (before, os.getloadavg()[0])
        summary = summarize(modes, data)
        met = report(summary, data, args, load)
        if args.json:
            write_json(args.json, summary, data, args, load, met)
        return met
    finally:
        if args.keep:
            log(f"kept databases {names[0]} and {names[1]}")
        else:
            drop_databases(args.server, names)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    return run_main(lambda: bench(args), log)


if __name__ == "__main__":
    sys.exit(main())

"""Benchmark `krakn diff` against migra on two large live PostgreSQL databases.

Run it from the repository root with the project's interpreter, e.g.:

    /work/venv/bin/python bench/diff_bench.py
    /work/venv/bin/python bench/diff_bench.py --tables 200 --runs 3 --keep
    /work/venv/bin/python bench/diff_bench.py --no-migra

It (re)creates two databases (krakn_bench_a, krakn_bench_b) on --server,
builds the same N-table schema in both, changes a few things in A only,
installs this checkout into its own venv (bench/.venv-krakn, as a user
installs it: byte-code compiled, no test-only packages) and migra into
another (bench/.venv-migra) if it is missing, then
times `krakn diff --from A --to B` and `migra --unsafe B A` alternately
(one warm-up each, then --runs pairs), reporting wall time and peak RSS.
The databases are dropped at the end unless --keep is given.

Exit status: 0 when every run behaved (even if the speed goal is missed),
1 when anything failed (build, install, or an unexpected exit code).
Needs only the standard library and psycopg2.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import psycopg2
from benchlib import BenchError, admin_url, db_url, find_krakn, install_krakn, masked, run_main

BENCH_DIR = Path(__file__).resolve().parent
DEFAULT_SERVER = "postgresql://postgres@127.0.0.1:5432"
KRAKN_DIFF_RC = 1  # krakn diff: differences found
MIGRA_DIFF_RC = 2  # migra: differences found
TABLES_PER_TRANSACTION = 200  # keeps the lock table small for big --tables


@dataclass
class Sample:
    """One timed process: wall seconds and peak resident set size."""

    seconds: float
    max_rss_kib: int
    out_lines: int


@dataclass
class Tool:
    """A command under test and the exit code that means 'found differences'."""

    name: str
    argv: list[str]
    expect_rc: int
    samples: list[Sample] = field(default_factory=list)


# ---------------------------------------------------------------- arguments


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    p = argparse.ArgumentParser(
        description="Time `krakn diff` against migra on two large databases.",
    )
    p.add_argument("--server", default=DEFAULT_SERVER,
                   help=f"server URL; its database, if any, is used for admin work "
                        f"(default {DEFAULT_SERVER})")
    p.add_argument("--tables", type=int, default=600, help="tables per database (600)")
    p.add_argument("--runs", type=int, default=5, help="timed runs per tool (5)")
    p.add_argument("--db-prefix", default="krakn_bench",
                   help="databases are PREFIX_a and PREFIX_b (krakn_bench)")
    p.add_argument("--keep", action="store_true", help="leave both databases behind")
    p.add_argument("--krakn", help="krakn executable (default: this checkout installed "
                                   "into --krakn-venv)")
    p.add_argument("--krakn-venv", type=Path, default=BENCH_DIR / ".venv-krakn",
                   help="venv this checkout is installed into, as a user installs it "
                        "(bench/.venv-krakn)")
    p.add_argument("--migra-venv", type=Path, default=BENCH_DIR / ".venv-migra",
                   help="venv holding migra, created if missing (bench/.venv-migra)")
    p.add_argument("--no-migra", action="store_true", help="time krakn only")
    p.add_argument("--goal", type=float, default=0.5,
                   help="target ratio krakn/migra, only reported (0.50)")
    args = p.parse_args(argv)
    if args.tables < 1 or args.runs < 1:
        p.error("--tables and --runs must be at least 1")
    return args


# ----------------------------------------------------------------- databases


def run_admin(server: str, statements: Sequence[str]) -> None:
    """Run statements outside any transaction on the admin database."""
    conn = psycopg2.connect(admin_url(server))
    try:
        conn.autocommit = True
        with conn.cursor() as cur:
            for sql in statements:
                cur.execute(sql)
    finally:
        conn.close()


def drop_databases(server: str, names: Sequence[str]) -> None:
    run_admin(server, [f'DROP DATABASE IF EXISTS "{n}" WITH (FORCE)' for n in names])


def create_databases(server: str, names: Sequence[str]) -> None:
    drop_databases(server, names)
    run_admin(server, [f'CREATE DATABASE "{n}"' for n in names])


def execute_script(url: str, script: str) -> None:
    """Send a whole multi-statement script in one round trip.

    The script carries its own BEGIN/COMMIT, so the connection is autocommit.
    """
    conn = psycopg2.connect(url)
    try:
        conn.autocommit = True
        with conn.cursor() as cur:
            cur.execute(script)  # no parameters: psycopg2 sends it verbatim
    finally:
        conn.close()


# -------------------------------------------------------------------- schema


def table_name(i: int) -> str:
    return f"bench_t{i:05d}"


def pk_is_serial(i: int) -> bool:
    """Odd tables get a serial (integer) key, even ones a bigint identity."""
    return i % 2 == 1


def table_sql(i: int) -> str:
    """CREATE TABLE, index and comment for table i; it references table i-1."""
    name = table_name(i)
    parent = i - 1 if i > 1 else i  # the first table references itself
    pk = "serial PRIMARY KEY" if pk_is_serial(i) else \
        "bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"
    fk_type = "integer" if pk_is_serial(parent) else "bigint"
    return f"""CREATE TABLE {name} (
    id {pk},
    name text NOT NULL,
    quantity integer NOT NULL DEFAULT 0,
    price numeric(10,2),
    created_at timestamptz NOT NULL DEFAULT now(),
    active boolean NOT NULL DEFAULT true,
    code varchar(100),
    attrs jsonb DEFAULT '{{}}'::jsonb,
    due_on date,
    parent_id {fk_type} REFERENCES {table_name(parent)} (id) ON DELETE SET NULL
);
CREATE INDEX {name}_code_idx ON {name} (code);
COMMENT ON TABLE {name} IS 'benchmark table {i} of the chain';
"""


def schema_script(tables: int) -> str:
    """The whole schema as one script, committed every few hundred tables."""
    chunks = ["BEGIN;\n"]
    for i in range(1, tables + 1):
        chunks.append(table_sql(i))
        if i % TABLES_PER_TRANSACTION == 0 and i < tables:
            chunks.append("COMMIT;\nBEGIN;\n")
    chunks.append("COMMIT;\n")
    return "".join(chunks)


def changes_script(tables: int) -> str:
    """A handful of edits applied to database A only, so the diff is non-empty."""
    def pick(fraction: float) -> str:
        return table_name(max(1, min(tables, round(tables * fraction))))

    fk_type = "integer" if pk_is_serial(tables) else "bigint"
    return f"""BEGIN;
ALTER TABLE {pick(0.1)} ADD COLUMN extra_note text;
ALTER TABLE {pick(0.3)} ALTER COLUMN quantity TYPE bigint;
DROP INDEX {pick(0.5)}_code_idx;
COMMENT ON TABLE {pick(0.7)} IS 'changed by diff_bench';
ALTER TABLE {pick(0.9)} ALTER COLUMN code TYPE varchar(200);
CREATE TABLE bench_extra (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    label text NOT NULL,
    t_id {fk_type} REFERENCES {table_name(tables)} (id)
);
COMMIT;
"""


def build(server: str, names: tuple[str, str], tables: int) -> tuple[str, str]:
    """Create both databases with the same schema, then change A; return URLs."""
    url_a, url_b = (db_url(server, n) for n in names)
    create_databases(server, names)
    script = schema_script(tables)
    for url in (url_a, url_b):
        started = time.perf_counter()
        execute_script(url, script)
        log(f"built {tables} tables in {masked(url)} "
            f"({time.perf_counter() - started:.1f}s)")
    execute_script(url_a, changes_script(tables))
    log(f"applied changes to {masked(url_a)}")
    return url_a, url_b


def settle(server: str) -> None:
    """Write out what building the databases dirtied (CHECKPOINT) before timing:
    else the server flushes it during the first timed runs. A role that may not
    checkpoint only gets a note."""
    try:
        run_admin(server, ["CHECKPOINT"])
    except psycopg2.Error as exc:
        log(f"no CHECKPOINT before timing ({str(exc).strip()}); early runs may be slower")


# --------------------------------------------------------------------- tools


def log(message: str) -> None:
    print(f"diff_bench: {message}", file=sys.stderr, flush=True)


def check_call(argv: Sequence[str | Path], what: str) -> None:
    """Run a setup command, raising BenchError with its output if it fails."""
    proc = subprocess.run([str(a) for a in argv], capture_output=True, text=True)
    if proc.returncode != 0:
        tail = (proc.stdout + proc.stderr).strip().splitlines()[-15:]
        raise BenchError(f"{what} failed (exit {proc.returncode}):\n  " + "\n  ".join(tail))


def python_can_import(python: Path, modules: str) -> bool:
    probe = subprocess.run([str(python), "-c", f"import {modules}"], capture_output=True)
    return probe.returncode == 0


def ensure_migra(venv: Path) -> Path:
    """Return venv's migra executable, creating the venv and installing it if needed."""
    python, migra = venv / "bin" / "python", venv / "bin" / "migra"
    if migra.exists() and python_can_import(python, "migra, pkg_resources"):
        return migra
    if not python.exists():
        log(f"creating {venv}")
        check_call([sys.executable, "-m", "venv", venv], "creating the migra venv")
    log(f"installing migra into {venv} (one-off)")
    pip: list[str | Path] = [python, "-m", "pip", "install", "--quiet",
                             "--disable-pip-version-check"]
    check_call([*pip, "migra", "psycopg2-binary", "sqlalchemy<2"], "pip install migra")
    if not python_can_import(python, "pkg_resources"):
        # schemainspect imports pkg_resources, which setuptools >= 81 no longer ships
        check_call([*pip, "setuptools<81"], "pip install setuptools<81")
    if not migra.exists() or not python_can_import(python, "migra, pkg_resources"):
        raise BenchError(f"migra is still not importable in {venv}")
    return migra


# ------------------------------------------------------------------- timing


def run_timed(tool: Tool) -> Sample:
    """Run tool once; wall time around the whole process, peak RSS from wait4."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        started = time.perf_counter()
        proc = subprocess.Popen(tool.argv, stdin=subprocess.DEVNULL, stdout=out, stderr=err)
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - started
        proc.returncode = rc = os.waitstatus_to_exitcode(status)
        out.seek(0)
        lines = sum(1 for _ in out)
        if rc != tool.expect_rc:
            err.seek(0)
            out.seek(0)
            text = (err.read() or out.read()).decode(errors="replace").strip()
            tail = "\n  ".join(text.splitlines()[-15:]) or "(no output)"
            raise BenchError(
                f"{tool.name} exited {rc}, expected {tool.expect_rc}:\n  {tail}")
    if lines == 0:
        raise BenchError(f"{tool.name} reported differences but printed nothing")
    return Sample(seconds=seconds, max_rss_kib=usage.ru_maxrss, out_lines=lines)


def time_tools(tools: Sequence[Tool], runs: int) -> None:
    """One warm-up each, then `runs` rounds alternating between the tools."""
    for tool in tools:
        warm = run_timed(tool)
        log(f"warm-up {tool.name}: {warm.seconds:.2f}s, {warm.out_lines} output lines")
    for n in range(1, runs + 1):
        for tool in tools:
            sample = run_timed(tool)
            tool.samples.append(sample)
            log(f"run {n}/{runs} {tool.name}: {sample.seconds:.2f}s "
                f"rss={sample.max_rss_kib / 1024:.0f}MiB")


# ------------------------------------------------------------------- report


def median_seconds(tool: Tool) -> float:
    return statistics.median(s.seconds for s in tool.samples)


def print_tool(tool: Tool) -> None:
    secs = [s.seconds for s in tool.samples]
    rss = [s.max_rss_kib / 1024 for s in tool.samples]
    print(f"{tool.name:6s} wall  median {statistics.median(secs):7.2f}s  "
          f"min {min(secs):7.2f}s  max {max(secs):7.2f}s  (n={len(secs)})")
    print(f"{tool.name:6s} rss   median {statistics.median(rss):7.0f}MiB "
          f"min {min(rss):7.0f}MiB max {max(rss):7.0f}MiB")
    print(f"{tool.name:6s} output {tool.samples[-1].out_lines} lines")


def report(krakn: Tool, migra: Tool | None, tables: int, goal: float) -> None:
    print()
    print_tool(krakn)
    if migra is None:
        print(f"diff_bench: tables={tables} krakn={median_seconds(krakn):.2f}s "
              f"migra=skipped ratio=n/a (goal <= {goal:.2f})")
        return
    print_tool(migra)
    ratios = [k.seconds / m.seconds for k, m in zip(krakn.samples, migra.samples, strict=True)]
    print(f"ratio  krakn/migra per pair: {' '.join(f'{r:.2f}' for r in ratios)}")
    print(f"diff_bench: tables={tables} krakn={median_seconds(krakn):.2f}s "
          f"migra={median_seconds(migra):.2f}s ratio={statistics.median(ratios):.2f} "
          f"(goal <= {goal:.2f})")


# --------------------------------------------------------------------- main


def make_tools(args: argparse.Namespace, url_a: str, url_b: str) -> tuple[Tool, Tool | None]:
    exe = find_krakn(args.krakn) if args.krakn else install_krakn(args.krakn_venv)
    krakn = Tool("krakn", [exe, "diff", "--from", url_a, "--to", url_b,
                           "--color", "never"], KRAKN_DIFF_RC)
    if args.no_migra:
        return krakn, None
    # migra FROM TARGET prints the SQL turning FROM into TARGET: here B into A,
    # the same pair krakn diff --from A --to B looks at.
    migra = Tool("migra", [str(ensure_migra(args.migra_venv)), "--unsafe", url_b, url_a],
                 MIGRA_DIFF_RC)
    return krakn, migra


def bench(args: argparse.Namespace) -> None:
    names = (f"{args.db_prefix}_a", f"{args.db_prefix}_b")
    try:
        url_a, url_b = build(args.server, names, args.tables)
        krakn, migra = make_tools(args, url_a, url_b)
        settle(args.server)
        log(f"krakn: {krakn.argv[0]}" + (f"; migra: {migra.argv[0]}" if migra else ""))
        time_tools([t for t in (krakn, migra) if t is not None], args.runs)
        report(krakn, migra, args.tables, args.goal)
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

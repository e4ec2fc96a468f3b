"""Time subsets and `krakn verify` against a full `krakn sync-data` (issue 12).

Run it from the repository root with the project's interpreter, e.g.:

    /work/venv/bin/python bench/subset_bench.py                 # 3 million rows
    /work/venv/bin/python bench/subset_bench.py --rows 300000 --keep

It builds (or reuses, with --keep) sync_bench.py's source database: one big
table of --rows rows (sync_event, no foreign key) and four small tables
linked by foreign keys (sync_region <- sync_customer <- sync_order ->
sync_product). Then, --runs times each, in this order, it times:

  full      krakn sync-data --truncate --yes -q                 (every row)
  verify    krakn verify after the full sync                    (must exit 0)
  sync+verify  krakn sync-data --truncate --yes -q --verify
  where10   --where 'sync_event:id % 10 = 0' --where 'sync_customer:id % 10 = 0'
            (a tenth of the events and customers; the orders of the other
            customers go as orphans)
  subset10  --subset-root sync_event --subset-where 'id % 10 = 0'
            (a tenth of the big table through the subset's recursive CTEs; the
            small tables are out of its reach and stay empty)
  closure   --subset-root sync_customer --subset-where 'id % 10 = 0'
            (the foreign-key closure: the customers' orders, their products and
            regions; sync_event is out of reach)

after each subset, `krakn verify` with the same flags must exit 0. krakn
runs from this checkout (python -m krakn), not from an installed copy.
Prints one line per case (median seconds) and the ratios to the full sync.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from benchlib import BenchError, run_main
from sync_bench import DEFAULT_SERVER, drop_databases, prepare

ROOT = Path(__file__).resolve().parent.parent

CASES: dict[str, list[str]] = {
    "where10": ["--where", "sync_event:id % 10 = 0", "--where", "sync_customer:id % 10 = 0"],
    "subset10": ["--subset-root", "sync_event", "--subset-where", "id % 10 = 0"],
    "closure": ["--subset-root", "sync_customer", "--subset-where", "id % 10 = 0"],
}


def log(message: str) -> None:
    print(f"subset_bench: {message}", file=sys.stderr, flush=True)


def krakn(*args: str) -> float:
    """Run krakn from this checkout; its wall time, or BenchError on a non-zero exit."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    started = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "krakn", *args], env=env,
                          capture_output=True, text=True, check=False)
    seconds = time.perf_counter() - started
    if proc.returncode != 0:
        raise BenchError(f"krakn {args[0]} exited {proc.returncode}: "
                         f"{(proc.stderr or proc.stdout).strip()[-400:]}")
    return seconds


def bench(args: argparse.Namespace) -> None:
    names = (f"{args.db_prefix}_src", f"{args.db_prefix}_dst")
    prep = argparse.Namespace(server=args.server, rows=args.rows, rebuild=False, psql="psql")
    try:
        src, dst, _data = prepare(prep, names)
        sides = ["--from", src, "--to", dst]
        sync = ["sync-data", *sides, "--truncate", "--yes", "-q"]
        times: dict[str, list[float]] = {}
        for _run in range(args.runs):
            times.setdefault("full", []).append(krakn(*sync))
            times.setdefault("verify", []).append(krakn("verify", *sides, "-q"))
            times.setdefault("sync+verify", []).append(krakn(*sync, "--verify"))
            for case, flags in CASES.items():
                times.setdefault(case, []).append(krakn(*sync, *flags))
                times.setdefault(f"verify {case}", []).append(
                    krakn("verify", *sides, "-q", *flags))
            log(f"run {_run + 1} of {args.runs} done")
        full = statistics.median(times["full"])
        for case, samples in times.items():
            median = statistics.median(samples)
            print(f"subset_bench: rows={args.rows} {case:<16} {median:7.2f}s "
                  f"({median / full:.2f} of the full sync)")
    finally:
        if args.keep:
            log(f"kept databases {names[0]} and {names[1]}")
        else:
            drop_databases(args.server, names)


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description="Time subsets and verify against a full sync.")
    p.add_argument("--server", default=DEFAULT_SERVER, help="server URL")
    p.add_argument("--rows", type=int, default=3_000_000, help="rows in the big table")
    p.add_argument("--runs", type=int, default=1, help="runs per case (1)")
    p.add_argument("--db-prefix", default="krakn_subset_bench",
                   help="databases are PREFIX_src and PREFIX_dst (krakn_subset_bench)")
    p.add_argument("--keep", action="store_true", help="leave both databases behind")
    return p.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    return run_main(lambda: bench(args), log)


if __name__ == "__main__":
    sys.exit(main())

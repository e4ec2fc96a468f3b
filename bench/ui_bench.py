"""How fast `krakn ui` renders its pages, and how heavy they are, on diff_bench's schema.

Run it from the repository root with the project's interpreter, e.g.:

    /work/venv/bin/python bench/ui_bench.py
    /work/venv/bin/python bench/ui_bench.py --tables 200 --keep

It builds diff_bench's schema (--tables tables of 10 columns, an index, a
comment and a foreign key each) in krakn_uibench_a and krakn_uibench_b,
changes A as diff_bench does, and leaves krakn_uibench_c empty. Then, in
this process (krakn imported from this checkout):

  few   the diff A -> B (a handful of changes among --tables tables);
  all   the diff A -> C (every table, key, index, comment and sequence new:
        thousands of changes), the page a big first migration shows;
  map   sync-data's dry-run plan A -> B, the mapping page of --tables tables.

For each it times the comparison (or the sync plan) and then, apart, the
page: building its data and rendering it (the served page, whose SQL is
fetched per change), the same page through the ASGI app (Starlette's
TestClient, token and Host check included), and the static export (every
change's SQL inside). It reports each page's size in KiB, plain and gzipped,
and a final line such as

    ui_bench: tables=600 few=0.01s/40KiB all=0.35s/1900KiB(210KiB gz) goal<=1.00s ok

The goal: the diff page of the --tables schema renders within --goal
seconds (1.0) after the comparison. Exit status 0 when every step ran (even
if the goal is missed), 1 when one failed, 130 when interrupted.
"""

from __future__ import annotations

import argparse
import gzip
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from benchlib import BenchError, db_url, run_main
from diff_bench import (
    changes_script,
    create_databases,
    drop_databases,
    execute_script,
    schema_script,
)

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # this checkout's krakn

DEFAULT_SERVER = "postgresql://postgres@127.0.0.1:5432"


def log(message: str) -> None:
    print(f"ui_bench: {message}", file=sys.stderr, flush=True)


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description="Time and weigh krakn ui's pages.")
    p.add_argument("--server", default=DEFAULT_SERVER, help=f"server URL ({DEFAULT_SERVER})")
    p.add_argument("--tables", type=int, default=600, help="tables in the schema (600)")
    p.add_argument("--db-prefix", default="krakn_uibench",
                   help="databases PREFIX_a, PREFIX_b, PREFIX_c (krakn_uibench)")
    p.add_argument("--goal", type=float, default=1.0,
                   help="seconds the diff page may take after the comparison (1.0)")
    p.add_argument("--keep", action="store_true", help="leave the databases behind")
    return p.parse_args(argv)


def timed(what: Callable[[], Any]) -> tuple[Any, float]:
    started = time.perf_counter()
    found = what()
    return found, time.perf_counter() - started


def weight(text: str) -> str:
    raw = text.encode("utf-8")
    return f"{len(raw) / 1024:.0f} KiB ({len(gzip.compress(raw)) / 1024:.0f} KiB gzipped)"


def kib(text: str) -> float:
    return len(text.encode("utf-8")) / 1024


def served(diff: Any, sync: Any, path: str) -> tuple[str, float]:
    """One page through the ASGI app, as a browser holding the token gets it."""
    from starlette.testclient import TestClient

    from krakn.ui.access import Access, allowed_hosts
    from krakn.ui.app import make_app

    app = make_app(diff, sync, Access("bench", allowed_hosts("127.0.0.1", 1), 1))
    client = TestClient(app, base_url="http://127.0.0.1:1")
    client.cookies.set("krakn_ui_1", "bench")
    response, seconds = timed(lambda: client.get(path))
    if response.status_code != 200:
        raise BenchError(f"GET {path}: {response.status_code}")
    return response.text, seconds


def diff_pages(name: str, source: str, target: str) -> tuple[float, str]:
    """Compare, then time and weigh the diff page three ways; (render seconds, page)."""
    from krakn import api
    from krakn.db.database import Database
    from krakn.options import CompareOptions
    from krakn.ui.pages import diff_page
    from krakn.ui.report import DOWNLOADS, DiffReport, export_diff

    src, tgt = Database.from_raw(source, "--from"), Database.from_raw(target, "--to")
    plan, compared = timed(lambda: api.compare(src, tgt, CompareOptions()))
    report = DiffReport(plan, src.label, tgt.label)
    page, rendered = timed(lambda: diff_page(report.view, downloads=list(DOWNLOADS)))
    log(f"{name}: {len(api.changes(plan))} changes in {len(plan.steps)} steps; compared in "
        f"{compared:.2f}s; page built and rendered in {rendered:.3f}s: {weight(page)}")
    fresh = DiffReport(plan, src.label, tgt.label)
    over_http, seconds = served(fresh, None, "/diff")
    log(f"{name}: GET /diff through the app (first request) in {seconds:.3f}s: "
        f"{weight(over_http)}")
    _body, one = timed(lambda: fresh.bodies.of(0))
    log(f"{name}: first expanded change (the rollback reversed once, as the server does "
        f"at start) in {one:.3f}s")
    exported, export_seconds = timed(lambda: export_diff(DiffReport(plan, src.label,
                                                                    tgt.label)))
    log(f"{name}: static export (every body and download inside) in {export_seconds:.2f}s: "
        f"{weight(exported)}")
    return rendered, page


def mapping_page(source: str, target: str) -> None:
    from krakn import api
    from krakn.db.database import Database
    from krakn.options import SyncOptions
    from krakn.sync import Reporter
    from krakn.ui.pages import mapping_page as render
    from krakn.ui.report import SyncReport

    src, tgt = Database.from_raw(source, "--from"), Database.from_raw(target, "--to")
    # Batches: a default server's lock table cannot hold 600 tables' load at once.
    options = SyncOptions(dry_run=True, commit_in_batches=True)
    plan, planned = timed(lambda: api.sync(src, tgt, options, Reporter(quiet=True)))
    report = SyncReport(plan, src.label, tgt.label)
    page, rendered = timed(lambda: render(report.view))
    log(f"map: {len(plan.tables)} tables planned in {planned:.2f}s; page built and rendered "
        f"in {rendered:.3f}s: {weight(page)}")


def bench(args: argparse.Namespace) -> None:
    names = tuple(f"{args.db_prefix}_{s}" for s in "abc")
    url_a, url_b, url_c = (db_url(args.server, n) for n in names)
    create_databases(args.server, names)
    try:
        script = schema_script(args.tables)
        for url in (url_a, url_b):
            execute_script(url, script)
        execute_script(url_a, changes_script(args.tables))
        log(f"built {args.tables} tables in A and B, changed A; C is empty")
        few, few_page = diff_pages("few", url_a, url_b)
        every, all_page = diff_pages("all", url_a, url_c)
        mapping_page(url_a, url_b)
    finally:
        if not args.keep:
            drop_databases(args.server, names)
    ok = "ok" if max(few, every) <= args.goal else "MISSED"
    gz = len(gzip.compress(all_page.encode())) / 1024
    print(f"ui_bench: tables={args.tables} few={few:.2f}s/{kib(few_page):.0f}KiB "
          f"all={every:.2f}s/{kib(all_page):.0f}KiB({gz:.0f}KiB gz) "
          f"goal<={args.goal:.2f}s {ok}")


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    if args.tables < 1:
        log("--tables must be at least 1")
        return 1
    return run_main(lambda: bench(args), log)


if __name__ == "__main__":
    sys.exit(main())

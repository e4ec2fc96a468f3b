"""A whole sync: plan, ask, load on one or more connection pairs, commit.

With one job (the default) the target sees one transaction: everything or
nothing, whatever fails and whenever the run is interrupted. With more jobs
each target connection has its own transaction; all of them commit only
after every table loaded, one after the other, so only a failure inside
that last window (between two COMMITs) can leave some committed.
"""

from __future__ import annotations

import logging
import signal
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from krakn.catalog.data import Catalog, read_catalog, read_last_values
from krakn.catalog.filters import user_schemas
from krakn.db.database import Database
from krakn.db.session import (
    Connection,
    SyncFailed,
    close_quietly,
    execute,
    open_connection,
    psycopg2_noise_hidden,
    server_identity,
    session_query,
)
from krakn.errors import KraknError, UsageError
from krakn.options import LeftOut, RowRules
from krakn.sync.batches import batch_plan, fit_locks, kept_failure, stopped
from krakn.sync.budget import read_lock_model
from krakn.sync.copy import CopyResult, copy_table
from krakn.sync.faults import checkpoint, enter_lane
from krakn.sync.lanes import Lane, Shared
from krakn.sync.locks import explain_timeout
from krakn.sync.names import TableName
from krakn.sync.plan import Plan, Selection
from krakn.sync.progress import TICK, watch
from krakn.sync.report import Reporter, format_plan
from krakn.sync.rules import check_sql_rules, check_strict, give_seeds, plan_with_rules
from krakn.sync.steps import TargetWork, finish, prepare
from krakn.sync.subset import apply_filters

log = logging.getLogger(__name__)

NOTHING_WRITTEN = "; nothing was written (rolled back)"


@dataclass(frozen=True)
class RunOptions:
    dry_run: bool = False
    ask: Callable[[str], bool] | None = None  # None: go ahead without asking
    lock_timeout: str | None = None  # PostgreSQL's lock_timeout on --to; None: wait
    verify: bool = False  # compare both sides before the commit (krakn.sync.verify)
    left_out: LeftOut = ()  # columns verify does not compare
    rules: RowRules = field(default_factory=RowRules)  # a profile's columns and renames


def sync_data(source_db: Database, target_db: Database, selection: Selection,
              options: RunOptions, reporter: Reporter) -> Plan:
    """Copy the rows; returns the plan (which --dry-run only prints)."""
    opened: list[Connection] = []
    try:
        source = _open(source_db, opened, read_only=True)
        target = _open_target(target_db, opened, options.lock_timeout)
        source_id, target_id = server_identity(source_db, source), server_identity(target_db,
                                                                                   target)
        if source_id == target_id:
            raise UsageError("--from and --to are the same database: refusing to copy a "
                             "database onto itself")
        last_values = _last_values(source_db, source)
        execute(source_db, source, "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
        source_catalog = _catalog(source_db, source, last_values)
        execute(target_db, target, "BEGIN READ ONLY")  # nothing is written before the plan
        target_catalog = _catalog(target_db, target, keys=bool(options.rules.columns))
        plan = plan_with_rules(source_catalog, target_catalog, selection, options.rules,
                               session_query(target_db, target, "reading unique indexes"))
        check_sql_rules(plan, options.rules, (source_db, source), (target_db, target))
        give_seeds(source_db, source, plan.mask_salt)
        if not selection.rows.empty:
            apply_filters(plan, source_catalog, source_db, source)
        if plan.tables:
            model = read_lock_model(target_catalog, (source_db, source), (target_db, target),
                                    same_server=source_id[0] == target_id[0])
            fit_locks(plan, model, target_catalog.foreign_keys, target_catalog.sequences)
        reporter.lines(format_plan(plan, source_db.label, target_db.label, reporter.verbose))
        check_strict(plan, options.rules)
        if options.dry_run or not plan.tables:
            reporter.lines(["dry run: nothing written" if options.dry_run
                            else "nothing to copy"])
            return plan
        _confirm(target_db, target, plan, options.ask)
        execute(target_db, target, "COMMIT")
        started = time.monotonic()
        with psycopg2_noise_hidden():
            if plan.batches > 1:
                results = _load_batches(plan, (source_db, source), (target_db, target), opened,
                                        reporter, options)
            else:
                lanes = _open_lanes(plan, source_db, source, target_db, target, opened,
                                    options.lock_timeout)
                _load(lanes, Shared(source_db, reporter), target_db)
                _verify(lanes, source_db, target_db, reporter, options)
                checkpoint("before_commit", lanes[-1].source, lanes[-1].work.conn)
                _ready_to_commit(lanes, source_db, target_db)
                with _ctrl_c_held():
                    _commit(lanes, target_db)
                results = [r for lane in lanes for _t, r in lane.results]
        reporter.summary(results, time.monotonic() - started, plan.batches)
        return plan
    finally:
        reporter.close()
        for conn in reversed(opened):
            close_quietly(conn)


def _open(db: Database, opened: list[Connection], *, read_only: bool,
          salt: str | None = None) -> Connection:
    conn = open_connection(db, read_only=read_only)
    opened.append(conn)
    give_seeds(db, conn, salt)
    return conn


def _open_target(db: Database, opened: list[Connection], lock_timeout: str | None
                 ) -> Connection:
    conn = _open(db, opened, read_only=False)
    if lock_timeout is not None:
        execute(db, conn, "SELECT set_config('lock_timeout', %s, false)", (lock_timeout,),
                doing=f"setting --lock-timeout {lock_timeout}")
    return conn


def _catalog(db: Database, conn: Connection,
             last_values: dict[int, int | None] | None = None, keys: bool = False) -> Catalog:
    """Every user schema's tables (and their unique keys, for column rules)."""
    query = session_query(db, conn, "reading the catalog")
    return read_catalog(query, user_schemas(query), last_values,
                        constraints=("f", "p", "u") if keys else ("f",))


def _last_values(db: Database, conn: Connection) -> dict[int, int | None]:
    """The sequences' values, before the snapshot: they are not transactional anyway."""
    return read_last_values(session_query(db, conn, "reading the sequences"))


def _confirm(db: Database, conn: Connection, plan: Plan,
             ask: Callable[[str], bool] | None) -> None:
    """On a terminal, ask before touching tables that already hold rows."""
    if ask is None:
        return
    full: list[TableName] = []
    for batch in range(plan.batches):
        # One row per table that has any: no limit on how many tables are asked about.
        tables = [t for t in plan.tables if t.batch == batch]
        probes = " UNION ALL ".join(f"SELECT {n} WHERE EXISTS (SELECT FROM {t.name.sql})"
                                    for n, t in enumerate(tables))
        found = execute(db, conn, probes, doing="looking for rows on --to")
        full += [tables[row[0]].name for row in found]
        if plan.batches > 1:  # each batch's locks go before the next batch's are taken
            execute(db, conn, "COMMIT")
            execute(db, conn, "BEGIN READ ONLY")
    if not full:
        return
    names = ", ".join(str(n) for n in full[:5]) + (", ..." if len(full) > 5 else "")
    verb = "Empty and reload" if plan.selection.truncate else "Append rows to"
    question = f"{len(full)} tables on {db.label} already hold rows ({names}). {verb} them?"
    if not ask(question):
        raise KraknError("stopped at the question: nothing was written")


def _open_lanes(plan: Plan, source_db: Database, source: Connection, target_db: Database,
                target: Connection, opened: list[Connection], lock_timeout: str | None
                ) -> list[Lane]:
    """One connection pair per group; extra sources read the first one's snapshot."""
    snapshot = None
    if plan.groups > 1:
        snapshot = execute(source_db, source, "SELECT pg_export_snapshot()")[0][0]
    lanes = []
    for group in range(plan.groups):
        src, tgt = source, target
        if group > 0:
            src = _open(source_db, opened, read_only=True, salt=plan.mask_salt)
            execute(source_db, src, "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
            execute(source_db, src, "SET TRANSACTION SNAPSHOT %s", (snapshot,),
                    doing="sharing the source's snapshot")
            tgt = _open_target(target_db, opened, lock_timeout)
        execute(target_db, tgt, "BEGIN")
        lanes.append(Lane(src, _work(plan, group, target_db, tgt)))
    return lanes


def _work(plan: Plan, group: int, target_db: Database, tgt: Connection) -> TargetWork:
    return TargetWork(
        target_db, tgt, [t for t in plan.tables if t.group == group],
        deferred=[k for k in plan.deferred if _group_of(plan, k.table_name) == group],
        sequences=[s for s in plan.sequences if s.group == group],
        truncate=plan.selection.truncate,
        disable_triggers=plan.selection.disable_triggers)


def _load_batches(plan: Plan, source: tuple[Database, Connection],
                  target: tuple[Database, Connection], opened: list[Connection],
                  reporter: Reporter, options: RunOptions) -> list[CopyResult]:
    """--commit-in-batches: load and commit one batch after another, from one snapshot.

    The first source connection only holds the snapshot; every batch reads it
    on connections of its own, in transactions that end with the batch, so
    no transaction on either side keeps more than one batch's locks.
    """
    (source_db, first_source), (target_db, first_target) = source, target
    pairs: list[tuple[Connection, Connection]] = []
    results: list[CopyResult] = []
    committed = 0  # tables
    try:
        snapshot = execute(source_db, first_source, "SELECT pg_export_snapshot()")[0][0]
        for number in range(plan.batches):
            part = batch_plan(plan, number)
            while len(pairs) < part.groups:
                pairs.append((_open(source_db, opened, read_only=True, salt=plan.mask_salt),
                              _open_target(target_db, opened, options.lock_timeout) if pairs
                              else first_target))
            lanes = _begin_batch(part, pairs, snapshot, source_db, target_db)
            _load(lanes, Shared(source_db, reporter), target_db)
            _verify(lanes, source_db, target_db, reporter, options)
            checkpoint("before_commit", lanes[-1].source, lanes[-1].work.conn)
            _ready_to_commit(lanes, source_db, target_db)  # ends the reads: their locks go
            with _ctrl_c_held():
                _commit(lanes, target_db)
                committed += len(part.tables)
            results += [r for lane in lanes for _t, r in lane.results]
            reporter.lines([f"batch {number + 1} of {plan.batches} committed: "
                            f"{len(part.tables):,} tables ({committed:,} of {len(plan.tables):,})"])
    except KeyboardInterrupt as exc:  # Terminated (SIGTERM) too
        raise stopped(exc, committed, len(plan.tables)) from None
    except Exception as exc:  # noqa: BLE001 - re-raised, saying what stays committed
        raise kept_failure(exc, committed, len(plan.tables), NOTHING_WRITTEN) from None
    return results


def _begin_batch(part: Plan, pairs: list[tuple[Connection, Connection]], snapshot: str,
                 source_db: Database, target_db: Database) -> list[Lane]:
    lanes = []
    for group in range(part.groups):
        src, tgt = pairs[group]
        execute(source_db, src, "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
        execute(source_db, src, "SET TRANSACTION SNAPSHOT %s", (snapshot,),
                doing="sharing the source's snapshot")
        execute(target_db, tgt, "BEGIN")
        lanes.append(Lane(src, _work(part, group, target_db, tgt)))
    return lanes


def _verify(lanes: list[Lane], source_db: Database, target_db: Database, reporter: Reporter,
            options: RunOptions) -> None:
    if options.verify:
        from krakn.sync.verify import verify_lanes

        verify_lanes(lanes, source_db, target_db, reporter, options.left_out)


def _group_of(plan: Plan, name: TableName) -> int:
    return next(t.group for t in plan.tables if t.name == name)


def _load(lanes: list[Lane], shared: Shared, target_db: Database) -> None:
    """Run the lanes in threads; the main thread watches, and takes Ctrl-C."""
    for n, lane in enumerate(lanes):
        threading.Thread(target=_run_lane, args=(lane, shared), daemon=True,
                         name=f"krakn-lane-{n}").start()
    try:
        watch(lanes, shared, target_db, cancel=lambda: _cancel(lanes))
    except KeyboardInterrupt:
        shared.stop.set()
        _stop_lanes(lanes)
        raise
    if shared.failures:
        raise _with_rollback_note(shared.failures[0])


def _run_lane(lane: Lane, shared: Shared) -> None:
    enter_lane(lane.source, lane.work.conn, shared.stop)
    try:
        _load_lane(lane, shared)
    finally:
        lane.done.set()


def _load_lane(lane: Lane, shared: Shared) -> None:
    work = lane.work
    try:
        prepare(work)
        checkpoint("after_truncate")
        for table in work.tables:
            if shared.stop.is_set():
                return
            lane.current = table
            result = copy_table(shared.source_db, lane.source, work.db, work.conn, table)
            lane.results.append((table, result))
            lane.current = None
            shared.reporter.table_done(table, result)
            checkpoint("between_tables")
        if not shared.stop.is_set():
            finish(work)
    except BaseException as exc:  # noqa: BLE001 - the main thread reports it
        exc = explain_timeout(exc, work.db, work.conn,
                              [lane.current.name] if lane.current else
                              [t.name for t in work.tables])
        with shared.lock:
            shared.failures.append(exc)
        shared.stop.set()


def _stop_lanes(lanes: list[Lane]) -> None:
    """Cancel until every lane has stopped.

    A cancel only stops what a server runs at that moment: a lane may start
    its next table just after one, so the cancel is sent again each tick.
    """
    deadline = time.monotonic() + 30
    while not all(lane.done.is_set() for lane in lanes) and time.monotonic() < deadline:
        _cancel(lanes)
        for lane in lanes:
            lane.done.wait(TICK)


def _cancel(lanes: list[Lane]) -> None:
    """Stop whatever each server is running for us; the rollback follows."""
    for lane in lanes:
        for conn in (lane.work.conn, lane.source):
            try:
                conn.cancel()
            except Exception as exc:  # noqa: BLE001 - already broken is fine here
                log.debug("cancel failed: %s", exc)


def _with_rollback_note(exc: BaseException) -> BaseException:
    if isinstance(exc, KraknError):
        return type(exc)(str(exc.args[0]) + NOTHING_WRITTEN, side=exc.side)
    return exc


def _ready_to_commit(lanes: list[Lane], source_db: Database, target_db: Database) -> None:
    """Before the first COMMIT, make sure every session of the load is still there.

    Ending the reads proves each --from session kept its snapshot to the
    end: one lost after its last read would otherwise go unnoticed. With
    several lanes a --to session lost before its turn would only be found
    after the lanes before it had committed.
    """
    try:
        for lane in lanes:
            execute(source_db, lane.source, "COMMIT", doing="ending the read")
        for lane in lanes[1:]:
            execute(target_db, lane.work.conn, "SELECT 1", doing="checking before the commit")
    except SyncFailed as exc:
        raise _with_rollback_note(exc) from None


@contextmanager
def _ctrl_c_held() -> Iterator[None]:
    """Let the COMMITs finish: once sent, a COMMIT cannot be taken back anyway.

    Without this, Ctrl-C or SIGTERM during COMMIT would report "interrupted"
    (exit 130) or "terminated" (143) for a load that in fact committed.
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def hold(signum: int, _frame: object) -> None:
        name = "Ctrl-C" if signum == signal.SIGINT else "SIGTERM"
        log.warning("%s while committing: the commit goes on", name)

    previous = {sig: signal.signal(sig, hold) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


def _commit(lanes: list[Lane], target_db: Database) -> None:
    """Commit every target transaction, in lane order, once all have loaded."""
    for number, lane in enumerate(lanes):
        try:
            execute(target_db, lane.work.conn, "COMMIT", doing="committing")
        except SyncFailed as exc:
            if number == 0:
                raise _with_rollback_note(exc) from None
            done = [str(t.name) for earlier in lanes[:number] for t in earlier.work.tables]
            raise SyncFailed(f"{exc.args[0]}: connection {number + 1} of {len(lanes)} did not "
                             f"commit, but these tables were committed already: "
                             f"{', '.join(done)}", side=exc.side) from None

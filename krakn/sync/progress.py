"""The main thread's watch over a load: progress, first failure, Ctrl-C.

Rows in flight are read from the target's pg_stat_progress_copy (PostgreSQL
14 and later) on a connection of their own, and only when a progress line is
shown: counting rows in krakn would mean running Python for every row.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

import psycopg2

from krakn.db.database import Database
from krakn.db.session import Connection, close_quietly, open_connection
from krakn.sync.locks import LockWatch

if TYPE_CHECKING:
    from krakn.sync.lanes import Lane, Shared

log = logging.getLogger(__name__)

TICK = 0.2  # seconds between looks; also how soon Ctrl-C and failures are acted on


def watch(lanes: list[Lane], shared: Shared, target_db: Database,
          cancel: Callable[[], None]) -> None:
    """Wait for the lanes; cancel the others as soon as one fails."""
    monitor = _monitor(target_db) if shared.reporter.progress_on else None
    estimate = sum(t.estimate or 0 for lane in lanes for t in lane.work.tables)
    locks = LockWatch(target_db, lanes, shared.reporter.warning)
    try:
        running = list(lanes)
        while running:
            if shared.failures:
                # Again each tick: a lane may have started a table after the last one.
                cancel()
            if monitor is not None:
                _show(monitor, lanes, shared, estimate)
            locks.tick()
            # wait() rather than sleep(): returns the moment the lane is done,
            # and Ctrl-C still interrupts it.
            running[0].done.wait(TICK)
            running = [lane for lane in running if not lane.done.is_set()]
    finally:
        locks.close()
        if monitor is not None:
            close_quietly(monitor)


def _monitor(db: Database) -> Connection | None:
    try:
        return open_connection(db, read_only=True)
    except Exception as exc:  # noqa: BLE001 - progress is a nicety, never a failure
        log.debug("no progress connection: %s", exc)
        return None


def _show(monitor: Connection, lanes: list[Lane], shared: Shared, estimate: int) -> None:
    done = sum(r.rows for lane in lanes for _t, r in lane.results)
    pids = [lane.work.conn.get_backend_pid() for lane in lanes if lane.current is not None]
    flowing = 0
    if pids:
        try:
            with monitor.cursor() as cur:
                cur.execute("SELECT coalesce(sum(tuples_processed), 0) "
                            "FROM pg_stat_progress_copy WHERE pid = ANY(%s)", (pids,))
                flowing = int(cur.fetchone()[0])
        except psycopg2.Error as exc:
            log.debug("progress query failed: %s", exc)
    current = ", ".join(str(lane.current.name) for lane in lanes if lane.current is not None)
    shared.reporter.progress(done + flowing, max(estimate, done + flowing), current)

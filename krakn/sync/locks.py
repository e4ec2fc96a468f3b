"""Lock waits on --to: say who holds what a lane waits for, and --lock-timeout.

A load blocked by another session's lock (a second `--truncate` run, a long
transaction) waits as PostgreSQL does; after NOTICE_AFTER seconds krakn says
once which table and which process, read on a connection of its own from
pg_locks, pg_blocking_pids() and pg_stat_activity. With --lock-timeout the
server gives up instead, and the error names the holder if it is still there.
"""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import psycopg2

from krakn.db.database import Database
from krakn.db.session import Connection, close_quietly, open_connection
from krakn.errors import KraknError, UsageError
from krakn.sync.names import TableName

if TYPE_CHECKING:
    from krakn.sync.lanes import Lane

log = logging.getLogger(__name__)

NOTICE_AFTER = 3.0  # seconds a statement waits for a lock before krakn says so
POLL = 1.0  # seconds between looks at pg_locks once NOTICE_AFTER has passed
LOCK_NOT_AVAILABLE = "55P03"  # the SQLSTATE of an exceeded lock_timeout

# PostgreSQL's own syntax for a time setting: a number, an optional unit (ms without).
_DURATION = re.compile(r"\s*\d+(\.\d+)?\s*(us|ms|s|min|h|d)?\s*")
_FIRST_WORD = re.compile(r"\s*([A-Za-z]+)\b")

# The holder's columns, the same in both queries.
_HOLDER = ("b.pid, b.application_name, b.usename::text, b.state, "
           "extract(epoch FROM clock_timestamp() - b.state_change)::float8, b.query")

WAITS_SQL = f"""
SELECT w.pid, n.nspname, c.relname, {_HOLDER}
FROM pg_stat_activity w
LEFT JOIN pg_locks l ON l.pid = w.pid AND NOT l.granted AND l.locktype = 'relation'
LEFT JOIN pg_class c ON c.oid = l.relation
LEFT JOIN pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN LATERAL unnest(pg_blocking_pids(w.pid)) AS h(pid) ON true
LEFT JOIN pg_stat_activity b ON b.pid = h.pid
WHERE w.pid = ANY(%s) AND w.wait_event_type = 'Lock'
  AND w.query_start < clock_timestamp() - make_interval(secs => %s)
ORDER BY w.pid, b.pid
"""

# Strongest first: the holder most likely in the way of what timed out.
_MODES = ["AccessExclusiveLock", "ExclusiveLock", "ShareRowExclusiveLock", "ShareLock",
          "ShareUpdateExclusiveLock", "RowExclusiveLock", "RowShareLock", "AccessShareLock"]

HOLDERS_SQL = f"""
SELECT n.nspname, c.relname, {_HOLDER}
FROM pg_locks l
JOIN pg_class c ON c.oid = l.relation
JOIN pg_namespace n ON n.oid = c.relnamespace
JOIN pg_stat_activity b ON b.pid = l.pid
WHERE l.granted AND l.locktype = 'relation' AND l.pid <> %s
  AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())
  AND (n.nspname, c.relname) IN (SELECT * FROM unnest(%s::text[], %s::text[]))
ORDER BY array_position(%s::text[], l.mode::text), b.pid
LIMIT 1
"""


def check_duration(value: str, option: str = "--lock-timeout") -> str:
    """The value as PostgreSQL takes it (`10s`, `500ms`, `1min`), or a UsageError."""
    if not _DURATION.fullmatch(value):
        raise UsageError(f"{option} {value!r}: expected a duration such as 10s, 500ms or "
                         "1min (a bare number means milliseconds)")
    return value.strip()


@dataclass(frozen=True)
class Holder:
    """A session holding a lock, as pg_stat_activity shows it."""

    pid: int
    application: str | None
    user: str | None
    state: str | None
    seconds: float | None
    query: str | None

    def __str__(self) -> str:
        about = [f"application {self.application!r}" if self.application else "",
                 f"user {self.user}" if self.user else "", self._doing()]
        details = ", ".join(a for a in about if a)
        return f"pid {self.pid}" + (f" ({details})" if details else "")

    def _doing(self) -> str:
        if not self.state:
            return ""
        since = f" for {self.seconds:.0f} s" if self.seconds is not None else ""
        # Only the statement's first word: its text may hold values nobody should see.
        word = _FIRST_WORD.match(self.query or "")
        command = word.group(1).upper() if word else ""
        if not command:
            return self.state + since
        verb = "running" if self.state == "active" else "last statement"
        return f"{self.state}{since}, {verb} {command}"


def _holder(row: Sequence[Any]) -> Holder | None:
    pid, application, user, state, seconds, query = row
    return None if pid is None else Holder(int(pid), application, user, state, seconds, query)


class LockWatch:
    """Called each tick of the watch; speaks once per table a lane waits NOTICE_AFTER for."""

    def __init__(self, db: Database, lanes: list[Lane], say: Callable[[str], None]) -> None:
        self.db, self.say = db, say
        # Read once: a broken connection raises when asked for its pid.
        self.lanes: dict[int, Lane] = {}
        for lane in lanes:
            try:
                self.lanes[lane.work.conn.get_backend_pid()] = lane
            except psycopg2.Error:
                pass  # that lane has failed already: the run is stopping
        self.monitor: Connection | None = None
        self._next = time.monotonic() + NOTICE_AFTER  # nothing can have waited that long before
        self._said: set[str] = set()
        self._broken = False

    def tick(self) -> None:
        now = time.monotonic()
        if now < self._next or self._broken:
            return
        self._next = now + POLL
        pids = [pid for pid, lane in self.lanes.items() if not lane.done.is_set()]
        for pid, table, holder in self._waits(pids):
            current = self.lanes[pid].current
            what = table or (str(current.name) if current is not None else "")
            if what in self._said:
                continue
            self._said.add(what)
            on = f" on {what}" if what else ""
            held = f", held by {holder}" if holder else ""
            self.say(f"{self.db.side}: waiting for a lock{on} for over {NOTICE_AFTER:.0f} s"
                     f"{held}")

    def _waits(self, pids: list[int]) -> list[tuple[int, str, Holder | None]]:
        if not pids:
            return []
        try:
            if self.monitor is None:
                self.monitor = open_connection(self.db, read_only=True)
            with self.monitor.cursor() as cur:
                cur.execute(WAITS_SQL, (pids, NOTICE_AFTER))
                rows = cur.fetchall()
        except (KraknError, psycopg2.Error) as exc:
            # Only a nicety: the load goes on without it.
            log.debug("cannot look at lock waits: %s", exc)
            self._broken = True
            return []
        seen: dict[int, tuple[int, str, Holder | None]] = {}
        for row in rows:
            table = f"{row[1]}.{row[2]}" if row[2] is not None else ""
            seen.setdefault(int(row[0]), (int(row[0]), table, _holder(row[3:])))
        return list(seen.values())

    def close(self) -> None:
        if self.monitor is not None:
            close_quietly(self.monitor)


def timed_out(exc: BaseException) -> bool:
    """True when lock_timeout ended the statement behind this error."""
    seen: BaseException | None = exc
    while seen is not None:
        if getattr(seen, "pgcode", None) == LOCK_NOT_AVAILABLE:
            return True
        seen = seen.__cause__ or seen.__context__
    return False


def explain_timeout(exc: BaseException, db: Database, own: Connection,
                    tables: list[TableName]) -> BaseException:
    """A lock timeout's error, with the table and the session that holds its lock."""
    if not isinstance(exc, KraknError) or not timed_out(exc) or not tables:
        return exc
    found = find_holder(db, own.get_backend_pid(), tables)
    if found is None:
        return exc
    table, holder = found
    return type(exc)(f"{exc.args[0]}; {table} is locked by {holder}", side=exc.side)


def find_holder(db: Database, own_pid: int, tables: list[TableName]
                ) -> tuple[str, Holder] | None:
    """The session with the strongest lock on one of these tables, if any is left."""
    try:
        conn = open_connection(db, read_only=True)
    except KraknError as exc:
        log.debug("cannot look for the lock's holder: %s", exc)
        return None
    try:
        with conn.cursor() as cur:
            cur.execute(HOLDERS_SQL, (own_pid, [t.schema for t in tables],
                                      [t.name for t in tables], _MODES))
            row = cur.fetchone()
    except psycopg2.Error as exc:
        log.debug("cannot look for the lock's holder: %s", exc)
        return None
    finally:
        close_quietly(conn)
    holder = _holder(row[2:]) if row else None
    return None if row is None or holder is None else (f"{row[0]}.{row[1]}", holder)

"""sync-data against another session's lock: the notice, and --lock-timeout (krakn.sync.locks).

A second connection of the test holds a lock on one target table, as a
second `--truncate` run or a long transaction would.
"""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Iterator

import psycopg2
import pytest
from pause_helpers import start
from sync_helpers import content, same

from krakn.errors import UsageError
from krakn.sync.locks import NOTICE_AFTER, Holder, check_duration

SCHEMA = "CREATE TABLE free (id int PRIMARY KEY); CREATE TABLE held (id int PRIMARY KEY);"
HOLDER = "krakn-test-holder"


@pytest.fixture
def tables(pair):
    pair.source.load(SCHEMA + "INSERT INTO free VALUES (1), (2); INSERT INTO held VALUES (3);")
    pair.target.load(SCHEMA + "INSERT INTO held VALUES (-1);")
    return pair


def _hold(pair, sql: str) -> Iterator[psycopg2.extensions.connection]:
    conn = psycopg2.connect(pair.target.url, application_name=HOLDER)
    with conn.cursor() as cur:
        cur.execute(sql)  # psycopg2 opened a transaction: the lock stays until rollback
    try:
        yield conn
    finally:
        conn.rollback()
        conn.close()


@pytest.fixture
def reader(tables):
    """A session inside a transaction that read `held`: a TRUNCATE must wait for it."""
    yield from _hold(tables, "SELECT count(*) FROM held")


@pytest.fixture
def sharer(tables):
    """A session holding SHARE on `held`: a COPY into it must wait."""
    yield from _hold(tables, "LOCK TABLE held IN SHARE MODE")


def _collect(stream, lines: list[str], seen: threading.Event, marker: str) -> None:
    for line in stream:
        lines.append(line)
        if marker in line:
            seen.set()


def test_blocked_truncate_says_who_holds_the_lock(tables, reader):
    """After a few seconds of waiting, one warning names the table and the holder's pid."""
    proc = start(tables, "--truncate", "-y")
    lines: list[str] = []
    seen = threading.Event()
    collector = threading.Thread(target=_collect, args=(proc.stderr, lines, seen, "waiting"))
    collector.start()
    started = time.monotonic()
    try:
        assert seen.wait(NOTICE_AFTER + 10), f"no notice: {lines}"
        waited = time.monotonic() - started
    finally:
        reader.rollback()  # the holder goes: the load can go on
        proc.communicate(timeout=30)
        collector.join()
    assert waited >= NOTICE_AFTER
    pid = reader.get_backend_pid()
    assert re.fullmatch(
        rf"krakn: warning: --to: waiting for a lock on public\.held for over "
        rf"{NOTICE_AFTER:.0f} s, held by pid {pid} \(application '{HOLDER}', user postgres, "
        r"idle in transaction for \d+ s, last statement SELECT\)\n", lines[0]), lines
    assert len(lines) == 1, lines
    assert proc.returncode == 0
    assert same(tables, "held") and same(tables, "free")


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_lock_timeout_names_table_and_holder(tables, reader, sync, jobs):
    """--lock-timeout exceeded by TRUNCATE: one line naming table and holder, nothing written."""
    before = [content(tables.target, t) for t in ("free", "held")]
    result = sync("--truncate", "--lock-timeout", "200ms", "--jobs", jobs)
    assert result.exit_code == 2
    pid = reader.get_backend_pid()
    assert result.stderr.startswith(
        "krakn: error: --to: truncating (--truncate): canceling statement due to lock timeout; "
        f"public.held is locked by pid {pid} (application '{HOLDER}', user postgres, "
        "idle in transaction for "), result.stderr
    assert result.stderr.endswith(", last statement SELECT); nothing was written "
                                  "(rolled back)\n")
    assert [content(tables.target, t) for t in ("free", "held")] == before


def test_lock_timeout_during_copy_names_that_table(tables, sharer, sync):
    """A COPY that cannot get its lock in time names its table; the other table is not kept."""
    result = sync("--lock-timeout", "0.2s")
    assert result.exit_code == 2
    assert result.stderr.startswith(
        "krakn: error: --to: loading public.held: canceling statement due to lock timeout; "
        f"public.held is locked by pid {sharer.get_backend_pid()} (application '{HOLDER}'")
    assert result.stderr.count("\n") == 1
    assert tables.target.query("SELECT * FROM free") == []


def test_lock_timeout_not_reached_changes_nothing(tables, sync):
    """With no other session in the way, --lock-timeout loads as usual."""
    result = sync("--truncate", "--lock-timeout", "1min")
    assert result.exit_code == 0, result.stderr
    assert same(tables, "held") and same(tables, "free")


@pytest.mark.parametrize("value", ["10x", "-1s", "s", "", "1 0s", "10 sec"])
def test_bad_lock_timeout_is_refused_before_any_write(tables, sync, value):
    """A value PostgreSQL would not read as a duration: exit 2, one line, target untouched."""
    result = sync("--truncate", "--lock-timeout", value)
    assert result.exit_code == 2
    assert result.stderr == (f"krakn: error: --lock-timeout {value!r}: expected a duration "
                             "such as 10s, 500ms or 1min (a bare number means milliseconds)\n")
    assert tables.target.query("SELECT * FROM held") == [(-1,)]


def test_durations_in_postgresql_syntax_are_accepted():
    """Every unit of PostgreSQL's time settings, fractions and spaces included."""
    for value in ("10s", "500ms", "1min", "2h", "1d", "250us", "1.5s", " 3 s ", "250", "0"):
        assert check_duration(value) == value.strip()
    with pytest.raises(UsageError):
        check_duration("5 minutes")


def test_holder_shows_only_the_statements_first_word():
    """The holder's statement may hold secrets: only its command is shown."""
    holder = Holder(42, "app", "bob", "idle in transaction", 5.4,
                    "  alter role x password 'Sekr1t'")
    assert str(holder) == ("pid 42 (application 'app', user bob, idle in transaction for 5 s, "
                           "last statement ALTER)")
    assert str(Holder(7, None, None, "active", None, "<insufficient privilege>")) == \
        "pid 7 (active)"
    assert str(Holder(8, "", "ann", None, None, None)) == "pid 8 (user ann)"

"""2,000 tables: more locks than one transaction may hold on a default server.

Each table has a serial primary key (a table, an index and a sequence) and a
few rows; nine tables in ten reference another. The databases are built once
per module, in transactions of 250 tables each (one transaction for all
would overflow the lock table itself), and every test loads into a copy of
the prepared target.
"""

from __future__ import annotations

import re
import signal
import subprocess
import sys
import threading
import uuid
from collections.abc import Callable, Iterator
from typing import Any

import psycopg2
import pytest

TABLES = 2000
CHUNK = 250  # tables per transaction, built or checked: well inside the lock table
OLD = 100  # every OLD-th target table holds a row of its own (id 1000) before the load


def _build(url: str, sql: Callable[[int], str]) -> None:
    conn = psycopg2.connect(url)
    conn.autocommit = True
    try:
        with conn.cursor() as cur:
            for start in range(0, TABLES, CHUNK):
                cur.execute("BEGIN;" + "".join(sql(i) for i in range(start, start + CHUNK))
                            + "COMMIT;")
    finally:
        conn.close()


def _table(i: int) -> str:
    # Tables come in groups of ten: t{10k} and the nine that reference it.
    ref = "" if i % 10 == 0 else f", ref int DEFAULT 1 REFERENCES t{i - i % 10}"
    return f"CREATE TABLE t{i} (id serial PRIMARY KEY, n int{ref});"


def _source_sql(i: int) -> str:
    return _table(i) + (f"INSERT INTO t{i} (n) SELECT g * {i} "
                        f"FROM generate_series(1, {i % 4 + 1}) g;")


def _target_sql(i: int) -> str:
    return _table(i) + (f"INSERT INTO t{i} (id, n) VALUES (1000, -1);" if i % OLD == 0 else "")


@pytest.fixture(scope="module")
def many(make_module_db: Callable[[], Any]) -> tuple[Any, Any]:
    """A source with 2,000 tables of rows, and a target template with the same tables."""
    source, template = make_module_db(), make_module_db()
    builders = [threading.Thread(target=_build, args=(source.url, _source_sql)),
                threading.Thread(target=_build, args=(template.url, _target_sql))]
    for builder in builders:
        builder.start()
    for builder in builders:
        builder.join()
    assert rows(source)["t3"] == [(1, 3), (2, 6), (3, 9), (4, 12)]
    return source, template


@pytest.fixture
def clone(pg_server: Any, many: tuple[Any, Any]) -> Iterator[Callable[[], Any]]:
    """Copies of the target template (WAL_LOG: no checkpoint to wait for), dropped after."""
    made: list[Any] = []
    template = many[1]

    def make() -> Any:
        name = f"krakn_t_{uuid.uuid4().hex[:12]}"
        conn = pg_server.admin()
        try:
            with conn.cursor() as cur:
                fast = " STRATEGY WAL_LOG" if conn.server_version >= 150000 else ""
                cur.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template.name}"{fast}')
        finally:
            conn.close()
        made.append(type(template)(pg_server, name))
        return made[-1]

    yield make
    for db in made:
        pg_server.drop_later(db.name)


def rows(db: Any) -> dict[str, list[tuple[object, ...]]]:
    """Every table's rows by id, and its sequence's next value, a slice of tables per query."""
    found: dict[str, list[tuple[object, ...]]] = {f"t{i}": [] for i in range(TABLES)}
    for start in range(0, TABLES, CHUNK):
        sql = " UNION ALL ".join(f"SELECT 't{i}', id, n FROM t{i}"
                                 for i in range(start, start + CHUNK))
        for table, key, value in db.query(sql + " ORDER BY 1, 2"):
            found[str(table)].append((key, value))
    return found


def sequences(db: Any) -> dict[str, int]:
    """The value each table's sequence hands out next."""
    found: dict[str, int] = {}
    for start in range(0, TABLES, CHUNK):
        sql = " UNION ALL ".join(
            f"SELECT 't{i}', CASE WHEN is_called THEN last_value + 1 ELSE last_value END "
            f"FROM t{i}_id_seq" for i in range(start, start + CHUNK))
        found.update((str(t), int(v)) for t, v in db.query(sql))
    return found


def expected(source: dict[str, list[tuple[object, ...]]], name: str
             ) -> list[tuple[object, ...]]:
    """The source's rows appended to what the target template held."""
    return source[name] + ([(1000, -1)] if int(name[1:]) % OLD == 0 else [])


def test_load_too_big_for_the_lock_table_is_refused(many, krakn):
    """Without --commit-in-batches the load stops before any write, naming both numbers."""
    source, target = many
    settings = target.query(
        "SELECT current_setting('max_locks_per_transaction')::int, "
        "current_setting('max_connections')::int, "
        "current_setting('max_prepared_transactions')::int")[0]
    per, connections, prepared = (int(v) for v in settings)
    if 10_000 < per * (connections + prepared) // 2:
        pytest.skip("this server's lock table holds 2,000 tables' locks")
    before = rows(target)
    result = krakn("sync-data", "--from", source.url, "--to", target.url, "--truncate")
    assert result.exit_code == 2 and result.stdout == ""
    assert result.stderr.count("\n") == 1
    assert result.stderr.startswith(
        "krakn: error: --to: loading 2,000 tables in one transaction takes about 10,000 locks "
        "(6,000 loading --to, 4,000 reading --from on the same server), more than the ")
    assert (f"(max_locks_per_transaction {per} × (max_connections {connections} + "
            f"max_prepared_transactions {prepared}) = {per * (connections + prepared):,}"
            in result.stderr)
    assert result.stderr.endswith(
        "raise max_locks_per_transaction on --to (it needs a server restart), or pass "
        "--commit-in-batches to load them in several transactions (not all-or-nothing: see the "
        "README); nothing was written\n")
    assert rows(target) == before


def test_every_table_loads_in_batches(many, clone, krakn):
    """With --commit-in-batches all 2,000 tables load, every row, sequences moved past them."""
    source, target = many[0], clone()
    result = krakn("sync-data", "--from", source.url, "--to", target.url,
                   "--commit-in-batches")
    assert result.exit_code == 0, result.stderr
    batches = int(re.search(r"\((truncate first|append), (\d+) transactions\)",
                            result.stdout)[2])  # type: ignore[index]
    assert batches >= 2
    assert f"batch {batches} of {batches} committed" in result.stdout
    assert f"committed in {batches} batches" in result.stdout
    assert (f"  --commit-in-batches: {batches} transactions, each committed in turn: NOT all or "
            "nothing;") in result.stdout
    plan = dict(re.findall(r"^  \d+\. public\.(t\d+) .*, batch (\d+)$", result.stdout, re.M))
    assert len(plan) == TABLES
    assert all(plan[f"t{i - i % 10}"] <= plan[f"t{i}"] for i in range(TABLES))
    theirs, ours = rows(source), rows(target)
    assert all(ours[t] == expected(theirs, t) for t in ours)
    moved = sequences(target)
    assert all(moved[t] > max(k for k, _v in ours[t]) for t in ours)


def test_failed_batch_keeps_the_earlier_ones_and_truncate_redoes_it(many, clone, krakn):
    """A failure in the last batch leaves the others committed and says so; --truncate redoes it."""
    source, target = many[0], clone()
    target.query("INSERT INTO t999 VALUES (1, 0, NULL)")  # t999 loads last: names sort as text
    before = rows(target)
    result = krakn("sync-data", "--from", source.url, "--to", target.url,
                   "--commit-in-batches", "-q")
    assert result.exit_code == 2
    said = re.fullmatch(
        r'krakn: error: --to: loading public\.t999: duplicate key value violates unique '
        r'constraint "t999_pkey" \(DETAIL: Key \(id\)=\(1\) already exists\.\); this batch was '
        r"rolled back, but ([\d,]+) of 2,000 tables were committed by the batches before it "
        r"\(--commit-in-batches\): rerun with --truncate to load them all again\n",
        result.stderr)
    assert said, result.stderr
    theirs, ours = rows(source), rows(target)
    loaded = {t for t in ours if ours[t] == expected(theirs, t)}
    assert len(loaded) == int(said[1].replace(",", ""))
    assert all(ours[t] == before[t] for t in set(ours) - loaded)
    again = krakn("sync-data", "--from", source.url, "--to", target.url,
                  "--commit-in-batches", "--truncate", "--jobs", "2")
    assert again.exit_code == 0, again.stderr
    assert rows(target) == theirs
    # TRUNCATE empties each group of ten, linked by foreign keys, in one batch.
    plan = dict(re.findall(r"^  \d+\. public\.(t\d+) .*, batch (\d+)$", again.stdout, re.M))
    assert all(plan[f"t{i - i % 10}"] == plan[f"t{i}"] for i in range(TABLES))


def test_ctrl_c_after_a_batch_says_what_stays_committed(many, clone):
    """SIGINT once a batch has committed: exit 130, and the line says how many tables stay."""
    source, target = many[0], clone()
    target.query("CREATE FUNCTION slow() RETURNS trigger LANGUAGE plpgsql AS "
                 "$$BEGIN PERFORM pg_sleep(1); RETURN NEW; END$$; "
                 "CREATE TRIGGER slow BEFORE INSERT ON t999 FOR EACH ROW EXECUTE FUNCTION slow()")
    proc = subprocess.Popen(
        [sys.executable, "-c", "from krakn.cli import entry; entry()", "sync-data",
         "--from", source.url, "--to", target.url, "--commit-in-batches"],
        stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    assert proc.stdout is not None
    # t999 loads last and sleeps a second a row: the last batch is still running.
    first = next(line for line in proc.stdout if line.startswith("batch 1 of "))
    proc.send_signal(signal.SIGINT)
    _out, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, err
    said = re.fullmatch(r"krakn: error: interrupted; ([\d,]+) of 2,000 tables were committed "
                        r"by the batches before it \(--commit-in-batches\): rerun with "
                        r"--truncate to load them all again\n", err)
    assert said, err
    committed = int(said[1].replace(",", ""))
    assert f": {said[1]} tables" in first
    theirs, ours = rows(source), rows(target)
    assert len({t for t in ours if ours[t] == expected(theirs, t)}) == committed
    assert ours["t999"] == []

"""A table rebuilt for its partitioning keeps its rows, sequences and partitions' routing."""

from __future__ import annotations

from pathlib import Path

import pytest

CASES_DIR = Path(__file__).parent.parent / "cases"

# The rebuilt table of each case, its rows read back in id order, and the
# table (partition or not) each row must land in once migrated.
REBUILT = {
    "partitioning_added": ("orders", "id, placed, customer, note",
                           ["orders_2024", "orders_rest", "orders_2024"]),
    "partitioning_added_dependents": ("readings", "id, year, sensor, value",
                                      ["readings_2024_a", "readings_2024_rest", "readings_rest"]),
    "partitioning_added_reversed": ("orders", "id, placed, customer, note",
                                    ["orders", "orders", "orders"]),
    "partitioning_removed": ("accounts", "id, region, balance",
                             ["accounts", "accounts", "accounts"]),
    "partitioning_removed_reversed": ("accounts", "id, region, balance",
                                      ["accounts_eu", "accounts_us", "accounts_eu"]),
    "partition_key_changed": ("events", "id, happened, kind, payload",
                              ["events_click", "events_view", "events_other"]),
    "partition_key_changed_reversed": ("events", "id, happened, kind, payload",
                                       ["events_2024", "events_other", "events_2024"]),
}
# The next value each case's serial or identity must give once migrated.
NEXT_ID = {"partitioning_added": "orders", "partitioning_added_reversed": "orders",
           "partitioning_removed": "accounts", "partitioning_removed_reversed": "accounts"}


def _rows(db, table: str, columns: str) -> list[tuple[object, ...]]:
    return db.query(f"SELECT {columns} FROM {table} ORDER BY id")


def _migrate(krakn, src, tgt, *extra: str) -> str:
    result = krakn("migrate", "--from", src.url, "--to", tgt.url, "--force", *extra)
    assert result.exit_code == 0, result.stderr
    return str(result.stdout)


@pytest.mark.parametrize("name", sorted(REBUILT))
def test_rows_survive_the_rebuild_and_its_rollback(name: str, case_db, make_db, krakn) -> None:
    """Every row is there after migrate --force, in its new partition, and after --rollback."""
    case = CASES_DIR / name
    table, columns, homes = REBUILT[name]
    src, tgt = case_db(case, "source"), make_db()
    tgt.load((case / "target.sql").read_text())
    before = _rows(tgt, table, columns)
    assert len(before) == len(homes)
    rollback = _migrate(krakn, src, tgt, "--rollback")
    applied = tgt.psql(_migrate(krakn, src, tgt))
    assert applied.returncode == 0, applied.stderr
    assert _rows(tgt, table, columns) == before
    landed = tgt.query(f"SELECT tableoid::regclass::text FROM {table} ORDER BY id")
    assert [row[0] for row in landed] == homes
    if name in NEXT_ID:
        # The serial's sequence (or the identity's) goes on where it was.
        extra = "placed, customer" if table == "orders" else "region"
        values = "'2024-09-09', 2" if table == "orders" else "'us'"
        assert tgt.query(f"INSERT INTO {table} ({extra}) VALUES ({values}) RETURNING id") == [
            (len(before) + 1,)]
        tgt.query(f"DELETE FROM {table} WHERE id = %s", (len(before) + 1,))
    back = tgt.psql(rollback)
    assert back.returncode == 0, back.stderr
    assert _rows(tgt, table, columns) == before


def test_row_fitting_no_partition_fails_the_script(make_db, krakn) -> None:
    """A row no partition of the new table takes stops the script: nothing changes."""
    src, tgt = make_db(), make_db()
    src.load("CREATE TABLE t (a integer NOT NULL) PARTITION BY RANGE (a);\n"
             "CREATE TABLE t_low PARTITION OF t FOR VALUES FROM (0) TO (10);")
    tgt.load("CREATE TABLE t (a integer NOT NULL);\nINSERT INTO t VALUES (1), (50);")
    applied = tgt.psql(_migrate(krakn, src, tgt))
    assert applied.returncode != 0
    assert "no partition of relation" in applied.stderr
    assert tgt.query("SELECT a, tableoid::regclass::text FROM t ORDER BY a") == [
        (1, "t"), (50, "t")]

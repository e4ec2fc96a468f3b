"""A table's rows kept across its rebuild (a change of partitioning).

PostgreSQL cannot partition a plain table, make a partitioned one plain or
change a partition key in place: the table is dropped and created again
(krakn.compare.tables). Before the drop its rows go to a temporary table,
with the position of each identity's sequence, and a serial's sequence is
let go so that the DROP TABLE leaves it; once the new table (and its
partitions) exist, the rows go in, the identities go on where they were and
the sequence belongs to the new column. A row that fits no partition of the
new table makes the INSERT fail, and with it the whole script.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from krakn.catalog.snapshot import Snapshot, TableKey
from krakn.ops.base import Change, SQLOp, display, literal, qualify, quote
from krakn.ops.phases import Phase


@dataclass(frozen=True)
class TableRows:
    """One side's table, as far as moving its rows goes."""

    columns: tuple[str, ...]  # the columns a row is written with (none generated)
    always: tuple[str, ...]  # identity columns GENERATED ALWAYS
    identities: tuple[tuple[str, str, str], ...]  # (column, sequence schema, name)
    serials: tuple[tuple[str, str, str], ...]  # (column, sequence schema, name) it owns
    partitioning: str | None  # the partition key, None when not partitioned
    # Its enabled triggers (partitions have them too, as clones of the parent's).
    triggers: tuple[str, ...] = ()


def table_rows(snap: Snapshot, key: TableKey) -> TableRows:
    """The table's writable columns, identities and owned sequences."""
    cols = sorted(snap.table_columns(key).items(), key=lambda item: item[1].attnum)
    identities: list[tuple[str, str, str]] = []
    serials: list[tuple[str, str, str]] = []
    for seq in sorted(snap.sequences.values(), key=lambda s: (s.schema, s.name)):
        if seq.owned_by is not None and (seq.owned_by[0], seq.owned_by[1]) == key:
            (identities if seq.identity else serials).append(
                (seq.owned_by[2], seq.schema, seq.name))
    shape = snap.shapes.get(key)
    triggers = tuple(sorted(t.name for t in snap.routines.triggers.values()
                            if (t.schema, t.table) == key and t.enabled == "O"
                            and not t.internal and not t.on_view))
    return TableRows(tuple(name for name, col in cols if not col.generated),
                     tuple(name for name, col in cols if col.identity == "a"),
                     tuple(identities), tuple(serials),
                     shape.partition_key if shape else None, triggers)


def _scratch(kind: str, schema: str, table: str) -> str:
    # One name per table, short enough for any table name.
    digest = hashlib.sha1(f"{schema}.{table}".encode()).hexdigest()[:12]
    return qualify("pg_temp", f"krakn_{kind}_{digest}")


class _RowsOp(SQLOp):
    """``here``: the table the step reads or writes; ``there``: the other side's."""

    def __init__(self, schema: str, table: str, here: TableRows, there: TableRows) -> None:
        self.schema, self.table = schema, table
        self.here, self.there = here, there

    def _moved(self) -> list[str]:
        """Columns both sides write, in this side's order."""
        return [c for c in self.here.columns if c in self.there.columns]

    def _kept_identities(self) -> list[tuple[str, str, str]]:
        theirs = {col for col, _, _ in self.there.identities}
        return [ident for ident in self.here.identities if ident[0] in theirs]

    def sort_key(self) -> tuple[str, ...]:
        return (self.schema, self.table)


class StashRowsOp(_RowsOp):
    """Before the table is dropped: its rows and identities' positions set aside."""

    phase = Phase.STASH_ROWS

    def statements(self) -> list[str]:
        name = qualify(self.schema, self.table)
        cols = ", ".join(quote(c) for c in self._moved())
        out = [f"CREATE TEMPORARY TABLE {_scratch('rows', self.schema, self.table)} AS "
               f"SELECT {cols} FROM {name}"]
        kept = self._kept_identities()
        if kept:
            parts = [f"SELECT {literal(col)}::text AS col, last_value, is_called "
                     f"FROM {qualify(s, n)}" for col, s, n in kept]
            out.append(f"CREATE TEMPORARY TABLE {_scratch('seq', self.schema, self.table)} "
                       f"AS {' UNION ALL '.join(parts)}")
        # The sequence outlives the DROP TABLE; RestoreRowsOp gives it its new owner.
        out += [f"ALTER SEQUENCE {qualify(s, n)} OWNED BY NONE" for _, s, n in self.here.serials]
        return out

    def reverse(self) -> RestoreRowsOp:
        # The reverse of the old table's DROP TABLE makes its triggers with it.
        return RestoreRowsOp(self.schema, self.table, self.here, self.there, triggers=True)

    def describe(self) -> list[Change]:
        def words(key: str | None) -> str:
            return f"PARTITION BY {key}" if key else "not partitioned"

        old, new = words(self.here.partitioning), words(self.there.partitioning)
        return [Change("~", "partitioning", f"Changed '{display(self.schema, self.table)}' "
                       f"from {old} → {new} (rebuilt with its rows)", self.schema, None,
                       self.table, {"old": old, "new": new})]


class RestoreRowsOp(_RowsOp):
    """Once the new table and its partitions exist: the rows set aside go in."""

    phase = Phase.RESTORE_ROWS

    def __init__(self, schema: str, table: str, here: TableRows, there: TableRows,
                 triggers: bool = False) -> None:
        super().__init__(schema, table, here, there)
        # The table's triggers exist by now (a rollback's): rows that come
        # back must not fire them. A new table gets its triggers later.
        self.triggers = triggers

    def statements(self) -> list[str]:
        name = qualify(self.schema, self.table)
        moved = self._moved()
        cols = ", ".join(quote(c) for c in moved)
        rows = _scratch("rows", self.schema, self.table)
        overriding = " OVERRIDING SYSTEM VALUE" if set(moved) & set(self.here.always) else ""
        quiet = self.here.triggers if self.triggers else ()
        out = [f"ALTER TABLE {name} DISABLE TRIGGER {quote(t)}" for t in quiet]
        out += [f"INSERT INTO {name} ({cols}){overriding} SELECT {cols} FROM {rows}",
                f"DROP TABLE {rows}"]
        out += [f"ALTER TABLE {name} ENABLE TRIGGER {quote(t)}" for t in quiet]
        kept = self._kept_identities()
        if kept:
            seqs = _scratch("seq", self.schema, self.table)
            out += [f"SELECT setval({literal(qualify(s, n))}, last_value, is_called) "
                    f"FROM {seqs} WHERE col = {literal(col)}" for col, s, n in kept]
            out.append(f"DROP TABLE {seqs}")
        out += [f"ALTER SEQUENCE {qualify(s, n)} OWNED BY {name}.{quote(col)}"
                for col, s, n in self.here.serials]
        return out

    def reverse(self) -> StashRowsOp:
        return StashRowsOp(self.schema, self.table, self.here, self.there)

    def recreated_keys(self) -> list[tuple[str, str, str, str]]:
        """The table is made anew: its grants and owner come back (krakn.plan.grants)."""
        return [("table", self.schema, self.table, "")]

    def describe(self) -> list[Change]:
        return []  # worded by the StashRowsOp of the same rebuild

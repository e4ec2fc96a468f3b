"""The lock budget: the locks a load holds, counted from the catalogs before the first write.

A transaction keeps every lock it takes on a table, an index or a sequence
until it ends, and a server has one shared table for them all: room for
max_locks_per_transaction × (max_connections + max_prepared_transactions)
objects, PostgreSQL's documented capacity (it can sometimes give more from
spare shared memory, but does not promise it). A load of thousands of tables
in one transaction overflows it with "out of shared memory" after minutes of
work; here that is found before any.

krakn allows itself that capacity less max_locks_per_transaction for each
other session connected at the time: every session is entitled to that many
on average, and the server's other users must keep working.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass, field

from krakn.catalog import data
from krakn.catalog.data import Catalog
from krakn.catalog.filters import user_schemas
from krakn.db.database import Database
from krakn.db.session import Connection, execute, session_query
from krakn.sync.names import TableName

log = logging.getLogger(__name__)

_LOCK_TABLE = """
    SELECT current_setting('max_locks_per_transaction')::int,
           current_setting('max_connections')::int,
           current_setting('max_prepared_transactions')::int,
           (SELECT count(*) FROM pg_stat_activity
            WHERE backend_type = 'client backend' AND pid <> ALL(%s::int[]))
"""

# A table missing from the count (a partition or an extension's table that a
# foreign key references): itself and the index behind the key.
_UNKNOWN = 2


@dataclass(frozen=True)
class LockTable:
    """One server's shared lock table, and its other sessions at the time."""

    per_transaction: int  # max_locks_per_transaction
    connections: int  # max_connections
    prepared: int  # max_prepared_transactions
    others: int  # other client sessions

    @property
    def size(self) -> int:
        return self.per_transaction * (self.connections + self.prepared)

    @property
    def budget(self) -> int:
        """What krakn may take: the size less each other session's average share."""
        return max(self.per_transaction, self.size - self.per_transaction * self.others)

    def describe(self) -> str:
        spared = (f", less {self.per_transaction} for each of {self.others} other sessions"
                  if self.others else "")
        return (f"max_locks_per_transaction {self.per_transaction} × (max_connections "
                f"{self.connections} + max_prepared_transactions {self.prepared}) = "
                f"{self.size:,}{spared}")


def read_lock_table(db: Database, conn: Connection, own: Iterable[int]) -> LockTable:
    """The server's settings; own: krakn's backends there, not counted as others."""
    row = execute(db, conn, _LOCK_TABLE, (list(own),), doing="reading the lock settings")[0]
    return LockTable(*(int(v) for v in row))


def read_relation_locks(db: Database, conn: Connection) -> dict[TableName, int]:
    """Every table's locks to load or read it whole (krakn.catalog.data counts them)."""
    query = session_query(db, conn, "counting the locks the load needs")
    return data.read_relation_locks(query, user_schemas(query))


@dataclass
class LockModel:
    """What each table costs where, and the lock tables that pay for it."""

    target: dict[TableName, int]  # locks to load each table on --to
    source: dict[TableName, int]  # locks to read it on --from
    sequences: dict[TableName, set[TableName]]  # the --to sequences each table uses
    references: dict[TableName, set[TableName]]  # the tables its --to foreign keys check
    to_table: LockTable
    from_table: LockTable
    same_server: bool  # --from and --to share one lock table


@dataclass
class Tally:
    """The locks of one transaction (or of a batch's transactions), table by table."""

    model: LockModel
    members: set[TableName] = field(default_factory=set)
    checked: set[TableName] = field(default_factory=set)  # referenced, loaded elsewhere
    sequences: set[TableName] = field(default_factory=set)
    target: int = 0
    source: int = 0

    def plus(self, tables: Iterable[TableName]) -> tuple[int, int]:
        """(--to, --from) locks once these tables are added too."""
        m, names = self.model, set(tables)
        return (self.target + sum(m.target.get(t, _UNKNOWN) for t in names | self._checked(names))
                + len(self._sequences(names)),
                self.source + sum(m.source.get(t, _UNKNOWN) for t in names))

    def add(self, tables: Iterable[TableName]) -> None:
        names = set(tables)
        self.target, self.source = self.plus(names)
        self.checked |= self._checked(names)
        self.sequences |= self._sequences(names)
        self.members |= names

    def _checked(self, names: set[TableName]) -> set[TableName]:
        # A foreign key's check locks the table it references, and its indexes.
        return {r for t in names for r in self.model.references.get(t, ())
                if r not in names and r not in self.members and r not in self.checked}

    def _sequences(self, names: set[TableName]) -> set[TableName]:
        return {s for t in names for s in self.model.sequences.get(t, ())} - self.sequences

    def overflow(self, counts: tuple[int, int] | None = None, share: int = 1
                 ) -> Overflow | None:
        """The first server whose budget (divided by share) the counts exceed.

        counts: (--to, --from) locks, by default the tally's own.
        """
        target, source = (self.target, self.source) if counts is None else counts
        m = self.model
        if m.same_server:
            if target + source <= m.to_table.budget // share:
                return None
            return Overflow("--to", target + source, f" ({target:,} loading --to, {source:,} "
                            "reading --from on the same server)", m.to_table)
        if target > m.to_table.budget // share:
            return Overflow("--to", target, "", m.to_table)
        if source > m.from_table.budget // share:
            return Overflow("--from", source, "", m.from_table)
        return None


@dataclass(frozen=True)
class Overflow:
    """A lock table too small: whose, how many locks were wanted, and how they add up."""

    side: str
    locks: int
    detail: str
    table: LockTable

    def __str__(self) -> str:
        return (f"about {self.locks:,} locks{self.detail}, more than the "
                f"{self.table.budget:,} the server's lock table can spare "
                f"({self.table.describe()})")


def read_lock_model(catalog: Catalog, source: tuple[Database, Connection],
                    target: tuple[Database, Connection], *, same_server: bool) -> LockModel:
    """Both sides' counts and lock tables, with --to's sequence uses and foreign keys."""
    pids = [conn.get_backend_pid() for _db, conn in (source, target)]
    counts, tables = [], []
    for (db, conn), own in ((target, pids if same_server else pids[1:]),
                            (source, pids if same_server else pids[:1])):
        counts.append(read_relation_locks(db, conn))
        tables.append(read_lock_table(db, conn, own))
    sequences: dict[TableName, set[TableName]] = {}
    for use in catalog.sequences:
        sequences.setdefault(use.table, set()).add(use.sequence)
    references: dict[TableName, set[TableName]] = {}
    for key in catalog.foreign_keys:
        if key.referenced is not None and key.referenced != key.table_name:
            references.setdefault(key.table_name, set()).add(key.referenced)
    return LockModel(counts[0], counts[1], sequences, references, tables[0], tables[1],
                     same_server)

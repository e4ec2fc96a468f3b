"""One database's catalog as krakn compares it: a Snapshot, read in bulk.

Each kind of object is read by its own module (tables, types, routines,
views, security, depends), one query per kind over all selected schemas.
"""

from __future__ import annotations

import logging
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from krakn.catalog.aggregates import Aggregate, AggregateKey, read_aggregates
from krakn.catalog.comments import PartComment, PartKey, read_part_comments
from krakn.catalog.depends import DependsSnapshot, read_depends
from krakn.catalog.extras import ExtrasSnapshot, read_extras
from krakn.catalog.filters import comment_of, not_extension, user_schema
from krakn.catalog.routines import RoutinesSnapshot, read_routines
from krakn.catalog.rules import Rule, RuleKey, read_rules
from krakn.catalog.security import SecuritySnapshot, read_security
from krakn.catalog.statistics import Statistics, StatisticsKey, read_statistics
from krakn.catalog.storage import ColumnStorage, TableStorage, read_storage
from krakn.catalog.tables import (
    TABLE_PARTS,
    Column,
    ColumnKey,
    Constraint,
    Index,
    Sequence,
    TableKey,
    TableShape,
    read_tables,
)
from krakn.catalog.types import TypesSnapshot, read_types
from krakn.catalog.views import ViewsSnapshot, read_views
from krakn.db.query import Query, as_query

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection

log = logging.getLogger(__name__)

# The parts read_tables() reads on a helper connection: the largest reads.
DETAILS = frozenset({"columns", "constraints", "indexes"})

SCHEMAS_SQL = f"""
SELECT n.nspname, {comment_of('n.oid', 'pg_namespace')}
FROM pg_namespace n
WHERE {user_schema('n.nspname')}
  AND {not_extension('n.oid', 'pg_namespace')}
ORDER BY 1
"""


@dataclass
class Snapshot:
    """What krakn knows of one database's selected schemas."""

    schemas: dict[str, str | None] = field(default_factory=dict)
    tables: dict[TableKey, str | None] = field(default_factory=dict)
    columns: dict[ColumnKey, Column] = field(default_factory=dict)
    constraints: dict[tuple[str, str, str], Constraint] = field(default_factory=dict)
    indexes: dict[tuple[str, str], Index] = field(default_factory=dict)
    sequences: dict[tuple[str, str], Sequence] = field(default_factory=dict)
    # Extensions and user-defined types (enums, domains, composites, ranges).
    types: TypesSnapshot = field(default_factory=TypesSnapshot)
    # Functions, procedures and triggers.
    routines: RoutinesSnapshot = field(default_factory=RoutinesSnapshot)
    shapes: dict[TableKey, TableShape] = field(default_factory=dict)
    views: ViewsSnapshot = field(default_factory=ViewsSnapshot)
    security: SecuritySnapshot = field(default_factory=SecuritySnapshot)
    # Who uses each routine, type and column (pg_depend).
    depends: DependsSnapshot = field(default_factory=DependsSnapshot)
    # Persistence, storage parameters, access method, replica identity, and
    # column storage and compression: only where not the default.
    table_storage: dict[TableKey, TableStorage] = field(default_factory=dict)
    column_storage: dict[ColumnKey, ColumnStorage] = field(default_factory=dict)
    # Comments on domain constraints and composite attributes.
    part_comments: dict[PartKey, PartComment] = field(default_factory=dict)
    # Collations, text search, foreign data, event triggers, publications.
    extras: ExtrasSnapshot = field(default_factory=ExtrasSnapshot)
    # Aggregates, rules (but a view's own) and extended statistics.
    aggregates: dict[AggregateKey, Aggregate] = field(default_factory=dict)
    rules: dict[RuleKey, Rule] = field(default_factory=dict)
    statistics: dict[StatisticsKey, Statistics] = field(default_factory=dict)
    _groups: Any = field(default=None, repr=False, compare=False)

    def table_columns(self, key: TableKey) -> dict[str, Column]:
        return self._grouped()[0].get(key, {})

    def table_constraints(self, key: TableKey) -> dict[str, Constraint]:
        return self._grouped()[1].get(key, {})

    def table_indexes(self, key: TableKey) -> dict[str, Index]:
        return self._grouped()[2].get(key, {})

    def identity_sequence(self, key: ColumnKey) -> Sequence | None:
        return self._grouped()[3].get(key)

    def _grouped(self) -> tuple[dict[TableKey, dict[str, Column]],
                                dict[TableKey, dict[str, Constraint]],
                                dict[TableKey, dict[str, Index]],
                                dict[ColumnKey, Sequence]]:
        # Built once: comparators ask per table, and schemas have thousands.
        if self._groups is None:
            cols: dict[TableKey, dict[str, Column]] = {}
            for (s, t, c), info in self.columns.items():
                cols.setdefault((s, t), {})[c] = info
            cons: dict[TableKey, dict[str, Constraint]] = {}
            for con in self.constraints.values():
                cons.setdefault((con.schema, con.table), {})[con.name] = con
            idxs: dict[TableKey, dict[str, Index]] = {}
            for idx in self.indexes.values():
                idxs.setdefault((idx.schema, idx.table), {})[idx.name] = idx
            idents = {seq.owned_by: seq for seq in self.sequences.values()
                      if seq.identity and seq.owned_by}
            self._groups = (cols, cons, idxs, idents)
        return self._groups


def list_schemas(conn: Query | Connection) -> dict[str, str | None]:
    """Every schema that belongs to the user, with its comment."""
    return {name: comment for name, comment in as_query(conn)(SCHEMAS_SQL, {})}


def read_snapshot(conn: Query | Connection, schemas: list[str],
                  listed: dict[str, str | None] | None = None,
                  helper: Query | None = None) -> Snapshot:
    """Read everything krakn compares in the given schemas, in bulk.

    ``conn``: a Query (krakn.db.query) or a SQLAlchemy connection.
    ``listed`` is list_schemas() of the same connection when the caller has it.
    ``helper``: a second Query in the same transaction snapshot
    (krakn.db.reading.sharing); the largest parts are read on it meanwhile.
    """
    query = as_query(conn)
    snap = Snapshot()
    every = listed if listed is not None else list_schemas(query)
    snap.schemas = {s: every[s] for s in schemas if s in every}
    chosen = sorted(snap.schemas)
    if helper is None:
        part = read_tables(query, chosen)
        _read_the_rest(query, chosen, snap)
    else:
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="krakn-catalog") as pool:
            aside = pool.submit(read_tables, helper, chosen, parts=DETAILS)
            part = read_tables(query, chosen, parts=TABLE_PARTS - DETAILS)
            _read_the_rest(query, chosen, snap)
            part.take(aside.result())
    snap.tables, snap.shapes, snap.columns = part.tables, part.shapes, part.columns
    snap.constraints, snap.indexes, snap.sequences = (part.constraints, part.indexes,
                                                      part.sequences)
    log.debug("snapshot: %d tables, %d columns, %d constraints, %d indexes, %d sequences",
              len(snap.tables), len(snap.columns), len(snap.constraints),
              len(snap.indexes), len(snap.sequences))
    return snap


def _read_the_rest(query: Query, chosen: list[str], snap: Snapshot) -> None:
    """Everything but the tables and what hangs on them (read_tables)."""
    snap.types = read_types(query, chosen)
    snap.routines = read_routines(query, chosen)
    snap.views = read_views(query, chosen)
    snap.security = read_security(query, chosen)
    snap.depends = read_depends(query, chosen)
    storage = read_storage(query, chosen)
    snap.table_storage, snap.column_storage = storage.tables, storage.columns
    snap.part_comments = read_part_comments(query, chosen)
    snap.extras = read_extras(query, chosen)
    snap.aggregates = read_aggregates(query, chosen)
    snap.rules = read_rules(query, chosen)
    snap.statistics = read_statistics(query, chosen)

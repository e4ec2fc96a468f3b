"""Row filters and subsets: which source rows a sync copies, as SQL run by the source.

Every table's filter is one WHERE over its own source row, inside the COPY
query (krakn.sync.copy), so rows still stream and every table reads the
same snapshot. A row is named by (table number, tableoid, ctid): stable
within one snapshot, and the same for every COPY of the load. Temporary
tables would hold the key sets once, but a read-only transaction may not
create one (PostgreSQL refuses CREATE TABLE there, temporary or not), so
each filter computes them in recursive CTEs of its own:

* ``down``: the subset's root rows (subset.where, and the root's own where),
  then every row referencing a row of ``down`` (children of root rows and
  of their descendants only);
* ``up``: ``down``, then every row a row of ``up`` references (parents, and
  their parents; a row loaded only as a parent brings no children);
* ``dropped``: rows referencing a row that a table's ``where`` filters out,
  then the rows referencing those: what would be orphans on the target.

UNION (not UNION ALL) ends the recursion at rows already found, so
self-references and cycles terminate. Virtual references (``references:``)
are edges like declared foreign keys. Each edge is one branch of a LATERAL
union, so the recursive CTE names itself once; a branch for another table
stops at its one-time filter on the table number.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Sequence
from dataclasses import dataclass

import psycopg2

from krakn.catalog.data import Catalog
from krakn.db.database import Database
from krakn.db.session import Connection
from krakn.errors import UsageError
from krakn.names import TableName
from krakn.options import RowFilter
from krakn.sync.plan import Plan

log = logging.getLogger(__name__)

FALSE = "false"


@dataclass(frozen=True)
class Edge:
    """child.columns reference parent.columns (a foreign key, declared or virtual)."""

    child: TableName
    columns: tuple[str, ...]
    parent: TableName
    parent_columns: tuple[str, ...]


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


class Builder:
    """The SQL of every table's filter, for one catalog, selection and RowFilter."""

    def __init__(self, source: Catalog, names: Sequence[TableName], rows: RowFilter) -> None:
        self.source, self.rows = source, rows
        self.number = {name: n for n, name in enumerate(names)}
        self.where = dict(rows.where)
        self.edges = edges(source, self.number, rows)
        self.down_edges = self.edges
        if rows.subset is not None:
            # Only the edges the closure can take: a step joins every one whole.
            self.down_tables, self.reach = self._reach(rows.subset.root)
            self.edges = [e for e in self.edges if e.child in self.reach]
            self.down_edges = [e for e in self.edges if e.parent in self.down_tables]

    def ref(self, name: TableName) -> str:
        only = "ONLY " if self.source.tables[name].kind == "r" else ""
        return f"{only}{name.sql}"

    def _cond(self, name: TableName, alias: str) -> str:
        where = self.where.get(name)
        return f" AND ({where})" if where else ""

    def _join(self, a: str, a_cols: Sequence[str], b: str, b_cols: Sequence[str]) -> str:
        return " AND ".join(f"{a}.{_q(x)} = {b}.{_q(y)}"
                            for x, y in zip(a_cols, b_cols, strict=True))

    def _side(self, name: TableName, columns: Sequence[str], where: bool) -> str:
        """name's rows (with a where, those it keeps): their identity and key columns."""
        keys = "".join(f", r.{_q(c)}" for c in columns)
        cond = f" WHERE ({self.where[name]})" if where and name in self.where else ""
        return f"(SELECT r.tableoid, r.ctid{keys} FROM {self.ref(name)} AS r{cond})"

    def _step(self, cte: str, pairs: list[tuple[int, str, int, str, str]]) -> str:
        """One recursive step: the rows linked to a row of cte, by every edge at once.

        Every edge is a join of two whole tables, hashed once per evaluation
        (its inner side does not change between steps); the working table
        probes it, so a step costs no scan per row whatever the indexes.
        """
        branches = [f"SELECT {ft} AS ft, f.tableoid AS fo, f.ctid AS fc, {tt} AS tt, "
                    f"g.tableoid AS tofo, g.ctid AS tofc FROM {frm} AS f JOIN {to} AS g ON {on}"
                    for ft, frm, tt, to, on in pairs]
        return (f"SELECT e.tt, e.tofo, e.tofc FROM {cte} AS w JOIN ("
                + " UNION ALL ".join(branches)
                + ") AS e ON e.ft = w.t AND e.fo = w.o AND e.fc = w.c")

    def _children(self, cte: str) -> str:
        """Rows referencing a row of cte (down applies the children's where)."""
        return self._step(cte, [
            (self.number[e.parent], self._side(e.parent, e.parent_columns, False),
             self.number[e.child], self._side(e.child, e.columns, cte == "down"),
             self._join("g", e.columns, "f", e.parent_columns))
            for e in (self.down_edges if cte == "down" else self.edges)])

    def _parents(self) -> str:
        """Rows a row of up references, the parents' where applied."""
        return self._step("up", [
            (self.number[e.child], self._side(e.child, e.columns, False),
             self.number[e.parent], self._side(e.parent, e.parent_columns, True),
             self._join("g", e.parent_columns, "f", e.columns))
            for e in self.edges])

    def _dropped(self) -> str:
        base = [
            f"SELECT {self.number[e.child]}, k.tableoid, k.ctid FROM {self.ref(e.child)} AS k "
            f"WHERE EXISTS (SELECT FROM {self.ref(e.parent)} AS p WHERE "
            f"{self._join('p', e.parent_columns, 'k', e.columns)} "
            f"AND ({self.where[e.parent]}) IS NOT TRUE)"
            for e in self.edges if e.parent in self.where]
        return "dropped(t, o, c) AS (" + " UNION ".join(base) + " UNION " + \
            self._children("dropped") + ")"

    def _has_dropped(self) -> bool:
        return bool(self.edges) and any(e.parent in self.where for e in self.edges)

    def filter(self, name: TableName) -> str | None:
        """The WHERE of name's COPY (None: every row)."""
        n = self.number[name]
        subset = self.rows.subset
        ctes = []
        if subset is not None:
            root = subset.root
            ctes.append(f"down(t, o, c) AS (SELECT {self.number[root]}, r.tableoid, r.ctid "
                        f"FROM {self.ref(root)} AS r WHERE ({subset.where})"
                        f"{self._cond(root, 'r')}"
                        + (" UNION " + self._children("down") if self.down_edges else "")
                        + ")")
            ctes.append("up(t, o, c) AS (SELECT t, o, c FROM down"
                        + (" UNION " + self._parents() if self.edges else "") + ")")
            keep = f"SELECT o, c FROM up WHERE t = {n}"
        elif not self._affected(name):
            return None
        else:
            where = self.where.get(name)
            keep = f"SELECT x.tableoid, x.ctid FROM {self.ref(name)} AS x" + (
                f" WHERE ({where})" if where else "")
            if not self._has_dropped() or not self._below_filter(name):
                return f"({where})" if where else None
        if self._has_dropped():
            ctes.append(self._dropped())
            keep += f" EXCEPT SELECT o, c FROM dropped WHERE t = {n}"
        return f"(tableoid, ctid) IN (WITH RECURSIVE {', '.join(ctes)} {keep})"

    def _affected(self, name: TableName) -> bool:
        return name in self.where or self._below_filter(name)

    def _below_filter(self, name: TableName) -> bool:
        """name references, directly or not, a table with a where."""
        seen, todo = {name}, [name]
        while todo:
            table = todo.pop()
            for e in self.edges:
                if e.child == table and e.parent not in seen:
                    if e.parent in self.where:
                        return True
                    seen.add(e.parent)
                    todo.append(e.parent)
        return any(e.child == name and e.parent in self.where for e in self.edges)

    def reached(self) -> set[TableName]:
        """The tables a subset's closure can reach from its root (all without a subset)."""
        return set(self.number) if self.rows.subset is None else set(self.reach)

    def _reach(self, root: TableName) -> tuple[set[TableName], set[TableName]]:
        """The tables below the root (children of children), and those plus their parents."""
        found = {root}
        down = [root]
        while down:
            table = down.pop()
            for e in self.edges:
                if e.parent == table and e.child not in found:
                    found.add(e.child)
                    down.append(e.child)
        below = set(found)
        up = list(found)
        while up:
            table = up.pop()
            for e in self.edges:
                if e.child == table and e.parent not in found:
                    found.add(e.parent)
                    up.append(e.parent)
        return below, found


def edges(source: Catalog, number: dict[TableName, int], rows: RowFilter) -> list[Edge]:
    """Declared foreign keys among the copied tables, then the virtual references."""
    found = []
    for key in source.foreign_keys:
        parent = key.referenced
        if key.table_name in number and parent in number:
            found.append(Edge(key.table_name, key.columns, parent, key.referenced_columns))
    for ref in rows.references:
        found.append(Edge(ref.table, ref.columns, ref.parent, ref.parent_columns))
    return found


def filters(source: Catalog, names: Sequence[TableName], rows: RowFilter
            ) -> dict[TableName, str]:
    """Each table's WHERE on the source row (tables without one are absent)."""
    check_names(source, names, rows)
    builder = Builder(source, names, rows)
    reached = builder.reached()
    found = {}
    for name in names:
        sql = builder.filter(name) if name in reached else FALSE
        if sql is not None:
            found[name] = sql
    return found


def notes(source: Catalog, names: Sequence[TableName], rows: RowFilter
          ) -> dict[TableName, str]:
    """What the plan and verify say of each table's filter (tables without one are absent)."""
    builder = Builder(source, names, rows)
    reached = builder.reached()
    found = {name: _note(builder, name, reached) for name in names}
    return {name: note for name, note in found.items() if note}


def check_names(source: Catalog, names: Sequence[TableName], rows: RowFilter) -> None:
    """Every table and column the RowFilter names exists (UsageError naming the key)."""
    copied = set(names)
    for table, _sql in rows.where:
        if table not in copied:
            raise UsageError(f"where: {table}: no such table among those copied")
    if rows.subset is not None and rows.subset.root not in copied:
        raise UsageError(f"subset.root: {rows.subset.root}: no such table among those copied")
    for ref in rows.references:
        for table, columns in ((ref.table, ref.columns), (ref.parent, ref.parent_columns)):
            if table not in copied:
                raise UsageError(f"references: {ref.key}: no table {table} among those copied")
            missing = [c for c in columns if c not in source.tables[table].columns]
            if missing:
                raise UsageError(f"references: {ref.key}: table {table} has no column "
                                 f"{missing[0]!r}")


def check_sql(db: Database, conn: Connection, source: Catalog, rows: RowFilter,
              found: dict[TableName, str]) -> dict[TableName, int]:
    """Run EXPLAIN of every piece on the source (in a savepoint each): the key of the
    first that fails, with PostgreSQL's message; returns each filter's estimated rows."""
    builder = Builder(source, list(source.tables), RowFilter())
    pieces: list[tuple[str, str]] = [
        (f"where: {table}", f"SELECT FROM {builder.ref(table)} WHERE ({sql})")
        for table, sql in rows.where]
    if rows.subset is not None:
        pieces.append(("subset.where", f"SELECT FROM {builder.ref(rows.subset.root)} "
                                       f"WHERE ({rows.subset.where})"))
    for ref in rows.references:
        on = builder._join("k", ref.columns, "p", ref.parent_columns)
        pieces.append((f"references: {ref.key}", f"SELECT FROM {builder.ref(ref.table)} AS k "
                                                  f"JOIN {builder.ref(ref.parent)} AS p ON {on}"))
    for key, sql in pieces:
        _explain(conn, key, sql)
    return {table: _explain(conn, f"the filter of {table}",
                            f"SELECT FROM {builder.ref(table)} WHERE {sql}")
            for table, sql in found.items()}


def _explain(conn: Connection, key: str, sql: str) -> int:
    with conn.cursor() as cur:
        cur.execute("SAVEPOINT krakn_filter")
        try:
            cur.execute("EXPLAIN (FORMAT JSON) " + sql)  # no binds: % stays as written
            plan = cur.fetchone()[0]  # type: ignore[index]
        except psycopg2.Error as exc:
            cur.execute("ROLLBACK TO SAVEPOINT krakn_filter")
            message = exc.diag.message_primary or str(exc).strip().splitlines()[0]
            raise UsageError(f"{key}: does not run on --from: {message}") from None
        cur.execute("RELEASE SAVEPOINT krakn_filter")
    if isinstance(plan, str):
        plan = json.loads(plan)
    return int(plan[0]["Plan"]["Plan Rows"])


def apply_filters(plan: Plan, source: Catalog, db: Database, conn: Connection) -> None:
    """Give each planned table its filter, the plan's note and estimate; a bad
    where, subset or reference is a UsageError naming its key (nothing written yet)."""
    rows = plan.selection.rows
    names = [t.name for t in plan.tables]
    found = filters(source, names, rows)
    estimates = check_sql(db, conn, source, rows, found)
    builder = Builder(source, names, rows)
    reached = builder.reached()
    for table in plan.tables:
        table.where = found.get(table.name)
        table.estimate = estimates.get(table.name, table.estimate)
        table.filter_note = _note(builder, table.name, reached)


def _note(builder: Builder, name: TableName, reached: set[TableName]) -> str | None:
    subset, where = builder.rows.subset, builder.where.get(name)
    own = f"where {where}" if where else ""
    if subset is not None:
        if name not in reached:
            return f"out of reach of the subset from {subset.root}: stays empty"
        if name == subset.root:
            return f"subset root: where {subset.where}" + (f" and {where}" if where else "")
        return f"subset of {subset.root}" + (f", {own}" if own else "")
    if builder._below_filter(name):
        return (own + ", " if own else "") + "rows whose parent is filtered out are left out"
    return own or None

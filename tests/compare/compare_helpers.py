"""Hand-built snapshots and what krakn's comparators make of them, with no database.

``ops_of`` runs Alembic's autogenerate with krakn's plugins on two snapshots
(krakn.compare.autogenerate, offline) and flattens the table groups;
``said`` gives the changes diff would print, from the whole plan (api.plan_migration).
"""

from __future__ import annotations

from typing import Any

from alembic.operations import MigrateOperation, ops

from krakn.api import plan_migration
from krakn.catalog.privileges import PrivilegesSnapshot
from krakn.catalog.side import Side
from krakn.catalog.snapshot import Column, Constraint, Index, Snapshot
from krakn.compare import autogenerate
from krakn.compare.session import Session
from krakn.options import CompareOptions
from krakn.render.describe import changes


def column(type_: str = "integer", attnum: int = 1, **kw: Any) -> Column:
    """A column as the catalog reads it: nullable, no default, unless told."""
    fields: dict[str, Any] = {"notnull": False, "default": None, "identity": "",
                              "generated": "", "collation": None, "comment": None}
    fields.update(kw)
    return Column(type=type_, attnum=attnum, **fields)


def snapshot(*schemas: str) -> Snapshot:
    """An empty snapshot of the given schemas (public when none)."""
    snap = Snapshot()
    snap.schemas = {name: None for name in schemas or ("public",)}
    return snap


def add_table(snap: Snapshot, name: str, columns: dict[str, Column] | None = None, *,
              schema: str = "public", comment: str | None = None) -> Snapshot:
    """The table with its columns (one integer column "id" when none are given)."""
    snap.tables[(schema, name)] = comment
    cols = columns if columns is not None else {"id": column()}
    for col_name, info in cols.items():
        snap.columns[(schema, name, col_name)] = info
    snap._groups = None
    return snap


def add_constraint(snap: Snapshot, table: str, name: str, kind: str, definition: str,
                   *, schema: str = "public", references: tuple[str, str] | None = None,
                   columns: tuple[str, ...] = ()) -> Constraint:
    con = Constraint(schema, table, name, kind, definition, references, None, columns)
    snap.constraints[(schema, table, name)] = con
    snap._groups = None
    return con


def add_index(snap: Snapshot, table: str, name: str, definition: str, *,
              schema: str = "public") -> Index:
    index = Index(schema, table, name, definition, None)
    snap.indexes[(schema, name)] = index
    snap._groups = None
    return index


def ops_of(src: Snapshot, tgt: Snapshot, **session: Any) -> list[MigrateOperation]:
    """The operations krakn's comparators produce, table groups flattened."""
    upgrade = autogenerate(Session(src, tgt, "public", **session))
    out: list[MigrateOperation] = []
    for op in upgrade.ops:
        out.extend(op.ops if isinstance(op, ops.ModifyTableOps) else [op])
    return out


def said(src: Snapshot, tgt: Snapshot, options: CompareOptions | None = None,
         src_privileges: PrivilegesSnapshot | None = None,
         tgt_privileges: PrivilegesSnapshot | None = None) -> list[str]:
    """What diff says, "sign message" per change, in the plan's order (planned offline)."""
    plan = plan_migration(Side(src, src_privileges), Side(tgt, tgt_privileges),
                          options or CompareOptions())
    return [f"{c.sign} {c.message}" for step in plan.steps for c in changes(step.op)]


def privileges(grants: dict[tuple[str, str, str, str], set[tuple[str, str, bool]]] | None = None,
               owners: dict[tuple[str, str, str, str], str] | None = None,
               user: str = "me") -> PrivilegesSnapshot:
    return PrivilegesSnapshot(
        grants={k: frozenset(v) for k, v in (grants or {}).items()},
        owners=dict(owners or {}), current_user=user, roles=frozenset({"me", "reader", "boss"}))

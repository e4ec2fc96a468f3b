"""From two databases to an ordered list of migration steps.

The phases follow migra's idea: make schemas, drop what is replaced, create
sequences and tables, alter columns, add constraints and indexes, then
foreign keys, then drop what is gone. Inside a phase, steps sort by name, so
the same inputs always give the same script.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Any

from alembic.autogenerate import produce_migrations
from alembic.migration import MigrationContext
from alembic.operations import MigrateOperation, ops
from sqlalchemy import MetaData
from sqlalchemy.engine import Connection

from krakn import compare
from krakn.compare.session import OPTION, Session
from krakn.dependencies import (
    rebuild_dependent_fks,
    rebuild_dependent_policies,
    rebuild_dependent_views,
    rebuild_users,
)
from krakn.ops import (
    columns,
    constraints,
    domains,
    extensions,
    indexes,
    partitions,
    privileges,
    rebuilds,
    routines,
    schemas,
    security,
    sequences,
    types,
    views,
)
from krakn.ops.base import SQLOp
from krakn.types import is_widening

log = logging.getLogger(__name__)

@dataclass
class Step:
    """One operation in its place, and whether it needs --force."""

    op: MigrateOperation
    phase: int
    key: tuple[Any, ...]
    destructive: bool = False
    reason: str = ""
    # Runs before BEGIN: ALTER TYPE ... ADD VALUE, whose value the same
    # transaction could not use.
    outside_transaction: bool = False


@dataclass
class Plan:
    steps: list[Step] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not self.steps


def autogenerate(conn: Connection, metadata: MetaData, session: Session) -> ops.UpgradeOps:
    """Run Alembic's autogenerate with krakn's comparators against the target."""
    compare.register()
    selected = set(session.source.schemas) | set(session.target.schemas)

    def include_name(name: str | None, type_: str, parent: dict[str, Any]) -> bool:
        if type_ == "schema":
            return session.schema(name) in selected
        return True

    context = MigrationContext.configure(
        connection=conn,
        opts={
            "include_schemas": True,
            "include_name": include_name,
            "compare_type": True,
            "compare_server_default": True,
            "autogenerate_plugins": compare.PLUGINS,
            OPTION: session,
        },
    )
    script = produce_migrations(context, metadata)
    assert script.upgrade_ops is not None
    return script.upgrade_ops


def build_plan(upgrade: ops.UpgradeOps, session: Session) -> Plan:
    steps: list[Step] = []
    for op in upgrade.ops:
        for child in _flatten(op, session):
            steps.append(_place(child, session))
    _tie_to_drops(steps)
    steps.extend(rebuild_users(steps, session, _place))
    steps.extend(rebuild_dependent_fks(steps, session, _place))
    steps.extend(rebuild_dependent_views(steps, session, _place))
    steps.extend(rebuild_dependent_policies(steps, session, _place))
    _hold_keys_of_kept_fks(steps)
    steps.sort(key=lambda s: (s.phase, s.key))
    return Plan(steps)


def _flatten(op: MigrateOperation, session: Session) -> list[MigrateOperation]:
    if isinstance(op, ops.ModifyTableOps):
        out: list[MigrateOperation] = []
        for child in op.ops:
            out.extend(_flatten(child, session))
        return out
    if isinstance(op, ops.AlterColumnOp):
        return list(_split_alter(op, session))
    if hasattr(op, "schema") and getattr(op, "schema", None) is None and not isinstance(
            op, SQLOp):
        op.schema = session.default_schema
    return [op]


def _split_alter(op: ops.AlterColumnOp, session: Session) -> list[ops.AlterColumnOp]:
    """One AlterColumnOp per aspect, so each can be ordered on its own."""
    schema = session.schema(op.schema)
    base: dict[str, Any] = {"schema": schema, "existing_type": op.existing_type,
            "existing_nullable": op.existing_nullable,
            "existing_server_default": op.existing_server_default,
            "existing_comment": op.existing_comment}
    parts: list[ops.AlterColumnOp] = []
    if op.modify_server_default is not False and op.existing_server_default is not None:
        drop = ops.AlterColumnOp(op.table_name, op.column_name,
                                 modify_server_default=None, **base)
        # When a new default follows, diff words the pair as one change.
        drop.krakn_silent = op.modify_server_default is not None  # type: ignore[attr-defined]
        parts.append(drop)
    if op.modify_type is not None:
        parts.append(ops.AlterColumnOp(op.table_name, op.column_name,
                                       modify_type=op.modify_type, **base,
                                       postgresql_using=op.kw.get("postgresql_using")))
    if op.modify_server_default not in (False, None):
        parts.append(ops.AlterColumnOp(op.table_name, op.column_name,
                                       modify_server_default=op.modify_server_default, **base))
    if op.modify_nullable is not None:
        parts.append(ops.AlterColumnOp(op.table_name, op.column_name,
                                       modify_nullable=op.modify_nullable, **base))
    if op.modify_comment is not False:
        parts.append(ops.AlterColumnOp(op.table_name, op.column_name,
                                       modify_comment=op.modify_comment, **base))
    return parts


def _alter_phase(op: ops.AlterColumnOp) -> int:
    if op.modify_server_default is None:
        return 50  # drop the old default before the type changes under it
    if op.modify_type is not None:
        return 51
    if op.modify_server_default is not False:
        return 52
    if op.modify_nullable is not None:
        return 53
    return 90  # comment


_PHASES: dict[type, int] = {
    schemas.CreateSchemaOp: 0,
    extensions.CreateExtensionOp: 1,
    extensions.SetExtensionSchemaOp: 2,
    sequences.CreateSequenceOp: 20,
    sequences.AlterSequenceOp: 21,
    types.AddEnumValuesOp: 23,
    types.RebuildEnumOp: 24,
    types.CreateTypeOp: 25,
    types.ReplaceTypeOp: 26,
    domains.AlterDomainOp: 27,
    domains.AlterAttributeOp: 27,
    domains.LateDomainCheckOp: 31,  # after functions (29) and tables (30)
    types.UnmigratedTypeOp: 28,
    # Before tables (bodies are not checked: check_function_bodies = off), after
    # the types their signatures use; BEGIN ATOMIC bodies and tables' row types
    # need tables and columns, so those come after them and go before them.
    # Triggers go first and come back last.
    routines.DropTriggerOp: 8,
    routines.CreateRoutineOp: 29,
    routines.ReplaceRoutineOp: 29,
    routines.CreateLateRoutineOp: 55,
    routines.ReplaceLateRoutineOp: 55,
    routines.DropEarlyRoutineOp: 105,
    routines.CreateTriggerOp: 75,
    routines.SetTriggerStateOp: 75,
    routines.SetRoutineCommentOp: 90,
    routines.SetTriggerCommentOp: 90,
    routines.DropRoutineOp: 118,
    # What uses a routine dropped and created again, or a rebuilt enum:
    # down before the change, back after it (krakn.dependencies.rebuild_users).
    rebuilds.DropUserDefaultOp: 7,
    rebuilds.DropUserCheckOp: 7,
    rebuilds.DropUserExpressionOp: 7,
    rebuilds.RecreateGeneratedColumnOp: 56,
    rebuilds.RestoreCheckOp: 31,
    rebuilds.DropUserRoutineOp: 14,
    rebuilds.RecreateRoutineOp: 29,
    rebuilds.RecreateLateRoutineOp: 55,
    rebuilds.RestoreDefaultOp: 52,
    rebuilds.RecreateIndexOp: 61,
    rebuilds.RecreateTriggerOp: 75,
    views.DropViewOp: 5,
    security.DropPolicyOp: 6,
    ops.CreateTableOp: 30,
    partitions.CreatePartitionOp: 30,
    partitions.ReattachPartitionOp: 55,
    partitions.SetInheritanceOp: 55,
    ops.AddColumnOp: 40,
    columns.DropExpressionOp: 49,
    columns.ReplaceGeneratedColumnOp: 56,
    columns.AlterIdentityOp: 54,
    indexes.CreateIndexOp: 61,
    views.CreateViewOp: 76,
    security.CreatePolicyOp: 77,
    security.SetRowSecurityOp: 78,
    sequences.SetSequenceOwnerOp: 80,
    views.SetViewCommentOp: 90,
    ops.CreateTableCommentOp: 90,
    ops.DropTableCommentOp: 90,
    schemas.SetSchemaCommentOp: 90,
    types.SetTypeCommentOp: 90,
    # After everything is created and altered; owners last, so grants are
    # made by the owner the target has then.
    privileges.GrantOp: 95,
    privileges.RevokeOp: 95,
    privileges.SetOwnerOp: 96,
    ops.DropColumnOp: 100,
    ops.DropTableOp: 110,
    # After routines (118), whose signatures may use the types; a domain whose
    # checks call a routine goes before it (DropLateCheckedDomainOp).
    types.DropTypeOp: 119,
    types.DropLateCheckedDomainOp: 117,
    sequences.DropSequenceOp: 120,
    extensions.DropExtensionOp: 125,
    schemas.DropSchemaOp: 130,
}


def _place(op: MigrateOperation, session: Session) -> Step:
    if isinstance(op, ops.AlterColumnOp):
        step = Step(op, _alter_phase(op), (op.schema, op.table_name, op.column_name))
        old_type = op.existing_type.get_col_spec() if op.existing_type is not None else ""
        if op.modify_type is not None and not is_widening(old_type,
                                                          op.modify_type.get_col_spec()):
            step.destructive = True
            step.reason = "narrows or reinterprets values"
        return step
    if isinstance(op, columns.AlterIdentityOp) and op.new is None:
        # Its sequence goes with it, before a serial sequence of the same
        # name is created and before the column gets a default.
        return Step(op, 19, op.sort_key())
    if isinstance(op, constraints.DropConstraintOp):
        return Step(op, 10 if op.con.kind == "f" else 11, op.sort_key())
    if isinstance(op, constraints.AddConstraintOp):
        return Step(op, 70 if op.con.kind == "f" else 60, op.sort_key())
    if isinstance(op, indexes.DropIndexOp):
        return Step(op, 12, op.sort_key())
    # h13-props: an op not listed names its own phase (krakn.ops.storage).
    phase: int = _PHASES[type(op)] if type(op) in _PHASES else op.PHASE  # type: ignore[attr-defined]
    key = op.sort_key() if isinstance(op, SQLOp) else _alembic_key(op)
    if isinstance(op, ops.CreateTableOp):
        key = (f"{_depth(session, 'source', op):04d}", *key)  # parents first
    elif isinstance(op, ops.DropTableOp):
        key = (f"{9999 - _depth(session, 'target', op):04d}", *key)  # children first
    step = Step(op, phase, key, outside_transaction=getattr(op, "outside_transaction", False))
    if getattr(op, "destructive", False) or isinstance(op, (ops.DropTableOp, ops.DropColumnOp)):
        step.destructive = True
        step.reason = getattr(op, "reason", "drops data")
    return step


def _alembic_key(op: MigrateOperation) -> tuple[Any, ...]:
    table = getattr(op, "table_name", "")
    column = getattr(op, "column_name", "")
    return (getattr(op, "schema", "") or "", table, column)


def _tie_to_drops(steps: list[Step]) -> None:
    """Drops that only exist because a table or column goes wait with it for --force."""
    dropped_tables = {(s.op.schema, s.op.table_name) for s in steps
                      if isinstance(s.op, ops.DropTableOp)}
    dropped_columns = {(s.op.schema, s.op.table_name, s.op.column_name) for s in steps
                       if isinstance(s.op, ops.DropColumnOp)}
    for step in steps:
        op = step.op
        if isinstance(op, constraints.DropConstraintOp) and not op.replaced:
            target, cols = (op.con.schema, op.con.table), op.con.columns
        elif isinstance(op, indexes.DropIndexOp) and not op.replaced:
            target, cols = (op.idx.schema, op.idx.table), op.idx.columns
        else:
            continue
        if target in dropped_tables:
            step.destructive, step.reason = True, f"part of dropping table {target[1]}"
        elif cols and any((*target, c) in dropped_columns for c in cols):
            step.destructive, step.reason = True, "part of dropping a column"


def _hold_keys_of_kept_fks(steps: list[Step]) -> None:
    """A foreign key kept for want of --force pins the key it points at."""
    pinned = {s.op.con.references for s in steps if s.destructive
              and isinstance(s.op, constraints.DropConstraintOp) and s.op.con.kind == "f"}
    held = set()
    for step in steps:
        op = step.op
        if (isinstance(op, constraints.DropConstraintOp) and op.con.kind in ("p", "u")
                and (op.con.schema, op.con.table) in pinned):
            step.destructive, step.reason = True, "a foreign key kept without --force uses it"
            held.add((op.con.schema, op.con.table, op.con.name))
    for step in steps:
        op = step.op
        if isinstance(op, constraints.AddConstraintOp) and op.replaces is not None:
            rep = op.replaces
            if (rep.schema, rep.table, rep.name) in held:
                step.destructive, step.reason = True, "replaces a key that is held back"


def _depth(session: Session, side: str, op: ops.CreateTableOp | ops.DropTableOp) -> int:
    snap = session.source if side == "source" else session.target
    shape = snap.shapes.get((session.schema(op.schema), op.table_name))
    return shape.depth(snap.shapes) if shape else 0

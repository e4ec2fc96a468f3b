"""Each operation in its place: its phase, its sort key, and safety's verdict.

Alembic's own operations cannot declare a phase, so theirs are listed here;
an ALTER COLUMN is split into one operation per aspect, each in its phase.
"""

from __future__ import annotations

from typing import Any

from alembic.operations import MigrateOperation, ops

from krakn.compare.session import Session
from krakn.ops.base import SQLOp
from krakn.ops.partitions import DropParentColumnOp
from krakn.ops.phases import Phase
from krakn.ops.tables import DropDefaultFirstOp, DropTableOp
from krakn.plan import safety
from krakn.plan.model import Step

# Alembic's operations krakn plans, and their phases (an AlterColumnOp's
# depends on its aspect: alter_phase).
ALEMBIC_PHASES: dict[type, Phase] = {
    ops.CreateTableOp: Phase.CREATE_TABLES,
    ops.AddColumnOp: Phase.ADD_COLUMNS,
    ops.CreateTableCommentOp: Phase.COMMENTS,
    ops.DropTableCommentOp: Phase.COMMENTS,
    ops.DropColumnOp: Phase.DROP_COLUMNS,
    DropParentColumnOp: Phase.DROP_COLUMNS,
    ops.DropTableOp: Phase.DROP_TABLES,
}


def phase_of(op: MigrateOperation) -> Phase:
    if isinstance(op, (SQLOp, DropTableOp)):
        return op.phase
    if isinstance(op, ops.AlterColumnOp):
        return alter_phase(op)
    return ALEMBIC_PHASES[type(op)]


def alter_phase(op: ops.AlterColumnOp) -> Phase:
    if op.modify_server_default is None:
        return Phase.DROP_DEFAULTS
    if op.modify_type is not None:
        return Phase.ALTER_COLUMN_TYPES
    if op.modify_server_default is not False:
        return Phase.SET_DEFAULTS
    if op.modify_nullable is not None:
        return Phase.ALTER_NULLABILITY
    return Phase.COMMENTS


def flatten(op: MigrateOperation, session: Session) -> list[MigrateOperation]:
    """Alembic's per-table groups opened, ALTER COLUMN split, schemas filled in."""
    if isinstance(op, ops.ModifyTableOps):
        out: list[MigrateOperation] = []
        for child in op.ops:
            out.extend(flatten(child, session))
        return out
    if isinstance(op, ops.AlterColumnOp):
        return list(split_alter(op, session))
    if hasattr(op, "schema") and getattr(op, "schema", None) is None and not isinstance(
            op, SQLOp):
        op.schema = session.default_schema
    return [op]


def split_alter(op: ops.AlterColumnOp, session: Session) -> list[ops.AlterColumnOp]:
    """One AlterColumnOp per aspect, so each can be ordered on its own."""
    schema = session.schema(op.schema)
    base: dict[str, Any] = {"schema": schema, "existing_type": op.existing_type,
            "existing_nullable": op.existing_nullable,
            "existing_server_default": op.existing_server_default,
            "existing_comment": op.existing_comment}
    parts: list[ops.AlterColumnOp] = []
    if op.modify_server_default is not False and op.existing_server_default is not None:
        # When a new default follows, diff words the pair as one change.
        kind = ops.AlterColumnOp if op.modify_server_default is None else DropDefaultFirstOp
        parts.append(kind(op.table_name, op.column_name, modify_server_default=None, **base))
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


def place(op: MigrateOperation, session: Session | None) -> Step:
    """The step for one operation: phase, sort key, and whether it loses data."""
    if isinstance(op, SQLOp):
        key: tuple[Any, ...] = op.sort_key()
    elif isinstance(op, ops.AlterColumnOp):
        key = (op.schema, op.table_name, op.column_name)
        depth = _table_depth(session, op.schema, op.table_name)
        if depth:
            # A child's own default or NOT NULL after its parent's, which
            # reaches down to it: children sort after every parent.
            key = ("\uffff" * depth, *key)
    else:
        key = _alembic_key(op)
    if isinstance(op, ops.CreateTableOp):
        key = (f"{_depth(session, 'source', op):04d}", *key)  # parents first
    elif isinstance(op, ops.DropTableOp):
        key = (f"{9999 - _depth(session, 'target', op):04d}", *key)  # children first
    step = Step(op, phase_of(op), key,
                outside_transaction=isinstance(op, SQLOp) and op.outside_transaction)
    safety.judge(step)
    return step


def _alembic_key(op: MigrateOperation) -> tuple[Any, ...]:
    table = getattr(op, "table_name", "")
    column = getattr(op, "column_name", "")
    return (getattr(op, "schema", "") or "", table, column)


def _table_depth(session: Session | None, schema: str | None, table: str) -> int:
    if session is None:
        return 0
    key = (session.schema(schema), table)
    shape = session.source.shapes.get(key)
    return shape.depth(session.source.shapes) if shape else 0


def _depth(session: Session | None, side: str,
           op: ops.CreateTableOp | ops.DropTableOp) -> int:
    if session is None:
        return 0
    snap = session.source if side == "source" else session.target
    shape = snap.shapes.get((session.schema(op.schema), op.table_name))
    return shape.depth(snap.shapes) if shape else 0

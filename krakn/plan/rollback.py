"""The reverse of a plan: what turns the migrated database back into the target.

Both ``downgrade()`` in revision files and ``migrate --rollback`` use it.
The forward steps come in dependency order, so the reverse runs them
backwards, each one reversed: new foreign keys go before the tables they
join, dropped tables come back before their keys, views built last are
dropped first. A few reverses need more than ``op.reverse()``; they are
spelled out here (casts back, enum rebuilds, what a DROP TABLE took along,
serial sequences and their columns).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace

from alembic.operations import MigrateOperation, ops

from krakn.ops.base import Change, SQLOp, quote
from krakn.ops.default_privileges import DefaultGrantOp, DefaultRevokeOp
from krakn.ops.partitions import CreatePartitionOp
from krakn.ops.phases import Phase
from krakn.ops.privileges import PrivilegeOp
from krakn.ops.routines import DropRoutineOp, ReplaceRoutineOp
from krakn.ops.schemas import CreateSchemaOp
from krakn.ops.sequences import CreateSequenceOp, SetSequenceOwnerOp
from krakn.ops.tables import DropTableOp
from krakn.ops.types import AddEnumValuesOp, RebuildEnumOp
from krakn.plan.grants import grant_again
from krakn.plan.model import Plan, Step

log = logging.getLogger(__name__)


class RestoreOp(SQLOp):
    """What a DROP TABLE took along, made again after the table (krakn.ops.tables)."""

    phase = Phase.CREATE_TABLES

    def __init__(self, sql: tuple[str, ...]) -> None:
        self.sql = sql

    def statements(self) -> list[str]:
        return list(self.sql)

    def describe(self) -> list[Change]:
        return []  # part of bringing the table back

    def reverse(self) -> MigrateOperation:
        raise NotImplementedError("only ever made by reverse_plan")


@dataclass
class ReverseStep(Step):
    """A reversed step, with the forward step it undoes."""

    forward: Step | None = None


def reverse_plan(plan: Plan) -> Plan:
    """Each step reversed, last first.

    A reversed step keeps the forward step's ``destructive`` flag: without
    --force the forward step never ran, so neither may its reverse.
    ``forward`` tells what data a reversed step cannot bring back
    (krakn.plan.safety.loses_data of it).
    """
    steps = plan.steps
    rebuilt = _rebuilt_enum_columns(steps)
    waiting: dict[tuple[str, str, str], list[Step]] = {}
    out: list[Step] = []
    for index in range(len(steps) - 1, -1, -1):
        step = steps[index]
        if isinstance(step.op, PrivilegeOp) and step.op.restores:
            continue  # grant_again gives the old object its own instead
        back = _reverse_step(step, steps[:index], index)
        column = _default_dropped(step)
        if column in rebuilt:
            # Sets a default that may name a value the enum gets back only
            # from the rebuild's reverse: it waits for that.
            waiting.setdefault(column, []).append(back)
            continue
        if isinstance(step.op, AddEnumValuesOp):
            # Its reverse is a rebuild: the users the pass found go around it.
            out += [replace(back, op=op, forward=None) for op in step.op.back_down]
            out.append(back)
            out += [replace(back, op=op, forward=None) for op in step.op.back_up]
            continue
        out.append(back)
        if isinstance(step.op, RebuildEnumOp):
            for use in step.op.old.uses:
                out += waiting.pop((use.schema, use.table, use.column), [])
        restore = step.op.restore if isinstance(step.op, DropTableOp) else ()
        if restore:
            out.append(replace(back, op=RestoreOp(tuple(restore)), forward=None))
    for rest in waiting.values():
        out += rest
    _own_again(out)
    _children_after_parents(out)
    _defaults_first(out)
    for maker, grant in grant_again(plan, out):
        out.append(replace(maker, op=grant, phase=grant.phase, key=grant.sort_key()))
    return Plan(out)


def _is_child_alter(step: Step) -> bool:
    """An ALTER COLUMN on a partition or inheriting child (krakn.plan.place
    keys those after every parent's)."""
    forward = getattr(step, "forward", None)
    return (isinstance(step.op, ops.AlterColumnOp) and forward is not None
            and bool(forward.key) and str(forward.key[0]).startswith("\uffff"))


def _children_after_parents(steps: list[Step]) -> None:
    """A child's reversed ALTER COLUMN after its parent's on the same column:
    the parent's default or NOT NULL reaches down to the child, so the
    reversed order would let it overwrite what the child gets back."""
    groups: dict[str, list[Step]] = {}
    for step in steps:
        if _is_child_alter(step):
            assert isinstance(step.op, ops.AlterColumnOp)
            groups.setdefault(step.op.column_name, []).append(step)
    for column, group in groups.items():
        if _last_parent(steps, column) < steps.index(group[0]):
            continue
        for step in group:  # moved as a block: each child's own steps keep their order
            steps.remove(step)
        at = _last_parent(steps, column) + 1
        steps[at:at] = group


def _last_parent(steps: list[Step], column: str) -> int:
    """Where the last ALTER COLUMN of a parent (not a child) on that column is, or -1."""
    return max((i for i, s in enumerate(steps) if isinstance(s.op, ops.AlterColumnOp)
                and not _is_child_alter(s) and s.op.column_name == column), default=-1)


def _reverse_step(step: Step, before: list[Step], index: int) -> ReverseStep:
    op = _reverse_op(step, before)
    reason = "undoes a step that needs --force" if step.destructive else ""
    return ReverseStep(op, step.phase, (index,), step.destructive, reason,
                       isinstance(op, SQLOp) and op.outside_transaction, forward=step)


def _own_again(steps: list[Step]) -> None:
    """A serial sequence made again belongs to its column once that is back.

    Dropping a column or table drops the sequence it owns; the reverse
    makes the sequence first (the column's default calls it), then the
    column, and only then can the sequence be owned by it again.
    """
    for step in list(steps):
        if not isinstance(step.op, CreateSequenceOp) or step.op.seq.owned_by is None:
            continue
        seq, start = step.op.seq, steps.index(step)
        assert seq.owned_by is not None
        # After the step that makes the column again, or, when the column
        # stayed (a serial that became an identity), right away.
        after = next((i for i in range(start + 1, len(steps))
                      if _makes(steps[i].op, seq.owned_by)), start)
        owner = SetSequenceOwnerOp(seq.schema, seq.name, seq.owned_by, None)
        steps.insert(after + 1, replace(step, op=owner, key=(after,)))


def _defaults_first(steps: list[Step]) -> None:
    """Default privileges back to the target's before the rollback makes anything.

    Going forward they change after everything is made; reversed, they
    would change after the objects the forward plan dropped are made
    again, which would then start from the source's. They go right after
    the schemas the rollback makes again (their entries may name them).
    """
    moved = [s for s in steps if isinstance(s.op, (DefaultGrantOp, DefaultRevokeOp))]
    if not moved:
        return
    rest = [s for s in steps if not isinstance(s.op, (DefaultGrantOp, DefaultRevokeOp))]
    at = max((i + 1 for i, s in enumerate(rest) if isinstance(s.op, CreateSchemaOp)), default=0)
    steps[:] = rest[:at] + moved + rest[at:]


def _makes(op: MigrateOperation, column: tuple[str, str, str]) -> bool:
    if isinstance(op, ops.AddColumnOp):
        return (op.schema, op.table_name, op.column.name) == column
    if isinstance(op, ops.CreateTableOp):
        return (op.schema, op.table_name) == column[:2]
    return False


def _reverse_op(step: Step, before: list[Step]) -> MigrateOperation:
    op = step.op
    if isinstance(op, ops.AlterColumnOp):
        return _reverse_alter(op, before)
    if isinstance(op, ReplaceRoutineOp) and op.dropped_before:
        # The old routine went in a step of its own (with what uses it), and
        # that step's reverse makes it again: going back, only drop the new.
        return DropRoutineOp(op.routine)
    if isinstance(op, DropTableOp) and op.partition is not None:
        # A partition's columns are its parent's: made again PARTITION OF it.
        parent, bound, comment, key = op.partition
        return CreatePartitionOp(op.schema or "", op.table_name, parent, bound, comment, key=key)
    if isinstance(op, (AddEnumValuesOp, RebuildEnumOp)):
        # Going back, the columns to cast are the target's (by then back as
        # they were), and so are the defaults the rebuild puts back.
        return RebuildEnumOp(op.old, replace(op.new, uses=op.old.uses))
    return op.reverse()


def _rebuilt_enum_columns(steps: list[Step]) -> set[tuple[str, str, str]]:
    """Columns whose default an enum rebuild drops and its reverse puts back."""
    out: set[tuple[str, str, str]] = set()
    for step in steps:
        if isinstance(step.op, RebuildEnumOp):
            out |= {(u.schema, u.table, u.column) for u in step.op.old.uses
                    if u.default is not None}
    return out


def _reverse_alter(op: ops.AlterColumnOp, before: list[Step]) -> ops.AlterColumnOp:
    back = op.reverse()
    using = op.kw.get("postgresql_using")
    if using and op.existing_type is not None:
        # The forward cast names the new type; going back casts to the old one.
        via = "::text" if "::text::" in using else ""
        old_type = getattr(op.existing_type, "spec", None) or op.existing_type.get_col_spec()
        back.kw["postgresql_using"] = f"{quote(op.column_name)}{via}::{old_type}"
    elif "postgresql_using" in back.kw:
        del back.kw["postgresql_using"]
    if op.modify_server_default not in (False, None) and _dropped_default_first(op, before):
        # The plan drops the old default in a step of its own (so the type
        # can change under it); that step's reverse puts the old one back.
        back.modify_server_default = None
    return back


def _default_dropped(step: Step) -> tuple[str, str, str] | None:
    """The column of a step that only drops its default."""
    op = step.op
    if isinstance(op, ops.AlterColumnOp) and op.modify_server_default is None:
        return (op.schema or "", op.table_name, op.column_name)
    return None


def _dropped_default_first(op: ops.AlterColumnOp, before: list[Step]) -> bool:
    where = (op.schema, op.table_name, op.column_name)
    return any(isinstance(s.op, ops.AlterColumnOp) and s.op.modify_server_default is None
               and (s.op.schema, s.op.table_name, s.op.column_name) == where
               for s in before)

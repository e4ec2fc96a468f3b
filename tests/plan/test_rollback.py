"""The plan reversed (krakn.plan.rollback), on hand-built steps."""

from __future__ import annotations

from alembic.operations import ops
from sqlalchemy import Column, Integer, MetaData, Table

from krakn.ops.tables import DropTableOp
from krakn.plan.model import Plan
from krakn.plan.place import place
from krakn.plan.rollback import RestoreOp, ReverseStep, reverse_plan
from krakn.render.describe import not_restored


def _dropped_table() -> DropTableOp:
    table = Table("gone", MetaData(), Column("id", Integer, nullable=False), schema="public")
    drop = DropTableOp.from_table(table)
    assert isinstance(drop, DropTableOp)
    drop.restore = ('ALTER TABLE "public"."gone" ADD CONSTRAINT "gone_pkey" PRIMARY KEY (id)',)
    return drop


def test_a_dropped_table_comes_back_with_what_it_took() -> None:
    """The reverse creates the table, then restores its keys; both stay held like the drop."""
    back = reverse_plan(Plan([place(_dropped_table(), None)])).steps
    assert isinstance(back[0].op, ops.CreateTableOp) and isinstance(back[1].op, RestoreOp)
    assert back[1].op.statements()[0].endswith("PRIMARY KEY (id)")
    assert all(s.destructive for s in back)
    assert back[0].reason == "undoes a step that needs --force"


def test_what_a_reverse_cannot_restore_is_named() -> None:
    """A reversed drop names the data it cannot bring back; a reversed create names none."""
    drop = place(_dropped_table(), None)
    create = place(ops.CreateTableOp("new", [Column("id", Integer)], schema="public"), None)
    back = reverse_plan(Plan([create, drop])).steps
    assert isinstance(back[0], ReverseStep) and back[0].forward is drop
    assert not_restored(back[0]) == "Removed table 'gone'"
    assert not_restored(back[-1]) == ""

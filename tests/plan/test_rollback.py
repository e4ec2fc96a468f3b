"""The plan reversed (krakn.plan.rollback), on hand-built steps."""

from __future__ import annotations

from alembic.operations import ops
from sqlalchemy import Column, Integer, MetaData, Table

from krakn.catalog.tables import Index
from krakn.catalog.types import EnumType
from krakn.ops.indexes import CreateIndexOp, DropIndexOp
from krakn.ops.tables import DropTableOp
from krakn.ops.types import AddEnumValuesOp, RebuildEnumOp
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


def test_an_added_enum_value_goes_back_around_its_users() -> None:
    """Going back is a rebuild: the users the forward pass listed go before it and come back."""
    old = EnumType("public", "state", ("a", "b"), None)
    add = AddEnumValuesOp(EnumType("public", "state", ("a", "x", "b"), None), old)
    idx = Index("public", "t", "t_a", "CREATE INDEX t_a ON public.t USING btree (id) "
                "WHERE (s = 'a'::state)", None)
    add.back_down, add.back_up = [DropIndexOp(idx, replaced=True)], [CreateIndexOp(idx)]
    back = [s.op for s in reverse_plan(Plan([place(add, None)])).steps]
    assert [type(op) for op in back] == [DropIndexOp, RebuildEnumOp, CreateIndexOp]
    assert isinstance(back[1], RebuildEnumOp) and back[1].new.values == ("a", "b")

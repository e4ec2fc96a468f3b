"""What can lose data and what waits for --force: krakn.plan.safety, on hand-built steps."""

from __future__ import annotations

from dataclasses import replace

from alembic.operations import ops

from krakn.catalog.depends import DependsSnapshot
from krakn.catalog.routines import Routine
from krakn.catalog.snapshot import Constraint, Snapshot
from krakn.catalog.types import EnumType
from krakn.compare.session import Session
from krakn.ops.constraints import AddConstraintOp, DropConstraintOp
from krakn.ops.domains import AlterAttributeOp
from krakn.ops.routines import DropRoutineOp
from krakn.ops.types import RebuildEnumOp
from krakn.plan import safety
from krakn.plan.model import Context, Step
from krakn.plan.place import place
from krakn.types import CatalogType

FK = Constraint("public", "orders", "orders_user_fk", "f",
                "FOREIGN KEY (user_id) REFERENCES users(id)", ("public", "users"), None,
                ("user_id",))
PK = Constraint("public", "users", "users_pkey", "p", "PRIMARY KEY (id)", None, None, ("id",))
F = Routine("public", "f", "", "", "f",
            "CREATE OR REPLACE FUNCTION public.f() RETURNS integer LANGUAGE sql AS $$ SELECT 1 $$",
            "", "integer", False, None)
OPEN_DONE = EnumType("public", "state", ("open", "done"), None)


def _ctx(target: Snapshot | None = None, source: Snapshot | None = None) -> Context:
    return Context(Session(source or Snapshot(), target or Snapshot(), "public"))


def test_verdicts_name_what_loses_data() -> None:
    """Drops of data, narrowing casts, enum rebuilds and attribute drops lose data; their
    opposites do not."""
    narrow = ops.AlterColumnOp("t", "c", existing_type=CatalogType("bigint", None),
                               modify_type=CatalogType("integer", None))
    widen = ops.AlterColumnOp("t", "c", existing_type=CatalogType("integer", None),
                              modify_type=CatalogType("bigint", None))
    assert safety.verdict(ops.DropTableOp("t")) == "drops data"
    assert safety.verdict(ops.DropColumnOp("t", "c")) == "drops data"
    assert safety.verdict(narrow) == "narrows or reinterprets values"
    assert safety.verdict(widen) == ""
    fewer = replace(OPEN_DONE, values=("open",))
    assert safety.verdict(RebuildEnumOp(fewer, OPEN_DONE)) == "removes enum values"
    reordered = replace(OPEN_DONE, values=("done", "open"))
    assert safety.verdict(RebuildEnumOp(reordered, OPEN_DONE)) == (
        "rebuilds the type and its columns")
    assert safety.verdict(AlterAttributeOp("public", "p", "z", None, "integer")) == (
        "drops an attribute")
    assert safety.verdict(AlterAttributeOp("public", "p", "z", "integer", None)) == ""
    assert safety.verdict(DropRoutineOp(F)) == ""


def test_placing_judges_the_step() -> None:
    """A step that loses data is held and says why; one that does not runs."""
    dropped = place(ops.DropTableOp("t", schema="public"), None)
    assert (dropped.destructive, dropped.loses_data, dropped.reason) == (
        True, True, "drops data")
    kept = place(DropConstraintOp(FK), None)
    assert (kept.destructive, kept.loses_data, kept.reason) == (False, False, "")


def test_a_key_of_a_dropped_table_waits_with_it_and_loses_nothing() -> None:
    """A foreign key on a dropped table is held with the table, but its own drop loses no data."""
    steps = [place(ops.DropTableOp("orders", schema="public"), None),
             place(DropConstraintOp(FK), None)]
    safety.tie_to_drops(steps, _ctx())
    assert steps[1].destructive and steps[1].reason == "part of dropping table orders"
    assert not safety.loses_data(steps[1]) and safety.loses_data(steps[0])


def test_a_key_a_held_foreign_key_uses_is_held_and_so_is_its_replacement() -> None:
    """The key a held foreign key points at stays, and what was to replace it waits."""
    fk = place(DropConstraintOp(FK), None)
    safety.hold(fk, "part of dropping table orders")
    pk = place(DropConstraintOp(PK), None)
    new_pk = place(AddConstraintOp(replace(PK, definition="PRIMARY KEY (id, x)"), replaces=PK),
                   None)
    safety.hold_keys_of_kept_fks([fk, pk, new_pk], _ctx())
    assert pk.reason == "a foreign key kept without --force uses it"
    assert new_pk.reason == "replaces a key that is held back"
    assert not (pk.loses_data or new_pk.loses_data)


def test_a_routine_a_dropped_table_uses_waits_for_it() -> None:
    """A routine still used by a table that is dropped goes with it, after --force."""
    target = Snapshot(depends=DependsSnapshot(users={
        ("routine", F.schema, F.name, F.argtypes): {("default", "public", "gone", "c")}}))
    step = place(DropRoutineOp(F), None)
    safety.tie_routines_to_drops([step], _ctx(target))
    assert step.destructive and step.reason == "used by table gone, dropped with --force"


def test_a_routine_nothing_dropped_uses_runs() -> None:
    """A routine whose users all stay is dropped without --force."""
    step = place(DropRoutineOp(F), None)
    safety.tie_routines_to_drops([step], _ctx())
    assert not step.destructive and step.reason == ""


def test_loses_data_needs_both_flags() -> None:
    """Only a held step that loses data counts: a reverse step never does by itself."""
    step = Step(ops.DropTableOp("t"), place(ops.DropTableOp("t"), None).phase, ())
    assert not safety.loses_data(step)
    safety.judge(step)
    assert safety.loses_data(step)

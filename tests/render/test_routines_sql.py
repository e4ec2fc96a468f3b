"""Function, procedure and trigger operations without a database: their SQL,
words, reverses, phases, and where the script puts them."""

from __future__ import annotations

from dataclasses import replace

from krakn.catalog.depends import DependsSnapshot
from krakn.catalog.routines import Routine, Trigger
from krakn.catalog.snapshot import Snapshot
from krakn.compare.routines import _routine_ops, _trigger_ops
from krakn.compare.session import Session
from krakn.ops.phases import Phase
from krakn.ops.routines import (
    CreateRoutineOp,
    CreateTriggerOp,
    DropRoutineOp,
    DropTriggerOp,
    ReplaceRoutineOp,
    SetRoutineCommentOp,
    SetTriggerCommentOp,
    SetTriggerStateOp,
)
from krakn.plan import Plan, Step
from krakn.plan.model import Context
from krakn.plan.place import place
from krakn.plan.safety import tie_routines_to_drops
from krakn.render.sql import render_script

F_DEF = ("CREATE OR REPLACE FUNCTION public.f(a integer)\n RETURNS integer\n LANGUAGE sql\n"
         "AS $function$ SELECT a + 1 $function$")
F = Routine("public", "f", "integer", "a integer", "f", F_DEF, "a integer", "integer", False,
            "adds one")
P = Routine("app", "p", "", "", "p",
            "CREATE OR REPLACE PROCEDURE app.p()\n LANGUAGE sql\nAS $procedure$ "
            "SELECT 1 $procedure$", "", None, False, None)
TRG = Trigger("public", "orders", "trg",
              "CREATE TRIGGER trg BEFORE UPDATE ON public.orders FOR EACH ROW "
              "EXECUTE FUNCTION touch()", "O", None)


def sql_of(op: object, force: bool = False) -> str:
    return render_script(Plan([Step(op, 0, ())]), force=force, header=["h"]).sql


def test_create_function_with_comment() -> None:
    """A new function is its pg_get_functiondef text, then its comment."""
    assert CreateRoutineOp(F).statements() == [
        F_DEF, "COMMENT ON FUNCTION \"public\".\"f\"(a integer) IS 'adds one'"]
    assert [c.message for c in CreateRoutineOp(F).describe()] == ["Added function 'f(integer)'"]


def test_drop_procedure_names_its_schema_and_arguments() -> None:
    """A procedure outside public is dropped and worded with its schema."""
    op = DropRoutineOp(P)
    assert op.statements() == ['DROP PROCEDURE "app"."p"()']
    assert op.describe()[0].message == "Removed procedure 'app.p()'"
    assert op.describe()[0].as_dict()["kind"] == "procedure"
    assert isinstance(op.reverse(), CreateRoutineOp)


def test_body_change_replaces_in_place() -> None:
    """Same result and arguments: CREATE OR REPLACE alone, the comment kept."""
    old = replace(F, definition=F_DEF.replace("a + 1", "a + 2"))
    op = ReplaceRoutineOp(F, old)
    assert op.statements() == [F_DEF]
    assert op.describe()[0].message == "Changed function 'f(integer)'"
    assert op.reverse().statements() == [old.definition]


def test_result_change_drops_first() -> None:
    """A new result type cannot be replaced: DROP, CREATE, and the comment again."""
    old = replace(F, result="bigint", definition=F_DEF.replace("integer\n", "bigint\n"))
    assert ReplaceRoutineOp(F, old).statements() == [
        'DROP FUNCTION "public"."f"(a integer)', F_DEF,
        "COMMENT ON FUNCTION \"public\".\"f\"(a integer) IS 'adds one'"]


def test_renamed_argument_drops_first() -> None:
    """A renamed argument cannot be replaced either; the old name is dropped."""
    old = replace(F, identity="b integer", arguments="b integer", comment=None,
                  definition=F_DEF.replace("(a integer)", "(b integer)"))
    assert ReplaceRoutineOp(F, old).statements()[0] == 'DROP FUNCTION "public"."f"(b integer)'


def test_comment_only_change() -> None:
    """Only the comment differs: one COMMENT statement, escaped."""
    new = replace(F, comment="it's \\ here")
    ops_ = _routine_ops(new, F)
    assert len(ops_) == 1 and isinstance(ops_[0], SetRoutineCommentOp)
    assert ops_[0].statements() == [
        "COMMENT ON FUNCTION \"public\".\"f\"(a integer) IS E'it''s \\\\ here'"]
    assert ops_[0].reverse().statements()[0].endswith("IS 'adds one'")


def test_routine_on_tables_comes_after_them() -> None:
    """A routine that needs tables comes after them and goes before them."""
    late = replace(F, after_tables=True)
    create, drop = _routine_ops(late, None)[0], _routine_ops(None, late)[0]
    assert create.phase == Phase.LATE_ROUTINES and drop.phase == Phase.DROP_EARLY_ROUTINES
    assert CreateRoutineOp(F).phase < Phase.CREATE_TABLES < create.phase
    assert Phase.ADD_COLUMNS < create.phase
    assert drop.phase < Phase.DROP_TABLES < DropRoutineOp(F).phase


def test_drop_waits_for_dropped_table() -> None:
    """A routine a dropped table still uses is held back with the table."""
    target = Snapshot(depends=DependsSnapshot(users={
        ("routine", F.schema, F.name, F.argtypes): {("constraint", "public", "gone", "c")}}))
    session = Session(Snapshot(), target, "public")
    step = place(DropRoutineOp(F), session)
    assert not step.destructive  # dropping code loses no data of its own
    tie_routines_to_drops([step], Context(session))
    assert step.destructive and step.reason == "used by table gone, dropped with --force"
    script = render_script(Plan([step]), force=False, header=["h"]).sql
    assert '-- DROP FUNCTION "public"."f"(a integer);' in script


def test_create_trigger_disabled_with_comment() -> None:
    """A disabled trigger is created, then disabled, then commented."""
    t = replace(TRG, enabled="D", comment="touch")
    assert CreateTriggerOp(t).statements() == [
        TRG.definition, 'ALTER TABLE "public"."orders" DISABLE TRIGGER "trg"',
        'COMMENT ON TRIGGER "trg" ON "public"."orders" IS \'touch\'']
    assert CreateTriggerOp(t).describe()[0].message == "Added trigger 'trg' to 'orders'"


def test_changed_trigger_is_dropped_and_created() -> None:
    """A new definition drops (silently) and creates; the create words the change."""
    old = replace(TRG, definition=TRG.definition.replace("UPDATE", "INSERT"))
    drop, create = _trigger_ops(TRG, old)
    assert isinstance(drop, DropTriggerOp) and drop.describe() == []
    assert drop.statements() == ['DROP TRIGGER "trg" ON "public"."orders"']
    assert create.describe()[0].message == "Changed trigger 'trg' on 'orders'"
    assert drop.phase < create.phase


def test_enabled_state_and_comment_alone() -> None:
    """Only the state or the comment differs: ALTER TABLE ... TRIGGER, COMMENT ON TRIGGER."""
    state, comment = _trigger_ops(replace(TRG, enabled="R", comment="c"), TRG)
    assert isinstance(state, SetTriggerStateOp) and isinstance(comment, SetTriggerCommentOp)
    assert state.statements() == ['ALTER TABLE "public"."orders" ENABLE REPLICA TRIGGER "trg"']
    assert state.reverse().statements() == [
        'ALTER TABLE "public"."orders" ENABLE TRIGGER "trg"']
    assert state.describe()[0].message == (
        "Changed trigger 'trg' on 'orders' from enabled → enabled on replicas")
    assert comment.reverse().statements() == [
        'COMMENT ON TRIGGER "trg" ON "public"."orders" IS NULL']


def test_removed_trigger_words() -> None:
    """A removed trigger is one line and one DROP TRIGGER in the script."""
    op = DropTriggerOp(TRG)
    assert op.describe()[0].message == "Removed trigger 'trg' from 'orders'"
    assert 'DROP TRIGGER "trg" ON "public"."orders";' in sql_of(op)
    assert isinstance(op.reverse(), CreateTriggerOp)


def test_function_body_with_colons_renders_verbatim() -> None:
    """Colons and semicolons in a body reach the script untouched."""
    body = replace(F, definition=F_DEF.replace("a + 1", "'10:30'::time; SELECT 1"))
    assert "'10:30'::time; SELECT 1 $function$;" in sql_of(CreateRoutineOp(body))

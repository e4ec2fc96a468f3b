"""krakn.compare.routines on hand-built snapshots: functions, procedures and triggers."""

from __future__ import annotations

from compare_helpers import add_table, ops_of, said, snapshot

from krakn.catalog.routines import Routine, Trigger
from krakn.ops.routines import (
    CreateRoutineOp,
    CreateTriggerOp,
    DropRoutineOp,
    ReplaceRoutineOp,
    SetRoutineCommentOp,
    SetTriggerStateOp,
)


def function(name: str, body: str = "SELECT 1", comment: str | None = None) -> Routine:
    definition = (f"CREATE OR REPLACE FUNCTION public.{name}()\n RETURNS integer\n"
                  f" LANGUAGE sql\nAS $function${body}$function$\n")
    return Routine("public", name, "", "", "f", definition, "", "integer", False, comment)


def with_routines(*routines: Routine):
    snap = snapshot()
    for r in routines:
        snap.routines.routines[(r.schema, r.name, r.argtypes)] = r
    return snap


def test_added_removed_changed_and_commented_functions():
    """Each difference of a function gets its own operation, in the catalog's words."""
    src = with_routines(function("fresh"), function("body", "SELECT 2"),
                        function("noted", comment="says hi"))
    tgt = with_routines(function("gone"), function("body", "SELECT 1"), function("noted"))
    found = {type(op): op for op in ops_of(src, tgt)}
    assert set(found) == {CreateRoutineOp, DropRoutineOp, ReplaceRoutineOp, SetRoutineCommentOp}
    assert found[CreateRoutineOp].routine.name == "fresh"
    assert found[DropRoutineOp].routine.name == "gone"
    assert found[ReplaceRoutineOp].routine.definition.endswith("$function$SELECT 2$function$\n")
    assert sorted(said(src, tgt)) == sorted([
        "+ Added function 'fresh()'", "- Removed function 'gone()'",
        "~ Changed function 'body()'", "~ Changed comment on function 'noted()'"])


def test_trigger_added_and_disabled():
    """A new trigger is created from its definition; a disabled one is only switched off."""
    def trigger(name: str, enabled: str = "O") -> Trigger:
        return Trigger("public", "t", name, f"CREATE TRIGGER {name} BEFORE UPDATE ON public.t "
                       "FOR EACH ROW EXECUTE FUNCTION touch()", enabled, None)

    src, tgt = add_table(with_routines(), "t"), add_table(with_routines(), "t")
    src.routines.triggers[("public", "t", "t_new")] = trigger("t_new")
    src.routines.triggers[("public", "t", "t_off")] = trigger("t_off", "D")
    tgt.routines.triggers[("public", "t", "t_off")] = trigger("t_off")
    found = ops_of(src, tgt)
    assert sorted(type(op).__name__ for op in found) == sorted(
        [CreateTriggerOp.__name__, SetTriggerStateOp.__name__])
    statements = [s for op in found for s in op.statements()]
    assert "CREATE TRIGGER t_new BEFORE UPDATE ON public.t FOR EACH ROW EXECUTE FUNCTION " \
        "touch()" in statements
    assert 'ALTER TABLE "public"."t" DISABLE TRIGGER "t_off"' in statements

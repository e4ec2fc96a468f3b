"""Functions, procedures and triggers, as PostgreSQL prints them.

A routine is created from its ``pg_get_functiondef`` text (a complete
CREATE OR REPLACE statement) and a trigger from its ``pg_get_triggerdef``.
"""

from __future__ import annotations

from dataclasses import replace

from krakn.catalog.routines import Routine, Trigger
from krakn.ops.base import Change, SQLOp, display, literal, qualify, quote
from krakn.ops.phases import Phase

# ALTER TABLE ... <word> TRIGGER for each pg_trigger.tgenabled state.
_ENABLE = {"O": "ENABLE", "D": "DISABLE", "R": "ENABLE REPLICA", "A": "ENABLE ALWAYS"}
_STATE = {"O": "enabled", "D": "disabled", "R": "enabled on replicas",
          "A": "always enabled"}


def signature(r: Routine) -> str:
    """How statements name a routine: its schema, name and identity arguments."""
    return f"{r.word.upper()} {qualify(r.schema, r.name)}({r.identity})"


def routine_name(r: Routine) -> str:
    """How diff lines name a routine: 'f(integer)', qualified outside public."""
    return f"{display(r.schema, r.name)}({r.argtypes})"


def _routine_change(sign: str, verb: str, r: Routine, **details: object) -> Change:
    return Change(sign, r.word, f"{verb} {r.word} '{routine_name(r)}'", r.schema, None,
                  f"{r.name}({r.argtypes})", dict(details))


def _routine_comment(r: Routine) -> str:
    return f"COMMENT ON {signature(r)} IS {literal(r.comment)}"


def replaceable(new: Routine, old: Routine) -> bool:
    """CREATE OR REPLACE keeps the result type, argument names and defaults."""
    return (new.kind, new.result, new.arguments) == (old.kind, old.result, old.arguments)


class CreateRoutineOp(SQLOp):
    def __init__(self, routine: Routine) -> None:
        self.routine = routine

    @property
    def phase(self) -> Phase:
        # A BEGIN ATOMIC body is parsed when created, and a table's row type
        # must exist: made after tables and columns.
        return Phase.LATE_ROUTINES if self.routine.after_tables else Phase.CREATE_ROUTINES

    def statements(self) -> list[str]:
        out = [self.routine.definition]
        if self.routine.comment is not None:
            out.append(_routine_comment(self.routine))
        return out

    def reverse(self) -> DropRoutineOp:
        return DropRoutineOp(self.routine)

    def describe(self) -> list[Change]:
        return [_routine_change("+", "Added", self.routine)]

    def sort_key(self) -> tuple[str, ...]:
        return (self.routine.schema, self.routine.name, self.routine.argtypes)


class ReplaceRoutineOp(SQLOp):
    """A changed routine: CREATE OR REPLACE, or DROP and CREATE when PostgreSQL
    refuses to replace it (new result type, argument names or defaults)."""

    def __init__(self, routine: Routine, existing: Routine) -> None:
        self.routine = routine
        self.existing = existing
        # Set by the plan when something the routine uses changes, and the
        # old routine has already been dropped: then this only creates.
        self.dropped_before = False

    @property
    def phase(self) -> Phase:
        late = self.routine.after_tables or self.existing.after_tables
        return Phase.LATE_ROUTINES if late else Phase.CREATE_ROUTINES

    @property
    def in_place(self) -> bool:
        """CREATE OR REPLACE on the routine that stands: it keeps its grants and owner."""
        return replaceable(self.routine, self.existing) and not self.dropped_before

    def statements(self) -> list[str]:
        new, old = self.routine, self.existing
        in_place = self.in_place
        out = [] if in_place or self.dropped_before else [f"DROP {signature(old)}"]
        out.append(new.definition)
        # CREATE OR REPLACE keeps the old comment; a dropped routine loses it.
        if (new.comment != old.comment) if in_place else (new.comment is not None):
            out.append(_routine_comment(new))
        return out

    def reverse(self) -> ReplaceRoutineOp:
        return ReplaceRoutineOp(self.existing, self.routine)

    def describe(self) -> list[Change]:
        return [_routine_change("~", "Changed", self.routine, **{
            "old": self.existing.definition, "new": self.routine.definition})]

    def sort_key(self) -> tuple[str, ...]:
        return (self.routine.schema, self.routine.name, self.routine.argtypes)


class DropRoutineOp(SQLOp):
    # Dropping code loses no data; it goes late, once what used it is gone
    # (krakn.plan.safety holds it back with a table or column that waits).

    def __init__(self, routine: Routine) -> None:
        self.routine = routine

    @property
    def phase(self) -> Phase:
        # A routine on a table's row type or body goes before tables go.
        return Phase.DROP_EARLY_ROUTINES if self.routine.after_tables else Phase.DROP_ROUTINES

    def statements(self) -> list[str]:
        return [f"DROP {signature(self.routine)}"]

    def reverse(self) -> CreateRoutineOp:
        return CreateRoutineOp(self.routine)

    def describe(self) -> list[Change]:
        return [_routine_change("-", "Removed", self.routine)]

    def sort_key(self) -> tuple[str, ...]:
        return (self.routine.schema, self.routine.name, self.routine.argtypes)


class SetRoutineCommentOp(SQLOp):
    phase = Phase.COMMENTS

    def __init__(self, routine: Routine, existing: str | None) -> None:
        self.routine = routine
        self.existing = existing

    def statements(self) -> list[str]:
        return [_routine_comment(self.routine)]

    def reverse(self) -> SetRoutineCommentOp:
        old = replace(self.routine, comment=self.existing)
        return SetRoutineCommentOp(old, self.routine.comment)

    def describe(self) -> list[Change]:
        r = self.routine
        return [Change("~", "comment", f"Changed comment on {r.word} '{routine_name(r)}'",
                       r.schema, None, f"{r.name}({r.argtypes})",
                       {"old": self.existing, "new": r.comment})]

    def sort_key(self) -> tuple[str, ...]:
        return (self.routine.schema, self.routine.name, self.routine.argtypes)


def _on(t: Trigger) -> str:
    return f"{quote(t.name)} ON {qualify(t.schema, t.table)}"


def _enable(t: Trigger) -> str:
    return f"ALTER TABLE {qualify(t.schema, t.table)} {_ENABLE[t.enabled]} TRIGGER {quote(t.name)}"


def _trigger_comment(t: Trigger) -> str:
    return f"COMMENT ON TRIGGER {_on(t)} IS {literal(t.comment)}"


def _trigger_change(sign: str, message: str, t: Trigger, **details: object) -> Change:
    return Change(sign, "trigger", message, t.schema, t.table, t.name, dict(details))


class CreateTriggerOp(SQLOp):
    def __init__(self, trigger: Trigger, replaces: Trigger | None = None) -> None:
        self.trigger = trigger
        self.replaces = replaces

    @property
    def phase(self) -> Phase:
        # A view's trigger needs the view, made after tables' triggers.
        return Phase.CREATE_VIEW_TRIGGERS if self.trigger.on_view else Phase.CREATE_TRIGGERS

    def statements(self) -> list[str]:
        t = self.trigger
        out = [t.definition]
        if t.enabled != "O":
            out.append(_enable(t))
        if t.comment is not None:
            out.append(_trigger_comment(t))
        return out

    def reverse(self) -> DropTriggerOp:
        return DropTriggerOp(self.trigger)

    def describe(self) -> list[Change]:
        t, table = self.trigger, display(self.trigger.schema, self.trigger.table)
        if self.replaces is not None:
            return [_trigger_change("~", f"Changed trigger '{t.name}' on '{table}'", t, **{
                "old": self.replaces.definition, "new": t.definition})]
        return [_trigger_change("+", f"Added trigger '{t.name}' to '{table}'", t,
                                definition=t.definition)]

    def sort_key(self) -> tuple[str, ...]:
        return (self.trigger.schema, self.trigger.table, self.trigger.name)


class DropTriggerOp(SQLOp):
    def __init__(self, trigger: Trigger, replaced: bool = False) -> None:
        self.trigger = trigger
        self.replaced = replaced

    @property
    def phase(self) -> Phase:
        # Before its view goes (which would take it along) or is made again.
        return Phase.DROP_VIEW_TRIGGERS if self.trigger.on_view else Phase.DROP_TRIGGERS

    def statements(self) -> list[str]:
        return [f"DROP TRIGGER {_on(self.trigger)}"]

    def reverse(self) -> CreateTriggerOp:
        return CreateTriggerOp(self.trigger)

    def describe(self) -> list[Change]:
        if self.replaced:
            return []  # the CreateTriggerOp that follows words the change
        t, table = self.trigger, display(self.trigger.schema, self.trigger.table)
        return [_trigger_change("-", f"Removed trigger '{t.name}' from '{table}'", t,
                                definition=t.definition)]

    def sort_key(self) -> tuple[str, ...]:
        return (self.trigger.schema, self.trigger.table, self.trigger.name)


class SetTriggerStateOp(SQLOp):
    """ENABLE or DISABLE a trigger whose definition is unchanged."""

    phase = Phase.CREATE_TRIGGERS

    def __init__(self, trigger: Trigger, existing: Trigger) -> None:
        self.trigger = trigger
        self.existing = existing

    def statements(self) -> list[str]:
        return [_enable(self.trigger)]

    def reverse(self) -> SetTriggerStateOp:
        return SetTriggerStateOp(self.existing, self.trigger)

    def describe(self) -> list[Change]:
        t, table = self.trigger, display(self.trigger.schema, self.trigger.table)
        old, new = _STATE[self.existing.enabled], _STATE[t.enabled]
        return [_trigger_change("~", f"Changed trigger '{t.name}' on '{table}' from {old} → "
                                f"{new}", t, old=old, new=new)]

    def sort_key(self) -> tuple[str, ...]:
        return (self.trigger.schema, self.trigger.table, self.trigger.name)


class SetTriggerCommentOp(SQLOp):
    phase = Phase.COMMENTS

    def __init__(self, trigger: Trigger, existing: Trigger) -> None:
        self.trigger = trigger
        self.existing = existing

    def statements(self) -> list[str]:
        return [_trigger_comment(self.trigger)]

    def reverse(self) -> SetTriggerCommentOp:
        return SetTriggerCommentOp(self.existing, self.trigger)

    def describe(self) -> list[Change]:
        t, table = self.trigger, display(self.trigger.schema, self.trigger.table)
        return [_trigger_change("~", f"Changed comment on trigger '{t.name}' on '{table}'",
                                t, old=self.existing.comment, new=t.comment)]

    def sort_key(self) -> tuple[str, ...]:
        return (self.trigger.schema, self.trigger.table, self.trigger.name)

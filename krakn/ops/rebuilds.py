"""Objects taken down and put back only because something they use changes.

A routine dropped and created again, or an enum rebuilt, takes its users
with it: column defaults, domain checks, indexes, triggers and other
routines go before
the change and come back after it, unchanged. ``krakn diff`` has nothing to
say about them, so none of these operations describes itself.
"""

from __future__ import annotations

from krakn.catalog.depends import DependsSnapshot, ObjectKey, users_closure
from krakn.catalog.routines import Routine, Trigger
from krakn.ops.base import Change, SQLOp, qualify, quote
from krakn.ops.columns import DropExpressionOp, ReplaceGeneratedColumnOp
from krakn.ops.domains import AlterDomainOp
from krakn.ops.indexes import CreateIndexOp, DropIndexOp
from krakn.ops.phases import Phase
from krakn.ops.routines import CreateRoutineOp, CreateTriggerOp, DropRoutineOp, DropTriggerOp


class RecreateIndexOp(CreateIndexOp):
    def reverse(self) -> DropIndexOp:
        return DropIndexOp(self.idx, replaced=True)

    def describe(self) -> list[Change]:
        return []


class RecreateTriggerOp(CreateTriggerOp):
    def __init__(self, trigger: Trigger) -> None:
        super().__init__(trigger)

    def reverse(self) -> DropTriggerOp:
        return DropTriggerOp(self.trigger, replaced=True)

    def describe(self) -> list[Change]:
        return []


class DropUserRoutineOp(DropRoutineOp):
    """A routine whose signature or body uses what changes: it goes first."""

    phase = Phase.DROP_USER_ROUTINES

    def reverse(self) -> RecreateRoutineOp:
        return RecreateRoutineOp(self.routine)

    def describe(self) -> list[Change]:
        return []


class RecreateRoutineOp(CreateRoutineOp):
    def __init__(self, routine: Routine) -> None:
        super().__init__(routine)

    def reverse(self) -> DropUserRoutineOp:
        return DropUserRoutineOp(self.routine)

    def describe(self) -> list[Change]:
        return []


class _DefaultOp(SQLOp):
    def __init__(self, schema: str, table: str, column: str, default: str) -> None:
        self.schema, self.table, self.column = schema, table, column
        self.default = default

    def _head(self) -> str:
        return f"ALTER TABLE {qualify(self.schema, self.table)} ALTER COLUMN {quote(self.column)}"

    def describe(self) -> list[Change]:
        return []

    def sort_key(self) -> tuple[str, ...]:
        return (self.schema, self.table, self.column)


class DropUserDefaultOp(_DefaultOp):
    """A column default that calls what changes: dropped before the change."""

    phase = Phase.DROP_USER_DEFAULTS

    def statements(self) -> list[str]:
        return [f"{self._head()} DROP DEFAULT"]

    def reverse(self) -> RestoreDefaultOp:
        return RestoreDefaultOp(self.schema, self.table, self.column, self.default)


class RestoreDefaultOp(_DefaultOp):
    """The default put back (as --from has it) once the change is made."""

    phase = Phase.SET_DEFAULTS

    def statements(self) -> list[str]:
        return [f"{self._head()} SET DEFAULT {self.default}"]

    def reverse(self) -> DropUserDefaultOp:
        return DropUserDefaultOp(self.schema, self.table, self.column, self.default)


class DropUserCheckOp(AlterDomainOp):
    """A domain check that calls what changes: dropped before the change."""

    phase = Phase.DROP_USER_DEFAULTS

    def __init__(self, schema: str, name: str, check: str, definition: str) -> None:
        super().__init__(schema, name, "check", None, definition, check)

    def reverse(self) -> RestoreCheckOp:
        assert self.old is not None
        return RestoreCheckOp(self.schema, self.name, self.check, self.old)

    def describe(self) -> list[Change]:
        return []


class RestoreCheckOp(AlterDomainOp):
    """The domain check put back once the routines it calls exist again."""

    def __init__(self, schema: str, name: str, check: str, definition: str) -> None:
        super().__init__(schema, name, "check", definition, None, check, late=True)

    def reverse(self) -> DropUserCheckOp:
        assert self.new is not None
        return DropUserCheckOp(self.schema, self.name, self.check, self.new)

    def describe(self) -> list[Change]:
        return []


class DropUserExpressionOp(DropExpressionOp):
    """A stored generated column whose expression calls what changes: a plain
    column, keeping its values, until the change is made."""

    phase = Phase.DROP_USER_DEFAULTS

    def reverse(self) -> RecreateGeneratedColumnOp:
        return RecreateGeneratedColumnOp(self.schema, self.table, self.column, self.type,
                                         self.expression, None, self.dependents)

    def describe(self) -> list[Change]:
        return []


class RecreateGeneratedColumnOp(ReplaceGeneratedColumnOp):
    """The column generated again once what it calls exists. PostgreSQL 15 can
    only add it anew; its values are computed again, but a column is dropped,
    so it waits for --force (with the change that needs it)."""

    def reverse(self) -> DropUserExpressionOp:
        return DropUserExpressionOp(self.schema, self.table, self.column, self.expression,
                                    self.type, self.dependents)

    def describe(self) -> list[Change]:
        return []


# The kinds of users the plan takes down and puts back (krakn.plan.dependents).
# A domain or another type standing on an enum is not: the comparator
# reports the enum as in use instead (compare.types).
REBUILT_KINDS = frozenset({"view", "index", "constraint", "trigger", "policy", "routine",
                           "default", "domain_constraint"})


def unrebuilt_users(depends: DependsSnapshot, root: ObjectKey) -> list[ObjectKey]:
    """Users of root that the plan could not take down and put back (domains, types)."""
    return sorted(u for u in users_closure(depends, {root})
                  if u[0] not in REBUILT_KINDS and u[0] != "column")

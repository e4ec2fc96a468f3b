"""The base of krakn's own migration operations.

Each krakn operation knows its SQL (``statements``), its inverse
(``reverse``), how ``krakn diff`` words it (``describe``) and its phase
(``krakn.ops.phases``). One Alembic implementation is registered for the base
class (krakn.render.alembic registers the Python renderer); Alembic
dispatches on the class's MRO, so every subclass is covered.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from alembic.operations import MigrateOperation, Operations

from krakn.ops.phases import Phase
from krakn.quoting import literal as literal
from krakn.quoting import qualify as qualify
from krakn.quoting import quote as quote
from krakn.sqltext import verbatim


def display(schema: str | None, name: str) -> str:
    """How diff lines name an object: bare in public, qualified elsewhere."""
    return name if schema in (None, "public") else f"{schema}.{name}"


@dataclass
class Change:
    """One line of ``krakn diff``: what differs, in words and as data."""

    sign: str  # + added, - removed, ~ changed
    kind: str
    message: str
    schema: str | None = None
    table: str | None = None
    name: str | None = None
    details: dict[str, Any] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        action = {"+": "add", "-": "remove", "~": "change"}[self.sign]
        out: dict[str, Any] = {"action": action, "kind": self.kind, "schema": self.schema}
        if self.table is not None:
            out["table"] = self.table
        out["name"] = self.name
        out.update(self.details)
        out["message"] = self.message
        return out


class SQLOp(MigrateOperation):
    """A krakn operation that runs as plain SQL statements."""

    # Runs before BEGIN: ALTER TYPE ... ADD VALUE, whose value the same
    # transaction could not use.
    outside_transaction = False

    @property
    def phase(self) -> Phase:
        """When the step runs; each operation declares it."""
        raise NotImplementedError

    def statements(self) -> list[str]:
        raise NotImplementedError

    def describe(self) -> list[Change]:
        raise NotImplementedError

    def reverse(self) -> MigrateOperation:
        raise NotImplementedError

    def sort_key(self) -> tuple[str, ...]:
        return ()


@Operations.implementation_for(SQLOp)
def run_sql_op(operations: Operations, operation: SQLOp) -> None:
    for statement in operation.statements():
        operations.execute(verbatim(statement))


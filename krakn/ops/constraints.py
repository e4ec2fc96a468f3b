"""Table constraints (primary key, unique, foreign key, check, exclusion).

Definitions are PostgreSQL's own ``pg_get_constraintdef`` text, so options
such as DEFERRABLE, NOT VALID, ON DELETE actions and MATCH FULL carry over.
"""

from __future__ import annotations

from krakn.catalog.reprint import restated
from krakn.catalog.snapshot import Constraint
from krakn.ops.base import Change, SQLOp, display, literal, qualify, quote
from krakn.ops.phases import Phase

KIND_WORDS = {
    "p": "primary key",
    "u": "unique constraint",
    "f": "foreign key",
    "c": "check constraint",
    "x": "exclusion constraint",
}


def _where(con: Constraint) -> str:
    return display(con.schema, con.table)


class AddConstraintOp(SQLOp):
    def __init__(self, con: Constraint, replaces: Constraint | None = None,
                 rebuild: bool = False) -> None:
        self.con = con
        self.replaces = replaces
        # Re-added only because something it depends on is rebuilt: no diff line.
        self.rebuild = rebuild

    @property
    def phase(self) -> Phase:
        # Foreign keys once every key they point at exists.
        return Phase.ADD_FOREIGN_KEYS if self.con.kind == "f" else Phase.ADD_CONSTRAINTS

    def statements(self) -> list[str]:
        table = qualify(self.con.schema, self.con.table)
        out = [f"ALTER TABLE {table} ADD CONSTRAINT {quote(self.con.name)} "
               f"{restated(self.con.definition)}"]
        if self.con.comment is not None:
            out.append(f"COMMENT ON CONSTRAINT {quote(self.con.name)} ON {table} "
                       f"IS {literal(self.con.comment)}")
        return out

    def reverse(self) -> DropConstraintOp:
        return DropConstraintOp(self.con)

    def describe(self) -> list[Change]:
        con, kind = self.con, KIND_WORDS[self.con.kind]
        if self.rebuild:
            return []
        if self.replaces is not None:
            return [Change("~", kind, f"Changed {kind} '{con.name}' on '{_where(con)}' from "
                           f"{self.replaces.definition} → {con.definition}",
                           con.schema, con.table, con.name,
                           {"old": self.replaces.definition, "new": con.definition})]
        return [Change("+", kind, f"Added {kind} '{con.name}' to '{_where(con)}': "
                       f"{con.definition}", con.schema, con.table, con.name,
                       {"definition": con.definition})]

    def sort_key(self) -> tuple[str, ...]:
        return (self.con.schema, self.con.table, self.con.name)


class DropConstraintOp(SQLOp):
    def __init__(self, con: Constraint, replaced: bool = False) -> None:
        self.con = con
        self.replaced = replaced

    @property
    def phase(self) -> Phase:
        # Foreign keys before the keys they point at.
        return Phase.DROP_FOREIGN_KEYS if self.con.kind == "f" else Phase.DROP_CONSTRAINTS

    def statements(self) -> list[str]:
        table = qualify(self.con.schema, self.con.table)
        return [f"ALTER TABLE {table} DROP CONSTRAINT {quote(self.con.name)}"]

    def reverse(self) -> AddConstraintOp:
        return AddConstraintOp(self.con)

    def describe(self) -> list[Change]:
        if self.replaced:
            return []  # the AddConstraintOp that replaces it says "~ Changed"
        con, kind = self.con, KIND_WORDS[self.con.kind]
        return [Change("-", kind, f"Removed {kind} '{con.name}' from '{_where(con)}'",
                       con.schema, con.table, con.name, {"definition": con.definition})]

    def sort_key(self) -> tuple[str, ...]:
        return (self.con.schema, self.con.table, self.con.name)

"""Column changes Alembic's AlterColumnOp does not spell exactly: identity."""

from __future__ import annotations

from dataclasses import dataclass, field

from krakn.catalog.snapshot import Snapshot
from krakn.ops.base import Change, SQLOp, display, literal, qualify, quote
from krakn.ops.indexes import create_statement
from krakn.ops.phases import Phase
from krakn.ops.sequences import needs_restart


@dataclass(frozen=True)
class IdentitySpec:
    """An identity column: ALWAYS ('a') or BY DEFAULT ('d'), with its sequence options."""

    kind: str
    increment: int
    minvalue: int
    maxvalue: int
    start: int
    cache: int
    cycle: bool
    last_value: int | None = field(default=None, compare=False)
    # (schema, name) of its sequence: an identity added to a column names it
    # as the source does (a serial's old sequence of that name goes first).
    sequence: tuple[str, str] | None = field(default=None, compare=False)

    @property
    def words(self) -> str:
        return "ALWAYS" if self.kind == "a" else "BY DEFAULT"

    def options(self) -> str:
        cycle = "CYCLE" if self.cycle else "NO CYCLE"
        return (f"INCREMENT BY {self.increment} MINVALUE {self.minvalue} "
                f"MAXVALUE {self.maxvalue} START WITH {self.start} CACHE {self.cache} {cycle}")

    def text(self) -> str:
        name = f"SEQUENCE NAME {qualify(*self.sequence)} " if self.sequence else ""
        return f"GENERATED {self.words} AS IDENTITY ({name}{self.options()})"


class AlterIdentityOp(SQLOp):
    def __init__(self, schema: str, table: str, column: str,
                 new: IdentitySpec | None, old: IdentitySpec | None) -> None:
        self.schema, self.table, self.column = schema, table, column
        self.new, self.old = new, old

    @property
    def phase(self) -> Phase:
        # Dropped, its sequence goes with it: before a serial sequence of the
        # same name is created and before the column gets a default.
        return Phase.DROP_IDENTITIES if self.new is None else Phase.ALTER_IDENTITIES

    def statements(self) -> list[str]:
        head = f"ALTER TABLE {qualify(self.schema, self.table)} ALTER COLUMN {quote(self.column)}"
        if self.new is None:
            return [f"{head} DROP IDENTITY"]
        if self.old is None:
            # Rows already there (a serial column becoming identity) keep
            # their values: the new sequence continues after them.
            return [f"{head} ADD {self.new.text()}", self._catch_up()]
        sets = " ".join(f"SET {part}" for part in _option_parts(self.new))
        if needs_restart(self.old.last_value, self.new.minvalue, self.new.maxvalue):
            sets += " RESTART"
        return [f"{head} SET GENERATED {self.new.words} {sets}"]

    def _catch_up(self) -> str:
        # The identity sequence by its pg_depend link: pg_get_serial_sequence
        # would still name the old serial sequence while that exists.
        table, col = qualify(self.schema, self.table), quote(self.column)
        return (f"SELECT setval(d.objid::regclass, m.v) FROM pg_depend d, "
                f"(SELECT max({col}) AS v FROM {table}) m "
                f"WHERE d.classid = 'pg_class'::regclass AND d.deptype = 'i' "
                f"AND d.refobjid = {literal(table)}::regclass AND d.refobjsubid = "
                f"(SELECT attnum FROM pg_attribute WHERE attrelid = {literal(table)}::regclass "
                f"AND attname = {literal(self.column)}) AND m.v IS NOT NULL")

    def reverse(self) -> AlterIdentityOp:
        return AlterIdentityOp(self.schema, self.table, self.column, self.old, self.new)

    def describe(self) -> list[Change]:
        old, new = _delta(self.old, self.new)
        where = display(self.schema, self.table)
        return [Change("~", "identity", f"Changed identity of '{self.column}' in '{where}' "
                       f"from {old} → {new}", self.schema, self.table, self.column,
                       {"old": old, "new": new})]

    def sort_key(self) -> tuple[str, ...]:
        return (self.schema, self.table, self.column)


def _option_parts(spec: IdentitySpec) -> list[str]:
    return [f"INCREMENT BY {spec.increment}", f"MINVALUE {spec.minvalue}",
            f"MAXVALUE {spec.maxvalue}", f"START WITH {spec.start}", f"CACHE {spec.cache}",
            "CYCLE" if spec.cycle else "NO CYCLE"]


def _delta(old: IdentitySpec | None, new: IdentitySpec | None) -> tuple[str, str]:
    """Only what differs, so a diff line stays readable."""
    if old is None or new is None:
        def words(spec: IdentitySpec | None) -> str:
            return "no identity" if spec is None else f"GENERATED {spec.words} AS IDENTITY"
        return words(old), words(new)
    old_parts = [f"GENERATED {old.words}", *_option_parts(old)]
    new_parts = [f"GENERATED {new.words}", *_option_parts(new)]
    changed = [i for i, (a, b) in enumerate(zip(old_parts, new_parts, strict=True)) if a != b]
    return (" ".join(old_parts[i] for i in changed), " ".join(new_parts[i] for i in changed))


class DropExpressionOp(SQLOp):
    """A generated column becomes a plain one and keeps its values."""

    phase = Phase.DROP_EXPRESSIONS

    def __init__(self, schema: str, table: str, column: str, expression: str,
                 type_: str = "", dependents: tuple[str, ...] = ()) -> None:
        self.schema, self.table, self.column = schema, table, column
        self.expression = expression
        # For the reverse, which adds the generated column again: its type,
        # and the indexes and checks that DROP COLUMN takes along.
        self.type, self.dependents = type_, dependents

    def statements(self) -> list[str]:
        return [f"ALTER TABLE {qualify(self.schema, self.table)} "
                f"ALTER COLUMN {quote(self.column)} DROP EXPRESSION"]

    def reverse(self) -> ReplaceGeneratedColumnOp:
        return ReplaceGeneratedColumnOp(self.schema, self.table, self.column, self.type,
                                        self.expression, None, self.dependents)

    def describe(self) -> list[Change]:
        where = display(self.schema, self.table)
        return [Change("~", "column", f"Changed '{self.column}' in '{where}' from generated "
                       f"({self.expression}) → plain column", self.schema, self.table,
                       self.column, {"aspect": "generated", "old": self.expression,
                                     "new": None})]

    def sort_key(self) -> tuple[str, ...]:
        return (self.schema, self.table, self.column)


class ReplaceGeneratedColumnOp(SQLOp):
    """A stored generated column whose expression is new or changed.

    PostgreSQL 15 cannot change a generation expression in place, so the
    column is dropped and added again; its indexes and checks, which go
    with it, are created again after.
    """

    phase = Phase.GENERATED_COLUMNS

    def __init__(self, schema: str, table: str, column: str, type_: str,
                 expression: str, old_expression: str | None,
                 dependents: tuple[str, ...]) -> None:
        self.schema, self.table, self.column = schema, table, column
        self.type, self.expression, self.old_expression = type_, expression, old_expression
        self.dependents = dependents

    def statements(self) -> list[str]:
        table, col = qualify(self.schema, self.table), quote(self.column)
        return [f"ALTER TABLE {table} DROP COLUMN {col}",
                f"ALTER TABLE {table} ADD COLUMN {col} {self.type} "
                f"GENERATED ALWAYS AS ({self.expression}) STORED",
                *self.dependents]

    def reverse(self) -> SQLOp:
        if self.old_expression is None:
            return DropExpressionOp(self.schema, self.table, self.column, self.expression,
                                    self.type, self.dependents)
        return ReplaceGeneratedColumnOp(self.schema, self.table, self.column, self.type,
                                        self.old_expression, self.expression, self.dependents)

    def describe(self) -> list[Change]:
        where = display(self.schema, self.table)
        old = f"generated ({self.old_expression})" if self.old_expression else "plain column"
        return [Change("~", "column", f"Changed '{self.column}' in '{where}' from {old} → "
                       f"generated ({self.expression})", self.schema, self.table, self.column,
                       {"aspect": "generated", "old": self.old_expression,
                        "new": self.expression})]

    def sort_key(self) -> tuple[str, ...]:
        return (self.schema, self.table, self.column)


def rebuilt_with(snap: Snapshot, key: tuple[str, str], column: str,
                 other: Snapshot | None = None) -> tuple[str, ...]:
    """Indexes and checks on a column, which a DROP COLUMN takes with it.

    With ``other`` (the other side), only those it has alike: one that
    changes, or is new, is made by the index or constraint comparator.
    """
    out = _dependents(snap, key, column)
    if other is not None:
        out &= _dependents(other, key, column)
    return tuple(sorted(out))


def _dependents(snap: Snapshot, key: tuple[str, str], column: str) -> set[str]:
    out = {create_statement(idx) for idx in snap.table_indexes(key).values()
           if column in idx.columns}
    out |= {f"ALTER TABLE {qualify(*key)} ADD CONSTRAINT {quote(con.name)} {con.definition}"
            for con in snap.table_constraints(key).values()
            if column in con.columns and con.kind in ("c", "u", "x")}
    return out


ADDED_WITH_DEFAULT = "added with a default"


class UnmigratedColumnOp(SQLOp):
    """A column change PostgreSQL refuses while another table's column holds
    this table's rows (its row type): reported, no SQL."""

    phase = Phase.UNMIGRATED_TYPES

    def __init__(self, schema: str, table: str, column: str, what: str,
                 users: tuple[str, ...]) -> None:
        self.schema, self.table, self.column = schema, table, column
        self.what, self.users = what, users

    def statements(self) -> list[str]:
        return []

    def reverse(self) -> UnmigratedColumnOp:
        return self

    def describe(self) -> list[Change]:
        name = display(self.schema, self.table)
        added = self.what == ADDED_WITH_DEFAULT
        head = (f"Added column '{self.column}' to '{name}' with a default" if added
                else f"Changed column '{self.column}' in '{name}': {self.what}")
        return [Change("+" if added else "~", "column",
                       f"{head} (in use: its row type is the type of "
                       f"{', '.join(self.users)}; not migrated, change it by hand)",
                       self.schema, self.table, self.column)]

    def sort_key(self) -> tuple[str, ...]:
        return (self.schema, self.table, self.column)

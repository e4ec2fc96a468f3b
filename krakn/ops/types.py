"""User-defined types: enums, domains, composite and range types.

Create, drop, replace (drop and create again, for what PostgreSQL cannot alter)
and comments, for every kind; enum values added in place or the enum rebuilt.
In-place changes of domains and composite types are in ``krakn.ops.domains``.
"""

from __future__ import annotations

from dataclasses import replace

from alembic.operations import MigrateOperation

from krakn.catalog.reprint import restated
from krakn.catalog.types import CompositeType, Domain, EnumType, EnumUse, RangeType
from krakn.ops.base import Change, SQLOp, display, literal, qualify, quote
from krakn.ops.phases import Phase

UserType = EnumType | Domain | CompositeType | RangeType


def kind_of(obj: UserType) -> str:
    """How diff lines name the kind of a type."""
    if isinstance(obj, EnumType):
        return "enum type"
    if isinstance(obj, Domain):
        return "domain"
    if isinstance(obj, CompositeType):
        return "composite type"
    return "range type"


def keyword(obj: UserType) -> str:
    return "DOMAIN" if isinstance(obj, Domain) else "TYPE"


def values_sql(values: tuple[str, ...]) -> str:
    return ", ".join(literal(v) for v in values)


def domain_sql(dom: Domain, skip: tuple[str, ...] = ()) -> str:
    parts = [f"CREATE DOMAIN {qualify(dom.schema, dom.name)} AS {dom.base}"]
    if dom.collation:
        parts.append(f"COLLATE {dom.collation}")
    if dom.default is not None:
        parts.append(f"DEFAULT {dom.default}")
    if dom.notnull:
        parts.append("NOT NULL")
    parts += [f"CONSTRAINT {quote(name)} {restated(definition)}"
              for name, definition in dom.checks if name not in skip]
    return " ".join(parts)


def range_sql(rng: RangeType) -> str:
    # CANONICAL needs a shell type and a function written for this very type;
    # krakn does not create functions, so a canonical function is left out.
    options = [f"SUBTYPE = {rng.subtype}"]
    if rng.opclass:
        options.append(f"SUBTYPE_OPCLASS = {rng.opclass}")
    if rng.collation:
        options.append(f"COLLATION = {rng.collation}")
    if rng.subtype_diff:
        options.append(f"SUBTYPE_DIFF = {rng.subtype_diff}")
    return f"CREATE TYPE {qualify(rng.schema, rng.name)} AS RANGE ({', '.join(options)})"


def create_sql(obj: UserType, late: bool = False) -> list[str]:
    """CREATE and COMMENT; with ``late``, a domain's checks that call functions
    are left for late ``AlterDomainOp`` checks (functions come after types)."""
    name = qualify(obj.schema, obj.name)
    if isinstance(obj, EnumType):
        out = [f"CREATE TYPE {name} AS ENUM ({values_sql(obj.values)})"]
    elif isinstance(obj, Domain):
        out = [domain_sql(obj, obj.late_checks if late else ())]
    elif isinstance(obj, CompositeType):
        attrs = ", ".join(f"{quote(a)} {t}" for a, t in obj.attributes)
        out = [f"CREATE TYPE {name} AS ({attrs})"]
    else:
        out = [range_sql(obj)]
    if obj.comment is not None:
        out.append(f"COMMENT ON {keyword(obj)} {name} IS {literal(obj.comment)}")
    return out


def _order(depth: int) -> str:
    return f"{depth:04d}"


class CreateTypeOp(SQLOp):
    phase = Phase.CREATE_TYPES

    def __init__(self, obj: UserType, depth: int = 0) -> None:
        self.obj = obj
        # Types built on other user types come after them.
        self.depth = depth

    def statements(self) -> list[str]:
        return create_sql(self.obj, late=True)

    def reverse(self) -> DropTypeOp:
        return DropTypeOp(self.obj, self.depth)

    def describe(self) -> list[Change]:
        kind, name = kind_of(self.obj), display(self.obj.schema, self.obj.name)
        return [Change("+", kind, f"Added {kind} '{name}'", self.obj.schema, None,
                       self.obj.name)]

    def sort_key(self) -> tuple[str, ...]:
        return (_order(self.depth), self.obj.schema, self.obj.name)


class DropTypeOp(SQLOp):
    def __init__(self, obj: UserType, depth: int = 0) -> None:
        self.obj = obj
        self.depth = depth

    @property
    def phase(self) -> Phase:
        # A domain whose checks call functions goes before those functions.
        if isinstance(self.obj, Domain) and self.obj.late_checks:
            return Phase.DROP_LATE_CHECKED_DOMAINS
        return Phase.DROP_TYPES

    def statements(self) -> list[str]:
        return [f"DROP {keyword(self.obj)} {qualify(self.obj.schema, self.obj.name)}"]

    def reverse(self) -> CreateTypeOp:
        return CreateTypeOp(self.obj, self.depth)

    def describe(self) -> list[Change]:
        kind, name = kind_of(self.obj), display(self.obj.schema, self.obj.name)
        return [Change("-", kind, f"Removed {kind} '{name}'", self.obj.schema, None,
                       self.obj.name)]

    def sort_key(self) -> tuple[str, ...]:
        # Dropped in the reverse order of creation: dependents first.
        return (_order(9999 - self.depth), self.obj.schema, self.obj.name)


class ReplaceTypeOp(SQLOp):
    """Drop and create again what PostgreSQL cannot alter (only when unused)."""

    phase = Phase.REPLACE_TYPES

    def __init__(self, new: UserType, old: UserType, what: str) -> None:
        self.new, self.old, self.what = new, old, what

    def statements(self) -> list[str]:
        return [*DropTypeOp(self.old).statements(), *create_sql(self.new)]

    def reverse(self) -> ReplaceTypeOp:
        return ReplaceTypeOp(self.old, self.new, self.what)

    def describe(self) -> list[Change]:
        kind, name = kind_of(self.new), display(self.new.schema, self.new.name)
        return [Change("~", kind, f"Changed {kind} '{name}': {self.what}", self.new.schema,
                       None, self.new.name)]

    def sort_key(self) -> tuple[str, ...]:
        return (self.new.schema, self.new.name)


class UnmigratedTypeOp(SQLOp):
    """A difference krakn reports but cannot migrate safely: no SQL at all."""

    phase = Phase.UNMIGRATED_TYPES

    def __init__(self, obj: UserType, what: str) -> None:
        self.obj, self.what = obj, what

    def statements(self) -> list[str]:
        return []

    def reverse(self) -> UnmigratedTypeOp:
        return self

    def describe(self) -> list[Change]:
        kind, name = kind_of(self.obj), display(self.obj.schema, self.obj.name)
        return [Change("~", kind, f"Changed {kind} '{name}': {self.what} (in use: not "
                       "migrated, change it by hand)", self.obj.schema, None, self.obj.name)]

    def sort_key(self) -> tuple[str, ...]:
        return (self.obj.schema, self.obj.name)


class SetTypeCommentOp(SQLOp):
    phase = Phase.COMMENTS

    def __init__(self, obj: UserType, existing: str | None) -> None:
        self.obj, self.existing = obj, existing

    def statements(self) -> list[str]:
        return [f"COMMENT ON {keyword(self.obj)} {qualify(self.obj.schema, self.obj.name)} "
                f"IS {literal(self.obj.comment)}"]

    def reverse(self) -> SetTypeCommentOp:
        return SetTypeCommentOp(replace(self.obj, comment=self.existing), self.obj.comment)

    def describe(self) -> list[Change]:
        kind, name = kind_of(self.obj), display(self.obj.schema, self.obj.name)
        return [Change("~", "comment", f"Changed comment on {kind} '{name}'", self.obj.schema,
                       None, self.obj.name, {"old": self.existing, "new": self.obj.comment})]

    def sort_key(self) -> tuple[str, ...]:
        return (self.obj.schema, self.obj.name)


class AddEnumValuesOp(SQLOp):
    """New enum values, in place. Run before the transaction: PostgreSQL refuses
    a value added in the same transaction that uses it (a default, a cast)."""

    phase = Phase.ADD_ENUM_VALUES

    outside_transaction = True

    def __init__(self, new: EnumType, old: EnumType) -> None:
        self.new, self.old = new, old
        # Going back is a rebuild: what uses the type then (the source's users)
        # goes before it and comes back after (krakn.plan.enum_back).
        self.back_down: list[MigrateOperation] = []
        self.back_up: list[MigrateOperation] = []

    def added(self) -> list[str]:
        return [v for v in self.new.values if v not in self.old.values]

    def statements(self) -> list[str]:
        # Each value goes after its predecessor in the wanted order (which by
        # then exists), or before the first old value; IF NOT EXISTS lets a
        # failed script run again.
        name, out = qualify(self.new.schema, self.new.name), []
        for i, value in enumerate(self.new.values):
            if value in self.old.values:
                continue
            if i > 0:
                where = f" AFTER {literal(self.new.values[i - 1])}"
            elif self.old.values:
                where = f" BEFORE {literal(self.old.values[0])}"
            else:
                where = ""
            out.append(f"ALTER TYPE {name} ADD VALUE IF NOT EXISTS {literal(value)}{where}")
        return out

    def reverse(self) -> RebuildEnumOp:
        return RebuildEnumOp(self.old, self.new)

    def describe(self) -> list[Change]:
        added = self.added()
        word = "value" if len(added) == 1 else "values"
        name = display(self.new.schema, self.new.name)
        listed = ", ".join(literal(v) for v in added)
        return [Change("~", "enum type", f"Changed enum type '{name}': added {word} {listed}",
                       self.new.schema, None, self.new.name, {"added": added})]

    def sort_key(self) -> tuple[str, ...]:
        return (self.new.schema, self.new.name)


class RebuildEnumOp(SQLOp):
    """Values removed or reordered: a new type under the old name, columns cast
    through text, the old type dropped. Loses data when values go away, and
    rewrites every table that uses it even when none do: always needs --force."""

    phase = Phase.REBUILD_ENUMS

    def __init__(self, new: EnumType, old: EnumType,
                 keep_defaults: frozenset[tuple[str, str, str]] | None = None) -> None:
        self.new, self.old = new, old
        # Columns whose default is put back after the cast (None: all); the
        # others get theirs from the column comparison, or lose it with the column.
        self.keep_defaults = keep_defaults

    def _keeps(self, use: EnumUse) -> bool:
        key = (use.schema, use.table, use.column)
        return self.keep_defaults is None or key in self.keep_defaults

    def statements(self) -> list[str]:
        name = qualify(self.new.schema, self.new.name)
        temp = self.new.name[:40] + "__krakn_old"
        out = [f"ALTER TYPE {name} RENAME TO {quote(temp)}", *create_sql(self.new)]
        for use in self.old.uses:
            head = (f"ALTER TABLE {qualify(use.schema, use.table)} "
                    f"ALTER COLUMN {quote(use.column)}")
            arr = "[]" if use.array else ""
            # A default cast to the old type would block the type change.
            if use.default is not None:
                out.append(f"{head} DROP DEFAULT")
            out.append(f"{head} TYPE {name}{arr} USING {quote(use.column)}::text{arr}"
                       f"::{name}{arr}")
            if use.default is not None and self._keeps(use):
                out.append(f"{head} SET DEFAULT {use.default}")
        out.append(f"DROP TYPE {qualify(self.new.schema, temp)}")
        return out

    def reverse(self) -> RebuildEnumOp:
        return RebuildEnumOp(self.old, self.new)

    def describe(self) -> list[Change]:
        name = display(self.new.schema, self.new.name)
        old, new = values_sql(self.old.values), values_sql(self.new.values)
        return [Change("~", "enum type", f"Changed enum type '{name}': values ({old}) → "
                       f"({new})", self.new.schema, None, self.new.name,
                       {"old": list(self.old.values), "new": list(self.new.values)})]

    def sort_key(self) -> tuple[str, ...]:
        return (self.new.schema, self.new.name)

"""What a command asks for, as plain frozen data: the CLI (or a profile, or the
web view) fills these in; the API and the layers below only read them."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from krakn.names import TableName

RuleKind = Literal["mask", "sql", "value", "fill", "from"]
Literal_ = str | int | float | bool | None


@dataclass(frozen=True)
class ColumnRule:
    """How one target column (schema or table None: any, a `*` in the key) is filled.

    kind "mask" may carry source_column (`{from: nickname, mask: name}`);
    "from" copies source_column as it is; literal is a "value" or "fill" rule's.
    """

    schema: str | None
    table: str | None
    column: str
    kind: RuleKind
    mask: str | None = None
    locale: str | None = None
    source_column: str | None = None
    sql: str | None = None
    literal: Literal_ = None
    # Where the rule is written, for messages: "krakn.yml:21: columns[users.email]".
    label: str = ""

    @property
    def specificity(self) -> int:
        return 1 + (self.schema is not None) + (self.table is not None)

    def matches(self, schema: str, table: str, column: str) -> bool:
        return (column == self.column and self.schema in (None, schema)
                and self.table in (None, table))


@dataclass(frozen=True)
class Renames:
    """Old (source) names to new (target) names."""

    tables: tuple[tuple[TableName, TableName], ...] = ()
    # (the source's table, old column, new column)
    columns: tuple[tuple[TableName, str, str], ...] = ()

    def new_table(self, old: TableName) -> TableName:
        return next((new for o, new in self.tables if o == old), old)

    def old_table(self, new: TableName) -> TableName:
        return next((old for old, n in self.tables if n == new), new)

    def old_column(self, source_table: TableName, new: str) -> str:
        """The source's name of a column the target calls new."""
        return next((o for t, o, n in self.columns if t == source_table and n == new), new)

    def new_column(self, source_table: TableName, old: str) -> str:
        return next((n for t, o, n in self.columns if t == source_table and o == old), old)

    def __bool__(self) -> bool:
        return bool(self.tables or self.columns)


@dataclass(frozen=True)
class RowRules:
    """What a profile says about the copied values: rules, renames, masking."""

    columns: tuple[ColumnRule, ...] = ()
    renames: Renames = field(default_factory=Renames)
    mask_salt: str | None = field(default=None, repr=False)  # never shown
    strict: bool = False
    locale: str | None = None
    # "krakn.yml:7: mask_salt" and the like, for messages about profile keys.
    labels: tuple[tuple[str, str], ...] = ()

    def rule_for(self, schema: str, table: str, column: str) -> ColumnRule | None:
        """The most specific rule matching a target column."""
        found = [r for r in self.columns if r.matches(schema, table, column)]
        return max(found, key=lambda r: r.specificity, default=None)

    def label(self, key: str) -> str:
        return dict(self.labels).get(key, key)

    @property
    def uses_masks(self) -> bool:
        return any(r.kind == "mask" for r in self.columns)


@dataclass(frozen=True)
class CompareOptions:
    """What diff and migrate compare."""

    # Only these schemas (empty: every user schema of either side), minus these.
    schemas: tuple[str, ...] = ()
    exclude_schemas: tuple[str, ...] = ()
    # --with-privileges / --with-owners
    privileges: bool = False
    owners: bool = False
    # Alembic version tables an env names; alembic_version is always left out.
    version_tables: tuple[str, ...] = ()
    # A profile's renames: a rename instead of a drop and an add.
    renames: Renames = field(default_factory=Renames)

    def privileges_read(self, which: Literal["source", "target"]) -> PrivilegeRead | None:
        """The privileges a comparison reads of one side (a database, or what of a
        snapshot file it keeps): those asked for, of both sides; else none of the
        source's, and the target's grants and owners of what a plan may drop and
        make again (views, routines, types), so that they come back with it."""
        if self.privileges or self.owners:
            return PrivilegeRead(self.privileges, self.owners, recreatable_only=False)
        return None if which == "source" else PrivilegeRead(True, True, recreatable_only=True)


@dataclass(frozen=True)
class PrivilegeRead:
    """Which of one side's privileges to read (krakn.catalog.privileges.read_privileges)."""

    grants: bool
    owners: bool
    recreatable_only: bool


@dataclass(frozen=True)
class MigrateOptions:
    """What migrate compares, and what it writes."""

    compare: CompareOptions = field(default_factory=CompareOptions)
    # "sql": a script; "alembic": an Alembic revision file.
    format: Literal["sql", "alembic"] = "sql"
    # sql: the FILE to write (None: stdout); alembic: the DIR of revisions.
    output: str | None = None
    # Include the statements that can lose data (otherwise comments).
    force: bool = False
    # sql: the script that undoes the migration instead.
    rollback: bool = False
    # alembic: the revision's message (and file name), and its id (None: a new one).
    message: str = "krakn migration"
    rev_id: str | None = None


@dataclass(frozen=True)
class Subset:
    """A foreign-key closure: the root table's rows matching where, their
    descendants, and every loaded row's ancestors."""

    root: TableName
    where: str


@dataclass(frozen=True)
class Reference:
    """A foreign key the schema does not declare ("virtual"): table.columns -> parent.columns."""

    table: TableName
    columns: tuple[str, ...]
    parent: TableName
    parent_columns: tuple[str, ...]
    key: str = ""  # as the user wrote it, for messages ("events.user_id")


@dataclass(frozen=True)
class RowFilter:
    """Which source rows a sync copies and a verify compares (a profile's where,
    subset and references); empty: every row."""

    # SQL over the source row, per table; rows whose parent is filtered out go too.
    where: tuple[tuple[TableName, str], ...] = ()
    subset: Subset | None = None
    references: tuple[Reference, ...] = ()

    @property
    def empty(self) -> bool:
        return not self.where and self.subset is None and not self.references


# Columns a rule rewrites (masked, sql, value, fill, renamed-from): (table, column, why);
# verify leaves them out and names them.
LeftOut = tuple[tuple[TableName, str, str], ...]


def left_out_by_table(left_out: LeftOut) -> dict[TableName, dict[str, str]]:
    """The left-out columns of each table, with why."""
    found: dict[TableName, dict[str, str]] = {}
    for table, column, why in left_out:
        found.setdefault(table, {})[column] = why
    return found


@dataclass(frozen=True)
class VerifyOptions:
    """What verify compares."""

    tables: tuple[TableName, ...] = ()
    exclude: tuple[TableName, ...] = ()
    left_out: LeftOut = ()
    rows: RowFilter = field(default_factory=RowFilter)
    # A profile's column rules and renames: every column they rewrite is left out
    # (and named), a renamed table compared under its new name.
    rules: RowRules = field(default_factory=RowRules)


@dataclass(frozen=True)
class SyncOptions:
    """What sync-data copies, and how.

    krakn.sync keeps its own two shapes, built from this in krakn.api.sync:
    Selection (which the plan records and reports) and RunOptions (with the
    question asked on a terminal, which is no option but the caller's).
    """

    # Only these tables (empty: every table both sides have), minus these.
    tables: tuple[TableName, ...] = ()
    exclude: tuple[TableName, ...] = ()
    truncate: bool = False
    disable_triggers: bool = False
    # Connection pairs loading at once; above 1 the commit is no longer one transaction.
    jobs: int = 1
    commit_in_batches: bool = False
    dry_run: bool = False
    # PostgreSQL's lock_timeout on --to ("10s", "500ms"; checked), None: wait.
    lock_timeout: str | None = None
    # Compare both sides (as krakn verify does) before the commit; roll back on a mismatch.
    verify: bool = False
    left_out: LeftOut = ()
    rows: RowFilter = field(default_factory=RowFilter)
    # Column rules, renames and masks (a profile's), applied in the source query.
    rules: RowRules = field(default_factory=RowRules)

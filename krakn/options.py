"""What a command asks for, as plain frozen data: the CLI (or a profile, or the
web view) fills these in; the API and the layers below only read them."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from krakn.names import TableName


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

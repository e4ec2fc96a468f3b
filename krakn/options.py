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

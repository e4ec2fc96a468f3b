"""What a command asks for, as plain frozen data: the CLI (or a profile, or the
web view) fills these in; the API and the layers below only read them."""

from __future__ import annotations

from dataclasses import dataclass


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

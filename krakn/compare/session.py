"""What krakn's comparators share during one comparison."""

from __future__ import annotations

from dataclasses import dataclass, field

from alembic.autogenerate.api import AutogenContext
from sqlalchemy import MetaData, Table, table
from sqlalchemy.sql.expression import TableClause

from krakn.catalog.privileges import PrivilegesSnapshot
from krakn.catalog.snapshot import Snapshot, TableKey
from krakn.reflect import table_from_snapshot

OPTION = "krakn_session"


@dataclass
class Session:
    source: Snapshot
    target: Snapshot
    default_schema: str
    # Source tables reflected by SQLAlchemy: those a migration creates or extends.
    metadata: MetaData = field(default_factory=MetaData)
    _target_md: MetaData = field(default_factory=MetaData)
    # --with-privileges / --with-owners: what to compare, and what was read.
    privileges: bool = False
    owners: bool = False
    source_privileges: PrivilegesSnapshot | None = None
    target_privileges: PrivilegesSnapshot | None = None

    def schema(self, schema: str | None) -> str:
        """Alembic says None for the default schema; the catalog never does."""
        return schema or self.default_schema

    def source_table(self, key: TableKey) -> Table:
        return self.metadata.tables[f"{key[0]}.{key[1]}"]

    def target_table(self, key: TableKey) -> Table:
        """A target table as SQLAlchemy objects, for drops and their reverse."""
        name = f"{key[0]}.{key[1]}"
        if name not in self._target_md.tables:
            return table_from_snapshot(self.target, key, self._target_md)
        return self._target_md.tables[name]

    @staticmethod
    def stub(key: TableKey) -> TableClause:
        """A light stand-in for a table present on both sides.

        krakn's "table" hooks read the catalog and only ask whether a side
        has the table; a TableClause costs a tenth of a reflected Table.
        """
        return table(key[1], schema=key[0])


def session_of(autogen_context: AutogenContext) -> Session:
    session: Session = autogen_context.opts[OPTION]
    return session

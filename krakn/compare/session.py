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
    # SQLAlchemy tables built from the snapshots, for what a migration creates,
    # extends or drops: built when first asked for.
    _source_md: MetaData = field(default_factory=MetaData)
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
        """A source table as SQLAlchemy objects, for creates and added columns."""
        return _table(self.source, key, self._source_md)

    def target_table(self, key: TableKey) -> Table:
        """A target table as SQLAlchemy objects, for drops and their reverse."""
        return _table(self.target, key, self._target_md)

    @staticmethod
    def stub(key: TableKey) -> TableClause:
        """A light stand-in for a table present on both sides.

        krakn's "table" hooks read the catalog and only ask whether a side
        has the table; a TableClause costs a tenth of a reflected Table.
        """
        return table(key[1], schema=key[0])


def _table(snap: Snapshot, key: TableKey, metadata: MetaData) -> Table:
    name = f"{key[0]}.{key[1]}"
    if name not in metadata.tables:
        return table_from_snapshot(snap, key, metadata)
    return metadata.tables[name]


def session_of(autogen_context: AutogenContext) -> Session:
    session: Session = autogen_context.opts[OPTION]
    return session

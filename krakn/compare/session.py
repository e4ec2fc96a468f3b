"""What krakn's comparators share during one comparison."""

from __future__ import annotations

from dataclasses import dataclass, field

from alembic.autogenerate.api import AutogenContext
from sqlalchemy import MetaData, Table

from krakn.catalog import Snapshot, TableKey
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
    _stub_md: MetaData = field(default_factory=MetaData)

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

    def source_stub(self, key: TableKey) -> Table:
        return self._stub(key, "source")

    def target_stub(self, key: TableKey) -> Table:
        return self._stub(key, "target")

    def _stub(self, key: TableKey, side: str) -> Table:
        # Comparator hooks take Table objects; for tables present on both
        # sides krakn's hooks read the catalog, so an empty Table says "exists".
        name = f"{side}_{key[0]}.{key[1]}"
        existing = self._stub_md.tables.get(f"{key[0]}.{name}")
        return existing if existing is not None else Table(name, self._stub_md, schema=key[0])


def session_of(autogen_context: AutogenContext) -> Session:
    session: Session = autogen_context.opts[OPTION]
    return session

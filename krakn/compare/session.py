"""What krakn's comparators share during one comparison."""

from __future__ import annotations

from dataclasses import dataclass

from alembic.autogenerate.api import AutogenContext

from krakn.catalog import Snapshot

OPTION = "krakn_session"


@dataclass
class Session:
    source: Snapshot
    target: Snapshot
    default_schema: str

    def schema(self, schema: str | None) -> str:
        """Alembic says None for the default schema; the catalog never does."""
        return schema or self.default_schema

    def dropped_tables(self) -> set[tuple[str, str]]:
        return set(self.target.tables) - set(self.source.tables)


def session_of(autogen_context: AutogenContext) -> Session:
    session: Session = autogen_context.opts[OPTION]
    return session

"""Take a snapshot of a database: its catalog, privileges and server version."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import TYPE_CHECKING

from krakn import __version__
from krakn.catalog import snapshot as catalog
from krakn.db.database import Database
from krakn.db.query import Query, as_query
from krakn.db.reading import reading, sharing
from krakn.errors import UsageError
from krakn.snapshot.file import FORMAT, Header, ServerVersion, SnapshotFile

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection

log = logging.getLogger(__name__)


def server_version(conn: Query | Connection) -> ServerVersion:
    ((number, words),) = as_query(conn)(
        "SELECT current_setting('server_version_num')::int, current_setting('server_version')",
        {})
    return ServerVersion(number, words)


def capture(conn: Query | Connection, schemas: Sequence[str] | None = None, *,
            grants: bool = True, owners: bool = True,
            recreatable_only: bool = False, helper: Query | None = None) -> SnapshotFile:
    """Read what krakn compares; ``schemas`` None: every user schema.

    Call it inside one REPEATABLE READ transaction (as api.compare does) so
    that every part sees the same moment. ``conn``: a Query (krakn.db.query)
    or a SQLAlchemy connection. ``recreatable_only``: see read_privileges().
    ``helper``: a second Query in the same snapshot (catalog.read_snapshot).
    """
    conn = as_query(conn)
    listed = catalog.list_schemas(conn)
    chosen = sorted(set(schemas) & set(listed)) if schemas is not None else sorted(listed)
    snap = catalog.read_snapshot(conn, chosen, listed, helper)
    privileges = None
    if grants or owners:
        from krakn.catalog.privileges import read_privileges

        privileges = read_privileges(conn, chosen, grants=grants, owners=owners,
                                     recreatable_only=recreatable_only)
    header = Header(FORMAT, __version__, server_version(conn), tuple(sorted(snap.schemas)))
    return SnapshotFile(header, snap, privileges)


def take(database: Database, schemas: Sequence[str] = (), exclude: Sequence[str] = (), *,
         strict: bool = True, grants: bool = True, owners: bool = True,
         recreatable_only: bool = False) -> SnapshotFile:
    """A snapshot of database (only read: one read-only REPEATABLE READ transaction).

    ``schemas`` empty: every user schema; ``exclude``: left out. ``strict``:
    a named schema the database lacks, or none left, is an error (else the
    snapshot holds what there is, as one side of a comparison). ``grants``,
    ``owners``, ``recreatable_only``: which privileges it holds (capture()).
    """
    with reading(database) as reader, sharing(reader) as helper:
        listed = catalog.list_schemas(reader.query)
        missing = sorted(set(schemas) - set(listed))
        if missing and strict:
            raise UsageError(f"schema {missing[0]!r} does not exist in {database.label}: "
                             f"check --schema", side=database.side)
        chosen = sorted(((set(schemas) or set(listed)) & set(listed)) - set(exclude))
        if not chosen and strict:
            raise UsageError(f"no schema left to snapshot in {database.label}: "
                             f"check --schema and --exclude-schema", side=database.side)
        return capture(reader.query, chosen, grants=grants, owners=owners,
                       recreatable_only=recreatable_only, helper=helper)

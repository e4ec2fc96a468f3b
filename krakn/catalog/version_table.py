"""Alembic's version table is Alembic's bookkeeping, never part of a schema diff.

A database migrated by Alembic has ``alembic_version`` (or the table its
env names) on one side only, or with another revision in it: comparing it
would make every migration drop or create it, with its primary key,
grants and owner. It is taken out of both snapshots before anything is
compared, whatever its schema.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable

from krakn.catalog.privileges import PrivilegesSnapshot
from krakn.catalog.snapshot import Snapshot, TableKey

log = logging.getLogger(__name__)

DEFAULT = "alembic_version"


def version_keys(snap: Snapshot, names: Iterable[str]) -> set[TableKey]:
    wanted = set(names)
    return {key for key in snap.tables if key[1] in wanted}


def drop_version_tables(snap: Snapshot, names: Iterable[str]) -> set[TableKey]:
    """Remove the version tables and everything on them from a snapshot."""
    keys = version_keys(snap, names)
    if not keys:
        return keys
    for key in keys:
        del snap.tables[key]
        snap.shapes.pop(key, None)
        snap.security.rls.pop(key, None)
        snap.security.policies.pop(key, None)
    snap.columns = {k: v for k, v in snap.columns.items() if k[:2] not in keys}
    snap.constraints = {k: c for k, c in snap.constraints.items()
                        if (c.schema, c.table) not in keys}
    snap.indexes = {k: i for k, i in snap.indexes.items() if (i.schema, i.table) not in keys}
    snap.sequences = {k: s for k, s in snap.sequences.items()
                      if s.owned_by is None or s.owned_by[:2] not in keys}
    triggers = snap.routines.triggers
    snap.routines.triggers = {k: t for k, t in triggers.items()
                              if (t.schema, t.table) not in keys}
    snap._groups = None  # built from what was there before
    log.debug("left out Alembic version tables: %s", sorted(keys))
    return keys


def drop_version_privileges(priv: PrivilegesSnapshot, keys: set[TableKey]) -> None:
    """Grants and owners of the version tables (and their columns) go too."""
    def kept(key: tuple[str, str, str, str]) -> bool:
        kind, schema, name, _detail = key
        return kind not in ("table", "column") or (schema, name) not in keys

    priv.grants = {k: v for k, v in priv.grants.items() if kept(k)}
    priv.owners = {k: v for k, v in priv.owners.items() if kept(k)}

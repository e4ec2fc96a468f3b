"""SQLAlchemy objects for the tables a migration creates, extends or drops.

They are built from krakn's catalog snapshot alone (no reflection, no
connection), on either side: types, defaults and comments come from the
snapshot, whose ``format_type`` text always round-trips (see
``krakn.types.CatalogType``). Constraints and indexes are left out on
purpose: krakn creates them from their catalog definitions after every table
exists, so foreign-key cycles never matter.
"""

from __future__ import annotations

import logging
from typing import Any

from sqlalchemy import Column, Computed, Identity, MetaData, Table
from sqlalchemy.sql.elements import quoted_name

from krakn.catalog import snapshot as catalog
from krakn.ops.base import quote
from krakn.sqltext import verbatim
from krakn.types import CatalogType

log = logging.getLogger(__name__)

_IDENTITY_KEYS = ("always", "start", "increment", "minvalue", "maxvalue", "cycle", "cache")


def _local_columns(snap: catalog.Snapshot, key: catalog.TableKey) -> set[str]:
    """The columns a CREATE TABLE must spell: inherited ones come from parents."""
    cols = snap.table_columns(key)
    if key not in snap.shapes or not snap.shapes[key].parents:
        return set(cols)
    return {name for name, info in cols.items() if info.local}


def _shape_options(snap: catalog.Snapshot, key: catalog.TableKey) -> dict[str, Any]:
    options: dict[str, Any] = {}
    storage = snap.table_storage.get(key)
    if storage is not None and storage.persistence == "u":
        options["prefixes"] = ["UNLOGGED"]
    if storage is not None and storage.access_method:
        options["postgresql_using"] = quote(storage.access_method)
    shape = snap.shapes.get(key)
    if shape is None:
        return options
    if shape.partition_key:
        options["postgresql_partition_by"] = shape.partition_key
    if shape.parents and not shape.is_partition:
        # Already quoted: SQLAlchemy would quote "schema.table" as one name.
        options["postgresql_inherits"] = tuple(
            quoted_name(f"{quote(s)}.{quote(t)}", quote=False) for s, t in shape.parents)
    return options


def table_from_snapshot(snap: catalog.Snapshot, key: catalog.TableKey,
                        metadata: MetaData) -> Table:
    """A table built from catalog facts alone, columns in their catalog order."""
    cols = snap.table_columns(key)
    local = _local_columns(snap, key)
    seq_of = snap.identity_sequence
    columns = []
    for name in sorted(local, key=lambda c: cols[c].attnum):
        info = cols[name]
        ident = None
        seq = seq_of((*key, name)) if info.identity else None
        if seq is not None:
            ident = {"always": info.identity == "a", "start": seq.start,
                     "increment": seq.increment, "minvalue": seq.minvalue,
                     "maxvalue": seq.maxvalue, "cycle": seq.cycle, "cache": seq.cache}
        columns.append(_column(name, info, ident))
    return Table(key[1], metadata, *columns, schema=key[0], comment=snap.tables.get(key),
                 **_shape_options(snap, key))


def column_from_snapshot(snap: catalog.Snapshot, key: catalog.TableKey,
                         name: str) -> Column[Any]:
    """One column on its own, also one the table inherits (which the table
    built by table_from_snapshot leaves out), for ADD or DROP COLUMN."""
    info = snap.table_columns(key)[name]
    seq = snap.identity_sequence((*key, name)) if info.identity else None
    ident = None
    if seq is not None:
        ident = {"always": info.identity == "a", "start": seq.start,
                 "increment": seq.increment, "minvalue": seq.minvalue,
                 "maxvalue": seq.maxvalue, "cycle": seq.cycle, "cache": seq.cache}
    return _column(name, info, ident)


def _column(name: str, info: catalog.Column, identity: dict[str, Any] | None) -> Column[Any]:
    args: list[Any] = []
    if info.identity and identity:
        args.append(Identity(**{k: v for k, v in identity.items() if k in _IDENTITY_KEYS}))
    if info.generated and info.default is not None:
        args.append(Computed(verbatim(info.default), persisted=True))
    default = None
    if info.default is not None and not info.generated:
        default = verbatim(info.default)
    return Column(
        name,
        CatalogType(info.type, info.collation),
        *args,
        nullable=not info.notnull,
        server_default=default,
        comment=info.comment,
        # SERIAL is never rendered: the default spells the sequence.
        autoincrement="auto" if info.identity else False,
    )

"""The source side as a SQLAlchemy MetaData, filled by bulk reflection.

SQLAlchemy's ``get_multi_columns`` reads every column of a schema in one
query. Types are then replaced by the catalog's own ``format_type`` text
(see ``krakn.types.CatalogType``). Constraints and indexes are left out on
purpose: krakn compares and creates them from their catalog definitions,
after every table exists, so foreign-key cycles never matter.
"""

from __future__ import annotations

import logging
from typing import Any

from sqlalchemy import Column, Computed, Identity, MetaData, Table, inspect, text
from sqlalchemy.engine import Connection

from krakn import catalog
from krakn.types import CatalogType

log = logging.getLogger(__name__)

_IDENTITY_KEYS = ("always", "start", "increment", "minvalue", "maxvalue", "cycle", "cache")


def reflect_source(conn: Connection, snap: catalog.Snapshot) -> MetaData:
    """A MetaData holding every table of the snapshot, columns only."""
    metadata = MetaData()
    inspector = inspect(conn)
    by_schema: dict[str, list[str]] = {}
    for schema, table in snap.tables:
        by_schema.setdefault(schema, []).append(table)
    for schema in sorted(by_schema):
        names = sorted(by_schema[schema])
        reflected = inspector.get_multi_columns(schema=schema, filter_names=names)
        for (_, table), columns in sorted(reflected.items()):
            key = (schema, table)
            cols = [_column(d, snap.columns[(schema, table, d["name"])]) for d in columns
                    if (schema, table, d["name"]) in snap.columns]
            Table(table, metadata, *cols, schema=schema, comment=snap.tables.get(key))
    log.debug("reflected %d source tables", len(metadata.tables))
    return metadata


def _column(reflected: dict[str, Any], info: catalog.Column) -> Column[Any]:
    args: list[Any] = []
    if info.identity and reflected.get("identity"):
        ident = {k: v for k, v in reflected["identity"].items() if k in _IDENTITY_KEYS}
        args.append(Identity(**ident))
    if info.generated and info.default is not None:
        args.append(Computed(text(info.default), persisted=True))
    default = None
    if info.default is not None and not info.generated:
        default = text(info.default)
    return Column(
        reflected["name"],
        CatalogType(info.type, info.collation),
        *args,
        nullable=not info.notnull,
        server_default=default,
        comment=info.comment,
        # SERIAL is never rendered: the default spells the sequence.
        autoincrement="auto" if info.identity else False,
    )

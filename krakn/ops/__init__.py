"""krakn's migration operations, beside Alembic's own."""

from krakn.ops import (
    base,
    columns,
    comments,
    constraints,
    domains,
    extensions,
    indexes,
    partitions,
    privileges,
    routines,
    schemas,
    security,
    sequences,
    storage,
    types,
    views,
)

__all__ = [
    "base", "columns", "comments", "constraints", "domains", "extensions", "indexes", "partitions",
    "privileges", "routines", "schemas", "security", "sequences", "storage", "types", "views",
]

"""krakn's migration operations, beside Alembic's own."""

from krakn.ops import (
    base,
    columns,
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
    types,
    views,
)

__all__ = [
    "base", "columns", "constraints", "domains", "extensions", "indexes", "partitions",
    "privileges", "routines", "schemas", "security", "sequences", "types", "views",
]

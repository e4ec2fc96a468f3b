"""krakn's migration operations, beside Alembic's own."""

from krakn.ops import (
    aggregates,
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
    rules,
    schemas,
    security,
    sequences,
    statistics,
    storage,
    types,
    views,
)

__all__ = [
    "aggregates", "base", "columns", "comments", "constraints", "domains", "extensions",
    "indexes", "partitions", "privileges", "routines", "rules", "schemas", "security",
    "sequences", "statistics", "storage", "types", "views",
]

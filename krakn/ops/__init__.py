"""krakn's migration operations, beside Alembic's own."""

from krakn.ops import base, columns, constraints, indexes, schemas, sequences

__all__ = ["base", "columns", "constraints", "indexes", "schemas", "sequences"]

"""SQL text that SQLAlchemy must pass through untouched."""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.sql.elements import TextClause


def verbatim(sql: str) -> TextClause:
    """A TextClause whose colons are never read as bind parameters.

    Catalog text such as ``'10:30'::time`` or a comment with ``a:b`` would
    otherwise turn into bind parameters; ``\\:`` is text()'s own escape.
    """
    return text(sql.replace(":", "\\:"))

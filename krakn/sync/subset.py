"""Row filters and subsets: which source rows a sync copies, as SQL on the source."""

from __future__ import annotations

from collections.abc import Sequence

from krakn.catalog.data import Catalog
from krakn.errors import UsageError
from krakn.names import TableName
from krakn.options import RowFilter


def filters(source: Catalog, names: Sequence[TableName], rows: RowFilter
            ) -> dict[TableName, str]:
    """Each table's WHERE on the source row."""
    raise UsageError("where and subset are not supported yet")

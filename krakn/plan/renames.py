"""The pass that turns a profile's renames into rename steps (krakn.ops.renames).

It runs first, so that the later passes never see the drop a rename replaces:
nothing is tied to it, held for it or restored after it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from krakn.catalog.snapshot import Snapshot
from krakn.names import TableName
from krakn.ops.renames import apply_renames
from krakn.plan.model import Context, Step


def rename_steps(steps: list[Step], ctx: Context) -> None:
    """The pass: each rename's drop and add become one ALTER ... RENAME step."""
    if ctx.renames:
        steps[:] = apply_renames(steps, ctx.renames, _columns_of(ctx.session.source),
                                 _columns_of(ctx.session.target))


def _columns_of(snap: Snapshot) -> Callable[[TableName], dict[str, Any] | None]:
    def columns(table: TableName) -> dict[str, Any] | None:
        key = (table.schema, table.name)
        return dict(snap.table_columns(key)) if key in snap.tables else None
    return columns

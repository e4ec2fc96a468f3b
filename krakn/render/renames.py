"""How a revision file spells krakn's rename steps: Alembic's own operations.

Keys, indexes and sequences renamed along with a table have no Alembic
operation: they are op.execute() like every krakn operation.
"""

from __future__ import annotations

from alembic.autogenerate import renderers
from alembic.autogenerate.api import AutogenContext

from krakn.ops.renames import RenameColumnOp, RenameTableOp


@renderers.dispatch_for(RenameColumnOp)
def _render_column(context: AutogenContext, op: RenameColumnOp) -> str:
    return (f"op.alter_column({op.table!r}, {op.old!r}, new_column_name={op.new!r}, "
            f"schema={op.schema!r})")


@renderers.dispatch_for(RenameTableOp)
def _render_table(context: AutogenContext, op: RenameTableOp) -> str:
    return f"op.rename_table({op.old!r}, {op.new!r}, schema={op.schema!r})"

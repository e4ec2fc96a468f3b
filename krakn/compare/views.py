"""View comparator: views and materialized views, by name and definition."""

from __future__ import annotations

from alembic.autogenerate.api import AutogenContext
from alembic.operations import ops
from alembic.runtime.plugins import Plugin
from alembic.util import PriorityDispatchResult

from krakn.catalog.views import View
from krakn.compare.session import session_of
from krakn.ops.base import display, qualify, quote
from krakn.ops.comments import Commented, SetCommentOp
from krakn.ops.views import CreateViewOp, DropViewOp, SetViewCommentOp


def compare_views(ctx: AutogenContext, upgrade_ops: ops.UpgradeOps,
                  schemas: set[str | None]) -> PriorityDispatchResult:
    session = session_of(ctx)
    src, tgt = session.source.views, session.target.views
    for key in sorted(src.views.keys() | tgt.views.keys()):
        new, old = src.views.get(key), tgt.views.get(key)
        if new is not None and old is None:
            upgrade_ops.ops.append(CreateViewOp(new, src.depth(key)))
        elif old is not None and new is None:
            upgrade_ops.ops.append(DropViewOp(old, tgt.depth(key)))
        elif new is not None and old is not None and new != old:
            if _only_comment_differs(new, old):
                if new.comment != old.comment:
                    upgrade_ops.ops.append(SetViewCommentOp(new, old.comment))
                upgrade_ops.ops += part_comments(new, old)
            else:
                upgrade_ops.ops.append(DropViewOp(old, tgt.depth(key), replaced=True))
                upgrade_ops.ops.append(CreateViewOp(new, src.depth(key), replaces=old))
    return PriorityDispatchResult.CONTINUE


def part_comments(new: View, old: View) -> list[SetCommentOp]:
    """Comments on the columns and indexes of a view that stays."""
    out = []
    name, view = qualify(new.schema, new.name), display(new.schema, new.name)
    kind = "materialized view" if new.materialized else "view"
    cols_new, cols_old = dict(new.column_comments), dict(old.column_comments)
    for col in sorted(cols_new.keys() | cols_old.keys()):
        if cols_new.get(col) != cols_old.get(col):
            what = Commented(f"COLUMN {name}.{quote(col)}", f"{kind} column",
                             f"{view}.{col}", new.schema, new.name, col)
            out.append(SetCommentOp(what, cols_new.get(col), cols_old.get(col)))
    idx_new, idx_old = dict(new.index_comments), dict(old.index_comments)
    for idx in sorted(idx_new.keys() | idx_old.keys()):
        if idx_new.get(idx) != idx_old.get(idx):
            what = Commented(f"INDEX {qualify(new.schema, idx)}", "index",
                             display(new.schema, idx), new.schema, new.name, idx)
            out.append(SetCommentOp(what, idx_new.get(idx), idx_old.get(idx)))
    return out


def _only_comment_differs(new: View, old: View) -> bool:
    def shape(v: View) -> tuple[object, ...]:
        return (v.definition, v.options, v.materialized, v.indexes)

    return shape(new) == shape(old)


def setup(plugin: Plugin) -> None:
    plugin.add_autogenerate_comparator(compare_views, "schema", "krakn_views")

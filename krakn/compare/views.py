"""View comparator: views and materialized views, by name and definition."""

from __future__ import annotations

from alembic.autogenerate.api import AutogenContext
from alembic.operations import ops
from alembic.runtime.plugins import Plugin
from alembic.util import PriorityDispatchResult

from krakn.catalog.views import View
from krakn.compare.session import session_of
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
                upgrade_ops.ops.append(SetViewCommentOp(new, old.comment))
            else:
                upgrade_ops.ops.append(DropViewOp(old, tgt.depth(key), replaced=True))
                upgrade_ops.ops.append(CreateViewOp(new, src.depth(key), replaces=old))
    return PriorityDispatchResult.CONTINUE


def _only_comment_differs(new: View, old: View) -> bool:
    def shape(v: View) -> tuple[object, ...]:
        return (v.definition, v.options, v.materialized, v.indexes)

    return shape(new) == shape(old)


def setup(plugin: Plugin) -> None:
    plugin.add_autogenerate_comparator(compare_views, "schema", "krakn_views")

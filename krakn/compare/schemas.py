"""Schema comparator: CREATE / DROP SCHEMA and schema comments."""

from __future__ import annotations

from alembic.autogenerate.api import AutogenContext
from alembic.operations import ops
from alembic.runtime.plugins import Plugin
from alembic.util import PriorityDispatchResult

from krakn.compare.session import session_of
from krakn.ops.schemas import CreateSchemaOp, DropSchemaOp, SetSchemaCommentOp


def compare_schemas(ctx: AutogenContext, upgrade_ops: ops.UpgradeOps,
                    schemas: set[str | None]) -> PriorityDispatchResult:
    session = session_of(ctx)
    src, tgt = session.source.schemas, session.target.schemas
    for name in sorted(src.keys() | tgt.keys()):
        if name not in tgt:
            upgrade_ops.ops.append(CreateSchemaOp(name, src[name]))
        elif name not in src:
            upgrade_ops.ops.append(DropSchemaOp(name, tgt[name]))
        elif src[name] != tgt[name]:
            upgrade_ops.ops.append(SetSchemaCommentOp(name, src[name], tgt[name]))
    return PriorityDispatchResult.CONTINUE


def setup(plugin: Plugin) -> None:
    plugin.add_autogenerate_comparator(compare_schemas, "schema", "krakn_schemas")

"""Extension comparator. Extensions are database-wide: they are compared
whatever the schema selection, but one is only created where its schema is
selected (so the migration makes it) or already exists on the target."""

from __future__ import annotations

import logging

from alembic.autogenerate.api import AutogenContext
from alembic.operations import ops
from alembic.runtime.plugins import Plugin
from alembic.util import PriorityDispatchResult

from krakn.catalog.types import Extension
from krakn.compare.session import Session, session_of
from krakn.graph import depths
from krakn.ops.extensions import CreateExtensionOp, DropExtensionOp, SetExtensionSchemaOp

log = logging.getLogger(__name__)


def _schema_there(session: Session, ext: Extension) -> bool:
    return ext.schema in session.source.schemas or ext.schema in session.target.types.namespaces


def _depths(exts: dict[str, Extension]) -> dict[str, int]:
    """How many extensions deep each one's requirements go (cube 0, earthdistance 1)."""
    return depths({name: ext.requires for name, ext in exts.items()})


def compare_extensions(ctx: AutogenContext, upgrade_ops: ops.UpgradeOps,
                       schemas: set[str | None]) -> PriorityDispatchResult:
    session = session_of(ctx)
    src, tgt = session.source.types.extensions, session.target.types.extensions
    src_depth, tgt_depth = _depths(src), _depths(tgt)
    for name in sorted(src.keys() | tgt.keys()):
        new, old = src.get(name), tgt.get(name)
        if new is not None and not _schema_there(session, new):
            log.info("extension %s: schema %s is neither selected nor on the target; "
                     "left alone", name, new.schema)
        elif new is not None and old is None:
            upgrade_ops.ops.append(CreateExtensionOp(new, src_depth[name]))
        elif old is not None and new is None:
            upgrade_ops.ops.append(DropExtensionOp(old, tgt_depth[name]))
        elif new is not None and old is not None and new != old:
            upgrade_ops.ops.append(SetExtensionSchemaOp(new, old))
    return PriorityDispatchResult.CONTINUE


def setup(plugin: Plugin) -> None:
    plugin.add_autogenerate_comparator(compare_extensions, "schema", "krakn_extensions")

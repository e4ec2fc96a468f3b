"""Foreign-data comparator: wrappers, servers, user mappings, foreign tables.

A server made again (a new type or wrapper) takes its user mappings and
foreign tables down first; they are made again after it.
"""

from __future__ import annotations

from alembic.autogenerate.api import AutogenContext
from alembic.operations import ops
from alembic.runtime.plugins import Plugin
from alembic.util import PriorityDispatchResult

from krakn.compare.objects import compare_all, remake
from krakn.compare.session import session_of
from krakn.ops.foreign import FOREIGN_TABLES, MAPPINGS, SERVERS, WRAPPERS
from krakn.ops.phases import Phase


def compare_foreign(ctx: AutogenContext, upgrade_ops: ops.UpgradeOps,
                    schemas: set[str | None]) -> PriorityDispatchResult:
    session = session_of(ctx)
    src, tgt = session.source.extras.foreign, session.target.extras.foreign
    compare_all(upgrade_ops, WRAPPERS, src.wrappers, tgt.wrappers)
    compare_all(upgrade_ops, SERVERS, src.servers, tgt.servers)
    remade = {name for name, old in tgt.servers.items()
              if name in src.servers and SERVERS.alter(src.servers[name], old) is None}
    maps = {key for key, m in tgt.mappings.items() if m.server in remade}
    tables = {key for key, t in tgt.tables.items() if t.server in remade}
    for key in sorted(maps):
        remake(upgrade_ops, MAPPINGS, src.mappings.get(key), tgt.mappings[key],
               Phase.FOREIGN_SERVERS)
    for key in sorted(tables):
        remake(upgrade_ops, FOREIGN_TABLES, src.tables.get(key), tgt.tables[key],
               Phase.FOREIGN_SERVERS)
    compare_all(upgrade_ops, MAPPINGS, src.mappings, tgt.mappings, skip=maps)
    compare_all(upgrade_ops, FOREIGN_TABLES, src.tables, tgt.tables, skip=tables)
    return PriorityDispatchResult.CONTINUE


def setup(plugin: Plugin) -> None:
    plugin.add_autogenerate_comparator(compare_foreign, "schema", "krakn_foreign")

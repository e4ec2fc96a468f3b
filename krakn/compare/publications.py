"""Publication comparator (database-wide, whatever the schema selection).

A publication both sides have keeps its name and grants: what it publishes
is set in place, tables and schemas are dropped from it and added to it. A
table whose column list or row filter names a column that changes or goes
is dropped from it first and added back after, unchanged; so is a table
rebuilt for its partitioning (krakn.compare.tables).
"""

from __future__ import annotations

from alembic.autogenerate.api import AutogenContext
from alembic.operations import ops
from alembic.runtime.plugins import Plugin
from alembic.util import PriorityDispatchResult

from krakn.catalog.publications import Publication
from krakn.compare.objects import change
from krakn.compare.session import Session, session_of
from krakn.compare.tables import rebuilt_tables
from krakn.ops.objects import ObjectOp
from krakn.ops.publications import PUBLICATIONS, PublicationEntriesOp, entry_sql


def _columns_change(session: Session, key: tuple[str, str]) -> bool:
    return session.source.table_columns(key) != session.target.table_columns(key)


def _entries(session: Session, new: Publication, old: Publication) -> list[ops.MigrateOperation]:
    before = {(e.schema, e.table): e for e in old.tables}
    after = {(e.schema, e.table): e for e in new.tables}
    gone = [e for k, e in before.items() if k not in after]
    added = [e for k, e in after.items() if k not in before]
    changed = {k: entry_sql(e) for k, e in before.items() if k in after and after[k] != e}
    # Same entry, but a column under its list or filter changes, or the table
    # is rebuilt (and its DROP TABLE would take it along): taken off and put back.
    rebuilt = rebuilt_tables(session)
    held = [e for k, e in before.items() if k not in changed and k in after and (
        k in rebuilt or (e.columns is not None or e.where is not None)
        and _columns_change(session, k))]
    out: list[ops.MigrateOperation] = []
    drop = tuple(gone + [before[k] for k in changed])
    schemas_gone = tuple(s for s in old.schemas if s not in new.schemas)
    if drop or schemas_gone:
        out.append(PublicationEntriesOp(new.name, False, drop, schemas_gone, changed))
    add = tuple(added + [after[k] for k in changed])
    schemas_added = tuple(s for s in new.schemas if s not in old.schemas)
    if add or schemas_added:
        out.append(PublicationEntriesOp(new.name, True, add, schemas_added, changed))
    if held:
        out.append(PublicationEntriesOp(new.name, False, tuple(held), (), silent=True))
        out.append(PublicationEntriesOp(new.name, True, tuple(held), (), silent=True))
    return out


def compare_publications(ctx: AutogenContext, upgrade_ops: ops.UpgradeOps,
                         schemas: set[str | None]) -> PriorityDispatchResult:
    session = session_of(ctx)
    src, tgt = session.source.extras.publications, session.target.extras.publications
    for name in sorted(src.keys() | tgt.keys()):
        new, old = src.get(name), tgt.get(name)
        if new is None or old is None or new.all_tables != old.all_tables:
            upgrade_ops.ops.extend(change(PUBLICATIONS, new, old))
            continue
        if PUBLICATIONS.alter(new, old):
            upgrade_ops.ops.append(ObjectOp(PUBLICATIONS, new, old))
        upgrade_ops.ops.extend(_entries(session, new, old))
    return PriorityDispatchResult.CONTINUE



def setup(plugin: Plugin) -> None:
    plugin.add_autogenerate_comparator(compare_publications, "schema", "krakn_publications")

"""A plan between two snapshots, with no connection: what a snapshot file as --from or --to needs.

krakn's comparators read only the two catalogs; Alembic's part wants a
connection for two things, which the snapshots answer here instead: the list
of the target's schemas (its ``schemas`` plugin asks the inspector), and the
source tables a migration creates (reflected live by ``api.compare``, built
here from the catalog as drops already are).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from alembic.autogenerate import produce_migrations
from alembic.autogenerate.api import AutogenContext
from alembic.migration import MigrationContext
from alembic.operations import ops
from alembic.runtime.plugins import Plugin
from alembic.util import PriorityDispatchResult
from sqlalchemy.dialects import postgresql

from krakn import compare
from krakn.catalog.privileges import PrivilegesSnapshot
from krakn.catalog.snapshot import Snapshot
from krakn.compare.session import OPTION, Session, session_of
from krakn.errors import UsageError
from krakn.plan import Plan, build_plan

if TYPE_CHECKING:
    from krakn.snapshot.file import SnapshotFile

log = logging.getLogger(__name__)

# Outside "krakn.*", which api.compare asks for: there Alembic's own plugin starts.
PLUGIN = "krakn_offline.schemas"
_registered: list[str] = []
DEFAULT_SCHEMA = "public"


def plan_between(source: Snapshot, target: Snapshot, *,
                 source_privileges: PrivilegesSnapshot | None = None,
                 target_privileges: PrivilegesSnapshot | None = None,
                 privileges: bool = False, owners: bool = False,
                 default_schema: str = DEFAULT_SCHEMA) -> tuple[Plan, Session]:
    """The steps that turn target into source, and the session they were planned in.

    Both catalogs hold the same selection of schemas (the caller chose them).
    """
    from krakn.compare.tables import tables_to_reflect
    from krakn.reflect import table_from_snapshot

    session = Session(source, target, default_schema, privileges=privileges, owners=owners,
                      source_privileges=source_privileges, target_privileges=target_privileges)
    for key in sorted(tables_to_reflect(session)):
        table_from_snapshot(source, key, session.metadata)
    return build_plan(_autogenerate(session), session), session


def _autogenerate(session: Session) -> ops.UpgradeOps:
    compare.register()
    if not _registered:
        Plugin(PLUGIN).add_autogenerate_comparator(_schemas, "autogenerate")
        _registered.append(PLUGIN)
    selected = set(session.source.schemas) | set(session.target.schemas)

    def include_name(name: str | None, type_: str, parent: dict[str, Any]) -> bool:
        if type_ == "schema":
            return session.schema(name) in selected
        return True

    context = MigrationContext.configure(
        dialect=postgresql.dialect(),
        opts={
            "include_schemas": True,
            "include_name": include_name,
            "compare_type": True,
            "compare_server_default": True,
            "autogenerate_plugins": [PLUGIN, *compare.PLUGINS[1:]],
            OPTION: session,
        },
    )
    script = produce_migrations(context, session.metadata)
    assert script.upgrade_ops is not None
    return script.upgrade_ops


def _schemas(ctx: AutogenContext, upgrade_ops: ops.UpgradeOps) -> PriorityDispatchResult:
    """Alembic's start of a comparison, with the target's schemas from its snapshot."""
    session = session_of(ctx)
    # As Alembic names them: the default schema is None, and always asked for.
    schemas: set[str | None] = {s for s in session.target.schemas
                                if s != session.default_schema}
    schemas.add(None)
    schemas = {s for s in schemas if ctx.run_name_filters(s, "schema", {})}
    ctx.comparators.dispatch("schema", qualifier="postgresql")(ctx, upgrade_ops, schemas)
    return PriorityDispatchResult.CONTINUE



def without_schemas(snap: SnapshotFile, chosen: Sequence[str]) -> SnapshotFile:
    """snap, which must hold no schema beyond chosen (a file cannot be narrowed yet)."""
    extra = sorted(set(snap.catalog.schemas) - set(chosen))
    if extra:
        raise UsageError(f"the snapshot holds schema {extra[0]!r}, which --schema and "
                         f"--exclude-schema leave out: take the snapshot with the same "
                         f"--schema/--exclude-schema")
    return snap

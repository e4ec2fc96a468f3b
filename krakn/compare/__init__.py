"""krakn's comparators, registered as Alembic autogenerate plugins.

``autogenerate`` runs them on two snapshots and a PostgreSQL dialect, with no
connection: krakn's ``start`` plugin stands in for Alembic's ``schemas``
(which asks a connection for the schema names) and its ``tables`` plugin for
Alembic's (which reflects the target table by table), dispatching the same
"schema", "table" and "column" hooks; everything is compared on catalog
definitions, through the plugins registered here.
"""

from __future__ import annotations

from alembic.autogenerate import produce_migrations
from alembic.migration import MigrationContext
from alembic.operations import ops
from alembic.runtime.plugins import Plugin
from sqlalchemy import MetaData

from krakn.compare import (
    aggregates,
    collations,
    columns,
    comments,
    constraints,
    default_privileges,
    events,
    extensions,
    foreign,
    indexes,
    privileges,
    publications,
    routines,
    rules,
    schemas,
    security,
    sequences,
    start,
    statistics,
    storage,
    tables,
    textsearch,
    types,
    view_triggers,
    views,
)
from krakn.compare.session import OPTION, Session

PLUGINS = ["krakn.*"]

_MODULES = {
    "krakn.start": start,
    "krakn.schemas": schemas,
    "krakn.extensions": extensions,
    "krakn.user_types": types,
    "krakn.sequences": sequences,
    "krakn.columns": columns,
    "krakn.constraints": constraints,
    "krakn.indexes": indexes,
    "krakn.comments": comments,
    "krakn.routines": routines,
    "krakn.tables": tables,
    "krakn.views": views,
    "krakn.row_security": security,
    "krakn.privileges": privileges,
    "krakn.default_privileges": default_privileges,
    "krakn.storage": storage,
    "krakn.aggregates": aggregates,
    "krakn.rules": rules,
    "krakn.statistics": statistics,
    "krakn.view_triggers": view_triggers,
    # Objects compared whole (krakn.ops.objects).
    "krakn.collations": collations,
    "krakn.text_search": textsearch,
    "krakn.foreign": foreign,
    "krakn.event_triggers": events,
    "krakn.publications": publications,
}


_registered: list[str] = []


def register() -> None:
    """Set up krakn's plugins once per process (Alembic refuses duplicates)."""
    for name, module in _MODULES.items():
        if name not in _registered:
            Plugin.setup_plugin_from_module(module, name)
            _registered.append(name)


def autogenerate(session: Session) -> ops.UpgradeOps:
    """Run Alembic's autogenerate with krakn's comparators on the session's snapshots.

    Offline: a PostgreSQL dialect stands in for a connection, since every
    comparator reads the snapshots (and the SQLAlchemy tables built from them).
    """
    register()
    context = MigrationContext.configure(
        dialect_name="postgresql",
        opts={
            "include_schemas": True,
            "compare_type": True,
            "compare_server_default": True,
            "autogenerate_plugins": PLUGINS,
            OPTION: session,
        },
    )
    script = produce_migrations(context, MetaData())
    assert script.upgrade_ops is not None
    return script.upgrade_ops

"""krakn's comparators, registered as Alembic autogenerate plugins.

Alembic's own ``schemas`` plugin starts the comparison; krakn's ``tables``
plugin stands in for Alembic's (which reflects the target table by table)
and dispatches the same "table" and "column" hooks; everything is compared
on catalog definitions, through the plugins registered here.
"""

from __future__ import annotations

from alembic.runtime.plugins import Plugin

from krakn.compare import (
    columns,
    comments,
    constraints,
    extensions,
    indexes,
    privileges,
    routines,
    schemas,
    security,
    sequences,
    storage,
    tables,
    types,
    views,
)

PLUGINS = [
    "alembic.autogenerate.schemas",
    "krakn.*",
]

_MODULES = {
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
    "krakn.storage": storage,
}


_registered: list[str] = []


def register() -> None:
    """Set up krakn's plugins once per process (Alembic refuses duplicates)."""
    for name, module in _MODULES.items():
        if name not in _registered:
            Plugin.setup_plugin_from_module(module, name)
            _registered.append(name)

"""One database as a comparison needs it: everything read, no connection kept.

``krakn.api.plan_migration`` plans from two of these alone, so a side can
come from a live database (read in one REPEATABLE READ transaction) or,
later, from a snapshot file.
"""

from __future__ import annotations

from dataclasses import dataclass

from krakn.catalog.privileges import PrivilegesSnapshot
from krakn.catalog.snapshot import Snapshot


@dataclass
class Side:
    catalog: Snapshot
    # Grants and owners: compared with --with-privileges / --with-owners;
    # without them, what the plan drops and creates again gets the target's
    # back. None: not read (nothing is restored then).
    privileges: PrivilegesSnapshot | None = None
    # The search path's first schema: where a name given without one lives.
    default_schema: str = "public"

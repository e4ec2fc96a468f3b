"""What a snapshot file as --from or --to must hold to be compared.

The comparison itself is krakn.api.plan_migration, which needs no connection.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from krakn.errors import UsageError

if TYPE_CHECKING:
    from krakn.snapshot.file import SnapshotFile


def without_schemas(snap: SnapshotFile, chosen: Sequence[str]) -> SnapshotFile:
    """snap, which must hold no schema beyond chosen (a file cannot be narrowed yet)."""
    extra = sorted(set(snap.catalog.schemas) - set(chosen))
    if extra:
        raise UsageError(f"the snapshot holds schema {extra[0]!r}, which --schema and "
                         f"--exclude-schema leave out: take the snapshot with the same "
                         f"--schema/--exclude-schema")
    return snap

"""The plan: operations in their place, and what the passes over it share."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from alembic.operations import MigrateOperation

from krakn.ops.phases import Phase

if TYPE_CHECKING:
    from krakn.catalog.privileges import PrivilegesSnapshot
    from krakn.catalog.renamed import Renamed
    from krakn.compare.session import Session


@dataclass
class Step:
    """One operation in its place, and whether it waits for --force.

    krakn.plan.safety sets ``destructive`` (held without --force), ``reason``
    and ``loses_data`` (running it takes rows or values with it; what a
    rollback cannot bring back).
    """

    op: MigrateOperation
    phase: Phase
    key: tuple[Any, ...]
    destructive: bool = False
    reason: str = ""
    # Runs before BEGIN: ALTER TYPE ... ADD VALUE, whose value the same
    # transaction could not use.
    outside_transaction: bool = False
    loses_data: bool = False


@dataclass
class Plan:
    steps: list[Step] = field(default_factory=list)
    # The target's grants and owners, for what the rollback makes again
    # (krakn.plan.grants.grant_again): the grants with --with-privileges,
    # the owners with --with-owners, both without either (the views',
    # routines' and types' only, as they were read then).
    target_privileges: PrivilegesSnapshot | None = None
    grants_back: bool = False
    owners_back: bool = False

    @property
    def empty(self) -> bool:
        return not self.steps


@dataclass
class Context:
    """What the passes after comparison read: both sides, and, for what a
    step makes anew without --with-privileges, the target's grants and owners
    (``target_grants``; None: not read, grants are left as they fall)."""

    session: Session
    target_grants: PrivilegesSnapshot | None = None
    # A profile's renames, made in the target's snapshot (krakn.plan.renames).
    renames: Renamed | None = None


# A pass reads the steps so far and changes them in place.
Pass = Callable[[list[Step], Context], None]

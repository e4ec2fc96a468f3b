"""Sequence comparator: standalone and owned sequences (identity ones go with
their column)."""

from __future__ import annotations

from alembic.autogenerate.api import AutogenContext
from alembic.operations import ops
from alembic.runtime.plugins import Plugin
from alembic.util import PriorityDispatchResult

from krakn.catalog.snapshot import Sequence, Snapshot
from krakn.compare.session import Session, session_of
from krakn.ops.base import display, qualify
from krakn.ops.comments import Commented, SetCommentOp
from krakn.ops.sequences import (
    AlterSequenceOp,
    CreateSequenceOp,
    DropSequenceOp,
    SetSequenceOwnerOp,
)


def _plain(snap: Snapshot) -> dict[tuple[str, str], Sequence]:
    return {k: s for k, s in snap.sequences.items() if not s.identity}


def _goes_with_owner(session: Session, seq: Sequence) -> bool:
    """A sequence owned by a dropped column or table is dropped with it."""
    if seq.owned_by is None:
        return False
    return seq.owned_by not in session.source.columns


def compare_sequences(ctx: AutogenContext, upgrade_ops: ops.UpgradeOps,
                      schemas: set[str | None]) -> PriorityDispatchResult:
    session = session_of(ctx)
    src, tgt = _plain(session.source), _plain(session.target)
    for key in sorted(src.keys() | tgt.keys()):
        new, old = src.get(key), tgt.get(key)
        if new is not None and old is None:
            upgrade_ops.ops.append(CreateSequenceOp(new))
            if new.owned_by:
                upgrade_ops.ops.append(SetSequenceOwnerOp(*key, new.owned_by, None,
                                                          catch_up=True))
        elif old is not None and new is None:
            reused = key in session.source.sequences  # as an identity's sequence
            upgrade_ops.ops.append(DropSequenceOp(old, _goes_with_owner(session, old), reused))
        elif new is not None and old is not None:
            if new.options() != old.options():
                upgrade_ops.ops.append(AlterSequenceOp(new, old))
            if new.owned_by != old.owned_by:
                upgrade_ops.ops.append(SetSequenceOwnerOp(*key, new.owned_by, old.owned_by))
            if new.comment != old.comment:
                what = Commented(f"SEQUENCE {qualify(*key)}", "sequence", display(*key),
                                 key[0], None, key[1])
                upgrade_ops.ops.append(SetCommentOp(what, new.comment, old.comment))
    return PriorityDispatchResult.CONTINUE


def setup(plugin: Plugin) -> None:
    plugin.add_autogenerate_comparator(compare_sequences, "schema", "krakn_sequences")

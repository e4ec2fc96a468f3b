"""What the comparators of objects compared whole share (krakn.ops.objects):
each object of either side made, dropped, altered or replaced."""

from __future__ import annotations

from collections.abc import Collection, Hashable, Mapping
from typing import Any

from alembic.operations import ops

from krakn.ops.objects import ObjectKind, ObjectOp
from krakn.ops.phases import Phase


def change(kind: ObjectKind[Any], new: Any, old: Any) -> list[ObjectOp]:
    """The steps that turn old into new (either None: made, dropped)."""
    if new == old:
        return []
    if new is not None and old is not None and kind.alter(new, old) is None and (
            kind.split_replace):
        return [ObjectOp(kind, None, old, silent=True), ObjectOp(kind, new, None, replaces=old)]
    return [ObjectOp(kind, new, old)]


def compare_all(upgrade_ops: ops.UpgradeOps, kind: ObjectKind[Any],
                src: Mapping[Any, Any], tgt: Mapping[Any, Any],
                skip: Collection[Hashable] = ()) -> None:
    """Every object of either side, but those in skip (handled by the caller)."""
    for key in sorted(src.keys() | tgt.keys()):
        if key not in skip:
            upgrade_ops.ops.extend(change(kind, src.get(key), tgt.get(key)))


def remake(upgrade_ops: ops.UpgradeOps, kind: ObjectKind[Any], new: Any, old: Any,
           phase: Phase) -> None:
    """old goes early (at phase, before what it stands on is made again), and
    new, if any, is made at its usual time: said only where it changed."""
    upgrade_ops.ops.append(ObjectOp(kind, None, old, phase=phase,
                                    key=("0", *kind.sort_key(old)), silent=new is not None))
    if new is not None:
        upgrade_ops.ops.append(ObjectOp(kind, new, None, silent=new == old,
                                        replaces=None if new == old else old))

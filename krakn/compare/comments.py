"""Table comments (column comments are compared with the columns), and
comments on the parts of types: a domain's constraints, a composite's attributes."""

from __future__ import annotations

from alembic.autogenerate.api import AutogenContext
from alembic.operations import ops
from alembic.runtime.plugins import Plugin
from alembic.util import PriorityDispatchResult
from sqlalchemy import Table

from krakn.catalog.comments import PartKey
from krakn.catalog.snapshot import Snapshot
from krakn.compare.session import session_of
from krakn.ops.base import display, qualify, quote
from krakn.ops.comments import Commented, SetCommentOp


def compare_table_comment(ctx: AutogenContext, modify_ops: ops.ModifyTableOps,
                          schema: str | None, table: str, conn_table: Table | None,
                          md_table: Table | None) -> PriorityDispatchResult:
    if conn_table is None or md_table is None:
        return PriorityDispatchResult.CONTINUE  # CREATE/DROP TABLE carry it
    session = session_of(ctx)
    s = session.schema(schema)
    new = session.source.tables.get((s, table))
    old = session.target.tables.get((s, table))
    if new == old:
        return PriorityDispatchResult.CONTINUE
    if new is None:
        modify_ops.ops.append(ops.DropTableCommentOp(table, schema=s, existing_comment=old))
    else:
        modify_ops.ops.append(
            ops.CreateTableCommentOp(table, new, schema=s, existing_comment=old))
    return PriorityDispatchResult.CONTINUE


def _commented(key: PartKey) -> Commented:
    kind, schema, obj, part = key
    label = f"{display(schema, obj)}.{part}"
    if kind == "domain constraint":
        target = f"CONSTRAINT {quote(part)} ON DOMAIN {qualify(schema, obj)}"
    else:
        target = f"COLUMN {qualify(schema, obj)}.{quote(part)}"
    return Commented(target, kind, label, schema, obj, part)


def _has_parent(snap: Snapshot, key: PartKey) -> bool:
    types = snap.types.domains if key[0] == "domain constraint" else snap.types.composites
    return (key[1], key[2]) in types


def compare_part_comments(ctx: AutogenContext, upgrade_ops: ops.UpgradeOps,
                          schemas: set[str | None]) -> PriorityDispatchResult:
    session = session_of(ctx)
    src, tgt = session.source, session.target
    for key in sorted(src.part_comments.keys() | tgt.part_comments.keys()):
        new, old = src.part_comments.get(key), tgt.part_comments.get(key)
        if not _has_parent(src, key):
            if old is not None:
                upgrade_ops.ops.append(_before_drop(key, old.comment))
            continue
        if new is None and old is not None:
            # Not when the part itself is gone: its comment goes with it.
            if _part_stays(src, key):
                upgrade_ops.ops.append(SetCommentOp(_commented(key), None, old.comment))
        elif new is not None and (old is None or new.comment != old.comment):
            upgrade_ops.ops.append(SetCommentOp(
                _commented(key), new.comment, old.comment if old else None,
                silent=not _has_parent(tgt, key)))
        elif new is not None and old is not None and new.definition != old.definition:
            # Said again: a changed part may have been made again without it.
            upgrade_ops.ops.append(SetCommentOp(_commented(key), new.comment, old.comment,
                                                silent=True))
    return PriorityDispatchResult.CONTINUE


def _before_drop(key: PartKey, comment: str) -> SetCommentOp:
    """Its type goes, and the comment with it; said so the reverse, which makes
    the type again, puts the comment back too."""
    op = SetCommentOp(_commented(key), None, comment, silent=True)
    op.with_drop = f"part of dropping {key[0].split()[0]} {key[2]}"
    return op


def _part_stays(snap: Snapshot, key: PartKey) -> bool:
    if key[0] == "domain constraint":
        return key[3] in dict(snap.types.domains[(key[1], key[2])].checks)
    return key[3] in dict(snap.types.composites[(key[1], key[2])].attributes)


def setup(plugin: Plugin) -> None:
    plugin.add_autogenerate_comparator(compare_table_comment, "table", "comments")
    plugin.add_autogenerate_comparator(compare_part_comments, "schema", "part_comments")

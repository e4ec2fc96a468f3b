"""Column comparators: type, nullability, server default, identity."""

from __future__ import annotations

import logging

from alembic.autogenerate.api import AutogenContext
from alembic.operations import ops
from alembic.runtime.plugins import Plugin
from alembic.util import PriorityDispatchResult
from sqlalchemy import Column as SAColumn
from sqlalchemy import Table
from sqlalchemy.sql.expression import TableClause

from krakn.catalog.snapshot import Column, Snapshot
from krakn.compare.session import session_of
from krakn.ops.base import quote
from krakn.ops.columns import (
    AlterIdentityOp,
    DropExpressionOp,
    IdentitySpec,
    ReplaceGeneratedColumnOp,
    rebuilt_with,
)
from krakn.ops.sequences import RenameIdentitySequenceOp
from krakn.sqltext import verbatim
from krakn.types import CatalogType

log = logging.getLogger(__name__)


def catalog_type(col: Column) -> CatalogType:
    return CatalogType(col.type, col.collation)


def _pair(ctx: AutogenContext, schema: str | None, table: str,
          name: str) -> tuple[Column, Column] | None:
    session = session_of(ctx)
    key = (session.schema(schema), table, name)
    src, tgt = session.source.columns.get(key), session.target.columns.get(key)
    return (src, tgt) if src and tgt else None


def _context(op: ops.AlterColumnOp, tgt: Column) -> None:
    # Revision files and some renderers want to know what the column was.
    op.existing_type = catalog_type(tgt)
    op.existing_nullable = not tgt.notnull
    op.existing_server_default = (
        verbatim(tgt.default) if tgt.default is not None and not tgt.generated else None)


def _plain_default(col: Column) -> bool:
    return col.default is not None and not col.generated


def compare_type(ctx: AutogenContext, op: ops.AlterColumnOp, schema: str | None,
                 table: str, name: str, conn_col: SAColumn | None, md_col: SAColumn | None
                 ) -> PriorityDispatchResult:
    pair = _pair(ctx, schema, table, name)
    if pair is None:
        return PriorityDispatchResult.CONTINUE
    src, tgt = pair
    _context(op, tgt)
    if (src.type, src.collation) != (tgt.type, tgt.collation):
        op.modify_type = catalog_type(src)
        # An explicit cast converts wherever PostgreSQL has any cast at all;
        # enums cast only to and from text, so they go through text.
        session = session_of(ctx)
        via = "::text" if _is_enum(session.source, src.type) or _is_enum(
            session.target, tgt.type) else ""
        op.kw["postgresql_using"] = f"{quote(name)}{via}::{src.type}"
        log.info("column %s.%s: type %s -> %s", table, name, tgt.type, src.type)
    return PriorityDispatchResult.CONTINUE


def _is_enum(snap: Snapshot, spec: str) -> bool:
    """Whether a format_type() text names one of the snapshot's enums (or an array of one)."""
    base = spec.removesuffix("[]")
    for schema, name in snap.types.enums:
        spellings = {name, quote(name)}
        if base in spellings or any(base == f"{q}.{n}" for q in (schema, quote(schema))
                                    for n in spellings):
            return True
    return False


def compare_nullable(ctx: AutogenContext, op: ops.AlterColumnOp, schema: str | None,
                     table: str, name: str, conn_col: SAColumn | None, md_col: SAColumn | None
                     ) -> PriorityDispatchResult:
    pair = _pair(ctx, schema, table, name)
    if pair and pair[0].notnull != pair[1].notnull:
        op.modify_nullable = not pair[0].notnull
    return PriorityDispatchResult.CONTINUE


def compare_default(ctx: AutogenContext, op: ops.AlterColumnOp, schema: str | None,
                    table: str, name: str, conn_col: SAColumn | None, md_col: SAColumn | None
                    ) -> PriorityDispatchResult:
    pair = _pair(ctx, schema, table, name)
    if pair is None:
        return PriorityDispatchResult.CONTINUE
    src, tgt = pair
    src_default = src.default if _plain_default(src) else None
    tgt_default = tgt.default if _plain_default(tgt) else None
    if src_default != tgt_default:
        op.modify_server_default = verbatim(src_default) if src_default is not None else None
    return PriorityDispatchResult.CONTINUE


def compare_comment(ctx: AutogenContext, op: ops.AlterColumnOp, schema: str | None,
                    table: str, name: str, conn_col: SAColumn | None, md_col: SAColumn | None
                    ) -> PriorityDispatchResult:
    pair = _pair(ctx, schema, table, name)
    if pair and pair[0].comment != pair[1].comment:
        op.modify_comment = pair[0].comment
        op.existing_comment = pair[1].comment
    return PriorityDispatchResult.CONTINUE


def inherited_column_changes(ctx: AutogenContext, op: ops.AlterColumnOp, schema: str,
                             table: str, name: str) -> None:
    """What a child table holds of its own on a column it inherits: its
    default, NOT NULL and comment (its type follows the parent's)."""
    pair = _pair(ctx, schema, table, name)
    if pair is not None:
        _context(op, pair[1])
    for hook in (compare_nullable, compare_default, compare_comment):
        hook(ctx, op, schema, table, name, None, None)


def identity_spec(snap: Snapshot, key: tuple[str, str, str]) -> IdentitySpec | None:
    col = snap.columns.get(key)
    if col is None or not col.identity:
        return None
    seq = snap.identity_sequence(key)
    if seq is None:
        return None
    return IdentitySpec(col.identity, seq.increment, seq.minvalue, seq.maxvalue,
                        seq.start, seq.cache, seq.cycle, seq.last_value,
                        (seq.schema, seq.name))


def compare_identity(ctx: AutogenContext, modify_ops: ops.ModifyTableOps,
                     schema: str | None, table: str, conn_table: Table | None,
                     md_table: Table | None) -> PriorityDispatchResult:
    if conn_table is None or md_table is None:
        return PriorityDispatchResult.CONTINUE
    session = session_of(ctx)
    s = session.schema(schema)
    src_cols = session.source.table_columns((s, table))
    tgt_cols = session.target.table_columns((s, table))
    # A column that is an identity on neither side has nothing to compare here.
    common = {name for name in src_cols.keys() & tgt_cols.keys()
              if src_cols[name].identity or tgt_cols[name].identity}
    for name in sorted(common):
        new = identity_spec(session.source, (s, table, name))
        old = identity_spec(session.target, (s, table, name))
        if new != old:
            modify_ops.ops.append(AlterIdentityOp(s, table, name, new, old))
        if new and old and new.sequence and old.sequence and new.sequence != old.sequence \
                and new.sequence[0] == old.sequence[0]:
            modify_ops.ops.append(RenameIdentitySequenceOp(
                new.sequence[0], old.sequence[1], new.sequence[1]))
    return PriorityDispatchResult.CONTINUE


def compare_generated(ctx: AutogenContext, modify_ops: ops.ModifyTableOps,
                      schema: str | None, table: str, conn_table: Table | TableClause | None,
                      md_table: Table | TableClause | None) -> PriorityDispatchResult:
    if conn_table is None or md_table is None:
        return PriorityDispatchResult.CONTINUE
    session = session_of(ctx)
    key = (session.schema(schema), table)
    src_cols = session.source.table_columns(key)
    tgt_cols = session.target.table_columns(key)
    for name in sorted(src_cols.keys() & tgt_cols.keys()):
        src, tgt = src_cols[name], tgt_cols[name]
        new = src.default if src.generated else None
        old = tgt.default if tgt.generated else None
        if new == old:
            continue
        if new is None and old is not None:
            modify_ops.ops.append(DropExpressionOp(
                *key, name, old, catalog_type(tgt).get_col_spec(),
                rebuilt_with(session.target, key, name, session.source)))
        elif new is not None:
            modify_ops.ops.append(ReplaceGeneratedColumnOp(
                *key, name, catalog_type(src).get_col_spec(), new, old,
                rebuilt_with(session.source, key, name, session.target)))
    return PriorityDispatchResult.CONTINUE


def setup(plugin: Plugin) -> None:
    plugin.add_autogenerate_comparator(compare_type, "column", "types")
    plugin.add_autogenerate_comparator(compare_nullable, "column", "nullable")
    plugin.add_autogenerate_comparator(compare_default, "column", "server_default")
    plugin.add_autogenerate_comparator(compare_comment, "column", "comments")
    plugin.add_autogenerate_comparator(compare_identity, "table", "identity")
    plugin.add_autogenerate_comparator(compare_generated, "table", "generated")

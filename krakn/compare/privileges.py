"""Privileges and owners comparator (only with --with-privileges / --with-owners).

Per object, the set of (grantee, privilege, grantable) is compared; an object
only the source has is compared with what PostgreSQL gives a new one (nothing,
EXECUTE to PUBLIC for a routine, USAGE to PUBLIC for a type, or what the
target's default privileges give what its connecting user creates:
krakn.catalog.default_privileges) and with the target's connecting user as
its owner. Objects only the target has are dropped, and their grants with them.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from typing import Any

from alembic.autogenerate.api import AutogenContext
from alembic.operations import MigrateOperation, ops
from alembic.runtime.plugins import Plugin
from alembic.util import PriorityDispatchResult

from krakn.catalog.default_privileges import fresh_grants
from krakn.catalog.privileges import PUBLIC, Grant, ObjectKey, PrivilegesSnapshot
from krakn.catalog.types import Domain
from krakn.compare.session import session_of
from krakn.ops.partitions import CreatePartitionOp
from krakn.ops.privileges import GrantOp, RevokeOp, SetOwnerOp
from krakn.ops.rebuilds import RecreateRoutineOp
from krakn.ops.routines import CreateRoutineOp, ReplaceRoutineOp
from krakn.ops.schemas import CreateSchemaOp
from krakn.ops.sequences import CreateSequenceOp
from krakn.ops.types import CreateTypeOp, RebuildEnumOp, ReplaceTypeOp, UserType
from krakn.ops.views import CreateViewOp


def default_grants(key: ObjectKey) -> frozenset[Grant]:
    """What PostgreSQL's built-in ACL grants a new object, its owner's left out."""
    if key[0] in ("function", "procedure", "aggregate"):
        return frozenset({(PUBLIC, "EXECUTE", False)})
    if key[0] in ("type", "domain"):
        return frozenset({(PUBLIC, "USAGE", False)})
    return frozenset()


def new_grants(key: ObjectKey, target: PrivilegesSnapshot | None) -> frozenset[Grant]:
    """What the object has once the script creates it on the target: the
    built-in ACL, or what the target's default privileges make of it."""
    if target is None:
        return default_grants(key)
    return fresh_grants(key, target.defaults, target.current_user, default_grants(key))


def acl_ops(key: Any, new: Collection[tuple[str, str, bool]],
            old: Collection[tuple[str, str, bool]], grant: Callable[..., MigrateOperation],
            revoke: Callable[..., MigrateOperation]) -> list[MigrateOperation]:
    """grant and revoke operations turning one ACL's (grantee, privilege, grant
    option) triples from old into new: objects' grants and default privileges alike."""
    wanted = {(g, p): o for g, p, o in new}
    present = {(g, p): o for g, p, o in old}
    out: list[MigrateOperation] = []
    for grantee, privilege in sorted(wanted.keys() | present.keys()):
        a, b = wanted.get((grantee, privilege)), present.get((grantee, privilege))
        if a is not None and b is None:
            out.append(grant(key, grantee, privilege, a))
        elif b is not None and a is None:
            out.append(revoke(key, grantee, privilege, grantable=b))
        elif a and not b:
            out.append(grant(key, grantee, privilege, True, existing=True))
        elif b and not a:
            out.append(revoke(key, grantee, privilege, option_only=True))
    return out


def grant_ops(key: ObjectKey, new: frozenset[Grant],
              old: frozenset[Grant]) -> list[MigrateOperation]:
    """GRANT and REVOKE turning one object's grants from old into new."""
    return acl_ops(key, new, old, GrantOp, RevokeOp)


def privilege_ops(src: PrivilegesSnapshot, tgt: PrivilegesSnapshot, grants: bool,
                  owners: bool, source_columns: Collection[tuple[str, str, str]] = (),
                  ) -> list[MigrateOperation]:
    out: list[MigrateOperation] = []
    if grants:
        for key in sorted(src.grants):
            old = tgt.grants.get(key)
            if old is None:
                old = new_grants(key, tgt)
            out.extend(grant_ops(key, src.grants[key], old))
        # A column's grants are read only where it has some: those only the
        # target has go, when the column stays (a table's, or any view's).
        relations = {k[1:3]: k[0] for k in src.grants if k[0] != "column"}
        for key in sorted(tgt.grants.keys() - src.grants.keys()):
            kind = relations.get(key[1:3])
            if key[0] == "column" and kind is not None and (
                    kind != "table" or key[1:] in source_columns):
                out.extend(grant_ops(key, frozenset(), tgt.grants[key]))
    if owners:
        for key in sorted(src.owners):
            owner = src.owners[key]
            existing = tgt.owners.get(key, tgt.current_user)
            if owner != existing:
                out.append(SetOwnerOp(key, owner, existing))
    return out


def compare_privileges(ctx: AutogenContext, upgrade_ops: ops.UpgradeOps,
                       schemas: set[str | None]) -> PriorityDispatchResult:
    session = session_of(ctx)
    if session.source_privileges is None or session.target_privileges is None:
        return PriorityDispatchResult.CONTINUE
    upgrade_ops.ops.extend(privilege_ops(session.source_privileges, session.target_privileges,
                                         session.privileges, session.owners,
                                         session.source.columns.keys()))
    return PriorityDispatchResult.CONTINUE


def setup(plugin: Plugin) -> None:
    plugin.add_autogenerate_comparator(compare_privileges, "schema", "krakn_privileges")


def recreated(op: MigrateOperation) -> list[ObjectKey]:
    """Objects present on both sides that a step drops and creates again,
    losing their grants and owner: changed or rebuilt views, routines
    PostgreSQL refuses to replace in place, routines taken down and put
    back around a change to what they use, rebuilt enums and replaced types.

    An operation of another module says so with a ``recreated_keys()``
    method (aggregates, for one)."""
    own = getattr(op, "recreated_keys", None)
    if callable(own):
        return list(own())
    if isinstance(op, RebuildEnumOp):
        return [type_key(op.new)]
    if isinstance(op, ReplaceTypeOp):
        return [type_key(op.new)]
    if isinstance(op, CreateViewOp) and (op.replaces is not None or op.rebuild):
        v = op.view
        return [("materialized view" if v.materialized else "view", v.schema, v.name, "")]
    if (isinstance(op, ReplaceRoutineOp) and not op.in_place) or isinstance(
            op, RecreateRoutineOp):
        r = op.routine
        return [(r.word, r.schema, r.name, r.argtypes)]
    return []


def type_key(obj: UserType) -> ObjectKey:
    return ("domain" if isinstance(obj, Domain) else "type", obj.schema, obj.name, "")


def created(op: MigrateOperation) -> list[ObjectKey]:
    """Objects a step makes, anew or again, with what PostgreSQL gives a new
    one: the reverse of a drop among them (krakn.plan.rollback gives those
    back the grants and owner they had). A relation's columns are not
    listed: the caller takes their grants with it. Another module's
    operation says so with a ``created_keys()`` method."""
    own = getattr(op, "created_keys", None)
    if callable(own):
        return list(own())
    if isinstance(op, CreateViewOp):
        v = op.view
        return [("materialized view" if v.materialized else "view", v.schema, v.name, "")]
    if isinstance(op, ReplaceRoutineOp):
        r = op.routine
        return [] if op.in_place else [(r.word, r.schema, r.name, r.argtypes)]
    if isinstance(op, CreateRoutineOp):
        r = op.routine
        return [(r.word, r.schema, r.name, r.argtypes)]
    if isinstance(op, CreateTypeOp):
        return [type_key(op.obj)]
    if isinstance(op, (ReplaceTypeOp, RebuildEnumOp)):
        return [type_key(op.new)]
    return _created_elsewhere(op)


def _created_elsewhere(op: MigrateOperation) -> list[ObjectKey]:
    if isinstance(op, ops.CreateTableOp):
        return [("table", op.schema or "", op.table_name, "")]
    if isinstance(op, CreatePartitionOp):
        return [("table", op.schema, op.table, "")]
    if isinstance(op, ops.AddColumnOp):
        return [("column", op.schema or "", op.table_name, op.column.name)]
    if isinstance(op, CreateSequenceOp):
        return [("sequence", op.seq.schema, op.seq.name, "")]
    if isinstance(op, CreateSchemaOp):
        return [("schema", op.schema, "", "")]
    return []

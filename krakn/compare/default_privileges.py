"""Default privileges comparator (only with --with-privileges).

Per pg_default_acl entry (role, schema or none, kind of object), the set of
(grantee, privilege, grantable) is compared; a side without the entry has
what PostgreSQL gives without one (its ``base``: the built-in ACL for an
entry without a schema, nothing for a schema's). An entry of a schema only
the target has goes with the schema, but is revoked first all the same
(harmless, and the rollback makes it again once the schema is back).
"""

from __future__ import annotations

from alembic.autogenerate.api import AutogenContext
from alembic.operations import MigrateOperation, ops
from alembic.runtime.plugins import Plugin
from alembic.util import PriorityDispatchResult

from krakn.catalog.default_privileges import DefaultAcl, DefaultGrant, DefaultKey
from krakn.catalog.privileges import PrivilegesSnapshot
from krakn.compare.privileges import acl_ops
from krakn.compare.session import session_of
from krakn.ops.default_privileges import DefaultGrantOp, DefaultRevokeOp


def default_acl_ops(key: DefaultKey, new: frozenset[DefaultGrant],
                    old: frozenset[DefaultGrant]) -> list[MigrateOperation]:
    """ALTER DEFAULT PRIVILEGES turning one entry's grants from old into new."""
    return acl_ops(key, new, old, DefaultGrantOp, DefaultRevokeOp)


def default_privilege_ops(src: PrivilegesSnapshot,
                          tgt: PrivilegesSnapshot) -> list[MigrateOperation]:
    out: list[MigrateOperation] = []
    for key in sorted(src.defaults.keys() | tgt.defaults.keys()):
        mine, theirs = src.defaults.get(key), tgt.defaults.get(key)
        out.extend(default_acl_ops(key, _grants(mine, theirs), _grants(theirs, mine)))
    return out


def _grants(entry: DefaultAcl | None, other: DefaultAcl | None) -> frozenset[DefaultGrant]:
    """An entry's grants; without it, what holds without one (the other side's base)."""
    if entry is not None:
        return entry.grants
    return other.base if other is not None else frozenset()


def compare_default_privileges(ctx: AutogenContext, upgrade_ops: ops.UpgradeOps,
                               schemas: set[str | None]) -> PriorityDispatchResult:
    session = session_of(ctx)
    src, tgt = session.source_privileges, session.target_privileges
    if session.privileges and src is not None and tgt is not None:
        upgrade_ops.ops.extend(default_privilege_ops(src, tgt))
    return PriorityDispatchResult.CONTINUE


def setup(plugin: Plugin) -> None:
    plugin.add_autogenerate_comparator(compare_default_privileges, "schema",
                                       "krakn_default_privileges")

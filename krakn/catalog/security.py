"""Row-level security: which tables enable or force it, and their policies."""

from __future__ import annotations

from dataclasses import dataclass, field

from krakn.catalog.filters import comment_of
from krakn.db.query import Query

TableKey = tuple[str, str]

RLS_SQL = """
SELECT n.nspname, c.relname, c.relrowsecurity, c.relforcerowsecurity
FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE c.relkind IN ('r', 'p') AND (c.relrowsecurity OR c.relforcerowsecurity)
  AND n.nspname = ANY(%(schemas)s)
"""

POLICIES_SQL = f"""
SELECT n.nspname, c.relname, p.polname, p.polcmd, p.polpermissive,
       ARRAY(SELECT CASE WHEN r.oid IS NULL THEN 'PUBLIC' ELSE quote_ident(r.rolname) END
             FROM unnest(p.polroles) AS u(roleid)
             LEFT JOIN pg_roles r ON r.oid = u.roleid ORDER BY 1),
       pg_get_expr(p.polqual, p.polrelid), pg_get_expr(p.polwithcheck, p.polrelid),
       {comment_of('p.oid', 'pg_policy')}
FROM pg_policy p
JOIN pg_class c ON c.oid = p.polrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE n.nspname = ANY(%(schemas)s)
"""


@dataclass(frozen=True)
class Policy:
    schema: str
    table: str
    name: str
    command: str  # r a w d *, as pg_policy.polcmd
    permissive: bool
    roles: tuple[str, ...]  # quoted role names, or PUBLIC
    using: str | None
    check: str | None
    comment: str | None


@dataclass
class SecuritySnapshot:
    # table -> (row security enabled, forced)
    rls: dict[TableKey, tuple[bool, bool]] = field(default_factory=dict)
    policies: dict[TableKey, dict[str, Policy]] = field(default_factory=dict)

    def flags(self, key: TableKey) -> tuple[bool, bool]:
        return self.rls.get(key, (False, False))


def read_security(query: Query, schemas: list[str]) -> SecuritySnapshot:
    snap = SecuritySnapshot()
    params = {"schemas": schemas}
    for schema, table, enabled, forced in query(RLS_SQL, params):
        snap.rls[(schema, table)] = (enabled, forced)
    for row in query(POLICIES_SQL, params):
        schema, table, name, cmd, permissive, roles, using, check, comment = row
        snap.policies.setdefault((schema, table), {})[name] = Policy(
            schema, table, name, cmd, permissive, tuple(roles), using, check, comment)
    return snap

"""What stands on routines, user types and columns, from ``pg_depend``.

A routine cannot be dropped, nor an enum rebuilt, while a default, check,
index, view, trigger, policy or another routine uses it; PostgreSQL records
each such use as a normal dependency. One bulk query reads them for the
selected schemas, keyed the way the rest of krakn names objects, so the plan
can take those users down before the change and put them back after it.
Triggers are also read against the columns their ``WHEN`` and ``UPDATE OF``
name, which PostgreSQL will not let a column be retyped under.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from krakn.db.query import Query

log = logging.getLogger(__name__)

# ("routine", schema, name, argtypes), ("type", schema, name),
# ("column", schema, table, column), ("constraint", schema, table, name),
# ("default", schema, table, column), ("index", schema, name),
# ("view", schema, name), ("trigger", schema, table, name),
# ("policy", schema, table, name), ("domain_constraint", schema, domain, name),
# ("other", ...) for what krakn cannot rebuild.
ObjectKey = tuple[str, ...]

DEPENDS_SQL = """
SELECT CASE WHEN p.oid IS NOT NULL THEN 'routine'
            WHEN et.oid IS NOT NULL THEN 'type' ELSE 'column' END,
       COALESCE(pn.nspname, tn.nspname, cn.nspname),
       COALESCE(p.proname, et.typname, cc.relname),
       COALESCE(oidvectortypes(p.proargtypes), ca.attname, ''),
       CASE WHEN con.conrelid <> 0 THEN 'constraint'
            WHEN con.oid IS NOT NULL THEN 'domain_constraint'
            WHEN ad.oid IS NOT NULL THEN 'default'
            WHEN oc.relkind IN ('i', 'I') THEN 'index'
            WHEN oc.relkind IN ('r', 'p') AND d.objsubid > 0 THEN 'column'
            WHEN oc.relkind IN ('v', 'm') OR vc.relkind IN ('v', 'm') THEN 'view'
            WHEN tg.oid IS NOT NULL THEN 'trigger'
            WHEN pol.oid IS NOT NULL THEN 'policy'
            WHEN op.oid IS NOT NULL THEN 'routine'
            WHEN ot.oid IS NOT NULL OR oc.relkind = 'c' THEN 'type'
            ELSE 'other' END,
       COALESCE(un.nspname, opn.nspname, otn.nspname, ''),
       COALESCE(ut.relname, op.proname, ot.typname, oc.relname, vc.relname, ''),
       COALESCE(con.conname, ua.attname, ic.relname, tg.tgname, pol.polname,
                oidvectortypes(op.proargtypes), '')
FROM pg_depend d
LEFT JOIN pg_proc p ON d.refclassid = 'pg_proc'::regclass AND p.oid = d.refobjid
LEFT JOIN pg_namespace pn ON pn.oid = p.pronamespace
LEFT JOIN pg_type rt ON d.refclassid = 'pg_type'::regclass AND rt.oid = d.refobjid
LEFT JOIN pg_type et ON et.oid = CASE WHEN rt.typcategory = 'A' AND rt.typelem <> 0
                                      THEN rt.typelem ELSE rt.oid END
LEFT JOIN pg_namespace tn ON tn.oid = et.typnamespace
LEFT JOIN pg_class cc ON d.refclassid = 'pg_class'::regclass AND cc.oid = d.refobjid
LEFT JOIN pg_namespace cn ON cn.oid = cc.relnamespace
LEFT JOIN pg_attribute ca ON ca.attrelid = cc.oid AND ca.attnum = d.refobjsubid
LEFT JOIN pg_constraint con ON d.classid = 'pg_constraint'::regclass AND con.oid = d.objid
LEFT JOIN pg_attrdef ad ON d.classid = 'pg_attrdef'::regclass AND ad.oid = d.objid
LEFT JOIN pg_class oc ON d.classid = 'pg_class'::regclass AND oc.oid = d.objid
LEFT JOIN pg_index oi ON oi.indexrelid = oc.oid
LEFT JOIN pg_class ic ON ic.oid = oi.indexrelid
LEFT JOIN pg_rewrite rw ON d.classid = 'pg_rewrite'::regclass AND rw.oid = d.objid
LEFT JOIN pg_class vc ON vc.oid = rw.ev_class
LEFT JOIN pg_trigger tg ON d.classid = 'pg_trigger'::regclass AND tg.oid = d.objid
LEFT JOIN pg_policy pol ON d.classid = 'pg_policy'::regclass AND pol.oid = d.objid
LEFT JOIN pg_proc op ON d.classid = 'pg_proc'::regclass AND op.oid = d.objid
LEFT JOIN pg_namespace opn ON opn.oid = op.pronamespace
LEFT JOIN pg_type ot ON (d.classid = 'pg_type'::regclass AND ot.oid = d.objid)
                     OR ot.oid = NULLIF(con.contypid, 0)
LEFT JOIN pg_namespace otn ON otn.oid = ot.typnamespace
LEFT JOIN pg_class ut ON ut.oid = COALESCE(NULLIF(con.conrelid, 0), ad.adrelid, oi.indrelid,
                                           tg.tgrelid, pol.polrelid,
                                           CASE WHEN oc.relkind IN ('r', 'p') THEN oc.oid END)
LEFT JOIN pg_namespace un ON un.oid = COALESCE(ut.relnamespace, vc.relnamespace,
                                               oc.relnamespace)
LEFT JOIN pg_attribute ua ON ua.attrelid = ut.oid
                         AND ua.attnum = COALESCE(ad.adnum, NULLIF(d.objsubid, 0))
                         AND (ad.oid IS NOT NULL OR oc.relkind IN ('r', 'p'))
WHERE d.deptype = 'n'
  -- What the test below keeps, said of pg_depend alone: filtered as it is
  -- scanned, the rows of no interest skip a dozen lookups each.
  AND (d.refclassid IN ('pg_proc'::regclass, 'pg_type'::regclass)
       OR (d.classid = 'pg_trigger'::regclass AND d.refclassid = 'pg_class'::regclass))
  AND (p.oid IS NOT NULL OR et.oid IS NOT NULL
       OR (d.classid = 'pg_trigger'::regclass AND cc.oid IS NOT NULL AND d.refobjsubid > 0))
  AND COALESCE(pn.nspname, tn.nspname, cn.nspname) = ANY(%(schemas)s)
"""


@dataclass
class DependsSnapshot:
    """Who uses each routine, type and (for triggers) column."""

    users: dict[ObjectKey, set[ObjectKey]] = field(default_factory=dict)

    def users_of(self, key: ObjectKey) -> set[ObjectKey]:
        return self.users.get(key, set())


def users_closure(depends: DependsSnapshot, roots: set[ObjectKey]) -> set[ObjectKey]:
    """Everything standing on the roots; a routine's own users stand on them too.

    A root that stands on another root is in it: it must go before that one.
    """
    found: set[ObjectKey] = set()
    todo = sorted(roots)
    while todo:
        for user in sorted(depends.users_of(todo.pop())):
            if user in found:
                continue
            found.add(user)
            if user[0] == "routine" and user not in roots:
                todo.append(user)
    # A default on a column the enum rebuild retypes is the rebuild's own business.
    columns = {key[1:] for key in found if key[0] == "column"}
    return {u for u in found if not (u[0] == "default" and u[1:] in columns)}


def _ref_key(kind: str, schema: str, name: str, detail: str) -> ObjectKey:
    if kind == "type":
        return ("type", schema, name)
    return (kind, schema, name, detail)


def _user_key(kind: str, schema: str, parent: str, name: str) -> ObjectKey:
    if kind in ("view", "type"):
        return (kind, schema, parent)
    if kind == "index":
        return (kind, schema, name)
    return (kind, schema, parent, name)


def read_depends(query: Query, schemas: list[str]) -> DependsSnapshot:
    snap = DependsSnapshot()
    for ref_kind, ref_schema, ref_name, detail, kind, schema, parent, name in query(
            DEPENDS_SQL, {"schemas": schemas}):
        ref = _ref_key(ref_kind, ref_schema, ref_name, detail)
        user = _user_key(kind, schema, parent, name)
        if user != ref:  # a composite's own attributes, a type's own functions
            snap.users.setdefault(ref, set()).add(user)
    log.debug("depends: %d objects with users", len(snap.users))
    return snap

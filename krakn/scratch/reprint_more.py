"""Re-printing across majors (krakn.scratch.reprint) for what hangs on types and tables.

Domains (default, checks), policies (``USING``, ``WITH CHECK``), partition
bounds and keys, rules, extended statistics, publications' row filters and
foreign tables (defaults, checks): each written in the other side's words is
made again on the scratch database, in a savepoint that is rolled back, and
read back as the catalog reads it (krakn.catalog), so that it compares equal
to the file's own when only the printer differed.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import replace
from typing import Any, TypeVar

from sqlalchemy import text
from sqlalchemy.engine import Connection

from krakn.catalog.comments import PartComment, PartKey
from krakn.catalog.extras import ExtrasSnapshot
from krakn.catalog.foreign import ForeignTable
from krakn.catalog.publications import Publication
from krakn.catalog.reprint import restated
from krakn.catalog.rules import Rule
from krakn.catalog.security import Policy
from krakn.catalog.snapshot import Snapshot
from krakn.catalog.statistics import Statistics
from krakn.catalog.tables import TableShape
from krakn.catalog.types import Domain
from krakn.quoting import qualify, quote
from krakn.scratch.reprint_sql import TEMP, one, run

K = TypeVar("K")
V = TypeVar("V")
Each = Callable[[Connection, dict[Any, Any], dict[Any, Any], Callable[..., Any]],
                dict[Any, Any]]

_COMMANDS = {"r": "SELECT", "a": "INSERT", "w": "UPDATE", "d": "DELETE", "*": "ALL"}


def reprint_more(conn: Connection, out: Snapshot, scratch: Snapshot, each: Each) -> None:
    """out's domains, policies, table shapes, rules, statistics, publications and
    foreign tables re-printed where they differ from scratch's (out is a shallow copy:
    only its own fields are replaced)."""
    out.types = copy.copy(out.types)
    domains = out.types.domains
    out.types.domains = each(conn, domains, scratch.types.domains, _domain)
    out.part_comments = _part_comments(out.part_comments, domains, out.types.domains)
    out.security = copy.copy(out.security)
    out.security.policies = _nested(each(conn, _flat(out.security.policies),
                                         _flat(scratch.security.policies), _policy))
    out.shapes = each(conn, out.shapes, scratch.shapes, _shape)
    out.rules = each(conn, out.rules, scratch.rules, _rule)
    out.statistics = each(conn, out.statistics, scratch.statistics, _statistics)
    extras = out.extras = copy.copy(out.extras)
    extras.publications = each(conn, extras.publications, scratch.extras.publications,
                               _publication)
    _foreign(conn, extras, scratch.extras, each)


def _domain(conn: Connection, key: tuple[str, str], domain: Domain) -> Domain | None:
    name = qualify(domain.schema, domain.name)
    run(conn, f"ALTER DOMAIN {name} " + (f"SET DEFAULT {restated(domain.default)}"
                                         if domain.default is not None else "DROP DEFAULT"))
    # The scratch domain's checks make way for the other side's, under their names.
    for (check,) in conn.execute(text(
            "SELECT conname FROM pg_constraint WHERE contypid = CAST(:name AS regtype) "
            "AND contype = 'c'"), {"name": name}).all():
        run(conn, f"ALTER DOMAIN {name} DROP CONSTRAINT {quote(check)}")
    for check, definition in domain.checks:
        run(conn, f"ALTER DOMAIN {name} ADD CONSTRAINT {quote(check)} {restated(definition)}")
    default, names, definitions = conn.execute(text(
        "SELECT pg_get_expr(t.typdefaultbin, 0), "
        "ARRAY(SELECT k.conname FROM pg_constraint k WHERE k.contypid = t.oid "
        "      AND k.contype = 'c' ORDER BY k.conname), "
        "ARRAY(SELECT pg_get_constraintdef(k.oid) FROM pg_constraint k "
        "      WHERE k.contypid = t.oid AND k.contype = 'c' ORDER BY k.conname) "
        "FROM pg_type t WHERE t.oid = CAST(:name AS regtype)"), {"name": name}).one()
    return replace(domain, default=default,
                   checks=tuple(zip(names, definitions, strict=True)))


def _part_comments(comments: dict[PartKey, PartComment], before: dict[tuple[str, str], Domain],
                   after: dict[tuple[str, str], Domain]) -> dict[PartKey, PartComment]:
    """A commented domain check carries its definition: the re-printed one, where its
    domain was re-printed."""
    if after is before:
        return comments
    out = dict(comments)
    for key, domain in after.items():
        if before[key] is domain:
            continue
        for check, definition in domain.checks:
            part = ("domain constraint", domain.schema, domain.name, check)
            if part in out:
                out[part] = replace(out[part], definition=definition)
    return out


def _flat(policies: dict[tuple[str, str], dict[str, Policy]]
          ) -> dict[tuple[str, str, str], Policy]:
    return {(s, t, name): p for (s, t), named in policies.items() for name, p in named.items()}


def _nested(policies: dict[tuple[str, str, str], Policy]
            ) -> dict[tuple[str, str], dict[str, Policy]]:
    out: dict[tuple[str, str], dict[str, Policy]] = {}
    for (schema, table, name), policy in policies.items():
        out.setdefault((schema, table), {})[name] = policy
    return out


def _policy(conn: Connection, key: tuple[str, str, str], policy: Policy) -> Policy | None:
    table = qualify(policy.schema, policy.table)
    kind = "PERMISSIVE" if policy.permissive else "RESTRICTIVE"
    sql = (f"CREATE POLICY {quote(TEMP)} ON {table} AS {kind} "
           f"FOR {_COMMANDS.get(policy.command, 'ALL')}")
    if policy.using is not None:
        sql += f" USING ({restated(policy.using)})"
    if policy.check is not None:
        sql += f" WITH CHECK ({restated(policy.check)})"
    run(conn, sql)
    using, check = conn.execute(text(
        "SELECT pg_get_expr(polqual, polrelid), pg_get_expr(polwithcheck, polrelid) "
        "FROM pg_policy WHERE polrelid = CAST(:table AS regclass) AND polname = :name"),
        {"table": table, "name": TEMP}).one()
    return replace(policy, using=using, check=check)


def _shape(conn: Connection, key: tuple[str, str], shape: TableShape) -> TableShape | None:
    table = qualify(*key)
    bound, partition_key = shape.bound, shape.partition_key
    if bound is not None and shape.parents:
        # Attached again with the other side's bound, and read back.
        parent = qualify(*shape.parents[0])
        run(conn, f"ALTER TABLE {parent} DETACH PARTITION {table}")
        run(conn, f"ALTER TABLE {parent} ATTACH PARTITION {table} {bound}")
        bound = one(conn, "SELECT pg_get_expr(relpartbound, oid) FROM pg_class "
                          "WHERE oid = CAST(:table AS regclass)", table=table)
    if partition_key is not None:
        run(conn, f"CREATE TEMPORARY TABLE {quote(TEMP)} (LIKE {table}) "
                  f"PARTITION BY {partition_key}")
        partition_key = one(conn, "SELECT pg_get_partkeydef(CAST(:name AS regclass))",
                            name=f"pg_temp.{quote(TEMP)}")
    return replace(shape, bound=bound, partition_key=partition_key)


def _rule(conn: Connection, key: tuple[str, str, str], rule: Rule) -> Rule | None:
    table = qualify(rule.schema, rule.table)
    run(conn, f"ALTER RULE {quote(rule.name)} ON {table} RENAME TO {quote(TEMP)}")
    run(conn, rule.definition)
    printed = one(conn, "SELECT pg_get_ruledef(oid) FROM pg_rewrite "
                        "WHERE ev_class = CAST(:table AS regclass) AND rulename = :name",
                  table=table, name=rule.name)
    # As krakn.catalog.rules reads it.
    return replace(rule, definition=printed.strip().rstrip(";").rstrip()) if printed else None


def _statistics(conn: Connection, key: tuple[str, str],
                statistics: Statistics) -> Statistics | None:
    name = qualify(statistics.schema, statistics.name)
    run(conn, f"ALTER STATISTICS {name} RENAME TO {quote(TEMP)}")
    run(conn, statistics.definition)
    printed = one(conn, "SELECT pg_get_statisticsobjdef(x.oid) FROM pg_statistic_ext x "
                        "JOIN pg_namespace n ON n.oid = x.stxnamespace "
                        "WHERE n.nspname = :schema AND x.stxname = :name",
                  schema=statistics.schema, name=statistics.name)
    return replace(statistics, definition=printed.strip()) if printed else None


def _publication(conn: Connection, key: str, publication: Publication) -> Publication | None:
    filters = [(qualify(t.schema, t.table), t.where) for t in publication.tables if t.where]
    if not filters:
        return None  # only row filters are printed text
    tables = ", ".join(f"TABLE {name} WHERE ({restated(where)})" for name, where in filters)
    run(conn, f"CREATE PUBLICATION {quote(TEMP)} FOR {tables}")
    printed = dict(((s, t), w) for s, t, w in conn.execute(text(
        "SELECT n.nspname, c.relname, pg_get_expr(r.prqual, r.prrelid) "
        "FROM pg_publication_rel r JOIN pg_publication p ON p.oid = r.prpubid "
        "JOIN pg_class c ON c.oid = r.prrelid JOIN pg_namespace n ON n.oid = c.relnamespace "
        "WHERE p.pubname = :name"), {"name": TEMP}).all())
    return replace(publication, tables=tuple(
        replace(t, where=printed.get((t.schema, t.table), t.where)) for t in publication.tables))


def _foreign(conn: Connection, extras: ExtrasSnapshot, scratch: ExtrasSnapshot,
             each: Each) -> None:
    extras.foreign = copy.copy(extras.foreign)
    extras.foreign.tables = each(conn, extras.foreign.tables, scratch.foreign.tables,
                                 _foreign_table)


def _foreign_table(conn: Connection, key: tuple[str, str],
                   foreign: ForeignTable) -> ForeignTable | None:
    """Its columns' defaults and its checks, set again on the scratch foreign table."""
    table = qualify(foreign.schema, foreign.name)
    for column in foreign.columns:
        run(conn, f"ALTER FOREIGN TABLE {table} ALTER COLUMN {quote(column.name)} "
                  + (f"SET DEFAULT {restated(column.default)}" if column.default is not None
                     else "DROP DEFAULT"))
    for (check,) in conn.execute(text(
            "SELECT conname FROM pg_constraint WHERE conrelid = CAST(:table AS regclass) "
            "AND contype = 'c'"), {"table": table}).all():
        run(conn, f"ALTER FOREIGN TABLE {table} DROP CONSTRAINT {quote(check)}")
    for check in foreign.checks:
        run(conn, f"ALTER FOREIGN TABLE {table} ADD CONSTRAINT {quote(check.name)} "
                  f"{restated(check.definition)}")
    defaults: dict[str, str] = dict(conn.execute(text(
        "SELECT a.attname, pg_get_expr(d.adbin, d.adrelid) FROM pg_attrdef d "
        "JOIN pg_attribute a ON a.attrelid = d.adrelid AND a.attnum = d.adnum "
        "WHERE d.adrelid = CAST(:table AS regclass)"), {"table": table}).all())
    checks: dict[str, str] = dict(conn.execute(text(
        "SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint "
        "WHERE conrelid = CAST(:table AS regclass) AND contype = 'c'"),
        {"table": table}).all())
    return replace(
        foreign,
        columns=tuple(replace(c, default=defaults.get(c.name)) for c in foreign.columns),
        checks=tuple(replace(k, definition=checks.get(k.name, k.definition))
                     for k in foreign.checks))

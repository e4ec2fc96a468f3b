"""A profile's column rules, renames and masks, turned into the source query.

Every rule becomes an SQL expression in the source's ``COPY (SELECT ...)``
(krakn.sync.copy): a mask, an `sql` rule or a literal is computed by the
source server, so clear values never leave it and no Python runs per row.
All checks here (rules and renames naming what exists, unique columns,
strict mode, `sql` rules run once on the source) happen before any write.

Kept apart from plan.py (which only asks a chooser for each target column)
so that row filters (where, subsets) and rules change separate modules.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace

import psycopg2

from krakn.catalog.data import Catalog, Table
from krakn.catalog.tables import Column
from krakn.db.database import Database
from krakn.db.query import Query
from krakn.db.session import Connection, execute, failure
from krakn.errors import UsageError
from krakn.masking import MaskInput, render, set_seeds
from krakn.masking.strict import looks_personal
from krakn.names import TableName
from krakn.options import LeftOut, RowRules
from krakn.quoting import literal, quote
from krakn.sync.plan import ColumnCopy, Pick, Plan, Selection, column_copy, make_plan

log = logging.getLogger(__name__)


def renamed_source(source: Catalog, rules: RowRules) -> Catalog:
    """The source's tables under the target's names (Table.name keeps the source's)."""
    check_renames(source, rules)
    if not rules.renames.tables:
        return source
    tables = {rules.renames.new_table(name): table for name, table in source.tables.items()}
    return replace(source, tables=tables)


def check_renames(source: Catalog, rules: RowRules) -> None:
    """Each rename's old name exists on the source (its new one is checked by the plan)."""
    for old_table, _new in rules.renames.tables:
        if old_table not in source.tables:
            raise UsageError(f"renames[{old_table}]: table {old_table} does not exist",
                             side="--from")
    for table, column, _new_column in rules.renames.columns:
        found = source.tables.get(table)
        if found is None or found.column(column) is None:
            raise UsageError(f"renames[{table}.{column}]: column {column} of {table} does "
                             "not exist", side="--from")


def check_targets(source: Catalog, target: Catalog, rules: RowRules) -> None:
    """Exact rules and renames name columns the target has (or the source, for `fill`)."""
    wanted: list[tuple[TableName, str | None]] = [(new, None) for _old, new in
                                                  rules.renames.tables]
    wanted += [(rules.renames.new_table(t), new) for t, _old, new in rules.renames.columns]
    for table, column in wanted:
        found = target.tables.get(table)
        if found is None or (column is not None and found.column(column) is None):
            what = f"column {column} of {table}" if column else f"table {table}"
            raise UsageError(f"renames: {what} does not exist", side="--to")
    for rule in rules.columns:
        if rule.schema is None or rule.table is None:
            continue
        name = TableName(rule.schema, rule.table)
        ours = target.tables.get(name)
        if ours is None or ours.column(rule.column) is None:
            theirs = source.tables.get(rules.renames.old_table(name))
            side = "either side" if theirs is None or theirs.column(rule.column) is None \
                else "--to"
            raise UsageError(f"{rule.label}: column {rule.column} of {name} does not exist "
                             f"on {side}")


# Columns of the target's unique indexes (a UNIQUE constraint has one too).
_UNIQUE_INDEXES = """
SELECT n.nspname, c.relname, a.attname
FROM pg_index i
JOIN pg_class c ON c.oid = i.indrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY(i.indkey)
WHERE i.indisunique AND n.nspname = ANY(%(schemas)s)
"""


def unique_columns(query: Query, schemas: list[str]) -> set[tuple[str, str, str]]:
    """(schema, table, column) of every column in a unique index of the target."""
    return {(s, t, c) for s, t, c in query(_UNIQUE_INDEXES, {"schemas": schemas})}


def chooser(rules: RowRules, target: Catalog,
            indexed: set[tuple[str, str, str]] = frozenset()  # type: ignore[assignment]
            ) -> Callable[[Table, Table], Pick]:
    """For make_plan: each table's column picker under the rules."""

    def for_table(source: Table, ours: Table) -> Pick:
        unique = {c for key in ours.unique_keys for c in key}
        unique |= {c for s, t, c in indexed if (s, t) == ours.name}
        return lambda name, column: _pick(rules, source, ours, unique, name, column)

    return for_table


def _pick(rules: RowRules, source: Table, target: Table, unique: set[str], name: str,
          column: Column) -> ColumnCopy | None:
    table = target.name
    rule = rules.rule_for(table.schema, table.name, name)
    renamed = rules.renames.old_column(source.name, name)
    theirs = source.column(renamed)
    if rule is None or (rule.kind == "fill" and theirs is not None):
        if theirs is None:
            return None
        how = None if renamed == name else f"renamed from {renamed}"
        return column_copy(name, theirs, column, renamed, how)
    if rule.kind in ("value", "fill"):
        value = None if rule.literal is None else _text(rule.literal)
        return ColumnCopy(name, f"CAST({literal(value)} AS text)", "text", column.type,
                          converted=True, binary_safe=False, rule=f"{rule.kind}")
    if rule.kind == "sql":
        return ColumnCopy(name, f"({rule.sql})", "sql", column.type, converted=True,
                          binary_safe=False, rule="sql")
    read = rule.source_column or renamed
    theirs = source.column(read)
    if theirs is None:
        if rule.schema is None or rule.table is None:
            return None  # a wildcard meets a column the source lacks: as without rules
        raise UsageError(f"{rule.label}: {source.name} has no column {read}", side="--from")
    via = f" of {read}" if read != name else ""
    if rule.kind == "from":
        return column_copy(name, theirs, column, read, f"from {read}")
    assert rule.mask is not None
    masked = MaskInput(quote(read), theirs.type, theirs.category or "S", unique=name in unique,
                       locale=rule.locale or rules.locale,
                       target_type=column.type if column.type != theirs.type else None,
                       label=f"{table}.{name}")
    try:
        expression = render(rule.mask, masked)
    except UsageError as exc:
        raise UsageError(f"{rule.label}: {exc.message}") from None
    plain = column_copy(name, theirs, column, read)
    return replace(plain, expression=expression, source=read, rule=f"mask {rule.mask}{via}")


def _text(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def mark_personal(plan: Plan, rules: RowRules) -> None:
    """Strict mode's findings: copied columns that look personal and no mask covers."""
    for table in plan.tables:
        table.personal = [c.name for c in table.columns
                          if c.source is not None and _clear(c)
                          and (looks_personal(c.name) or looks_personal(c.source))]


def _clear(copy: ColumnCopy) -> bool:
    """The column goes over as the source has it (no mask, sql or literal)."""
    return copy.rule is None or copy.rule.startswith(("renamed", "from"))


def check_strict(plan: Plan, rules: RowRules) -> None:
    if not rules.strict:
        return
    for table in plan.tables:
        if table.personal:
            column = table.personal[0]
            raise UsageError(f"strict: {table.name}.{column} looks personal and no rule "
                             f"masks it: add a rule under columns (e.g. {table.name.name}."
                             f"{column}: {{mask: hash}}), or leave --strict out")


def check_sql_rules(plan: Plan, rules: RowRules, source: tuple[Database, Connection],
                    target: tuple[Database, Connection]) -> None:
    """Run each `sql` rule once on the source and its first value into the target's type."""
    for table in plan.tables:
        for copy in table.columns:
            if copy.rule != "sql":
                continue
            found = rules.rule_for(table.name.schema, table.name.name, copy.name)
            label = found.label if found else f"{table.name}.{copy.name}"
            name = table.source_name or table.name
            sample = _try(source, f"SELECT ({copy.expression})::text FROM {name.sql} LIMIT 1",
                          (), label, "--from")
            if sample and sample[0][0] is not None:
                _try(target, f"SELECT CAST(%s AS {copy.target_type})", (sample[0][0],),
                     label, "--to")


def _try(side: tuple[Database, Connection], sql: str, params: tuple[object, ...],
         label: str, name: str) -> list[tuple[object, ...]]:
    db, conn = side
    try:
        execute(db, conn, "SAVEPOINT krakn_rule_check")
        rows = _run(conn, sql, params)
        execute(db, conn, "RELEASE SAVEPOINT krakn_rule_check")
        return rows
    except psycopg2.Error as exc:
        execute(db, conn, "ROLLBACK TO SAVEPOINT krakn_rule_check")
        message = (exc.diag.message_primary or str(exc)).strip()
        raise UsageError(f"{label}: the sql rule fails on {name}: {message}") from None


def _run(conn: Connection, sql: str, params: tuple[object, ...]) -> list[tuple[object, ...]]:
    with conn.cursor() as cur:
        cur.execute(sql, params or None)
        return list(cur.fetchall())


def give_seeds(db: Database, conn: Connection, salt: str | None) -> None:
    """The mask seeds for a source session (the salt itself never leaves krakn)."""
    if salt is None:
        return
    try:
        with conn.cursor() as cur:
            set_seeds(cur, salt)
    except psycopg2.Error as exc:
        raise failure(db, exc, "setting the mask seeds") from None


def plan_with_rules(source: Catalog, target: Catalog, selection: Selection,
                    rules: RowRules, target_query: Query | None = None) -> Plan:
    """make_plan under the rules: renamed tables matched, each column as its rule says.

    target_query reads the target's unique indexes, where masks that repeat
    values are refused (the catalog has the unique constraints).
    """
    plan = rule_plan(source, target, selection, rules, target_query)
    mark_personal(plan, rules)
    if rules.uses_masks and any(c.rule and c.rule.startswith("mask") for t in plan.tables
                                for c in t.columns):
        plan.mask_salt = rules.mask_salt
        if not plan.mask_salt:
            raise UsageError(f"{rules.label('mask_salt')}: required when a rule uses a mask")
    return plan


def rule_plan(source: Catalog, target: Catalog, selection: Selection, rules: RowRules,
              target_query: Query | None = None) -> Plan:
    """make_plan with each column as its rule says (no salt needed: verify uses it too)."""
    if not (rules.columns or rules.renames or rules.strict):
        return make_plan(source, target, selection)
    source = renamed_source(source, rules)
    check_targets(source, target, rules)
    indexed = unique_columns(target_query, target.schemas) \
        if target_query is not None and rules.uses_masks else set()
    return make_plan(source, target, selection, chooser(rules, target, indexed))


def rewritten(plan: Plan) -> LeftOut:
    """Every column a rule rewrites (mask, sql, value, fill, from, renamed from), with
    the rule as the plan shows it: what verify leaves out."""
    return tuple((table.name, column.name, column.rule) for table in plan.tables
                 for column in table.columns if column.rule)

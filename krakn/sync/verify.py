"""Proof that a copy is right: per table, row counts and a content hash from each server.

Each side computes, in one streamed aggregate per table, how many rows it
holds and the sum of a 64-bit hash of every row (the first half of the md5
of the row's text, summed as numeric and taken modulo 2^64; a second half
would have cost a third more time). A sum
counts every row as often as it occurs, so duplicate rows are not lost as
they would be with xor, and it does not depend on the order the server
reads rows in. The row's text is PostgreSQL's record output of the compared
columns under the pinned session settings (krakn.db.session.PINNED, and
lc_monetary here), converted to UTF-8 first: the same on both servers
whatever their encodings, the role's or the database's settings. No row
comes to Python: only two numbers and a count per table and side.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field

from krakn.catalog.data import Catalog, read_catalog
from krakn.db.database import Database
from krakn.db.session import Connection, execute
from krakn.errors import EXIT_DIFFERENCES, KraknError
from krakn.names import TableName
from krakn.options import LeftOut, RowFilter, VerifyOptions, left_out_by_table
from krakn.quoting import quote
from krakn.sync.lanes import Lane
from krakn.sync.report import Reporter

log = logging.getLogger(__name__)

MODULUS = 2 ** 64

# money's text depends on lc_monetary; every other setting that changes a
# value's text is pinned for every krakn session already.
VERIFY_SETTINGS = (("lc_monetary", "C"),)

_HASH = """SELECT count(*), coalesce(sum(('x' || substr(h, 1, 16))::bit(64)::bigint), 0)
FROM (SELECT md5(convert_to(ROW({columns})::text, 'UTF8')) AS h FROM {relation}{where}) AS r"""


class Mismatch(KraknError):
    """verify found a table whose rows differ between the sides."""

    exit_code = EXIT_DIFFERENCES


@dataclass(frozen=True)
class Check:
    """What to compare for one table, and how each side reads it."""

    name: TableName
    columns: tuple[str, ...]
    left_out: Mapping[str, str]  # column -> why it is not compared
    source_relation: str  # "ONLY schema.table" or "schema.table" (a partitioned table)
    target_relation: str
    source_where: str | None = None  # the rows a filter (where, subset) selects

    def sql(self, side: str) -> str:
        columns = ", ".join(quote(c) for c in self.columns)
        if side == "source":
            where = f" WHERE {self.source_where}" if self.source_where else ""
            return _HASH.format(columns=columns, relation=self.source_relation, where=where)
        return _HASH.format(columns=columns, relation=self.target_relation, where="")


@dataclass(frozen=True)
class Side:
    """One side's figures for a table: its rows and their hash."""

    rows: int
    digest: str

    @classmethod
    def of(cls, row: Sequence[object]) -> Side:
        count, total = (int(str(v)) for v in row)
        return cls(count, f"{total % MODULUS:016x}")


@dataclass(frozen=True)
class Result:
    name: TableName
    source: Side
    target: Side
    columns: tuple[str, ...]
    left_out: Mapping[str, str] = field(default_factory=dict)

    @property
    def match(self) -> bool:
        return self.source == self.target


@dataclass
class Report:
    """Every table compared, and those that could not be."""

    results: list[Result]
    only_source: list[TableName] = field(default_factory=list)
    only_target: list[TableName] = field(default_factory=list)
    filters: dict[TableName, str] = field(default_factory=dict)  # what each filter selects

    @property
    def match(self) -> bool:
        return all(r.match for r in self.results)

    @property
    def differing(self) -> list[TableName]:
        return [r.name for r in self.results if not r.match]


def relation(name: TableName, kind: str) -> str:
    # ONLY: an inheritance child is a table of its own; a partitioned table
    # is read through its parent, as sync-data loads it.
    return f"ONLY {name.sql}" if kind == "r" else name.sql


def plan_checks(source: Catalog, target: Catalog, names: Sequence[TableName],
                left_out: Mapping[TableName, Mapping[str, str]],
                filters: Mapping[TableName, str]) -> list[Check]:
    """One Check per table: the columns both sides have, minus the left out ones.

    source may hold a renamed table under its new name: Table.name is its own."""
    checks = []
    for name in names:
        ours, theirs = source.tables[name], target.tables[name]
        skipped = dict(left_out.get(name, {}))
        for column, info in theirs.columns.items():
            if info.generated and column in ours.columns:
                skipped.setdefault(column, "computed by --to")
        columns = tuple(c for c in theirs.columns
                        if c in ours.columns and c not in skipped)
        checks.append(Check(name, columns, {c: w for c, w in skipped.items()
                                            if c in ours.columns or c in theirs.columns},
                            relation(ours.name, ours.kind), relation(name, theirs.kind),
                            filters.get(name)))
    return checks


def prepare(db: Database, conn: Connection) -> None:
    for name, value in VERIFY_SETTINGS:
        execute(db, conn, "SELECT set_config(%s, %s, false)", (name, value),
                doing="setting up the comparison")


def _hash_side(db: Database, conn: Connection, checks: Sequence[Check],
               side: str) -> list[Side]:
    # execute() binds (none here): a filter's % must reach the server as one.
    return [Side.of(execute(db, conn, check.sql(side).replace("%", "%%"),
                            doing=f"hashing {check.name}")[0])
            for check in checks]


def run_checks(pairs: Sequence[tuple[tuple[Database, Connection], tuple[Database, Connection],
                                     Sequence[Check]]]) -> list[Result]:
    """Every side of every pair at once, one thread per connection, in the callers'
    transactions; results in the order of the checks."""
    with ThreadPoolExecutor(max_workers=max(1, 2 * len(pairs)),
                            thread_name_prefix="krakn-verify") as pool:
        jobs = [(pool.submit(_hash_side, *source, checks, "source"),
                 pool.submit(_hash_side, *target, checks, "target"), checks)
                for source, target, checks in pairs]
        results = []
        for ours, theirs, checks in jobs:
            for check, a, b in zip(checks, ours.result(), theirs.result(), strict=True):
                results.append(Result(check.name, a, b, check.columns, check.left_out))
    for result in results:
        log.debug("verify %s: %s %s", result.name, result.source, result.target)
    return results


def format_report(report: Report, source: str, target: str) -> list[str]:
    """The comparison as a table, then what was left out or not compared."""
    head = ("table", f"rows {source}", f"rows {target}", "columns", "match")
    rows = [(str(r.name), f"{r.source.rows:,}", f"{r.target.rows:,}", str(len(r.columns)),
             "yes" if r.match else "NO") for r in report.results]
    widths = [max(len(line[i]) for line in [head, *rows]) for i in range(len(head))]
    lines = ["  ".join(cell.ljust(w) if i == 0 else cell.rjust(w)
                       for i, (cell, w) in enumerate(zip(line, widths, strict=True))).rstrip()
             for line in [head, *rows]]
    for r in report.results:
        if r.left_out:
            lines.append(f"{r.name}: left out: " + ", ".join(
                f"{c} ({why})" for c, why in sorted(r.left_out.items())))
        if r.name in report.filters:
            lines.append(f"{r.name}: --from rows: {report.filters[r.name]}")
    for label, names in (("only on --from, not compared", report.only_source),
                         ("only on --to, not compared", report.only_target)):
        if names:
            lines.append(f"{label}: " + ", ".join(str(n) for n in names))
    differ = report.differing
    lines.append(f"{len(report.results) - len(differ)} of {len(report.results)} tables match"
                 + (": differ: " + ", ".join(str(n) for n in differ) if differ else ""))
    return lines


def report_data(report: Report) -> dict[str, object]:
    """The comparison as plain data (krakn verify --format json)."""
    return {
        "match": report.match,
        "tables": [{"table": str(r.name), "match": r.match,
                    "source": {"rows": r.source.rows, "hash": r.source.digest},
                    "target": {"rows": r.target.rows, "hash": r.target.digest},
                    "columns": list(r.columns), "left_out": dict(r.left_out),
                    "filter": report.filters.get(r.name)}
                   for r in report.results],
        "only_source": [str(n) for n in report.only_source],
        "only_target": [str(n) for n in report.only_target],
    }


def verify(source_db: Database, target_db: Database, options: VerifyOptions) -> Report:
    """Compare both databases' tables, each side in a read-only snapshot of its own."""
    from krakn.catalog.filters import user_schemas
    from krakn.db.session import close_quietly, open_connection, session_query
    from krakn.sync.plan import Selection, select_tables

    opened: list[Connection] = []
    try:
        sides = []
        for db in (source_db, target_db):
            conn = open_connection(db, read_only=True)
            opened.append(conn)
            prepare(db, conn)
            execute(db, conn, "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
            sides.append((db, conn))

        def catalog(side: tuple[Database, Connection]) -> Catalog:
            query = session_query(*side, "reading the catalog")
            return read_catalog(query, user_schemas(query))

        with ThreadPoolExecutor(max_workers=2) as pool:
            source, target = pool.map(catalog, sides)
        compared, left_out = under_rules(source, target, options)
        names, only_source, only_target = select_tables(
            compared, target, Selection(tables=options.tables, exclude=options.exclude))
        filters, notes = row_filters(source, names, options.rows)
        checks = plan_checks(compared, target, names, left_out_by_table(left_out), filters)
        results = run_checks([(sides[0], sides[1], checks)])
        return Report(results, only_source, only_target, notes)
    finally:
        for conn in opened:
            close_quietly(conn)


def under_rules(source: Catalog, target: Catalog, options: VerifyOptions
                ) -> tuple[Catalog, LeftOut]:
    """The source as a profile's rules see it (renamed tables under their new names),
    and the columns to leave out: the options', and every one a rule rewrites, as
    sync-data's plan has it (so both agree on what a rule touches)."""
    rules = options.rules
    if not (rules.columns or rules.renames):
        return source, options.left_out
    from krakn.sync.plan import Selection
    from krakn.sync.rules import renamed_source, rewritten, rule_plan

    plan = rule_plan(source, target, Selection(tables=options.tables,
                                               exclude=options.exclude), rules)
    return renamed_source(source, rules), options.left_out + rewritten(plan)


def row_filters(source: Catalog, names: Sequence[TableName], rows: RowFilter
                ) -> tuple[dict[TableName, str], dict[TableName, str]]:
    """Each table's filter on the source rows (none without where or subset), and
    what the report says of it."""
    if rows.empty:
        return {}, {}
    from krakn.sync.subset import filters, notes

    return filters(source, names, rows), notes(source, names, rows)


def verify_lanes(lanes: Sequence[Lane], source_db: Database, target_db: Database,
                 reporter: Reporter, left_out: LeftOut) -> None:
    """sync-data --verify: compare what each lane loaded, in its own transactions,
    before the commit; a Mismatch (exit 1) makes the caller roll back."""
    pairs = []
    by_table = left_out_by_table(left_out)
    for lane in lanes:
        checks = []
        for table in lane.work.tables:
            skipped = dict(by_table.get(table.name, {}))
            for column in table.columns:
                # A source expression other than the column itself is a rule's (a mask).
                if column.expression != quote(column.name):
                    skipped.setdefault(column.name, column.rule or "rewritten by a rule")
            checks.append(Check(table.name,
                                tuple(c.name for c in table.columns if c.name not in skipped),
                                {c: w for c, w in skipped.items()},
                                relation(table.source_name or table.name, table.source_kind),
                                relation(table.name, table.kind), table.where))
        pairs.append(((source_db, lane.source), (target_db, lane.work.conn), checks))
    for (db, conn), _target, _checks in pairs:
        prepare(db, conn)
    for _source, (db, conn), _checks in pairs:
        prepare(db, conn)
    report = Report(run_checks(pairs))
    reporter.lines(format_report(report, "--from", "--to"))
    if not report.match:
        names = ", ".join(str(n) for n in report.differing)
        raise Mismatch(f"--verify: {names} differ after the load; nothing was written "
                       "(rolled back)")

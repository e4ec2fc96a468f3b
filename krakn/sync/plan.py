"""What a sync will do, worked out from both catalogs before anything is written.

Pure functions: no database, so every rule here is testable on its own.
Every check that can refuse the run happens here, before the first write.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from krakn.catalog.data import Catalog, SequenceUse, Table
from krakn.catalog.routines import Trigger
from krakn.catalog.tables import Column, Constraint
from krakn.errors import KraknError, UsageError
from krakn.graph import components, load_levels
from krakn.options import RowFilter
from krakn.quoting import quote
from krakn.sync.names import TableName, case_hint

log = logging.getLogger(__name__)


class PlanError(KraknError):
    """The target cannot take the source's rows as they are: nothing was written."""


@dataclass(frozen=True)
class Selection:
    """Which tables the user asked for, and how."""

    tables: tuple[TableName, ...] = ()
    exclude: tuple[TableName, ...] = ()
    truncate: bool = False
    disable_triggers: bool = False
    jobs: int = 1
    commit_in_batches: bool = False
    rows: RowFilter = field(default_factory=RowFilter)  # where, subset (krakn.sync.subset)


@dataclass(frozen=True)
class ColumnCopy:
    """One column sent from source to target."""

    name: str
    expression: str  # what the source query selects: the quoted column unless masked
    source_type: str
    target_type: str
    converted: bool  # the target's input function turns the source's text into its type
    binary_safe: bool  # both sides read and write the same binary representation
    source: str | None = None  # the source column read as it is (None: a rule's value)
    rule: str | None = None  # the column rule that applies, as --dry-run shows it


# A table's column chooser: (target column name, column) -> what is sent, or None.
Pick = Callable[[str, Column], "ColumnCopy | None"]
Chooser = Callable[[Table, Table], Pick]


@dataclass
class TablePlan:
    name: TableName
    kind: str  # the target's relkind
    source_kind: str
    columns: list[ColumnCopy]
    defaulted: list[str] = field(default_factory=list)  # target-only: default or NULL
    left_out: list[str] = field(default_factory=list)  # source-only: not copied
    generated: list[str] = field(default_factory=list)  # the target computes them
    estimate: int | None = None
    triggers: list[Trigger] = field(default_factory=list)  # the target's
    where: str | None = None  # a filter on the source rows (subsets)
    filter_note: str | None = None  # what the plan says of the filter
    level: int = 0  # foreign-key depth: a table loads after the tables it references
    group: int = 0  # tables that reference each other load on one connection
    batch: int = 0  # --commit-in-batches: the transaction it is committed in, in order
    source_name: TableName | None = None  # when the profile renames the table
    personal: list[str] = field(default_factory=list)  # strict mode's findings

    @property
    def binary(self) -> bool:
        return all(c.binary_safe for c in self.columns)

    @property
    def user_triggers(self) -> list[Trigger]:
        return [t for t in self.triggers if not t.internal]


@dataclass(frozen=True)
class SequencePlan:
    """A target sequence to move past the rows that were loaded."""

    sequence: TableName
    columns: tuple[tuple[TableName, str], ...]  # integer columns to take the maximum of
    source_value: int | None
    increment: int
    group: int
    batch: int = 0


@dataclass
class Plan:
    tables: list[TablePlan]  # in load order
    deferred: list[Constraint]  # foreign keys inside a cycle, checked at the end
    sequences: list[SequencePlan]
    selection: Selection
    only_source: list[TableName] = field(default_factory=list)
    only_target: list[TableName] = field(default_factory=list)
    no_common_columns: list[TableName] = field(default_factory=list)
    # Given to every source session that reads masked columns; never shown.
    mask_salt: str | None = field(default=None, repr=False)

    @property
    def groups(self) -> int:
        return len({t.group for t in self.tables})

    @property
    def batches(self) -> int:
        return len({t.batch for t in self.tables})


def make_plan(source: Catalog, target: Catalog, selection: Selection,
              chooser: Chooser | None = None) -> Plan:
    """The whole plan, or a PlanError/UsageError naming the first thing in the way.

    chooser (krakn.sync.rules) picks each target column's source and expression
    when a profile has column rules or renames; without it columns match by name.
    """
    names, only_source, only_target = select_tables(source, target, selection)
    tables: list[TablePlan] = []
    skipped: list[TableName] = []
    for name in names:
        theirs, ours = source.tables[name], target.tables[name]
        table = align(theirs, ours, chooser(theirs, ours) if chooser else None)
        if table.columns:
            tables.append(table)
        else:
            skipped.append(name)
    chosen = {t.name for t in tables}
    keys = [k for k in target.foreign_keys
            if k.table_name in chosen and k.referenced in chosen]
    if selection.truncate:
        check_truncate(chosen, target.foreign_keys)
    levels, cycles = load_levels(chosen, [fk_edge(k) for k in keys])
    uses = [u for u in target.sequences if u.table in chosen]
    groups = assign_groups(tables, keys, uses, selection.jobs)
    for table in tables:
        table.level, table.group = levels[table.name], groups[table.name]
    tables.sort(key=lambda t: (t.level, t.name))
    deferred = [] if selection.disable_triggers else [k for k in keys if fk_edge(k) in cycles]
    sequences = plan_sequences(tables, source.sequences, uses, groups)
    return Plan(tables, deferred, sequences, selection, only_source, only_target, skipped)


def select_tables(source: Catalog, target: Catalog, selection: Selection
                  ) -> tuple[list[TableName], list[TableName], list[TableName]]:
    """The tables to copy, and those that only one side has."""
    for option, names in (("--tables", selection.tables), ("--exclude-tables",
                                                            selection.exclude)):
        for name in names:
            _check_exists(name, option, source, target)
    common = sorted(set(source.tables) & set(target.tables))
    chosen = [n for n in common if not selection.tables or n in selection.tables]
    chosen = [n for n in chosen if n not in selection.exclude]
    only_source = sorted(set(source.tables) - set(target.tables))
    only_target = sorted(set(target.tables) - set(source.tables))
    return chosen, only_source, only_target


def _check_exists(name: TableName, option: str, source: Catalog, target: Catalog) -> None:
    on_source, on_target = name in source.tables, name in target.tables
    # Leaving out a table only one side has is harmless; copying it is impossible.
    if on_source and on_target or (option == "--exclude-tables" and (on_source or on_target)):
        return
    if not on_source and not on_target:
        hint = case_hint(name, option, source.tables, target.tables)
        raise UsageError(f"{option}: table {name} exists on neither side{hint}")
    side = "--to" if on_source else "--from"
    hint = case_hint(name, option, target.tables if on_source else source.tables)
    raise UsageError(f"table {name} (named in {option}) does not exist{hint}", side=side)


def align(source: Table, target: Table, pick: Pick | None = None) -> TablePlan:
    """Match columns by name (or as pick says): copy the common ones, report the rest."""
    plan = TablePlan(target.name, target.kind, source.kind, [], estimate=source.estimate,
                     triggers=list(target.triggers),
                     source_name=source.name if source.name != target.name else None)
    missing: list[str] = []
    for name, column in target.columns.items():
        if column.generated:
            plan.generated.append(name)
            continue
        copy = pick(name, column) if pick else by_name(name, source, column)
        if copy is not None:
            plan.columns.append(copy)
        elif column.notnull and not column.fills_itself:
            missing.append(name)
        else:
            plan.defaulted.append(name)
    if missing:
        which = ", ".join(quote(m) for m in missing)
        raise PlanError(f"table {target.name}: column {which} is NOT NULL without a default "
                        "and --from has no such column; nothing was written", side="--to")
    read = {c.source for c in plan.columns} | set(plan.generated)
    plan.left_out = [name for name in source.columns if name not in read]
    return plan


def by_name(name: str, source: Table, target: Column) -> ColumnCopy | None:
    """The source's column of the same name, as it is (None: the source lacks it)."""
    theirs = source.column(name)
    return None if theirs is None else column_copy(name, theirs, target)


def column_copy(name: str, source: Column, target: Column, source_name: str | None = None,
                rule: str | None = None) -> ColumnCopy:
    """The source column source_name (default: name) sent as it is into column name."""
    same = source.type_key == target.type_key
    # Binary arrays and records carry element type OIDs, which differ between
    # databases for user types; enums and plain base types carry none.
    portable = source.type_oid == target.type_oid or target.typtype == "e" or (
        target.typtype == "b" and target.category != "A")
    read = source_name or name
    return ColumnCopy(name, quote(read), source.type, target.type, converted=not same,
                      binary_safe=same and portable, source=read, rule=rule)


def fk_edge(key: Constraint) -> tuple[TableName, TableName]:
    """A foreign key as an edge: (referencing table, referenced table)."""
    parent = key.referenced
    if parent is None:
        raise ValueError(f"{key.label} is no foreign key")
    return key.table_name, parent


def check_truncate(chosen: set[TableName], keys: Iterable[Constraint]) -> None:
    """TRUNCATE of exactly the chosen tables must not need CASCADE."""
    for key in keys:
        table, parent = fk_edge(key)
        if parent in chosen and table not in chosen:
            raise PlanError(
                f"--truncate: table {table} references {parent} "
                f"(foreign key {quote(key.name)}) but is not selected, so {parent} "
                f"cannot be truncated without emptying it too; select {table} as well "
                "or leave out --truncate", side="--to")


def assign_groups(tables: list[TablePlan], keys: list[Constraint], uses: list[SequenceUse],
                  jobs: int) -> dict[TableName, int]:
    """Spread tables over `jobs` connections, keeping each connected set on one.

    A connection cannot see another's uncommitted rows, so a table and every
    table it references (or shares a sequence with) must load on the same one.
    The largest sets go first, each to the least loaded connection.
    """
    links = [fk_edge(k) for k in keys]
    by_sequence: dict[TableName, list[TableName]] = {}
    for use in uses:
        by_sequence.setdefault(use.sequence, []).append(use.table)
    links += [(ts[0], t) for ts in by_sequence.values() for t in ts[1:]]
    sets = components([t.name for t in tables], links)
    weight = {t.name: max(t.estimate or 0, 1) for t in tables}
    sets.sort(key=lambda s: (-sum(weight[n] for n in s), min(s)))
    load = [0] * max(1, min(jobs, len(sets)))
    found: dict[TableName, int] = {}
    for members in sets:
        slot = min(range(len(load)), key=lambda i: (load[i], i))
        load[slot] += sum(weight[n] for n in members)
        found.update((n, slot) for n in members)
    return found


def plan_sequences(tables: list[TablePlan], source_uses: list[SequenceUse],
                   target_uses: list[SequenceUse], groups: dict[TableName, int]
                   ) -> list[SequencePlan]:
    """Each target sequence behind a copied column, with the source's value for it."""
    copied = {(t.name, c.name) for t in tables for c in t.columns}
    source_value: dict[tuple[TableName, str], int] = {}
    for use in source_uses:
        if use.last_value is not None:
            key = (use.table, use.column)
            source_value[key] = max(source_value.get(key, use.last_value), use.last_value)
    found: dict[TableName, list[SequenceUse]] = {}
    for use in target_uses:
        if (use.table, use.column) in copied:
            found.setdefault(use.sequence, []).append(use)
    plans = []
    for sequence, uses in sorted(found.items()):
        values = [source_value[(u.table, u.column)] for u in uses
                  if (u.table, u.column) in source_value]
        increment = uses[0].increment or 1
        if increment < 0:
            log.info("sequence %s counts down: left as it is", sequence)
            continue
        columns = tuple((u.table, u.column) for u in uses if u.integer_column)
        plans.append(SequencePlan(sequence, columns, max(values) if values else None,
                                  increment, groups[uses[0].table]))
    return plans

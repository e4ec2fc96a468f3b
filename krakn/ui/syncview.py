"""The mapping page's data: what sync-data's plan does with each table and column.

Built from the sync Plan krakn.api.sync returns for a dry run (the same
object ``sync-data --dry-run`` prints), never from its text: per table the
source and target columns, how each target column is filled, the row filter,
the estimate, and the load order (foreign-key level, connection group,
batch, and the keys of a cycle, checked at the end).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from krakn.sync import Plan
    from krakn.sync.plan import ColumnCopy, TablePlan

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ColumnRow:
    """One line of a table's mapping: where a target column's values come from."""

    source: str  # the source column ("" when none is read)
    target: str  # the target column ("" when the source's is left out)
    how: str  # copied, converted, renamed, from, masked, sql, value, fill, default...
    detail: str = ""  # the types converted, the mask, the SQL or value
    personal: bool = False  # strict mode's finding: looks personal, nothing masks it


@dataclass
class TableView:
    number: int
    name: str
    source_name: str  # "" unless the profile renames the table
    estimate: str
    level: int
    group: int
    batch: int
    rows: str  # the row filter or subset, in words ("" : every row)
    columns: list[ColumnRow]
    triggers: list[str] = field(default_factory=list)
    in_cycle: bool = False
    binary: bool = True

    @property
    def personal(self) -> list[str]:
        return [c.target for c in self.columns if c.personal]


@dataclass
class SyncView:
    source: str
    target: str
    tables: list[TableView]
    mode: str
    cycles: list[str]  # foreign keys inside a cycle, checked at the end
    sequences: list[str]
    left_alone: list[tuple[str, list[str]]]  # (why, tables)
    strict: bool  # the run asks for strict mode: a finding stops it
    groups: int = 1
    batches: int = 1

    @property
    def findings(self) -> int:
        return sum(len(t.personal) for t in self.tables)

    @property
    def levels(self) -> list[tuple[int, list[TableView]]]:
        """The tables by foreign-key level: each loads after the levels before it."""
        out: dict[int, list[TableView]] = {}
        for table in self.tables:
            out.setdefault(table.level, []).append(table)
        return sorted(out.items())


def build_view(plan: Plan, source: str, target: str, *, strict: bool = False) -> SyncView:
    """The page's data for a sync plan (load order kept)."""
    cyclic = {str(k.table_name) for k in plan.deferred} | {
        str(k.referenced) for k in plan.deferred if k.referenced is not None}
    sel = plan.selection
    tables = [_table(n, t, cyclic, sel.disable_triggers)
              for n, t in enumerate(plan.tables, 1)]
    left = [(why, [str(n) for n in names]) for why, names in (
        ("only on --from, not copied", plan.only_source),
        ("only on --to, left alone", plan.only_target),
        ("no column in common, not copied", plan.no_common_columns)) if names]
    mode = "truncate first" if sel.truncate else "append"
    return SyncView(source, target, tables, mode, [k.label for k in plan.deferred],
                    [str(s.sequence) for s in plan.sequences], left, strict,
                    plan.groups, plan.batches)


def _table(number: int, table: TablePlan, cyclic: set[str], triggers_off: bool) -> TableView:
    name = str(table.name)
    personal = set(table.personal)
    rows = [column_row(c, c.name in personal) for c in table.columns]
    rows += [ColumnRow("", n, "default", "--to's default, else NULL") for n in table.defaulted]
    rows += [ColumnRow("", n, "generated", "computed by --to") for n in table.generated]
    filled = {c.name for c in table.columns}
    rows += [ColumnRow(n, "", "left out", f"not read: --to's {n} is filled by its rule"
                       if n in filled else "only on --from") for n in table.left_out]
    estimate = "?" if table.estimate is None else f"{table.estimate:,}"
    fire = [] if triggers_off else [t.name for t in table.user_triggers]
    return TableView(number, name, str(table.source_name or ""), estimate, table.level,
                     table.group, table.batch, table.filter_note or "", rows, fire,
                     name in cyclic, table.binary)


def column_row(copy: ColumnCopy, personal: bool = False) -> ColumnRow:
    """How one copied column is filled, from its rule as the plan holds it."""
    rule = copy.rule or ""
    source = copy.source or ""
    converted = f"{copy.source_type} → {copy.target_type}"
    if not rule:
        if copy.converted:
            return ColumnRow(source, copy.name, "converted", converted, personal)
        return ColumnRow(source, copy.name, "copied", copy.target_type, personal)
    if rule.startswith("mask "):
        mask = rule.removeprefix("mask ").split(" of ")[0]
        return ColumnRow(source, copy.name, "masked", f"mask {mask}", personal)
    if rule.startswith("renamed from "):
        detail = converted if copy.converted else copy.target_type
        return ColumnRow(source, copy.name, "renamed", detail, personal)
    if rule.startswith("from "):
        return ColumnRow(source, copy.name, "from", f"copied from {source}", personal)
    if rule == "sql":
        return ColumnRow("", copy.name, "sql", copy.expression, personal)
    # value and fill: a literal cast to text, which --to converts.
    return ColumnRow(source, copy.name, rule, _literal(copy.expression), personal)


def _literal(expression: str) -> str:
    """The value of `CAST('x' AS text)` as the rule gave it (NULL for none)."""
    inner = expression.removeprefix("CAST(").removesuffix(" AS text)")
    return inner

"""The diff page's data: a plan's steps as entries grouped by schema and table.

Built from the objects krakn.api returns (the Plan and each step's Change
records), never from printed text. An entry is one plan step: its diff
lines, whether it waits for --force and why, and an id under which its SQL,
its rollback and, for views, routines and triggers, both definitions are
found. Those bodies are rendered only when asked for (``Bodies``): a page of
thousands of changes stays light, and the served page fetches one entry's
SQL when it is expanded.
"""

from __future__ import annotations

import difflib
import logging
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from krakn.ops.base import Change
    from krakn.plan import Plan, Step

log = logging.getLogger(__name__)

# Kinds whose change carries both definitions: shown side by side.
DEFINED = ("view", "materialized view", "function", "procedure", "trigger")
# Kinds that belong to a table (named by Change.table), and tables themselves.
_TABLE_KINDS = ("table",)


@dataclass(frozen=True)
class Line:
    sign: str
    message: str


@dataclass
class Entry:
    """One plan step as the page shows it."""

    id: int
    sign: str
    kind: str
    lines: list[Line]
    destructive: bool = False
    reason: str = ""
    loses_data: bool = False
    force_note: str = ""  # what --force would add to the script
    definitions: bool = False  # both definitions can be shown side by side

    @property
    def signs(self) -> str:
        return "".join(sorted({line.sign for line in self.lines}))


@dataclass
class Group:
    """The entries of one table, or of one kind of object, in one schema."""

    title: str
    entries: list[Entry] = field(default_factory=list)


@dataclass
class SchemaSection:
    name: str
    groups: list[Group] = field(default_factory=list)

    @property
    def count(self) -> int:
        return sum(len(g.entries) for g in self.groups)


@dataclass
class DiffView:
    """Everything the diff page shows, without the SQL bodies."""

    source: str
    target: str
    sections: list[SchemaSection]
    silent: list[Entry]  # steps with no diff line of their own (views put back...)
    counts: dict[str, int]
    held: int  # steps a script without --force writes as comments
    total: int


def build_view(plan: Plan, source: str, target: str) -> DiffView:
    """The page's data for plan (target turned into source)."""
    from krakn.render.describe import changes
    from krakn.ui.partners import partners

    sections: dict[str, SchemaSection] = {}
    silent: list[Entry] = []
    counts = {"+": 0, "-": 0, "~": 0}
    shown_with = {i for drops in partners(plan.steps).values() for i in drops}
    for index, step in enumerate(plan.steps):
        found = changes(step.op)
        entry = _entry(index, step, found)
        if not found:
            if index not in shown_with:
                silent.append(entry)
            continue
        for change in found:
            counts[change.sign] = counts.get(change.sign, 0) + 1
        schema, title = _place(found[0], step)
        section = sections.setdefault(schema, SchemaSection(schema))
        group = next((g for g in section.groups if g.title == title), None)
        if group is None:
            group = Group(title)
            section.groups.append(group)
        group.entries.append(entry)
    ordered = [sections[k] for k in sorted(sections, key=_schema_order)]
    for section in ordered:
        section.groups.sort(key=lambda g: (not g.title.startswith("table "), g.title))
    held = sum(1 for s in plan.steps if s.destructive)
    return DiffView(source, target, ordered, silent, counts, held, len(plan.steps))


def _schema_order(name: str) -> tuple[int, str]:
    # public first, database-wide objects last.
    return (0 if name == "public" else 2 if name == "(database)" else 1, name)


def _place(change: Change, step: Step) -> tuple[str, str]:
    """(schema, group title) of a change: its table, else its kind of object."""
    from alembic.operations import ops

    schema = change.schema or "(database)"
    if change.table is not None:
        return schema, f"table {change.table}"
    on_table = isinstance(step.op, (ops.CreateTableCommentOp, ops.DropTableCommentOp))
    if (on_table or change.kind in _TABLE_KINDS) and change.name is not None:
        return schema, f"table {change.name}"
    kind = change.kind
    return schema, kind if kind.endswith("s") else f"{kind}s"


def _entry(index: int, step: Step, found: list[Change]) -> Entry:
    lines = [Line(c.sign, c.message) for c in found]
    if not lines:
        lines = [Line("~", f"part of the changes around it ({_op_name(step)})")]
    kind = found[0].kind if found else "supporting step"
    entry = Entry(index, lines[0].sign, kind, lines, step.destructive, step.reason,
                  step.loses_data, definitions=any(_defined(c) for c in found))
    if step.destructive:
        entry.force_note = force_note(step)
    return entry


def _op_name(step: Step) -> str:
    return type(step.op).__name__.removesuffix("Op")


def _defined(change: Change) -> bool:
    return change.kind in DEFINED and "old" in change.details and "new" in change.details


def force_note(step: Step) -> str:
    """What a destructive step means for the script, in words."""
    why = step.reason or "goes with a step that can lose data"
    note = (f"Held back: without --force the script writes this step as a comment "
            f"({why}). With --force the script runs it")
    if step.loses_data:
        note += ", and the data it drops is gone: the rollback brings the structure back, " \
                "not the rows or values"
    return note + "."


class Bodies:
    """Each entry's SQL, rollback and definitions, rendered when first asked for.

    One entry costs its own steps only: the reverse plan is made once, and each
    step's SQL is rendered on the first request for it.
    """

    def __init__(self, plan: Plan) -> None:
        from krakn.render.sql import StepSQL
        from krakn.ui.partners import partners

        self.plan = plan
        self._partners = partners(plan.steps)
        self._render = StepSQL()
        self._reverse: dict[int, list[Step]] | None = None
        self._cache: dict[int, dict[str, Any]] = {}

    def of(self, entry_id: int) -> dict[str, Any]:
        """What expanding entry entry_id shows (KeyError: no such entry)."""
        if not 0 <= entry_id < len(self.plan.steps):
            raise KeyError(entry_id)
        if entry_id not in self._cache:
            self._cache[entry_id] = self._bodies(entry_id)
        return self._cache[entry_id]

    def all(self) -> dict[str, dict[str, Any]]:
        """Every entry's bodies, for a page that must carry them (the static export)."""
        return {str(i): self.of(i) for i in range(len(self.plan.steps))}

    def _bodies(self, entry_id: int) -> dict[str, Any]:
        step = self.plan.steps[entry_id]
        # A changed view or trigger: the drop that made way for it comes first,
        # and its reverse (the old one made again) last.
        joined = [*self._partners.get(entry_id, []), entry_id]
        forward = [_statement(self._render(self.plan.steps[i])) for i in joined]
        back = [_statement(self._render(s)) for i in reversed(joined)
                for s in self.reverse().get(i, [])]
        out: dict[str, Any] = {
            "sql": "\n\n".join(sql for sql in forward if sql)
                   or "-- no SQL: krakn leaves this change to you",
            "rollback": "\n\n".join(sql for sql in back if sql) or "-- nothing to undo",
        }
        pairs = _definitions(step)
        if pairs:
            out["definitions"] = pairs
        return out

    def reverse(self) -> dict[int, list[Step]]:
        """The rollback's steps, by the forward step each undoes."""
        if self._reverse is None:
            self._reverse = _reverse_by_step(self.plan)
        return self._reverse


def _statement(sql: str) -> str:
    return sql if not sql or sql.rstrip().endswith(";") else sql + ";"


def _reverse_by_step(plan: Plan) -> dict[int, list[Step]]:
    from krakn.plan.rollback import reverse_plan

    position = {id(step): i for i, step in enumerate(plan.steps)}
    found: dict[int, list[Step]] = {}
    owner: int | None = None
    for step in reverse_plan(plan).steps:
        forward = getattr(step, "forward", None)
        # What a DROP TABLE took along comes back right after the table,
        # with no forward step of its own: it belongs to the one before.
        owner = position.get(id(forward), owner) if forward is not None else owner
        if owner is not None:
            found.setdefault(owner, []).append(step)
    return found


def _definitions(step: Step) -> list[dict[str, Any]]:
    """Both definitions of each changed view, routine or trigger, line by line."""
    from krakn.render.describe import changes

    out = []
    for change in changes(step.op):
        if _defined(change):
            old, new = change.details["old"] or "", change.details["new"] or ""
            out.append({"title": change.message, **side_by_side(old, new)})
    return out


def side_by_side(old: str, new: str) -> dict[str, list[list[str]]]:
    """--to's (old) and --from's (new) lines, each marked same, del or add."""
    before, after = old.splitlines(), new.splitlines()
    target: list[list[str]] = []
    source: list[list[str]] = []
    matcher = difflib.SequenceMatcher(a=before, b=after, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        mark_old, mark_new = ("same", "same") if tag == "equal" else ("del", "add")
        target += [[mark_old, line] for line in before[i1:i2]]
        source += [[mark_new, line] for line in after[j1:j2]]
    return {"target": target, "source": source}

"""Does the load's locking fit the server? If not, refuse, or with --commit-in-batches split it.

Tables that must share a transaction form a unit. Tables sharing a sequence
always do, and a foreign-key cycle always does. With --truncate, so does
every set of tables linked by foreign keys in either direction: TRUNCATE of
a referenced table must name each table that references it. Units go in
dependency order (a referenced table's unit first, so that every batch's
foreign keys find their rows committed) and each batch takes units, in that
order, while half the lock budget allows: other work on the server, another
krakn among it, keeps room (a set that must stay whole may fill a batch of
its own up to the whole budget). Pure functions: no database.
"""

from __future__ import annotations

import logging
from dataclasses import replace

from krakn.catalog.data import SequenceUse
from krakn.catalog.tables import Constraint
from krakn.errors import EXIT_INTERRUPTED, EXIT_TERMINATED, KraknError, Terminated
from krakn.graph import components, load_levels, strongly_connected
from krakn.sync.budget import LockModel, Overflow, Tally
from krakn.sync.names import TableName
from krakn.sync.plan import Plan, PlanError, assign_groups, fk_edge

log = logging.getLogger(__name__)


def fit_locks(plan: Plan, model: LockModel, keys: list[Constraint],
              uses: list[SequenceUse]) -> None:
    """Refuse a load whose locks overflow a lock table; with --commit-in-batches, split it."""
    names = [t.name for t in plan.tables]
    if not plan.selection.commit_in_batches:
        whole = Tally(model)
        whole.add(names)
        over = whole.overflow()
        if over is not None:
            verb = "reading" if over.side == "--from" else "loading"
            raise PlanError(
                f"{verb} {len(names):,} tables in one transaction takes {over}; raise "
                f"max_locks_per_transaction on {over.side} (it needs a server restart), or pass "
                "--commit-in-batches to load them in several transactions (not all-or-nothing: "
                "see the README); nothing was written", side=over.side)
        return
    batches = pack(units(plan, keys, uses), model, plan.selection.truncate)
    log.info("--commit-in-batches: %d tables in %d batches", len(names), len(batches))
    number = {name: b for b, members in enumerate(batches) for name in members}
    lane: dict[TableName, int] = {}
    for b in range(len(batches)):
        part = [t for t in plan.tables if number[t.name] == b]
        lane.update(assign_groups(part, keys, uses, plan.selection.jobs))
    for table in plan.tables:
        table.batch, table.group = number[table.name], lane[table.name]
    owner = {u.sequence: u.table for u in uses if u.table in number}
    plan.sequences = [replace(s, batch=number[owner[s.sequence]], group=lane[owner[s.sequence]])
                      for s in plan.sequences]


def units(plan: Plan, keys: list[Constraint], uses: list[SequenceUse]
          ) -> list[list[TableName]]:
    """The sets of tables that must share a transaction, in an order batches can follow."""
    names = [t.name for t in plan.tables]
    chosen = set(names)
    edges = [fk_edge(k) for k in keys
                         if k.table_name in chosen and k.referenced in chosen]
    by_sequence: dict[TableName, list[TableName]] = {}
    for use in uses:
        if use.table in chosen:
            by_sequence.setdefault(use.sequence, []).append(use.table)
    # Both ways: tables sharing a sequence end up in one strongly connected set.
    shared = [(ts[0], t) for ts in by_sequence.values() for t in ts[1:]]
    links = edges + shared + [(b, a) for a, b in shared]
    levels, _cycles = load_levels(names, links)
    if plan.selection.truncate:
        found = components(names, links)
    else:
        sets: dict[int, list[TableName]] = {}
        for name, number in strongly_connected(names, links).items():
            sets.setdefault(number, []).append(name)
        found = [sorted(s) for s in sets.values()]
    return sorted(found, key=lambda s: (max(levels[n] for n in s), s[0]))


def pack(sets: list[list[TableName]], model: LockModel, truncate: bool
         ) -> list[list[TableName]]:
    """Consecutive units, as many to a batch as half the lock budget allows."""
    batches: list[list[TableName]] = []
    tally = Tally(model)
    for unit in sets:
        over = Tally(model).overflow(Tally(model).plus(unit))
        if over is not None:
            raise PlanError(_too_big(unit, over, truncate), side=over.side)
        if tally.members and tally.overflow(tally.plus(unit), share=2) is not None:
            batches.append(sorted(tally.members))
            tally = Tally(model)
        tally.add(unit)
    if tally.members:
        batches.append(sorted(tally.members))
    return batches


def _too_big(unit: list[TableName], over: Overflow, truncate: bool) -> str:
    if len(unit) == 1:
        what = f"table {unit[0]} alone"
    else:
        why = ("linked by foreign keys, which --truncate must empty together" if truncate
               else "in a foreign-key cycle or sharing a sequence")
        shown = ", ".join(str(n) for n in unit[:3]) + (", ..." if len(unit) > 3 else "")
        what = f"{len(unit):,} tables {why} ({shown})"
    return (f"--commit-in-batches: {what} must load in one transaction, which takes {over}; "
            f"raise max_locks_per_transaction on {over.side} (it needs a server restart); "
            "nothing was written")


def batch_plan(plan: Plan, number: int) -> Plan:
    """The part of plan that batch number loads."""
    tables = [t for t in plan.tables if t.batch == number]
    names = {t.name for t in tables}
    return Plan(tables, [k for k in plan.deferred if k.table_name in names],
                [s for s in plan.sequences if s.batch == number], plan.selection)


def kept(committed: int, total: int) -> str:
    return (f"; {committed:,} of {total:,} tables were committed by the batches before it "
            "(--commit-in-batches): rerun with --truncate to load them all again")


def kept_failure(exc: Exception, committed: int, total: int, rolled_back: str) -> Exception:
    """exc, saying which batches stay committed (when any did); rolled_back: its usual note."""
    if not committed:
        return exc
    if not isinstance(exc, KraknError):
        return KraknError(f"unexpected {type(exc).__name__}: {exc}" + kept(committed, total))
    text = str(exc.args[0])
    if text.endswith(rolled_back):
        text = text.removesuffix(rolled_back) + "; this batch was rolled back, but"
    else:
        text += ";"
    return type(exc)(text + kept(committed, total)[1:], side=exc.side)


class Interrupted(KraknError):
    """Ctrl-C or SIGTERM after some batches were committed: they stay, and the user must hear so."""

    def __init__(self, message: str, *, terminated: bool) -> None:
        super().__init__(message)
        self.exit_code = EXIT_TERMINATED if terminated else EXIT_INTERRUPTED


def stopped(exc: KeyboardInterrupt, committed: int, total: int) -> BaseException:
    """Ctrl-C or SIGTERM (Terminated), saying which batches stay committed (when any did)."""
    if not committed:
        return exc
    terminated = isinstance(exc, Terminated)
    return Interrupted(("terminated" if terminated else "interrupted") + kept(committed, total),
                       terminated=terminated)

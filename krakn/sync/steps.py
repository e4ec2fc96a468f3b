"""The statements around the COPYs on one target connection: before, and before commit.

Everything here runs inside the target's open transaction, so a failure or
an interruption anywhere undoes all of it: the deferred constraints, the
disabled triggers, the TRUNCATE and the sequences (ALTER SEQUENCE ...
RESTART is transactional, unlike setval()).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from krakn.catalog.tables import Constraint
from krakn.db.database import Database
from krakn.db.session import Connection, execute
from krakn.quoting import qualify, quote
from krakn.sync.faults import checkpoint
from krakn.sync.plan import SequencePlan, TablePlan

log = logging.getLogger(__name__)

# How ALTER TABLE puts back a trigger that was not simply enabled.
_TRIGGER_STATE = {"D": "DISABLE TRIGGER", "R": "ENABLE REPLICA TRIGGER",
                  "A": "ENABLE ALWAYS TRIGGER"}


@dataclass
class TargetWork:
    """What one target connection loads, and how."""

    db: Database
    conn: Connection
    tables: list[TablePlan]
    deferred: list[Constraint] = field(default_factory=list)  # foreign keys
    sequences: list[SequencePlan] = field(default_factory=list)
    truncate: bool = False
    disable_triggers: bool = False


def prepare(work: TargetWork) -> None:
    """Triggers off (if asked), cycle constraints deferred, tables emptied (if asked)."""
    if work.disable_triggers:
        for table in work.tables:
            _run(work, f"ALTER TABLE {table.name.sql} DISABLE TRIGGER ALL",
                 f"disabling the triggers of {table.name} (--disable-triggers needs "
                 "superuser rights for the foreign-key triggers)")
    for key in work.deferred:
        if not key.deferrable:
            # Temporary and transactional: put back in finish(), before commit.
            _run(work, f"ALTER TABLE {key.table_name.sql} ALTER CONSTRAINT {quote(key.name)} "
                 "DEFERRABLE", f"making foreign key {key.label} deferrable")
    if work.deferred:
        _run(work, f"SET CONSTRAINTS {_constraint_list(work.deferred)} DEFERRED",
             "deferring the foreign keys of a cycle")
    if work.truncate:
        # Exactly these tables: no CASCADE, so nothing else can be emptied.
        names = ", ".join(("ONLY " if t.kind == "r" else "") + t.name.sql for t in work.tables)
        _run(work, f"TRUNCATE {names}", "truncating (--truncate)")


def finish(work: TargetWork) -> None:
    """Check the deferred keys, put constraints and triggers back, move sequences on."""
    if work.deferred:
        _run(work, f"SET CONSTRAINTS {_constraint_list(work.deferred)} IMMEDIATE",
             "checking the foreign keys of a cycle")
        for key in work.deferred:
            if not key.deferrable:
                _run(work, f"ALTER TABLE {key.table_name.sql} ALTER CONSTRAINT "
                     f"{quote(key.name)} NOT DEFERRABLE",
                     f"making foreign key {key.label} NOT DEFERRABLE again")
    if work.disable_triggers:
        for table in work.tables:
            _restore_triggers(work, table)
    for sequence in work.sequences:
        advance_sequence(work, sequence)


def _restore_triggers(work: TargetWork, table: TablePlan) -> None:
    _run(work, f"ALTER TABLE {table.name.sql} ENABLE TRIGGER ALL",
         f"enabling the triggers of {table.name}")
    for trigger in table.triggers:
        state = _TRIGGER_STATE.get(trigger.enabled)
        if state:
            _run(work, f"ALTER TABLE {table.name.sql} {state} {quote(trigger.name)}",
                 f"restoring trigger {trigger.name} on {table.name}")


def advance_sequence(work: TargetWork, plan: SequencePlan) -> None:
    """Make the next value pass the source's and every loaded row's."""
    last, called = execute(work.db, work.conn,
                           f"SELECT last_value, is_called FROM {plan.sequence.sql}",
                           doing=f"reading sequence {plan.sequence}")[0]
    seen = [] if plan.source_value is None else [plan.source_value]
    if called:
        seen.append(int(last))
    for table, column in plan.columns:
        top = execute(work.db, work.conn, f"SELECT max({quote(column)}) FROM {table.sql}",
                      doing=f"reading the highest {table}.{column}")[0][0]
        if top is not None:
            seen.append(int(top))
    if not seen:
        return
    wanted = max(seen) + plan.increment
    upcoming = int(last) + plan.increment if called else int(last)
    if wanted > upcoming:
        log.info("sequence %s: next value %d", plan.sequence, wanted)
        _run(work, f"ALTER SEQUENCE {plan.sequence.sql} RESTART WITH %s",
             f"moving sequence {plan.sequence} on", (wanted,))
        checkpoint("sequences")


def _constraint_list(keys: list[Constraint]) -> str:
    return ", ".join(sorted({qualify(k.schema, k.name) for k in keys}))


def _run(work: TargetWork, sql: str, doing: str, params: tuple[object, ...] = ()) -> None:
    execute(work.db, work.conn, sql, params, doing=doing)

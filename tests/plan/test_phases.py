"""Each operation declares its phase (krakn.ops.phases), and the phases order a migration."""

from __future__ import annotations

from dataclasses import replace

from alembic.operations import ops

from krakn.catalog.routines import Routine
from krakn.catalog.snapshot import Constraint
from krakn.ops.base import SQLOp
from krakn.ops.columns import AlterIdentityOp
from krakn.ops.constraints import AddConstraintOp, DropConstraintOp
from krakn.ops.phases import Phase
from krakn.ops.routines import CreateRoutineOp, DropRoutineOp, ReplaceRoutineOp
from krakn.ops.tables import DropDefaultFirstOp, DropTableOp
from krakn.plan.place import ALEMBIC_PHASES, alter_phase, phase_of

F = Routine("public", "f", "", "", "f",
            "CREATE OR REPLACE FUNCTION public.f() RETURNS integer LANGUAGE sql AS $$ SELECT 1 $$",
            "", "integer", False, None)
FK = Constraint("public", "orders", "orders_user_fk", "f",
                "FOREIGN KEY (user_id) REFERENCES users(id)", ("public", "users"), None,
                ("user_id",))
PK = replace(FK, name="orders_pkey", kind="p", definition="PRIMARY KEY (id)", references=None,
             columns=("id",))


def _all_sql_ops() -> set[type]:
    found: set[type] = set()
    todo = [SQLOp]
    while todo:
        for sub in todo.pop().__subclasses__():
            found.add(sub)
            todo.append(sub)
    return found


def test_every_krakn_operation_declares_its_phase() -> None:
    """Each krakn operation (each leaf class; bases may leave it to them) has a phase
    of its own or its parent's, never only the base class's placeholder."""
    leaves = {cls for cls in _all_sql_ops() if not cls.__subclasses__()}
    undeclared = {cls.__name__ for cls in leaves
                  if not any("phase" in vars(c) for c in cls.__mro__ if c is not SQLOp)}
    assert len(leaves) >= 40 and undeclared == set()


def test_the_drop_of_what_is_made_comes_after_it_is_made() -> None:
    """Schemas, extensions, types, routines, tables: made early, dropped late, in mirror order."""
    made = [Phase.CREATE_SCHEMAS, Phase.CREATE_EXTENSIONS, Phase.CREATE_TYPES,
            Phase.CREATE_ROUTINES, Phase.CREATE_TABLES, Phase.ADD_COLUMNS]
    dropped = [Phase.DROP_COLUMNS, Phase.DROP_TABLES, Phase.DROP_ROUTINES, Phase.DROP_TYPES,
               Phase.DROP_EXTENSIONS, Phase.DROP_SCHEMAS]
    assert made == sorted(made) and dropped == sorted(dropped)
    assert max(made) < min(dropped)


def test_keys_before_foreign_keys_and_back() -> None:
    """A foreign key is added after the keys and dropped before them."""
    assert AddConstraintOp(PK).phase < AddConstraintOp(FK).phase == Phase.ADD_FOREIGN_KEYS
    assert DropConstraintOp(FK).phase < DropConstraintOp(PK).phase == Phase.DROP_CONSTRAINTS


def test_a_routine_on_tables_is_late_by_its_own_facts() -> None:
    """after_tables moves a routine's create after tables and its drop before them."""
    late = replace(F, after_tables=True)
    assert CreateRoutineOp(F).phase == Phase.CREATE_ROUTINES
    assert CreateRoutineOp(late).phase == Phase.LATE_ROUTINES
    assert ReplaceRoutineOp(F, late).phase == ReplaceRoutineOp(late, F).phase == (
        Phase.LATE_ROUTINES)
    assert DropRoutineOp(late).phase < Phase.DROP_TABLES < DropRoutineOp(F).phase


def test_an_identity_dropped_goes_before_sequences_are_made() -> None:
    """Dropping an identity frees its sequence's name before sequences are created."""
    dropped = AlterIdentityOp("public", "t", "id", None, None)
    assert dropped.phase == Phase.DROP_IDENTITIES < Phase.CREATE_SEQUENCES


def test_alembic_operations_have_their_phases() -> None:
    """Alembic's operations get theirs from the table; ALTER COLUMN by its aspect."""
    assert phase_of(ops.CreateTableOp("t", [])) == Phase.CREATE_TABLES
    assert phase_of(DropTableOp("t")) == DropTableOp.phase == ALEMBIC_PHASES[ops.DropTableOp]
    aspects = [
        DropDefaultFirstOp("t", "c", modify_server_default=None),
        ops.AlterColumnOp("t", "c", modify_type=object()),
        ops.AlterColumnOp("t", "c", modify_server_default="1"),
        ops.AlterColumnOp("t", "c", modify_nullable=False),
        ops.AlterColumnOp("t", "c", modify_comment="x"),
    ]
    assert [alter_phase(op) for op in aspects] == [
        Phase.DROP_DEFAULTS, Phase.ALTER_COLUMN_TYPES, Phase.SET_DEFAULTS,
        Phase.ALTER_NULLABILITY, Phase.COMMENTS]


def test_a_serial_sequence_an_identity_takes_over_goes_between_default_and_identity() -> None:
    """The old serial sequence goes once its default is dropped and before the identity
    that reuses its name is added; other dropped sequences go at the end."""
    assert Phase.DROP_DEFAULTS < Phase.DROP_REUSED_SEQUENCES < Phase.ALTER_IDENTITIES
    assert Phase.DROP_REUSED_SEQUENCES < Phase.DROP_SEQUENCES

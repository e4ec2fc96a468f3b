"""Lock counting and --commit-in-batches on hand-made catalogs: no database needed."""

from __future__ import annotations

import pytest

from krakn.catalog.data import Catalog, SequenceUse, Table
from krakn.catalog.tables import Column, Constraint
from krakn.db.session import SyncFailed
from krakn.errors import Terminated
from krakn.sync.batches import fit_locks, kept_failure, stopped
from krakn.sync.budget import LockModel, LockTable, Tally
from krakn.sync.names import TableName
from krakn.sync.plan import Plan, PlanError, Selection, make_plan

ID = Column("integer", False, None, "", "", None, None, 1, type_oid=23,
            type_key=("pg_catalog", "int4", -1), typtype="b", category="N")


def t(name: str) -> TableName:
    return TableName("public", name)


def fk(child: str, parent: str) -> Constraint:
    return Constraint("public", child, f"{child}_{parent}_fkey", "f", "", ("public", parent),
                      None, ("ref",), ("id",))


def seq(sequence: str, table: str) -> SequenceUse:
    return SequenceUse(t(sequence), t(table), "id", True, 5, 1)


def setup(names: str, keys: tuple[Constraint, ...] = (), uses: tuple[SequenceUse, ...] = (),
          **selection: object) -> tuple[Plan, Catalog]:
    """A plan over tables of one column each, the same on both sides."""
    tables = {t(n): Table(t(n), "r", 10, {"id": ID}) for n in names.split()}
    source = Catalog(dict(tables), [], list(uses))
    target = Catalog(dict(tables), list(keys), list(uses))
    return make_plan(source, target, Selection(**selection)), target  # type: ignore[arg-type]


def model(target: Catalog, budget: int, *, to: int = 3, source: int = 2,
          same_server: bool = True, from_budget: int | None = None) -> LockModel:
    """Every table costs `to` locks on --to and `source` on --from."""
    sequences: dict[TableName, set[TableName]] = {}
    for use in target.sequences:
        sequences.setdefault(use.table, set()).add(use.sequence)
    references: dict[TableName, set[TableName]] = {}
    for key in target.foreign_keys:
        references.setdefault(key.table_name, set()).add(TableName(*key.references))
    return LockModel({n: to for n in target.tables}, {n: source for n in target.tables},
                     sequences, references, LockTable(budget, 1, 0, 0),
                     LockTable(from_budget or budget, 1, 0, 0), same_server)


def batch_of(plan: Plan) -> dict[str, int]:
    return {table.name.name: table.batch for table in plan.tables}


def test_budget_leaves_each_other_session_its_share():
    """The table's size less one max_locks_per_transaction per other session, at least one."""
    table = LockTable(64, 100, 5, 6)
    assert (table.size, table.budget) == (64 * 105, 64 * 105 - 6 * 64)
    assert LockTable(64, 10, 0, 50).budget == 64
    assert table.describe() == ("max_locks_per_transaction 64 × (max_connections 100 + "
                                "max_prepared_transactions 5) = 6,720, less 64 for each of 6 "
                                "other sessions")


def test_one_transaction_that_overflows_is_refused():
    """Without the option a load too big for the lock table stops, giving both numbers."""
    plan, target = setup("a b c")
    with pytest.raises(PlanError) as err:
        fit_locks(plan, model(target, 14), target.foreign_keys, target.sequences)
    assert err.value.message == (
        "--to: loading 3 tables in one transaction takes about 15 locks (9 loading --to, 6 "
        "reading --from on the same server), more than the 14 the server's lock table can spare "
        "(max_locks_per_transaction 14 × (max_connections 1 + max_prepared_transactions 0) = "
        "14); raise max_locks_per_transaction on --to (it needs a server restart), or pass "
        "--commit-in-batches to load them in several transactions (not all-or-nothing: see the "
        "README); nothing was written")
    fit_locks(plan, model(target, 15), target.foreign_keys, target.sequences)
    assert plan.batches == 1


def test_each_server_is_checked_on_its_own():
    """On two servers each side's count meets its own lock table; --from is named when short."""
    plan, target = setup("a b c")
    fit_locks(plan, model(target, 9, same_server=False), target.foreign_keys, target.sequences)
    with pytest.raises(PlanError, match=r"^reading 3 tables in one transaction takes about 6 "
                                        r"locks, more than the 5 .* on --from "):
        fit_locks(plan, model(target, 9, same_server=False, from_budget=5),
                  target.foreign_keys, target.sequences)


def test_foreign_key_checks_and_sequences_are_counted():
    """A key's check locks the table it references; a shared sequence is locked once."""
    plan, target = setup("a b c", keys=(fk("a", "b"),), uses=(seq("s", "a"), seq("s", "c")))
    m = model(target, 100, same_server=False)
    assert Tally(m).plus([t("a")]) == (3 + 3 + 1, 2)  # a, b (checked), the sequence
    tally = Tally(m)
    tally.add([t("b")])
    assert tally.plus([t("a"), t("c")]) == (3 + 3 + 3 + 1, 2 * 3)


def test_batches_follow_foreign_keys_and_keep_cycles_and_sequences_whole():
    """Referenced tables commit first; a cycle, or tables sharing a sequence, share a batch."""
    keys = (fk("a", "b"), fk("b", "z"), fk("c", "d"), fk("d", "c"))
    plan, target = setup("a b c d e f z", keys=keys, uses=(seq("s", "e"), seq("s", "f")),
                         commit_in_batches=True)
    fit_locks(plan, model(target, 16, to=2, source=1, same_server=False),
              target.foreign_keys, target.sequences)
    batch = batch_of(plan)
    # Batches of up to 8 locks: c d (4); e f and their sequence (5) with z (2); b with z
    # checked (4) and a (2)
    assert batch == {"c": 0, "d": 0, "e": 1, "f": 1, "z": 1, "b": 2, "a": 2}
    assert [s.batch for s in plan.sequences] == [1]


def test_truncate_keeps_tables_linked_either_way_in_one_batch():
    """TRUNCATE must name every table referencing another, so a linked set is one batch."""
    plan, target = setup("a b c d e", keys=(fk("a", "b"), fk("c", "b")), truncate=True,
                         commit_in_batches=True)
    fit_locks(plan, model(target, 20, to=3, source=0, same_server=False),
              target.foreign_keys, target.sequences)
    batch = batch_of(plan)
    # d and e (6 locks) first, as they reference nothing; a b c (9) do not fit beside them
    # in half the budget
    assert batch == {"d": 0, "e": 0, "a": 1, "b": 1, "c": 1}


def test_batches_fill_half_the_budget_and_a_whole_set_may_fill_one():
    """Room is left for the server's other work; a set that must stay whole may use it all."""
    keys = tuple(fk(a, b) for a, b in ("vw", "wx", "xy", "yz", "zv"))
    plan, target = setup("a b c d e v w x y z", keys=keys, commit_in_batches=True)
    fit_locks(plan, model(target, 20, to=3, source=1, same_server=False),
              target.foreign_keys, target.sequences)
    assert batch_of(plan) == {"a": 0, "b": 0, "c": 0, "d": 1, "e": 1,
                              "v": 2, "w": 2, "x": 2, "y": 2, "z": 2}


def test_a_set_too_big_for_one_transaction_is_named():
    """A set that cannot be split and does not fit is an error naming its tables."""
    plan, target = setup("a b c d", keys=(fk("a", "b"), fk("b", "c"), fk("c", "a")),
                         commit_in_batches=True)
    with pytest.raises(PlanError) as err:
        fit_locks(plan, model(target, 10), target.foreign_keys, target.sequences)
    assert err.value.message.startswith(
        "--to: --commit-in-batches: 3 tables in a foreign-key cycle or sharing a sequence "
        "(public.a, public.b, public.c) must load in one transaction, which takes about 15 locks")
    assert "raise max_locks_per_transaction on --to (it needs a server restart)" in \
        err.value.message


def test_jobs_spread_each_batch_over_connections():
    """With --jobs, each batch is spread over connections of its own, numbered from the first."""
    plan, target = setup("a b c d e f", commit_in_batches=True, jobs=2)
    fit_locks(plan, model(target, 18, to=3, source=0, same_server=False),
              target.foreign_keys, target.sequences)
    assert plan.batches == 2
    for number in range(plan.batches):
        assert {t.group for t in plan.tables if t.batch == number} == {0, 1}


def test_failure_after_a_batch_says_what_stays_committed():
    """A later batch's failure says how many tables stay committed and how to redo the load."""
    exc = SyncFailed("loading public.t9: duplicate key; nothing was written (rolled back)",
                     side="--to")
    assert kept_failure(exc, 0, 10, "; nothing was written (rolled back)") is exc
    said = kept_failure(exc, 1200, 2000, "; nothing was written (rolled back)")
    assert isinstance(said, SyncFailed) and said.message == (
        "--to: loading public.t9: duplicate key; this batch was rolled back, but 1,200 of 2,000 "
        "tables were committed by the batches before it (--commit-in-batches): rerun with "
        "--truncate to load them all again")


def test_ctrl_c_or_sigterm_after_a_batch_keeps_their_exit_status():
    """Stopped after a commit: 130 or 143 as usual, with what stays committed."""
    ctrl_c, term = KeyboardInterrupt(), Terminated()
    assert stopped(ctrl_c, 0, 10) is ctrl_c and stopped(term, 0, 10) is term
    said = [stopped(exc, 4, 10) for exc in (ctrl_c, term)]
    assert [(s.exit_code, str(s).split(";")[0]) for s in said] == [  # type: ignore[attr-defined]
        (130, "interrupted"), (143, "terminated")]
    assert str(said[0]).endswith("; 4 of 10 tables were committed by the batches before it "
                                 "(--commit-in-batches): rerun with --truncate to load them all "
                                 "again")

"""The passes after comparison run as one ordered list (krakn.plan.build.PASSES)."""

from __future__ import annotations

from alembic.operations import ops

from krakn.catalog.snapshot import Snapshot
from krakn.compare.session import Session
from krakn.ops.phases import Phase
from krakn.plan import (
    dependents,
    enum_back,
    grants,
    kinds,
    published,
    renames,
    repartition,
    row_types,
    safety,
    view_parts,
)
from krakn.plan import order as order_pass
from krakn.plan.build import PASSES, build_plan, sort_steps
from krakn.plan.model import Context, Step


def test_passes_run_in_their_order() -> None:
    """Renames, row-type users' refusals, ties to drops, what stands on what changes,
    the views renames dropped, held keys, grants, the sort, then the order across
    phases (and within a table's rebuild), what waits with a held drop's name or a
    held rebuild, and the publication entries of held tables."""
    assert PASSES == (
        renames.rename_steps, row_types.report_used_row_types, safety.tie_to_drops,
        safety.tie_routines_to_drops,
        dependents.rebuild_users, dependents.rebuild_dependent_fks,
        dependents.rebuild_dependent_views, dependents.rebuild_dependent_policies,
        renames.views_as_they_were, row_types.rebuild_row_type_routines,
        enum_back.plan_enum_back, view_parts.rebuild_view_parts,
        repartition.remake_parts, safety.hold_keys_of_kept_fks, grants.restore_grants, sort_steps,
        order_pass.order_by_uses, repartition.order_rebuilds, kinds.hold_successors,
        repartition.hold_rebuilds, published.hold_published_tables)


def test_held_keys_are_decided_after_every_drop_is_planned() -> None:
    """Keys a held foreign key uses are held only once the rebuilds have added their drops."""
    order = list(PASSES)
    last_rebuild = max(order.index(p) for p in (
        dependents.rebuild_users, dependents.rebuild_dependent_fks,
        dependents.rebuild_dependent_views, dependents.rebuild_dependent_policies,
        row_types.rebuild_row_type_routines))
    assert order.index(safety.hold_keys_of_kept_fks) > last_rebuild
    # The order across phases moves sorted steps; holds by name read it last,
    # and a publication's tables follow those holds.
    assert order[-6:] == [sort_steps, order_pass.order_by_uses, repartition.order_rebuilds,
                          kinds.hold_successors, repartition.hold_rebuilds,
                          published.hold_published_tables]


def test_sort_is_by_phase_then_key_and_stable() -> None:
    """Steps sort by phase, then key; equal ones keep their planned order."""
    a = Step(ops.DropTableOp("a"), Phase.DROP_TABLES, ("x",))
    b = Step(ops.CreateTableOp("b", []), Phase.CREATE_TABLES, ("y",))
    c = Step(ops.CreateTableOp("c", []), Phase.CREATE_TABLES, ("y",))
    steps = [a, b, c]
    sort_steps(steps, Context(Session(Snapshot(), Snapshot(), "public")))
    assert steps == [b, c, a]


def test_an_empty_comparison_plans_nothing() -> None:
    """No operation, no step: every pass leaves an empty plan empty."""
    plan = build_plan(ops.UpgradeOps([]), Session(Snapshot(), Snapshot(), "public"))
    assert plan.empty and plan.steps == []

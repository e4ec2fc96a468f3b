"""Rule comparator: rules on tables and views, by name and ``pg_get_ruledef``.

A rule on a table the source no longer has goes with its DROP TABLE (whose
reverse makes it again); a rule on a dropped view is dropped first, in a
step of its own, so the view's reverse can have it back.
"""

from __future__ import annotations

from alembic.autogenerate.api import AutogenContext
from alembic.operations import MigrateOperation, ops
from alembic.runtime.plugins import Plugin
from alembic.util import PriorityDispatchResult

from krakn.catalog.rules import Rule
from krakn.compare.session import Session, session_of
from krakn.ops.rules import CreateRuleOp, DropRuleOp, SetRuleCommentOp, SetRuleStateOp


def _rule_ops(new: Rule | None, old: Rule | None) -> list[MigrateOperation]:
    if new is not None and old is None:
        return [CreateRuleOp(new)]
    if old is not None and new is None:
        return [DropRuleOp(old)]
    assert new is not None and old is not None
    if new.definition != old.definition:
        return [DropRuleOp(old, replaced=True), CreateRuleOp(new, replaces=old)]
    out: list[MigrateOperation] = []
    if new.enabled != old.enabled:
        out.append(SetRuleStateOp(new, old))
    if new.comment != old.comment:
        out.append(SetRuleCommentOp(new, old))
    return out


def _goes_with_table(session: Session, rule: Rule) -> bool:
    """Its table is dropped, and DROP TABLE takes the rule along."""
    key = (rule.schema, rule.table)
    return not rule.on_view and key not in session.source.tables \
        and key not in session.source.views.views


def compare_rules(ctx: AutogenContext, upgrade_ops: ops.UpgradeOps,
                  schemas: set[str | None]) -> PriorityDispatchResult:
    session = session_of(ctx)
    src, tgt = session.source.rules, session.target.rules
    for key in sorted(src.keys() | tgt.keys()):
        new, old = src.get(key), tgt.get(key)
        if new is None and old is not None and _goes_with_table(session, old):
            continue
        upgrade_ops.ops.extend(_rule_ops(new, old))
    return PriorityDispatchResult.CONTINUE


def setup(plugin: Plugin) -> None:
    plugin.add_autogenerate_comparator(compare_rules, "schema", "krakn_rules")

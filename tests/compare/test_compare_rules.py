"""krakn.compare.rules on hand-built snapshots."""

from __future__ import annotations

from compare_helpers import add_table, ops_of, said, snapshot

from krakn.catalog.rules import Rule
from krakn.ops.phases import Phase
from krakn.ops.rules import CreateRuleOp, DropRuleOp


def rule(name: str, action: str = "NOTHING", enabled: str = "O",
         comment: str | None = None, table: str = "t") -> Rule:
    return Rule("public", table, name,
                f"CREATE RULE {name} AS\n    ON DELETE TO public.{table} DO INSTEAD {action}",
                enabled, False, comment)


def with_rules(*rules: Rule, tables: tuple[str, ...] = ("t",)):
    snap = snapshot()
    for name in tables:
        add_table(snap, name)
    for r in rules:
        snap.rules[r.key] = r
    return snap


def test_added_removed_changed_and_commented():
    """Rules made, dropped, made again (new action), enabled or disabled, commented."""
    src = with_rules(rule("fresh"), rule("act", "NOTIFY t"), rule("off", enabled="D"),
                     rule("noted", comment="hi"))
    tgt = with_rules(rule("gone"), rule("act"), rule("off"), rule("noted"))
    assert sorted(said(src, tgt)) == sorted([
        "+ Added rule 'fresh' to 't'", "- Removed rule 'gone' from 't'",
        "~ Changed rule 'act' on 't'", "~ Changed rule 'off' on 't' from enabled → disabled",
        "~ Changed comment on rule 'noted' on 't'"])


def test_a_dropped_tables_rules_go_with_it():
    """DROP TABLE takes its rules: no step of their own."""
    src = with_rules(tables=())
    tgt = with_rules(rule("r", table="t"))
    assert not any(isinstance(op, DropRuleOp) for op in ops_of(src, tgt))


def test_statements_and_phases():
    """A disabled, commented rule is made with both; rules go first and come back after views."""
    r = rule("r", enabled="D", comment="it")
    assert CreateRuleOp(r).statements()[1:] == [
        'ALTER TABLE "public"."t" DISABLE RULE "r"',
        "COMMENT ON RULE \"r\" ON \"public\".\"t\" IS 'it'"]
    assert DropRuleOp(r).phase < Phase.DROP_VIEWS
    assert CreateRuleOp(r).phase > Phase.CREATE_VIEWS

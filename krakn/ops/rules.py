"""Rules (CREATE RULE), from ``pg_get_ruledef``.

A changed rule is dropped and created again. Rules go early (before the
views, columns and tables under them change) and come back late, after
views, since their actions may read any relation.
"""

from __future__ import annotations

from krakn.catalog.rules import Rule
from krakn.ops.base import Change, SQLOp, display, literal, qualify, quote
from krakn.ops.phases import Phase

_ENABLE = {"O": "ENABLE", "D": "DISABLE", "R": "ENABLE REPLICA", "A": "ENABLE ALWAYS"}
_STATE = {"O": "enabled", "D": "disabled", "R": "enabled on replicas", "A": "always enabled"}


def _on(r: Rule) -> str:
    return f"{quote(r.name)} ON {qualify(r.schema, r.table)}"


def _enable(r: Rule) -> str:
    return f"ALTER TABLE {qualify(r.schema, r.table)} {_ENABLE[r.enabled]} RULE {quote(r.name)}"


def _comment(r: Rule) -> str:
    return f"COMMENT ON RULE {_on(r)} IS {literal(r.comment)}"


def _change(sign: str, message: str, r: Rule, **details: object) -> Change:
    return Change(sign, "rule", message, r.schema, r.table, r.name, dict(details))


class CreateRuleOp(SQLOp):
    phase = Phase.CREATE_RULES

    def __init__(self, rule: Rule, replaces: Rule | None = None,
                 rebuild: bool = False) -> None:
        self.rule = rule
        self.replaces = replaces
        # Made again only because what it stands on was: no diff line.
        self.rebuild = rebuild

    def statements(self) -> list[str]:
        r = self.rule
        out = [r.definition]
        out += [_enable(r)] if r.enabled != "O" else []
        out += [_comment(r)] if r.comment is not None else []
        return out

    def reverse(self) -> DropRuleOp:
        return DropRuleOp(self.rule, replaced=self.rebuild)

    def describe(self) -> list[Change]:
        if self.rebuild:
            return []
        r, where = self.rule, display(self.rule.schema, self.rule.table)
        if self.replaces is not None:
            return [_change("~", f"Changed rule '{r.name}' on '{where}'", r,
                            old=self.replaces.definition, new=r.definition)]
        return [_change("+", f"Added rule '{r.name}' to '{where}'", r,
                        definition=r.definition)]

    def sort_key(self) -> tuple[str, ...]:
        return self.rule.key


class DropRuleOp(SQLOp):
    phase = Phase.DROP_RULES

    def __init__(self, rule: Rule, replaced: bool = False) -> None:
        self.rule = rule
        # Made again right after (changed, or rebuilt): the create words it.
        self.replaced = replaced

    def statements(self) -> list[str]:
        return [f"DROP RULE {_on(self.rule)}"]

    def reverse(self) -> CreateRuleOp:
        return CreateRuleOp(self.rule, rebuild=self.replaced)

    def describe(self) -> list[Change]:
        if self.replaced:
            return []
        r = self.rule
        return [_change("-", f"Removed rule '{r.name}' from '{display(r.schema, r.table)}'",
                        r, definition=r.definition)]

    def sort_key(self) -> tuple[str, ...]:
        return self.rule.key


class SetRuleStateOp(SQLOp):
    """ENABLE or DISABLE a rule whose definition is unchanged."""

    phase = Phase.CREATE_RULES

    def __init__(self, rule: Rule, existing: Rule) -> None:
        self.rule = rule
        self.existing = existing

    def statements(self) -> list[str]:
        return [_enable(self.rule)]

    def reverse(self) -> SetRuleStateOp:
        return SetRuleStateOp(self.existing, self.rule)

    def describe(self) -> list[Change]:
        r = self.rule
        old, new = _STATE[self.existing.enabled], _STATE[r.enabled]
        return [_change("~", f"Changed rule '{r.name}' on '{display(r.schema, r.table)}' "
                        f"from {old} → {new}", r, old=old, new=new)]

    def sort_key(self) -> tuple[str, ...]:
        return self.rule.key


class SetRuleCommentOp(SQLOp):
    phase = Phase.COMMENTS

    def __init__(self, rule: Rule, existing: Rule) -> None:
        self.rule = rule
        self.existing = existing

    def statements(self) -> list[str]:
        return [_comment(self.rule)]

    def reverse(self) -> SetRuleCommentOp:
        return SetRuleCommentOp(self.existing, self.rule)

    def describe(self) -> list[Change]:
        r = self.rule
        return [_change("~", f"Changed comment on rule '{r.name}' on "
                        f"'{display(r.schema, r.table)}'", r,
                        old=self.existing.comment, new=r.comment)]

    def sort_key(self) -> tuple[str, ...]:
        return self.rule.key

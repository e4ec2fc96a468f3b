"""Aggregates: created from the statement krakn.catalog.aggregates builds.

A changed aggregate is dropped and created again in one step (there is no
CREATE OR REPLACE AGGREGATE that may change its state type); the views that
call it go down before and come back after (krakn.plan.dependents, through
krakn.plan.safety.root_of).
"""

from __future__ import annotations

from dataclasses import replace

from krakn.catalog.aggregates import Aggregate
from krakn.ops.base import Change, SQLOp, display, literal
from krakn.ops.phases import Phase


def _label(a: Aggregate) -> str:
    return f"{display(a.schema, a.name)}({a.argtypes or '*'})"


def _change(sign: str, verb: str, a: Aggregate, **details: object) -> Change:
    return Change(sign, "aggregate", f"{verb} aggregate '{_label(a)}'", a.schema, None,
                  f"{a.name}({a.argtypes})", dict(details))


def _comment(a: Aggregate) -> str:
    return f"COMMENT ON {a.signature} IS {literal(a.comment)}"


def _create(a: Aggregate) -> list[str]:
    return [a.definition] + ([_comment(a)] if a.comment is not None else [])


def _key(a: Aggregate) -> tuple[str, str, str, str]:
    """Its key among grants and owners (krakn.catalog.privileges.ObjectKey)."""
    return ("aggregate", a.schema, a.name, a.argtypes)


class CreateAggregateOp(SQLOp):
    phase = Phase.CREATE_AGGREGATES

    def __init__(self, aggregate: Aggregate, rebuild: bool = False) -> None:
        self.aggregate = aggregate
        # Made again only because a function under it was: no diff line.
        self.rebuild = rebuild

    def statements(self) -> list[str]:
        return _create(self.aggregate)

    def reverse(self) -> DropAggregateOp:
        return DropAggregateOp(self.aggregate, rebuild=self.rebuild)

    def created_keys(self) -> list[tuple[str, str, str, str]]:
        return [_key(self.aggregate)]

    def recreated_keys(self) -> list[tuple[str, str, str, str]]:
        # Put back after a function under it was made again: its grants went
        # with the drop (krakn.plan.grants gives them back).
        return [_key(self.aggregate)] if self.rebuild else []

    def describe(self) -> list[Change]:
        if self.rebuild:
            return []
        return [_change("+", "Added", self.aggregate, definition=self.aggregate.definition)]

    def sort_key(self) -> tuple[str, ...]:
        return self.aggregate.key


class DropAggregateOp(SQLOp):
    def __init__(self, aggregate: Aggregate, rebuild: bool = False) -> None:
        self.aggregate = aggregate
        # Taken down only because a function under it is made again: it goes
        # with that function's users, early.
        self.rebuild = rebuild

    @property
    def phase(self) -> Phase:
        return Phase.DROP_USER_ROUTINES if self.rebuild else Phase.DROP_AGGREGATES

    def statements(self) -> list[str]:
        return [f"DROP {self.aggregate.signature}"]

    def reverse(self) -> CreateAggregateOp:
        return CreateAggregateOp(self.aggregate, rebuild=self.rebuild)

    def describe(self) -> list[Change]:
        if self.rebuild:
            return []
        return [_change("-", "Removed", self.aggregate)]

    def sort_key(self) -> tuple[str, ...]:
        return self.aggregate.key


class ReplaceAggregateOp(SQLOp):
    """DROP and CREATE in one step, where the new aggregate belongs."""

    phase = Phase.CREATE_AGGREGATES

    def __init__(self, aggregate: Aggregate, existing: Aggregate) -> None:
        self.aggregate = aggregate
        self.existing = existing

    def statements(self) -> list[str]:
        return [f"DROP {self.existing.signature}", *_create(self.aggregate)]

    def reverse(self) -> ReplaceAggregateOp:
        return ReplaceAggregateOp(self.existing, self.aggregate)

    def created_keys(self) -> list[tuple[str, str, str, str]]:
        return [_key(self.aggregate)]

    def recreated_keys(self) -> list[tuple[str, str, str, str]]:
        return [_key(self.aggregate)]

    def describe(self) -> list[Change]:
        return [_change("~", "Changed", self.aggregate, old=self.existing.definition,
                        new=self.aggregate.definition)]

    def sort_key(self) -> tuple[str, ...]:
        return self.aggregate.key


class SetAggregateCommentOp(SQLOp):
    phase = Phase.COMMENTS

    def __init__(self, aggregate: Aggregate, existing: str | None) -> None:
        self.aggregate = aggregate
        self.existing = existing

    def statements(self) -> list[str]:
        return [_comment(self.aggregate)]

    def reverse(self) -> SetAggregateCommentOp:
        return SetAggregateCommentOp(replace(self.aggregate, comment=self.existing),
                                     self.aggregate.comment)

    def describe(self) -> list[Change]:
        a = self.aggregate
        return [Change("~", "comment", f"Changed comment on aggregate '{_label(a)}'",
                       a.schema, None, f"{a.name}({a.argtypes})",
                       {"old": self.existing, "new": a.comment})]

    def sort_key(self) -> tuple[str, ...]:
        return self.aggregate.key

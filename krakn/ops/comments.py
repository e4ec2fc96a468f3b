"""COMMENT ON the parts of objects that carry their own comment.

View and materialized-view columns, a materialized view's indexes,
sequences, a domain's constraints, a composite type's attributes: each
comment changed on an object both sides have is one SetCommentOp. A new
object brings its comments along in its own CREATE op where it has one.
"""

from __future__ import annotations

from dataclasses import dataclass

from krakn.ops.base import Change, SQLOp, literal
from krakn.ops.phases import Phase


@dataclass(frozen=True)
class Commented:
    """What a comment is on: the SQL that names it, and how diff names it."""

    target: str  # after COMMENT ON, e.g. COLUMN "public"."v"."c"
    kind: str  # for people: "view column", "sequence", ...
    label: str  # for people: v.c
    schema: str
    table: str | None
    name: str


class SetCommentOp(SQLOp):
    phase = Phase.COMMENTS
    # Set on one that only readies a drop: why it waits for --force with the
    # drop (krakn.plan.safety); "": it does not.
    with_drop = ""

    def __init__(self, what: Commented, new: str | None, old: str | None,
                 silent: bool = False) -> None:
        self.what, self.new, self.old = what, new, old
        # Said again only because its object is made again: no diff line.
        self.silent = silent

    def statements(self) -> list[str]:
        text = "NULL" if self.new is None else literal(self.new)
        return [f"COMMENT ON {self.what.target} IS {text}"]

    def reverse(self) -> SetCommentOp:
        return SetCommentOp(self.what, self.old, self.new, self.silent)

    def describe(self) -> list[Change]:
        if self.silent:
            return []
        w = self.what
        return [Change("~", "comment", f"Changed comment on {w.kind} '{w.label}'",
                       w.schema, w.table, w.name, {"old": self.old, "new": self.new})]

    def sort_key(self) -> tuple[str, ...]:
        return (self.what.schema, self.what.table or "", self.what.name, self.what.target)

"""Objects made and dropped whole, and altered in place where PostgreSQL can.

Collations, text-search dictionaries and configurations, foreign-data
wrappers, servers, user mappings, foreign tables, event triggers and
publications share one shape: each kind (an ``ObjectKind``) knows the SQL
that makes, drops and alters one of its objects, and one operation,
``ObjectOp``, carries a change of either: made (no old), dropped (no new),
altered in place, or replaced (dropped and made again, when PostgreSQL has
no ALTER for what changed). The reverse swaps old and new.
"""

from __future__ import annotations

from typing import Any, Generic, Protocol, TypeVar

from krakn.ops.base import Change, SQLOp, display, literal, qualify, quote
from krakn.ops.phases import Phase

T = TypeVar("T")


class ObjectKind(Generic[T]):
    """What krakn knows of one kind of object: its SQL, its phases, its words."""

    kind = ""  # for people and diff --format json: "collation", "publication", ...
    sql_kind = ""  # after COMMENT ON: "COLLATION", "SERVER", ...
    create_phase = Phase.CREATE_TABLES
    drop_phase = Phase.DROP_TABLES
    # Inside a phase: made in this order, dropped in the opposite one.
    rank = 0
    # A replaced one is dropped at drop_phase and made at create_phase, in
    # two steps (else in one, at alter_phase).
    split_replace = False

    def schema(self, obj: T) -> str | None:
        return None

    def name(self, obj: T) -> str:
        raise NotImplementedError

    def label(self, obj: T) -> str:
        """How diff lines name it."""
        return self.name(obj)

    def target(self, obj: T) -> str:
        """The object as SQL names it after COMMENT ON, DROP, ALTER."""
        raise NotImplementedError

    def alter_phase(self, new: T, old: T) -> Phase:
        return self.create_phase

    def comment(self, obj: T) -> str | None:
        return getattr(obj, "comment", None)

    def definition(self, obj: T) -> list[str]:
        """The statements that make it, without its comment."""
        raise NotImplementedError

    def create(self, obj: T) -> list[str]:
        comment = self.comment(obj)
        tail = [self.comment_sql(obj, comment)] if comment is not None else []
        return self.definition(obj) + tail

    def drop(self, obj: T) -> list[str]:
        return [f"DROP {self.sql_kind} {self.target(obj)}"]

    def alter(self, new: T, old: T) -> list[str] | None:
        """The statements that change old into new in place; None: it must be made again."""
        return None

    def comment_sql(self, obj: T, comment: str | None) -> str:
        text = "NULL" if comment is None else literal(comment)
        return f"COMMENT ON {self.sql_kind} {self.target(obj)} IS {text}"

    def alter_comment(self, new: T, old: T) -> list[str]:
        if self.comment(new) == self.comment(old):
            return []
        return [self.comment_sql(new, self.comment(new))]

    def sort_key(self, obj: T) -> tuple[str, ...]:
        return (str(self.rank), self.schema(obj) or "", self.name(obj))


class InSchema(Protocol):
    @property
    def schema(self) -> str: ...

    @property
    def name(self) -> str: ...


S = TypeVar("S", bound=InSchema)


class SchemaObjectKind(ObjectKind[S]):
    """A kind whose objects live in a schema: named, shown and qualified by it."""

    def schema(self, obj: S) -> str | None:
        return obj.schema

    def name(self, obj: S) -> str:
        return obj.name

    def label(self, obj: S) -> str:
        return display(obj.schema, obj.name)

    def target(self, obj: S) -> str:
        return qualify(obj.schema, obj.name)


class ObjectOp(SQLOp):
    """One object made, dropped, altered or replaced.

    ``phase`` and ``key`` default to the kind's; a drop that must run before
    another object is made again (what stands on a replaced server) says its own.
    """

    def __init__(self, kind: ObjectKind[Any], new: Any, old: Any, *,
                 phase: Phase | None = None, key: tuple[str, ...] | None = None,
                 silent: bool = False, replaces: Any = None,
                 unmigrated: str = "") -> None:
        self.kind, self.new, self.old = kind, new, old
        self._phase, self._key = phase, key
        # Made again only because what it stands on is: no diff line of its own.
        self.silent = silent
        # The made half of a replacement in two steps: what it replaces, for diff.
        self.replaces = replaces
        # Why PostgreSQL cannot take it (e.g. "in use"): reported, not migrated.
        self.unmigrated = unmigrated

    @property
    def phase(self) -> Phase:
        if self._phase is not None:
            return self._phase
        if self.new is None:
            return self.kind.drop_phase
        if self.old is None:
            return self.kind.create_phase
        return self.kind.alter_phase(self.new, self.old)

    def sort_key(self) -> tuple[str, ...]:
        if self._key is not None:
            return self._key
        obj = self.old if self.new is None else self.new
        key = self.kind.sort_key(obj)
        if self.new is None:
            # Dropped in the opposite order.
            return (str(9 - self.kind.rank), *key[1:])
        return key

    @property
    def with_drop(self) -> str:
        """Why a drop waits for --force (krakn.plan.safety): what uses the object
        on the target goes first, and may itself wait for it; "": it does not."""
        if self.new is None and getattr(self.old, "used", False):
            return "still used by what --force drops first"
        return ""

    @property
    def replaced(self) -> bool:
        return (self.new is not None and self.old is not None
                and self.kind.alter(self.new, self.old) is None)

    def statements(self) -> list[str]:
        k = self.kind
        if self.unmigrated:
            return []
        if self.old is None:
            return k.create(self.new)
        if self.new is None:
            return k.drop(self.old)
        in_place = k.alter(self.new, self.old)
        if in_place is None:
            return k.drop(self.old) + k.create(self.new)
        return in_place

    def reverse(self) -> ObjectOp:
        return ObjectOp(self.kind, self.old, self.new, phase=self._phase, key=self._key,
                        silent=self.silent, unmigrated=self.unmigrated)

    def describe(self) -> list[Change]:
        if self.silent:
            return []
        k = self.kind
        obj = self.old if self.new is None else self.new
        where = (k.schema(obj), None, k.name(obj))
        what = f"{k.kind} '{k.label(obj)}'"
        if self.replaces is not None:
            return [Change("~", k.kind, f"Changed {what} (dropped and created again)", *where,
                           {"old": "; ".join(k.definition(self.replaces)),
                            "new": "; ".join(k.definition(self.new))})]
        if self.old is None:
            return [Change("+", k.kind, f"Added {what}", *where)]
        if self.new is None:
            return [Change("-", k.kind, f"Removed {what}", *where)]
        if k.comment(self.new) != k.comment(self.old) and (
                k.alter(self.new, self.old) == k.alter_comment(self.new, self.old)):
            return [Change("~", "comment", f"Changed comment on {what}", *where,
                           {"old": k.comment(self.old), "new": k.comment(self.new)})]
        how = " (dropped and created again)" if self.replaced else ""
        if self.unmigrated:
            how = f" ({self.unmigrated}: not migrated)"
        return [Change("~", k.kind, f"Changed {what}{how}", *where,
                       {"old": "; ".join(k.definition(self.old)),
                        "new": "; ".join(k.definition(self.new))})]


def options_sql(options: tuple[tuple[str, str], ...]) -> str:
    """`` OPTIONS (k 'v', ...)`` of a wrapper, server, mapping or foreign table; "" for none."""
    if not options:
        return ""
    return " OPTIONS (" + ", ".join(f"{quote(k)} {literal(v)}" for k, v in options) + ")"


def alter_options(new: tuple[tuple[str, str], ...],
                  old: tuple[tuple[str, str], ...]) -> str:
    """``OPTIONS (ADD/SET/DROP ...)`` that turns old's options into new's; "" when equal."""
    before, after = dict(old), dict(new)
    parts = [f"DROP {quote(k)}" for k in before if k not in after]
    for k, v in new:
        if k not in before:
            parts.append(f"ADD {quote(k)} {literal(v)}")
        elif before[k] != v:
            parts.append(f"SET {quote(k)} {literal(v)}")
    return f"OPTIONS ({', '.join(parts)})" if parts else ""

"""In-place changes of domains (ALTER DOMAIN) and composite types (ALTER TYPE
... ATTRIBUTE), one aspect per operation so each can be ordered and held on
its own."""

from __future__ import annotations

from krakn.catalog.reprint import restated
from krakn.ops.base import Change, SQLOp, display, qualify, quote
from krakn.ops.phases import Phase


class AlterDomainOp(SQLOp):
    """One aspect of a domain: its default, NOT NULL, or one named CHECK.

    ``new``/``old`` hold the default text, "NOT NULL"/"NULL", or a check's
    definition; None means absent.
    """

    def __init__(self, schema: str, name: str, aspect: str, new: str | None,
                 old: str | None, check: str = "", late: bool = False) -> None:
        assert aspect in ("default", "notnull", "check")
        self.schema, self.name, self.aspect = schema, name, aspect
        self.new, self.old, self.check = new, old, check
        # A check that calls a function: added after functions are created.
        self.late = late

    @property
    def phase(self) -> Phase:
        return Phase.LATE_DOMAIN_CHECKS if self.late else Phase.ALTER_DOMAINS

    def statements(self) -> list[str]:
        head = f"ALTER DOMAIN {qualify(self.schema, self.name)}"
        if self.aspect == "default":
            return [f"{head} DROP DEFAULT" if self.new is None
                    else f"{head} SET DEFAULT {self.new}"]
        if self.aspect == "notnull":
            return [f"{head} SET NOT NULL" if self.new == "NOT NULL"
                    else f"{head} DROP NOT NULL"]
        out = []
        if self.old is not None:
            out.append(f"{head} DROP CONSTRAINT {quote(self.check)}")
        if self.new is not None:
            out.append(f"{head} ADD CONSTRAINT {quote(self.check)} {restated(self.new)}")
        return out

    def reverse(self) -> AlterDomainOp:
        return AlterDomainOp(self.schema, self.name, self.aspect, self.old, self.new,
                             self.check, self.late)

    def describe(self) -> list[Change]:
        name = display(self.schema, self.name)
        details = {"aspect": self.aspect, "old": self.old, "new": self.new}
        if self.aspect == "check":
            if self.old is None:
                what = f"added check '{self.check}': {self.new}"
            elif self.new is None:
                what = f"removed check '{self.check}'"
            else:
                what = f"changed check '{self.check}' from {self.old} → {self.new}"
        else:
            word = "default" if self.aspect == "default" else "nullability"
            empty = "no default" if self.aspect == "default" else "NULL"
            what = f"changed {word} from {self.old or empty} → {self.new or empty}"
        return [Change("~", "domain", f"Changed domain '{name}': {what}", self.schema, None,
                       self.name, details)]

    def sort_key(self) -> tuple[str, ...]:
        # Old checks go before new ones are added, defaults before NOT NULL.
        order = {"default": "0", "notnull": "1", "check": "2"}[self.aspect]
        return (self.schema, self.name, order, self.check)


class AlterAttributeOp(SQLOp):
    """One attribute of a composite type added, dropped or retyped."""

    phase = Phase.ALTER_COMPOSITES

    def __init__(self, schema: str, name: str, attribute: str, new: str | None,
                 old: str | None, position: int = 0) -> None:
        self.schema, self.name, self.attribute = schema, name, attribute
        self.new, self.old = new, old  # type text (with COLLATE), None: absent
        # Added attributes go in the wanted order: PostgreSQL appends each one.
        self.position = position

    def statements(self) -> list[str]:
        head = f"ALTER TYPE {qualify(self.schema, self.name)}"
        attr = quote(self.attribute)
        if self.new is None:
            return [f"{head} DROP ATTRIBUTE {attr}"]
        if self.old is None:
            return [f"{head} ADD ATTRIBUTE {attr} {self.new}"]
        return [f"{head} ALTER ATTRIBUTE {attr} SET DATA TYPE {self.new}"]

    def reverse(self) -> AlterAttributeOp:
        return AlterAttributeOp(self.schema, self.name, self.attribute, self.old, self.new,
                                self.position)

    def describe(self) -> list[Change]:
        name, attr = display(self.schema, self.name), self.attribute
        if self.old is None:
            what = f"added attribute '{attr}' {self.new}"
        elif self.new is None:
            what = f"removed attribute '{attr}'"
        else:
            what = f"changed type of attribute '{attr}' from {self.old} → {self.new}"
        return [Change("~", "composite type", f"Changed composite type '{name}': {what}",
                       self.schema, None, self.name,
                       {"attribute": attr, "old": self.old, "new": self.new})]

    def sort_key(self) -> tuple[str, ...]:
        return (self.schema, self.name, f"{self.position:04d}", self.attribute)


Attributes = tuple[tuple[str, str], ...]  # (name, type text), in order


class ReorderAttributesOp(SQLOp):
    """A composite type in use whose attributes change order or type: those
    from the first one out of place (or retyped) are dropped and added again,
    in the wanted order (PostgreSQL cannot retype one a column uses).
    Their values in columns of the type are lost, so it is one step, held
    for --force as a whole (an ADD must not run without its DROP)."""

    phase = Phase.ALTER_COMPOSITES

    def __init__(self, schema: str, name: str, new: Attributes, old: Attributes) -> None:
        self.schema, self.name, self.new, self.old = schema, name, new, old

    def _kept(self) -> int:
        """How many leading attributes stay as they are."""
        kept = 0
        for (a, a_type), (b, b_type) in zip(self.new, self.old, strict=False):
            if (a, a_type) != (b, b_type):
                break
            kept += 1
        return kept

    def statements(self) -> list[str]:
        head, kept = f"ALTER TYPE {qualify(self.schema, self.name)}", self._kept()
        out = [f"{head} DROP ATTRIBUTE {quote(a)}" for a, _ in self.old[kept:]]
        out += [f"{head} ADD ATTRIBUTE {quote(a)} {t}" for a, t in self.new[kept:]]
        return out

    def reverse(self) -> ReorderAttributesOp:
        return ReorderAttributesOp(self.schema, self.name, self.old, self.new)

    def describe(self) -> list[Change]:
        old = ", ".join(f"{a} {t}" for a, t in self.old)
        new = ", ".join(f"{a} {t}" for a, t in self.new)
        return [Change("~", "composite type", f"Changed composite type "
                       f"'{display(self.schema, self.name)}': attributes {old} → {new} "
                       f"({self._words()})", self.schema, None,
                       self.name, {"old": old, "new": new})]

    def _words(self) -> str:
        rest = self.new[self._kept():] or self.old[self._kept():]
        return f"attributes from '{rest[0][0]}' on dropped and added again" if rest else ""

    def sort_key(self) -> tuple[str, ...]:
        return (self.schema, self.name)

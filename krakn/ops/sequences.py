"""Sequences: create, drop, alter options, and OWNED BY."""

from __future__ import annotations

from krakn.catalog.snapshot import Sequence
from krakn.ops.base import Change, SQLOp, display, literal, qualify, quote
from krakn.ops.phases import Phase


def _options(seq: Sequence) -> str:
    cycle = "CYCLE" if seq.cycle else "NO CYCLE"
    return (f"AS {seq.type} INCREMENT BY {seq.increment} MINVALUE {seq.minvalue} "
            f"MAXVALUE {seq.maxvalue} START WITH {seq.start} CACHE {seq.cache} {cycle}")


def needs_restart(last_value: int | None, minvalue: int, maxvalue: int) -> bool:
    """Restart a sequence never used (so the new START applies), or one whose
    position falls outside its new bounds (PostgreSQL refuses that)."""
    return last_value is None or not minvalue <= last_value <= maxvalue


def _owner(owner: tuple[str, str, str] | None) -> str:
    if owner is None:
        return "NONE"
    return f"{qualify(owner[0], owner[1])}.{quote(owner[2])}"


class CreateSequenceOp(SQLOp):
    phase = Phase.CREATE_SEQUENCES

    def __init__(self, seq: Sequence) -> None:
        self.seq = seq

    def statements(self) -> list[str]:
        name = qualify(self.seq.schema, self.seq.name)
        out = [f"CREATE SEQUENCE {name} {_options(self.seq)}"]
        if self.seq.comment is not None:
            out.append(f"COMMENT ON SEQUENCE {name} IS {literal(self.seq.comment)}")
        return out

    def reverse(self) -> DropSequenceOp:
        return DropSequenceOp(self.seq)

    def describe(self) -> list[Change]:
        name = display(self.seq.schema, self.seq.name)
        return [Change("+", "sequence", f"Added sequence '{name}'", self.seq.schema, None,
                       self.seq.name)]

    def sort_key(self) -> tuple[str, ...]:
        return (self.seq.schema, self.seq.name)


class DropSequenceOp(SQLOp):
    def __init__(self, seq: Sequence, with_owner: bool = False, reused: bool = False) -> None:
        self.seq = seq
        # Owned by a column or table that is dropped, which takes it along:
        # said anyway, so that the reverse (a downgrade) makes it again.
        self.with_owner = with_owner
        # Its name goes to an identity's sequence (a serial becomes identity).
        self.reused = reused

    @property
    def phase(self) -> Phase:
        return Phase.DROP_REUSED_SEQUENCES if self.reused else Phase.DROP_SEQUENCES

    def statements(self) -> list[str]:
        if self.with_owner:
            return [f"DROP SEQUENCE IF EXISTS {qualify(self.seq.schema, self.seq.name)}"]
        return [f"DROP SEQUENCE {qualify(self.seq.schema, self.seq.name)}"]

    def reverse(self) -> CreateSequenceOp:
        return CreateSequenceOp(self.seq)

    def describe(self) -> list[Change]:
        if self.with_owner:
            return []  # the dropped column or table is the change
        name = display(self.seq.schema, self.seq.name)
        return [Change("-", "sequence", f"Removed sequence '{name}'", self.seq.schema, None,
                       self.seq.name)]

    def sort_key(self) -> tuple[str, ...]:
        return (self.seq.schema, self.seq.name)


class AlterSequenceOp(SQLOp):
    phase = Phase.ALTER_SEQUENCES

    def __init__(self, seq: Sequence, existing: Sequence) -> None:
        self.seq = seq
        self.existing = existing

    def statements(self) -> list[str]:
        restart = " RESTART" if needs_restart(self.existing.last_value, self.seq.minvalue,
                                              self.seq.maxvalue) else ""
        return [f"ALTER SEQUENCE {qualify(self.seq.schema, self.seq.name)} "
                f"{_options(self.seq)}{restart}"]

    def reverse(self) -> AlterSequenceOp:
        return AlterSequenceOp(self.existing, self.seq)

    def describe(self) -> list[Change]:
        name = display(self.seq.schema, self.seq.name)
        return [Change("~", "sequence", f"Changed options of sequence '{name}' from "
                       f"{_options(self.existing)} → {_options(self.seq)}",
                       self.seq.schema, None, self.seq.name,
                       {"old": _options(self.existing), "new": _options(self.seq)})]

    def sort_key(self) -> tuple[str, ...]:
        return (self.seq.schema, self.seq.name)


class SetSequenceOwnerOp(SQLOp):
    phase = Phase.OWN_SEQUENCES

    def __init__(self, schema: str, name: str, owner: tuple[str, str, str] | None,
                 existing: tuple[str, str, str] | None, catch_up: bool = False) -> None:
        self.schema = schema
        self.name = name
        self.owner = owner
        self.existing = existing
        # A new sequence taking over a column that may hold rows continues after them.
        self.catch_up = catch_up

    def statements(self) -> list[str]:
        seq = qualify(self.schema, self.name)
        out = [f"ALTER SEQUENCE {seq} OWNED BY {_owner(self.owner)}"]
        if self.catch_up and self.owner is not None:
            table, col = qualify(self.owner[0], self.owner[1]), quote(self.owner[2])
            out.append(f"SELECT setval({literal(seq)}, max({col})) FROM {table} "
                       f"HAVING max({col}) IS NOT NULL")
        return out

    def reverse(self) -> SetSequenceOwnerOp:
        return SetSequenceOwnerOp(self.schema, self.name, self.existing, self.owner)

    def describe(self) -> list[Change]:
        def words(o: tuple[str, str, str] | None) -> str:
            return "none" if o is None else f"{display(o[0], o[1])}.{o[2]}"

        name = display(self.schema, self.name)
        return [Change("~", "sequence", f"Changed owner column of sequence '{name}' from "
                       f"{words(self.existing)} → {words(self.owner)}", self.schema, None,
                       self.name, {"old": words(self.existing), "new": words(self.owner)})]

    def sort_key(self) -> tuple[str, ...]:
        return (self.schema, self.name)


class RenameIdentitySequenceOp(SQLOp):
    """An identity column's sequence named differently on the two sides
    (a ``…_seq1`` left by an earlier migration): renamed, nothing else."""

    phase = Phase.ALTER_SEQUENCES

    def __init__(self, schema: str, old: str, new: str) -> None:
        self.schema, self.old, self.new = schema, old, new

    def statements(self) -> list[str]:
        return [f"ALTER SEQUENCE {qualify(self.schema, self.old)} RENAME TO {quote(self.new)}"]

    def reverse(self) -> RenameIdentitySequenceOp:
        return RenameIdentitySequenceOp(self.schema, self.new, self.old)

    def describe(self) -> list[Change]:
        return [Change("~", "sequence", f"Renamed sequence '{display(self.schema, self.old)}' "
                       f"→ '{self.new}'", self.schema, None, self.new,
                       {"old": self.old, "new": self.new})]

    def sort_key(self) -> tuple[str, ...]:
        return (self.schema, self.old)

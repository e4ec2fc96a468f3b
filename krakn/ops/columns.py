"""Column changes Alembic's AlterColumnOp does not spell exactly: identity."""

from __future__ import annotations

from dataclasses import dataclass

from krakn.ops.base import Change, SQLOp, display, qualify, quote


@dataclass(frozen=True)
class IdentitySpec:
    """An identity column: ALWAYS ('a') or BY DEFAULT ('d'), with its sequence options."""

    kind: str
    increment: int
    minvalue: int
    maxvalue: int
    start: int
    cache: int
    cycle: bool

    @property
    def words(self) -> str:
        return "ALWAYS" if self.kind == "a" else "BY DEFAULT"

    def options(self) -> str:
        cycle = "CYCLE" if self.cycle else "NO CYCLE"
        return (f"INCREMENT BY {self.increment} MINVALUE {self.minvalue} "
                f"MAXVALUE {self.maxvalue} START WITH {self.start} CACHE {self.cache} {cycle}")

    def text(self) -> str:
        return f"GENERATED {self.words} AS IDENTITY ({self.options()})"


class AlterIdentityOp(SQLOp):
    def __init__(self, schema: str, table: str, column: str,
                 new: IdentitySpec | None, old: IdentitySpec | None) -> None:
        self.schema, self.table, self.column = schema, table, column
        self.new, self.old = new, old

    def statements(self) -> list[str]:
        head = f"ALTER TABLE {qualify(self.schema, self.table)} ALTER COLUMN {quote(self.column)}"
        if self.new is None:
            return [f"{head} DROP IDENTITY"]
        if self.old is None:
            return [f"{head} ADD {self.new.text()}"]
        sets = " ".join(f"SET {part}" for part in _option_parts(self.new))
        return [f"{head} SET GENERATED {self.new.words} {sets}"]

    def reverse(self) -> AlterIdentityOp:
        return AlterIdentityOp(self.schema, self.table, self.column, self.old, self.new)

    def describe(self) -> list[Change]:
        def words(spec: IdentitySpec | None) -> str:
            return "no identity" if spec is None else spec.text()

        where = display(self.schema, self.table)
        return [Change("~", "identity", f"Changed identity of '{self.column}' in '{where}' "
                       f"from {words(self.old)} → {words(self.new)}", self.schema, self.table,
                       self.column, {"from": words(self.old), "to": words(self.new)})]

    def sort_key(self) -> tuple[str, ...]:
        return (self.schema, self.table, self.column)


def _option_parts(spec: IdentitySpec) -> list[str]:
    return [f"INCREMENT BY {spec.increment}", f"MINVALUE {spec.minvalue}",
            f"MAXVALUE {spec.maxvalue}", f"START WITH {spec.start}", f"CACHE {spec.cache}",
            "CYCLE" if spec.cycle else "NO CYCLE"]

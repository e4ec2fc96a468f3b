"""Extensions: CREATE EXTENSION, DROP EXTENSION, and moving one to another schema.

Versions are left alone: upgrading an extension is the DBA's decision.
"""

from __future__ import annotations

from krakn.catalog.types import Extension
from krakn.ops.base import Change, SQLOp, quote
from krakn.ops.phases import Phase


class CreateExtensionOp(SQLOp):
    phase = Phase.CREATE_EXTENSIONS

    def __init__(self, ext: Extension, depth: int = 0) -> None:
        self.ext = ext
        self.depth = depth  # an extension another requires comes first

    def statements(self) -> list[str]:
        return [f"CREATE EXTENSION IF NOT EXISTS {quote(self.ext.name)} "
                f"WITH SCHEMA {quote(self.ext.schema)}"]

    def reverse(self) -> DropExtensionOp:
        return DropExtensionOp(self.ext, self.depth)

    def describe(self) -> list[Change]:
        return [Change("+", "extension", f"Added extension '{self.ext.name}'", self.ext.schema,
                       None, self.ext.name)]

    def sort_key(self) -> tuple[str, ...]:
        return (f"{self.depth:04d}", self.ext.name)


class DropExtensionOp(SQLOp):
    phase = Phase.DROP_EXTENSIONS

    def __init__(self, ext: Extension, depth: int = 0) -> None:
        self.ext = ext
        self.depth = depth

    def statements(self) -> list[str]:
        return [f"DROP EXTENSION {quote(self.ext.name)}"]

    def reverse(self) -> CreateExtensionOp:
        return CreateExtensionOp(self.ext, self.depth)

    def describe(self) -> list[Change]:
        return [Change("-", "extension", f"Removed extension '{self.ext.name}'",
                       self.ext.schema, None, self.ext.name)]

    def sort_key(self) -> tuple[str, ...]:
        # Those that require others go first.
        return (f"{9999 - self.depth:04d}", self.ext.name)


class SetExtensionSchemaOp(SQLOp):
    phase = Phase.MOVE_EXTENSIONS

    def __init__(self, ext: Extension, existing: Extension) -> None:
        self.ext, self.existing = ext, existing

    def statements(self) -> list[str]:
        if not self.existing.relocatable:
            return []  # PostgreSQL cannot move it; the diff line says so
        return [f"ALTER EXTENSION {quote(self.ext.name)} SET SCHEMA {quote(self.ext.schema)}"]

    def reverse(self) -> SetExtensionSchemaOp:
        return SetExtensionSchemaOp(self.existing, self.ext)

    def describe(self) -> list[Change]:
        note = "" if self.existing.relocatable else " (not relocatable: not migrated)"
        return [Change("~", "extension", f"Changed schema of extension '{self.ext.name}' from "
                       f"{self.existing.schema} → {self.ext.schema}{note}", self.ext.schema,
                       None, self.ext.name, {"old": self.existing.schema,
                                             "new": self.ext.schema})]

    def sort_key(self) -> tuple[str, ...]:
        return (self.ext.name,)

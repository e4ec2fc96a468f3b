"""Schemas: CREATE SCHEMA / DROP SCHEMA and schema comments."""

from __future__ import annotations

from krakn.ops.base import Change, SQLOp, literal, quote
from krakn.ops.phases import Phase


class CreateSchemaOp(SQLOp):
    phase = Phase.CREATE_SCHEMAS

    def __init__(self, schema: str, comment: str | None = None) -> None:
        self.schema = schema
        self.comment = comment

    def statements(self) -> list[str]:
        out = [f"CREATE SCHEMA {quote(self.schema)}"]
        if self.comment is not None:
            out.append(f"COMMENT ON SCHEMA {quote(self.schema)} IS {literal(self.comment)}")
        return out

    def reverse(self) -> DropSchemaOp:
        return DropSchemaOp(self.schema, self.comment)

    def describe(self) -> list[Change]:
        return [Change("+", "schema", f"Added schema '{self.schema}'", self.schema, None,
                       self.schema)]

    def sort_key(self) -> tuple[str, ...]:
        return (self.schema,)


class DropSchemaOp(SQLOp):
    phase = Phase.DROP_SCHEMAS

    def __init__(self, schema: str, comment: str | None = None) -> None:
        self.schema = schema
        self.comment = comment

    def statements(self) -> list[str]:
        return [f"DROP SCHEMA {quote(self.schema)}"]

    def reverse(self) -> CreateSchemaOp:
        return CreateSchemaOp(self.schema, self.comment)

    def describe(self) -> list[Change]:
        return [Change("-", "schema", f"Removed schema '{self.schema}'", self.schema, None,
                       self.schema)]

    def sort_key(self) -> tuple[str, ...]:
        return (self.schema,)


class SetSchemaCommentOp(SQLOp):
    phase = Phase.COMMENTS

    def __init__(self, schema: str, comment: str | None, existing: str | None) -> None:
        self.schema = schema
        self.comment = comment
        self.existing = existing

    def statements(self) -> list[str]:
        return [f"COMMENT ON SCHEMA {quote(self.schema)} IS {literal(self.comment)}"]

    def reverse(self) -> SetSchemaCommentOp:
        return SetSchemaCommentOp(self.schema, self.existing, self.comment)

    def describe(self) -> list[Change]:
        return [Change("~", "comment", f"Changed comment on schema '{self.schema}'",
                       self.schema, None, self.schema,
                       {"old": self.existing, "new": self.comment})]

    def sort_key(self) -> tuple[str, ...]:
        return (self.schema,)

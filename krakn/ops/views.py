"""Views and materialized views (with a materialized view's indexes).

A changed view is dropped and created again: CREATE OR REPLACE cannot drop,
rename or retype columns. Drops run dependents first and creates run in
dependency order, by each view's depth above plain tables.
"""

from __future__ import annotations

from dataclasses import replace

from krakn.catalog.views import View
from krakn.ops.base import Change, SQLOp, display, literal, qualify, quote
from krakn.ops.phases import Phase


def _kind(view: View) -> str:
    return "materialized view" if view.materialized else "view"


def _create(view: View) -> list[str]:
    name = qualify(view.schema, view.name)
    body = view.definition.strip().rstrip(";").strip()
    options = f" WITH ({view.options})" if view.options else ""
    if view.materialized:
        out = [f"CREATE MATERIALIZED VIEW {name}{options} AS\n{body}\nWITH DATA"]
        out += [definition for _, definition in view.indexes]
    else:
        out = [f"CREATE VIEW {name}{options} AS\n{body}"]
    if view.comment is not None:
        out.append(f"COMMENT ON {_kind(view).upper()} {name} IS {literal(view.comment)}")
    out += [f"COMMENT ON COLUMN {name}.{quote(column)} IS {literal(text)}"
            for column, text in view.column_comments]
    out += [f"COMMENT ON INDEX {qualify(view.schema, index)} IS {literal(text)}"
            for index, text in view.index_comments]
    return out


class CreateViewOp(SQLOp):
    phase = Phase.CREATE_VIEWS

    def __init__(self, view: View, depth: int, replaces: View | None = None,
                 rebuild: bool = False) -> None:
        self.view, self.depth = view, depth
        self.replaces = replaces
        # Created again only because something under it changed: no diff line.
        self.rebuild = rebuild

    def statements(self) -> list[str]:
        return _create(self.view)

    def reverse(self) -> DropViewOp:
        return DropViewOp(self.view, self.depth)

    def describe(self) -> list[Change]:
        if self.rebuild:
            return []
        v, kind = self.view, _kind(self.view)
        sign, verb = ("~", "Changed") if self.replaces is not None else ("+", "Added")
        details = {"definition": v.definition}
        if self.replaces is not None:
            details = {"old": self.replaces.definition, "new": v.definition}
        return [Change(sign, kind, f"{verb} {kind} '{display(v.schema, v.name)}'",
                       v.schema, None, v.name, details)]

    def sort_key(self) -> tuple[str, ...]:
        # Views under others first.
        return (f"{self.depth:04d}", self.view.schema, self.view.name)


class DropViewOp(SQLOp):
    phase = Phase.DROP_VIEWS

    def __init__(self, view: View, depth: int, replaced: bool = False) -> None:
        self.view, self.depth = view, depth
        self.replaced = replaced

    def statements(self) -> list[str]:
        kind = "MATERIALIZED VIEW" if self.view.materialized else "VIEW"
        return [f"DROP {kind} {qualify(self.view.schema, self.view.name)}"]

    def reverse(self) -> CreateViewOp:
        return CreateViewOp(self.view, self.depth)

    def describe(self) -> list[Change]:
        if self.replaced:
            return []
        v, kind = self.view, _kind(self.view)
        return [Change("-", kind, f"Removed {kind} '{display(v.schema, v.name)}'",
                       v.schema, None, v.name)]

    def sort_key(self) -> tuple[str, ...]:
        # Views on top of others go first.
        return (f"{9999 - self.depth:04d}", self.view.schema, self.view.name)


class SetViewCommentOp(SQLOp):
    phase = Phase.COMMENTS

    def __init__(self, view: View, existing: str | None) -> None:
        self.view = view
        self.existing = existing

    def statements(self) -> list[str]:
        name = qualify(self.view.schema, self.view.name)
        return [f"COMMENT ON {_kind(self.view).upper()} {name} IS {literal(self.view.comment)}"]

    def reverse(self) -> SetViewCommentOp:
        return SetViewCommentOp(replace(self.view, comment=self.existing), self.view.comment)

    def describe(self) -> list[Change]:
        v = self.view
        return [Change("~", "comment", f"Changed comment on {_kind(v)} "
                       f"'{display(v.schema, v.name)}'", v.schema, None, v.name,
                       {"old": self.existing, "new": v.comment})]

    def sort_key(self) -> tuple[str, ...]:
        return (self.view.schema, self.view.name)

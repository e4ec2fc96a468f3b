"""Publications: CREATE/DROP PUBLICATION, and ALTER PUBLICATION in place.

What a publication publishes (``SET (publish = ...)``) changes in place;
its tables and schemas are dropped from it early (``DROP TABLE``), before a
column its column list or row filter names can change or go, and added late
(``ADD TABLE``), once every table has its columns. FOR ALL TABLES cannot be
switched on or off: such a publication is dropped and made again.
"""

from __future__ import annotations

from krakn.catalog.publications import Publication, PublishedTable
from krakn.ops.base import Change, SQLOp, display, literal, qualify, quote
from krakn.ops.objects import ObjectKind
from krakn.ops.phases import Phase


def entry_sql(entry: PublishedTable, full: bool = True) -> str:
    """One table as a publication names it: ONLY, so a parent brings no children."""
    sql = f"TABLE ONLY {qualify(entry.schema, entry.table)}"
    if full and entry.columns is not None:
        sql += f" ({', '.join(quote(c) for c in entry.columns)})"
    if full and entry.where is not None:
        sql += f" WHERE ({entry.where})"
    return sql


def _objects(tables: tuple[PublishedTable, ...], schemas: tuple[str, ...],
             full: bool = True) -> str:
    return ", ".join([entry_sql(t, full) for t in tables]
                     + [f"TABLES IN SCHEMA {quote(s)}" for s in schemas])


class PublicationKind(ObjectKind[Publication]):
    kind = "publication"
    sql_kind = "PUBLICATION"
    create_phase = Phase.CREATE_PUBLICATIONS
    drop_phase = Phase.DROP_PUBLICATIONS
    split_replace = True

    def name(self, obj: Publication) -> str:
        return obj.name

    def target(self, obj: Publication) -> str:
        return quote(obj.name)

    def _with(self, obj: Publication) -> str:
        parts = [f"publish = {literal(', '.join(obj.publish))}"]
        if obj.via_root:
            parts.append("publish_via_partition_root = true")
        return f"WITH ({', '.join(parts)})"

    def definition(self, obj: Publication) -> list[str]:
        if obj.all_tables:
            what = " FOR ALL TABLES"
        elif obj.tables or obj.schemas:
            what = f" FOR {_objects(obj.tables, obj.schemas)}"
        else:
            what = ""
        return [f"CREATE PUBLICATION {quote(obj.name)}{what} {self._with(obj)}"]

    def alter(self, new: Publication, old: Publication) -> list[str] | None:
        if new.all_tables != old.all_tables:
            return None
        sql = []
        if (new.publish, new.via_root) != (old.publish, old.via_root):
            via = "true" if new.via_root else "false"
            sql.append(f"ALTER PUBLICATION {quote(new.name)} SET "
                       f"(publish = {literal(', '.join(new.publish))}, "
                       f"publish_via_partition_root = {via})")
        return sql + self.alter_comment(new, old)


PUBLICATIONS = PublicationKind()


class PublicationEntriesOp(SQLOp):
    """Tables and schemas dropped from a publication (early) or added to it (late)."""

    def __init__(self, pub: str, add: bool, tables: tuple[PublishedTable, ...],
                 schemas: tuple[str, ...], changed: dict[tuple[str, str], str] | None = None,
                 silent: bool = False) -> None:
        self.pub, self.add, self.tables, self.schemas = pub, add, tables, schemas
        # Tables that stay in it, dropped and added again with another column
        # list or row filter (with the old one's SQL): one diff line, on the add.
        self.changed = changed or {}
        self.silent = silent

    @property
    def phase(self) -> Phase:
        return Phase.CREATE_PUBLICATIONS if self.add else Phase.DROP_PUBLICATIONS

    def statements(self) -> list[str]:
        verb = "ADD" if self.add else "DROP"
        return [f"ALTER PUBLICATION {quote(self.pub)} {verb} "
                f"{_objects(self.tables, self.schemas, full=self.add)}"]

    def reverse(self) -> PublicationEntriesOp:
        return PublicationEntriesOp(self.pub, not self.add, self.tables, self.schemas,
                                    self.changed, self.silent)

    def describe(self) -> list[Change]:
        if self.silent:
            return []
        out = []
        for entry in self.tables:
            key = (entry.schema, entry.table)
            if key in self.changed and not self.add:
                continue
            sign, verb = ("+", "Added") if self.add else ("-", "Removed")
            if key in self.changed:
                sign, verb = "~", "Changed"
            details = ({"old": self.changed[key], "new": entry_sql(entry)} if sign == "~"
                       else {"definition": entry_sql(entry)})
            out.append(Change(sign, "publication table",
                              f"{verb} table {display(*key)} in publication '{self.pub}'",
                              entry.schema, entry.table, self.pub, details))
        for schema in self.schemas:
            sign, verb = ("+", "Added") if self.add else ("-", "Removed")
            out.append(Change(sign, "publication schema",
                              f"{verb} schema {schema} in publication '{self.pub}'",
                              schema, None, self.pub))
        return out

    def sort_key(self) -> tuple[str, ...]:
        return ("1", self.pub)

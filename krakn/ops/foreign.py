"""Foreign-data wrappers, servers, user mappings and foreign tables.

Wrappers change in place (handler, validator, options); servers too
(version, options), but a new type or wrapper makes the server again, with
what stands on it. User mappings change their options in place. A foreign
table holds no rows of its own: what PostgreSQL can alter (options, columns,
defaults, NOT NULL, checks) is altered, a new server makes it again.
"""

from __future__ import annotations

from krakn.catalog.foreign import ForeignColumn, ForeignTable, Server, UserMapping, Wrapper
from krakn.ops.base import literal, qualify, quote
from krakn.ops.objects import ObjectKind, SchemaObjectKind, alter_options, options_sql
from krakn.ops.phases import Phase


class WrapperKind(ObjectKind[Wrapper]):
    kind = "foreign data wrapper"
    sql_kind = "FOREIGN DATA WRAPPER"
    create_phase = Phase.FOREIGN_SERVERS
    drop_phase = Phase.DROP_FOREIGN_SERVERS
    rank = 1

    def name(self, obj: Wrapper) -> str:
        return obj.name

    def target(self, obj: Wrapper) -> str:
        return quote(obj.name)

    def _functions(self, obj: Wrapper) -> str:
        handler = f"HANDLER {qualify(*obj.handler)}" if obj.handler else "NO HANDLER"
        validator = (f"VALIDATOR {qualify(*obj.validator)}" if obj.validator
                     else "NO VALIDATOR")
        return f"{handler} {validator}"

    def definition(self, obj: Wrapper) -> list[str]:
        return [f"CREATE FOREIGN DATA WRAPPER {quote(obj.name)} {self._functions(obj)}"
                f"{options_sql(obj.options)}"]

    def alter(self, new: Wrapper, old: Wrapper) -> list[str] | None:
        head = f"ALTER FOREIGN DATA WRAPPER {quote(new.name)}"
        sql = []
        if (new.handler, new.validator) != (old.handler, old.validator):
            sql.append(f"{head} {self._functions(new)}")
        options = alter_options(new.options, old.options)
        if options:
            sql.append(f"{head} {options}")
        return sql + self.alter_comment(new, old)


class ServerKind(ObjectKind[Server]):
    kind = "server"
    sql_kind = "SERVER"
    create_phase = Phase.FOREIGN_SERVERS
    drop_phase = Phase.DROP_FOREIGN_SERVERS
    rank = 2

    def name(self, obj: Server) -> str:
        return obj.name

    def target(self, obj: Server) -> str:
        return quote(obj.name)

    def definition(self, obj: Server) -> list[str]:
        type_ = f" TYPE {literal(obj.type)}" if obj.type is not None else ""
        version = f" VERSION {literal(obj.version)}" if obj.version is not None else ""
        return [f"CREATE SERVER {quote(obj.name)}{type_}{version} FOREIGN DATA WRAPPER "
                f"{quote(obj.wrapper)}{options_sql(obj.options)}"]

    def alter(self, new: Server, old: Server) -> list[str] | None:
        if (new.wrapper, new.type) != (old.wrapper, old.type) or (
                new.version is None and old.version is not None):
            return None
        sql = []
        if new.version != old.version:
            sql.append(f"ALTER SERVER {quote(new.name)} VERSION {literal(new.version or '')}")
        options = alter_options(new.options, old.options)
        if options:
            sql.append(f"ALTER SERVER {quote(new.name)} {options}")
        return sql + self.alter_comment(new, old)


class MappingKind(ObjectKind[UserMapping]):
    kind = "user mapping"
    sql_kind = "USER MAPPING"
    create_phase = Phase.FOREIGN_SERVERS
    drop_phase = Phase.DROP_FOREIGN_SERVERS
    rank = 3

    def name(self, obj: UserMapping) -> str:
        return f"{obj.user or 'PUBLIC'}@{obj.server}"

    def label(self, obj: UserMapping) -> str:
        return f"{obj.user or 'PUBLIC'} on server {obj.server}"

    def target(self, obj: UserMapping) -> str:
        user = quote(obj.user) if obj.user else "PUBLIC"
        return f"FOR {user} SERVER {quote(obj.server)}"

    def definition(self, obj: UserMapping) -> list[str]:
        return [f"CREATE USER MAPPING {self.target(obj)}{options_sql(obj.options)}"]

    def alter(self, new: UserMapping, old: UserMapping) -> list[str] | None:
        options = alter_options(new.options, old.options)
        return [f"ALTER USER MAPPING {self.target(new)} {options}"] if options else []


def _column(col: ForeignColumn) -> str:
    sql = f"{quote(col.name)} {col.type}{options_sql(col.options)}"
    if col.collation:
        sql += f" COLLATE {qualify(*col.collation)}"
    if col.notnull:
        sql += " NOT NULL"
    if col.default is not None:
        sql += f" DEFAULT {col.default}"
    return sql


class ForeignTableKind(SchemaObjectKind[ForeignTable]):
    kind = "foreign table"
    sql_kind = "FOREIGN TABLE"
    create_phase = Phase.CREATE_TABLES
    drop_phase = Phase.DROP_TABLES

    def alter_phase(self, new: ForeignTable, old: ForeignTable) -> Phase:
        return Phase.ALTER_FOREIGN_TABLES

    def definition(self, obj: ForeignTable) -> list[str]:
        parts = [_column(c) for c in obj.columns]
        parts += [f"CONSTRAINT {quote(k.name)} {k.definition}" for k in obj.checks]
        body = ",\n    ".join(parts)
        return [f"CREATE FOREIGN TABLE {self.target(obj)} (\n    {body}\n) SERVER "
                f"{quote(obj.server)}{options_sql(obj.options)}"]

    def create(self, obj: ForeignTable) -> list[str]:
        return self.definition(obj) + self._comments(obj, None)

    def _comments(self, new: ForeignTable, old: ForeignTable | None) -> list[str]:
        """The comments new has that old (None: nothing) lacks, on the table, its
        columns and its checks; a check made again has lost its comment."""
        sql = []
        if new.comment != (old.comment if old else None):
            sql.append(self.comment_sql(new, new.comment))
        before = {c.name: c.comment for c in old.columns} if old else {}
        for col in new.columns:
            if col.comment != before.get(col.name):
                text = "NULL" if col.comment is None else literal(col.comment)
                sql.append(f"COMMENT ON COLUMN {self.target(new)}.{quote(col.name)} IS {text}")
        checks = {k.name: k for k in old.checks} if old else {}
        for k in new.checks:
            was = checks.get(k.name)
            kept = was is not None and was.definition == k.definition
            if k.comment != (was.comment if kept and was else None):
                text = "NULL" if k.comment is None else literal(k.comment)
                sql.append(f"COMMENT ON CONSTRAINT {quote(k.name)} ON {self.target(new)} "
                           f"IS {text}")
        return sql

    def alter(self, new: ForeignTable, old: ForeignTable) -> list[str] | None:
        if new.server != old.server:
            return None
        head = f"ALTER FOREIGN TABLE {self.target(new)}"
        sql = []
        options = alter_options(new.options, old.options)
        if options:
            sql.append(f"{head} {options}")
        checks = {k.name: k.definition for k in new.checks}
        sql += [f"{head} DROP CONSTRAINT {quote(k.name)}" for k in old.checks
                if checks.get(k.name) != k.definition]
        sql += _column_changes(head, new, old)
        before = {k.name: k.definition for k in old.checks}
        sql += [f"{head} ADD CONSTRAINT {quote(k.name)} {k.definition}" for k in new.checks
                if before.get(k.name) != k.definition]
        return sql + self._comments(new, old)


def _column_changes(head: str, new: ForeignTable, old: ForeignTable) -> list[str]:
    after = {c.name: c for c in new.columns}
    before = {c.name: c for c in old.columns}
    sql = [f"{head} DROP COLUMN {quote(c.name)}" for c in old.columns if c.name not in after]
    for col in new.columns:
        was = before.get(col.name)
        if was is None:
            sql.append(f"{head} ADD COLUMN {_column(col)}")
            continue
        alter = f"{head} ALTER COLUMN {quote(col.name)}"
        if (col.type, col.collation) != (was.type, was.collation):
            collate = f" COLLATE {qualify(*col.collation)}" if col.collation else ""
            sql.append(f"{alter} TYPE {col.type}{collate}")
        if col.default != was.default:
            sql.append(f"{alter} DROP DEFAULT" if col.default is None
                       else f"{alter} SET DEFAULT {col.default}")
        if col.notnull != was.notnull:
            sql.append(f"{alter} {'SET' if col.notnull else 'DROP'} NOT NULL")
        options = alter_options(col.options, was.options)
        if options:
            sql.append(f"{alter} {options}")
    return sql


def touched_columns(new: ForeignTable, old: ForeignTable) -> list[str]:
    """Columns of old that new retypes, collates otherwise or drops: PostgreSQL
    refuses either while a view reads the column (krakn.plan.dependents)."""
    after = {c.name: c for c in new.columns}
    return [c.name for c in old.columns if c.name not in after
            or (after[c.name].type, after[c.name].collation) != (c.type, c.collation)]


WRAPPERS = WrapperKind()
SERVERS = ServerKind()
MAPPINGS = MappingKind()
FOREIGN_TABLES = ForeignTableKind()

"""How a table and its columns are stored: ALTER TABLE ... SET / RESET / REPLICA IDENTITY.

A new table is created with its persistence and access method (``CREATE
UNLOGGED TABLE ... USING``); everything else here is set right after, also
for a new table (``created``: part of adding it, so diff says nothing more).
Each op names its phase (krakn.ops.phases).
"""

from __future__ import annotations

import re

from alembic.operations import MigrateOperation

from krakn.catalog.snapshot import Snapshot, TableKey
from krakn.catalog.storage import ColumnStorage, TableStorage
from krakn.ops.base import Change, SQLOp, display, literal, qualify, quote
from krakn.ops.phases import Phase

_PERSISTENCE = {"p": "LOGGED", "u": "UNLOGGED"}
_IDENTITY = {"d": "DEFAULT", "f": "FULL", "n": "NOTHING", "i": "USING INDEX"}
_STORAGE = {"p": "PLAIN", "e": "EXTERNAL", "m": "MAIN", "x": "EXTENDED"}
_COMPRESSION = {"p": "pglz", "l": "lz4", "": "DEFAULT"}
# Storage parameter names as PostgreSQL keeps them: never quoted (a quoted
# "toast.fillfactor" would be one name), so only these characters pass.
_OPTION_NAME = re.compile(r"^[a-z_][a-z0-9_.]*$")


def _options(options: tuple[str, ...]) -> dict[str, str]:
    out: dict[str, str] = {}
    for option in options:
        name, _, value = option.partition("=")
        if not _OPTION_NAME.match(name):
            raise ValueError(f"unexpected storage parameter name {name!r}")
        out[name] = value
    return out


def option_statements(name: str, new: tuple[str, ...], old: tuple[str, ...]) -> list[str]:
    """ALTER ... RESET the options only old has, SET those new has or changes."""
    wanted, had = _options(new), _options(old)
    out = []
    gone = sorted(had.keys() - wanted.keys())
    if gone:
        out.append(f"ALTER TABLE {name} RESET ({', '.join(gone)})")
    changed = [f"{k} = {literal(v)}" for k, v in sorted(wanted.items()) if had.get(k) != v]
    if changed:
        out.append(f"ALTER TABLE {name} SET ({', '.join(changed)})")
    return out


class SetTableStorageOp(SQLOp):
    """Persistence, storage parameters and access method of one table."""

    phase = Phase.TABLE_STORAGE

    def __init__(self, schema: str, table: str, new: TableStorage, old: TableStorage,
                 created: bool = False) -> None:
        self.schema, self.table, self.new, self.old = schema, table, new, old
        self.created = created

    def statements(self) -> list[str]:
        name, new, old = qualify(self.schema, self.table), self.new, self.old
        out = []
        if new.persistence != old.persistence:
            out.append(f"ALTER TABLE {name} SET {_PERSISTENCE[new.persistence]}")
        if new.access_method != old.access_method:
            out.append(f"ALTER TABLE {name} SET ACCESS METHOD "
                       f"{quote(new.access_method or 'heap')}")
        return out + option_statements(name, new.options, old.options)

    def reverse(self) -> SetTableStorageOp:
        return SetTableStorageOp(self.schema, self.table, self.old, self.new, self.created)

    def describe(self) -> list[Change]:
        if self.created:
            return []  # part of adding the table
        name, new, old = display(self.schema, self.table), self.new, self.old
        out = []
        for what, a, b in (
                ("persistence", _PERSISTENCE[old.persistence], _PERSISTENCE[new.persistence]),
                ("access method", old.access_method or "heap", new.access_method or "heap"),
                ("storage parameters", ", ".join(old.options) or "none",
                 ", ".join(new.options) or "none")):
            if a != b:
                out.append(Change("~", "table", f"Changed {what} of table '{name}' from "
                                  f"{a} → {b}", self.schema, None, self.table,
                                  {"old": a, "new": b}))
        return out

    def sort_key(self) -> tuple[str, ...]:
        # Tables that turn LOGGED first (a logged table may reference only
        # logged ones), those that turn UNLOGGED last.
        turn = {"p": "0", "u": "2"}[self.new.persistence] if (
            self.new.persistence != self.old.persistence) else "1"
        return (turn, self.schema, self.table)


def _identity_text(storage: TableStorage, quoted: bool = True) -> str:
    text = _IDENTITY[storage.replica_identity]
    if storage.replica_identity == "i" and storage.replica_index:
        index = storage.replica_index
        text += f" {quote(index) if quoted else index}"
    return text


class SetReplicaIdentityOp(SQLOp):
    """ALTER TABLE ... REPLICA IDENTITY, once the index it may name exists."""

    phase = Phase.REPLICA_IDENTITY

    def __init__(self, schema: str, table: str, new: TableStorage, old: TableStorage,
                 created: bool = False) -> None:
        self.schema, self.table, self.new, self.old = schema, table, new, old
        self.created = created

    def statements(self) -> list[str]:
        if self.new.replica_identity == "i" and not self.new.replica_index:
            return []  # its index is gone: nothing to name
        return [f"ALTER TABLE {qualify(self.schema, self.table)} REPLICA IDENTITY "
                f"{_identity_text(self.new)}"]

    def reverse(self) -> SetReplicaIdentityOp:
        return SetReplicaIdentityOp(self.schema, self.table, self.old, self.new, self.created)

    def describe(self) -> list[Change]:
        if self.created:
            return []
        a, b = _identity_text(self.old, False), _identity_text(self.new, False)
        name = display(self.schema, self.table)
        return [Change("~", "table", f"Changed replica identity of table '{name}' from "
                       f"{a} → {b}", self.schema, None, self.table, {"old": a, "new": b})]

    def sort_key(self) -> tuple[str, ...]:
        return (self.schema, self.table)


class SetColumnStorageOp(SQLOp):
    """ALTER COLUMN ... SET STORAGE / SET COMPRESSION."""

    phase = Phase.COLUMN_STORAGE
    # Set on the reset before a column is dropped: why it waits for --force
    # with the drop (krakn.plan.safety); "": it does not.
    with_drop = ""

    def __init__(self, schema: str, table: str, column: str, new: ColumnStorage,
                 old: ColumnStorage, type_changed: bool = False, created: bool = False,
                 type_storage: str = "") -> None:
        self.schema, self.table, self.column = schema, table, column
        self.new, self.old = new, old
        # A new type resets the storage to the type's: set again what differs.
        self.type_changed, self.created = type_changed, created
        # What '' means: PostgreSQL has no SET STORAGE DEFAULT.
        self.type_storage = type_storage

    def statements(self) -> list[str]:
        prefix = (f"ALTER TABLE {qualify(self.schema, self.table)} "
                  f"ALTER COLUMN {quote(self.column)}")
        new, old, out = self.new, self.old, []
        # ALTER COLUMN ... TYPE has already given the column its new type's storage.
        if new.storage if self.type_changed else new.storage != old.storage:
            storage = new.storage or self.type_storage
            if storage:
                out.append(f"{prefix} SET STORAGE {_STORAGE[storage]}")
        if new.compression != old.compression or (self.type_changed and new.compression):
            out.append(f"{prefix} SET COMPRESSION {_COMPRESSION[new.compression]}")
        return out

    def reverse(self) -> SetColumnStorageOp:
        return SetColumnStorageOp(self.schema, self.table, self.column, self.old, self.new,
                                  self.type_changed, self.created, self.type_storage)

    def describe(self) -> list[Change]:
        if self.created:
            return []
        name = f"{display(self.schema, self.table)}.{self.column}"
        out = []
        for what, a, b in (
                ("storage", _STORAGE.get(self.old.storage, "type's"),
                 _STORAGE.get(self.new.storage, "type's")),
                ("compression", _COMPRESSION[self.old.compression],
                 _COMPRESSION[self.new.compression])):
            if a != b:
                out.append(Change("~", "column", f"Changed {what} of column '{name}' from "
                                  f"{a} → {b}", self.schema, self.table, self.column,
                                  {"old": a, "new": b}))
        return out

    def sort_key(self) -> tuple[str, ...]:
        return (self.schema, self.table, self.column)


_DEFAULT = TableStorage()
_COLUMN_DEFAULT = ColumnStorage()


def created_with(snap: Snapshot, key: TableKey) -> TableStorage:
    """What a new table has right after krakn's CREATE TABLE."""
    shape = snap.shapes.get(key)
    if shape is not None and shape.is_partition:
        return _DEFAULT  # CREATE TABLE ... PARTITION OF: logged, default method
    new = snap.table_storage.get(key, _DEFAULT)
    return TableStorage(new.persistence, (), new.access_method)


def storage_ops(snap: Snapshot, key: TableKey, old: TableStorage, *, created: bool = False,
                replaced_index: bool = False) -> list[MigrateOperation]:
    """The ops that take a table's storage from old to the snapshot's."""
    new = snap.table_storage.get(key, _DEFAULT)
    out: list[MigrateOperation] = []
    if (new.persistence, new.options, new.access_method) != (
            old.persistence, old.options, old.access_method):
        out.append(SetTableStorageOp(*key, new, old, created))
    if (new.replica_identity, new.replica_index) != (
            old.replica_identity, old.replica_index) or replaced_index:
        out.append(SetReplicaIdentityOp(*key, new, old, created))
    return out


def column_storage_ops(snap: Snapshot, key: TableKey, columns: list[str],
                       old: dict[str, ColumnStorage], *, created: bool = False,
                       type_changed: frozenset[str] = frozenset()) -> list[MigrateOperation]:
    """The ops that take these columns' storage from old to the snapshot's."""
    out: list[MigrateOperation] = []
    for name in columns:
        new = snap.column_storage.get((*key, name), _COLUMN_DEFAULT)
        was = old.get(name, _COLUMN_DEFAULT)
        if not new.local or not was.local:
            continue  # an inherited column is stored as its parent's
        changed = name in type_changed
        if (new.storage, new.compression) != (was.storage, was.compression) or (
                changed and (new.storage or new.compression)):
            type_storage = new.type_storage or was.type_storage
            out.append(SetColumnStorageOp(*key, name, new, was, changed, created,
                                          type_storage))
    return out

"""A loaded profile: frozen, typed, names parsed; what the commands read.

A key the profile does not set is None (or empty for the mappings), so the
precedence merge can tell "not set" from a value equal to the default.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Literal

from pydantic import SecretStr

from krakn.config.names import ColumnName, ColumnPattern, TableName
from krakn.config.schema import Scalar
from krakn.config.source import ConfigSource, KeyPath
from krakn.errors import UsageError

RuleKind = Literal["mask", "sql", "value", "fill", "from"]


@dataclass(frozen=True)
class ColumnRule:
    """How one target column (or a wildcard's columns) is filled.

    kind "mask" may carry source_column (`{from: nickname, mask: name}`);
    kind "from" copies source_column as it is; literal is the value of a
    "value" or "fill" rule (None is SQL NULL).
    """

    target: ColumnPattern
    key: str  # as the file writes it, for messages and `config.where`
    kind: RuleKind
    mask: str | None = None
    locale: str | None = None
    source_column: str | None = None
    sql: str | None = None
    literal: Scalar = None


@dataclass(frozen=True)
class TableRename:
    old: TableName
    new: TableName
    key: str


@dataclass(frozen=True)
class ColumnRename:
    """A column of the source's table `table` (its old name) renamed on the target."""

    table: TableName
    old: str
    new: str
    key: str


@dataclass(frozen=True)
class Renames:
    """Old (source) names to new (target) names."""

    tables: tuple[TableRename, ...] = ()
    columns: tuple[ColumnRename, ...] = ()

    def new_table(self, old: TableName) -> TableName:
        """The target's name for a source table (itself when not renamed)."""
        return next((r.new for r in self.tables if r.old == old), old)

    def old_table(self, new: TableName) -> TableName:
        """The source's name for a target table."""
        return next((r.old for r in self.tables if r.new == new), new)

    def new_column(self, table: TableName, old: str) -> str:
        """The target's name for a column of source table `table`."""
        return next((r.new for r in self.columns if r.table == table and r.old == old), old)

    def __bool__(self) -> bool:
        return bool(self.tables or self.columns)


@dataclass(frozen=True)
class Subset:
    root: TableName
    where: str | None = None


@dataclass(frozen=True)
class Reference:
    """A foreign key the schema does not declare: child column -> parent column."""

    child: ColumnName
    parent: ColumnName
    key: str


@dataclass(frozen=True)
class Profile:
    """One profile of the config file. URLs and the salt never show in repr."""

    name: str
    config: ConfigSource = field(repr=False, compare=False)
    from_url: str | None = field(default=None, repr=False)
    to_url: str | None = field(default=None, repr=False)
    scratch_url: str | None = field(default=None, repr=False)
    schemas: tuple[str, ...] | None = None
    exclude_schemas: tuple[str, ...] | None = None
    tables: tuple[TableName, ...] | None = None
    exclude: tuple[TableName, ...] | None = None
    truncate: bool | None = None
    jobs: int | None = None
    mask_salt: SecretStr | None = None
    strict: bool | None = None
    locale: str | None = None
    renames: Renames = Renames()
    columns: tuple[ColumnRule, ...] = ()
    where: Mapping[TableName, str] = field(default_factory=lambda: MappingProxyType({}))
    subset: Subset | None = None
    references: tuple[Reference, ...] = ()

    def rule_for(self, schema: str, table: str, column: str) -> ColumnRule | None:
        """The rule for a target column: the most specific match (loading has
        made sure two equally specific ones never both match)."""
        found = [r for r in self.columns if r.target.matches(schema, table, column)]
        return max(found, key=lambda r: r.target.specificity, default=None)

    @property
    def uses_masks(self) -> bool:
        return any(rule.kind == "mask" for rule in self.columns)

    def where_is(self, *path: str | int) -> str:
        """`krakn.yml:12` for a key of this profile, e.g. ("columns", rule.key)."""
        return self.config.where(self.path(*path))

    def path(self, *path: str | int) -> KeyPath:
        return ("profiles", self.name, *path)

    def error(self, path: KeyPath, message: str) -> UsageError:
        """A one-line error about a key of this profile (path within the profile),
        for checks made later against the catalog."""
        return self.config.error(self.path(*path), message)

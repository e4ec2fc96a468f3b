"""Which names a rename changes: a table's, its columns', its keys', indexes' and
sequences', as the --to side has them (old) and as they become (new)."""

from __future__ import annotations

from dataclasses import dataclass, field

from krakn.catalog import sqlnames
from krakn.catalog.tables import ColumnKey, ConstraintKey, TableKey

RelKey = tuple[str, str]


@dataclass
class Renaming:
    """Old names (keys, as the snapshot has them) to new names."""

    tables: dict[TableKey, str] = field(default_factory=dict)
    # (schema, table, column) and (schema, table, constraint): the table's old name.
    columns: dict[ColumnKey, str] = field(default_factory=dict)
    constraints: dict[ConstraintKey, str] = field(default_factory=dict)
    indexes: dict[RelKey, str] = field(default_factory=dict)
    sequences: dict[RelKey, str] = field(default_factory=dict)
    # Columns of partitions and inheritance children, which the server renames
    # with their parent's (no step of their own).
    inherited: frozenset[ColumnKey] = frozenset()

    def __bool__(self) -> bool:
        return bool(self.tables or self.columns or self.constraints or self.indexes
                    or self.sequences)

    def table(self, key: TableKey) -> TableKey:
        return (key[0], self.tables.get(key, key[1]))

    def column(self, key: ColumnKey) -> ColumnKey:
        return (*self.table(key[:2]), self.columns.get(key, key[2]))

    def constraint(self, key: ConstraintKey) -> ConstraintKey:
        return (*self.table(key[:2]), self.constraints.get(key, key[2]))

    def index(self, key: RelKey) -> RelKey:
        return (key[0], self.indexes.get(key, key[1]))

    def sequence(self, key: RelKey) -> RelKey:
        return (key[0], self.sequences.get(key, key[1]))

    def columns_of(self, table: TableKey) -> dict[str, str]:
        """old -> new column names of a table (by its old name)."""
        return {c: new for (s, t, c), new in self.columns.items() if (s, t) == table}

    def relations(self, schema: str) -> dict[str, str]:
        """old -> new names of the schema's renamed tables, sequences and indexes."""
        out = {t: new for (s, t), new in self.tables.items() if s == schema}
        out.update({n: new for (s, n), new in self.sequences.items() if s == schema})
        out.update({n: new for (s, n), new in self.indexes.items() if s == schema})
        return out

    def schemas(self) -> set[str]:
        return {k[0] for part in (self.tables, self.columns, self.constraints, self.indexes,
                                  self.sequences) for k in part}

    def merged(self, other: Renaming) -> Renaming:
        return Renaming({**self.tables, **other.tables}, {**self.columns, **other.columns},
                        {**self.constraints, **other.constraints},
                        {**self.indexes, **other.indexes}, {**self.sequences, **other.sequences},
                        self.inherited | other.inherited)



def expression(text: str | None, table: TableKey, r: Renaming) -> str | None:
    """A default or generation expression of a column of table (old name)."""
    if text is None:
        return None
    text = sqlnames.rename_columns(text, r.columns_of(table))
    for schema in sorted(r.schemas()):
        text = sqlnames.rename_regclass(text, schema, r.relations(schema))
    return text

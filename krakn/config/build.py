"""From the checked raw profile to the typed Profile: names parsed, keys cross-checked.

Key conventions (documented in the README's Profiles section):
`columns` names the target's tables and columns; `renames` maps source
names (keys) to target names (values); `where`, `subset` and `references`
run on the source and name the source's tables and columns.
"""

from __future__ import annotations

import difflib
from collections.abc import Callable, Collection, Iterable
from types import MappingProxyType
from typing import TypeVar

from pydantic import SecretStr

from krakn.config.model import (
    ColumnRename,
    ColumnRule,
    Profile,
    Reference,
    Renames,
    RuleKind,
    Subset,
    TableRename,
)
from krakn.config.names import (
    DEFAULT_SCHEMA,
    BadName,
    ColumnName,
    ColumnPattern,
    TableName,
    parse_column,
    parse_column_pattern,
    parse_identifier,
    parse_table,
    split_name,
)
from krakn.config.schema import RawProfile, RawRule
from krakn.config.source import ConfigError, ConfigSource

T = TypeVar("T")

_RENAME_SHAPE = ("expected table.column: new_column (a column) or "
                 "schema.table: schema.table (a table)")


def build_profile(name: str, raw: RawProfile, config: ConfigSource) -> Profile:
    """The typed profile, or a UsageError naming the key and its line."""
    try:
        renames = _renames(raw.renames or {})
        columns = _columns(raw.columns or {}, renames)
        profile = Profile(
            name=name, config=config,
            from_url=raw.source, to_url=raw.target, scratch_url=raw.scratch,
            schemas=_list(raw.schemas, "schemas", parse_identifier),
            exclude_schemas=_list(raw.exclude_schemas, "exclude_schemas", parse_identifier),
            tables=_list(raw.tables, "tables", parse_table),
            exclude=_list(raw.exclude, "exclude", parse_table),
            truncate=raw.truncate, jobs=raw.jobs,
            mask_salt=SecretStr(raw.mask_salt) if raw.mask_salt is not None else None,
            strict=raw.strict, locale=raw.locale, renames=renames, columns=columns,
            where=MappingProxyType(_where(raw.where or {}, renames)),
            subset=_subset(raw, renames),
            references=_references(raw.references or {}, renames))
        if profile.uses_masks and profile.mask_salt is None:
            raise ConfigError(("mask_salt",), "required when a rule uses a mask "
                              "(e.g. mask_salt: ${KRAKN_MASK_SALT})")
    except ConfigError as exc:
        raise config.error(("profiles", name, *exc.path), exc.message) from None
    return profile


def check_masks(profile: Profile, known: Collection[str]) -> None:
    """Every mask a rule names is one the registry knows."""
    for rule in profile.columns:
        if rule.mask is not None and rule.mask not in known:
            close = difflib.get_close_matches(rule.mask, sorted(known), n=1, cutoff=0.6)
            hint = f"did you mean '{close[0]}'?" if close else \
                f"known: {', '.join(sorted(known))}"
            raise profile.error(("columns", rule.key, "mask"),
                                f"unknown mask '{rule.mask}' ({hint})")


def _parse(parse: Callable[[str], T], text: str, path: tuple[str | int, ...]) -> T:
    try:
        return parse(text)
    except BadName as exc:
        raise ConfigError(path, str(exc)) from None


def _list(values: list[str] | None, key: str,
          parse: Callable[[str], T]) -> tuple[T, ...] | None:
    if values is None:
        return None
    return tuple(_parse(parse, value, (key, i)) for i, value in enumerate(values))


def _unique(items: Iterable[tuple[str, T]], key: str, what: str) -> dict[T, str]:
    """Parsed name -> the key that wrote it; two keys naming one thing is an error."""
    seen: dict[T, str] = {}
    for text, parsed in items:
        if parsed in seen:
            raise ConfigError((key, text), f"names the same {what} as '{seen[parsed]}'")
        seen[parsed] = text
    return seen


def _renames(raw: dict[str, str]) -> Renames:
    tables: list[TableRename] = []
    columns: list[ColumnRename] = []
    for key, value in raw.items():
        old_parts = _parse(split_name, key, ("renames", key))
        new_parts = _parse(split_name, value, ("renames", key))
        if any(p.wildcard for p in (*old_parts, *new_parts)):
            raise ConfigError(("renames", key), "no '*' in renames")
        old, new = [p.text for p in old_parts], [p.text for p in new_parts]
        if len(new) == 1 and len(old) in (2, 3):
            table = TableName(*old[:-1]) if len(old) == 3 else TableName(DEFAULT_SCHEMA, old[0])
            columns.append(ColumnRename(table, old[-1], new[0], key))
        elif len(old) in (1, 2) and len(new) in (1, 2) and len(old) == len(new):
            tables.append(TableRename(parse_table(key), parse_table(value), key))
        else:
            raise ConfigError(("renames", key), _RENAME_SHAPE)
    # A column's table may be named by its new name too: kept by its old one.
    old_of = {r.new: r.old for r in tables}
    columns = [ColumnRename(old_of.get(r.table, r.table), r.old, r.new, r.key)
               for r in columns]
    _check_renames([(r.key, r.old, r.new) for r in tables], "table")
    _check_renames([(r.key, (r.table, r.old), (r.table, r.new)) for r in columns], "column")
    for rename in tables:
        if rename.old.schema != rename.new.schema:
            raise ConfigError(("renames", rename.key), "moves the table to another schema; "
                              "a rename stays within its schema")
    return Renames(tuple(tables), tuple(columns))


def _check_renames(renames: list[tuple[str, object, object]], what: str) -> None:
    _unique(((key, old) for key, old, _ in renames), "renames", what)
    _unique(((key, new) for key, _, new in renames), "renames", f"new {what} name")
    olds = {old for _, old, _ in renames}
    for key, old, new in renames:
        if new == old:
            raise ConfigError(("renames", key), f"renames the {what} to itself")
        if new in olds:
            raise ConfigError(("renames", key), f"its new name is also renamed; chains "
                              f"and swaps of {what} names are not supported")


def _columns(raw: dict[str, RawRule], renames: Renames) -> tuple[ColumnRule, ...]:
    rules = []
    for key, rule in raw.items():
        target = _parse(parse_column_pattern, key, ("columns", key))
        source_column = None
        if rule.from_ is not None:
            source_column = _parse(parse_identifier, rule.from_, ("columns", key, "from"))
        given = rule.model_fields_set
        kind: RuleKind = next((k for k in ("mask", "sql", "value", "fill") if k in given),
                              "from")
        literal = rule.value if kind == "value" else rule.fill
        rules.append(ColumnRule(target, key, kind, rule.mask, rule.locale, source_column,
                                rule.sql, literal))
        if target.exact:
            _not_renamed_away(target, key, renames)
    _unique(((r.key, r.target) for r in rules), "columns", "column")
    _no_ties(rules)
    return tuple(rules)


def _not_renamed_away(target: ColumnPattern, key: str, renames: Renames) -> None:
    assert target.schema is not None and target.table is not None
    table = TableName(target.schema, target.table)
    moved = renames.new_table(table)
    if moved != table:
        raise ConfigError(("columns", key), f"table {table} is renamed to {moved}; "
                          "column rules name the target's tables")
    new = renames.new_column(renames.old_table(table), target.column)
    if new != target.column:
        raise ConfigError(("columns", key), f"column {target.column} is renamed to {new}; "
                          "column rules name the target's columns")


def _no_ties(rules: list[ColumnRule]) -> None:
    """Two wildcard rules that both match a column need an exact rule for it."""
    exact = {r.target for r in rules if r.target.exact}
    wild = [r for r in rules if not r.target.exact]
    for i, first in enumerate(wild):
        for second in wild[i + 1:]:
            both = first.target.overlap(second.target)
            if (both is not None and first.target.specificity == second.target.specificity
                    and both not in exact):
                raise ConfigError(("columns", second.key),
                                  f"both this and '{first.key}' match {both}: add a rule "
                                  f"for {both} to say which applies")


def _on_source(table: TableName, path: tuple[str | int, ...], renames: Renames) -> TableName:
    old = renames.old_table(table)
    if old != table:
        raise ConfigError(path, f"{table} is the target's name of {old}; this key runs on "
                          "the source and names the source's tables")
    return table


def _where(raw: dict[str, str], renames: Renames) -> dict[TableName, str]:
    names = [(key, _parse(parse_table, key, ("where", key))) for key in raw]
    for key, table in names:
        _on_source(table, ("where", key), renames)
    return {table: raw[key] for table, key in _unique(names, "where", "table").items()}


def _subset(raw: RawProfile, renames: Renames) -> Subset | None:
    if raw.subset is None:
        return None
    root = _parse(parse_table, raw.subset.root, ("subset", "root"))
    return Subset(_on_source(root, ("subset", "root"), renames), raw.subset.where)


def _references(raw: dict[str, str], renames: Renames) -> tuple[Reference, ...]:
    refs = []
    for key, value in raw.items():
        child = _parse(parse_column, key, ("references", key))
        parent = _parse(parse_column, value, ("references", key))
        for column in (child, parent):
            _source_column(column, ("references", key), renames)
        refs.append(Reference(child, parent, key))
    _unique(((r.key, r.child) for r in refs), "references", "column")
    return tuple(refs)


def _source_column(column: ColumnName, path: tuple[str | int, ...], renames: Renames) -> None:
    table = _on_source(column.table_name, path, renames)
    for rename in renames.columns:
        if rename.table == table and rename.new == column.column:
            raise ConfigError(path, f"{column} is the target's name of column {rename.old}; "
                              "this key runs on the source and names the source's columns")

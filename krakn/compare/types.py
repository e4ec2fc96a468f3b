"""User-defined types: enums, domains, composite and range types.

Types are created before tables and dropped after them; among themselves, a
type built on another (a domain over a domain, a composite with an enum
attribute) is created after it and dropped before it.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping

from alembic.autogenerate.api import AutogenContext
from alembic.operations import MigrateOperation, ops
from alembic.runtime.plugins import Plugin
from alembic.util import PriorityDispatchResult

from krakn.catalog.reprint import canonical
from krakn.catalog.types import CompositeType, Domain, EnumType, RangeType, TypesSnapshot
from krakn.compare.session import Session, session_of
from krakn.graph import depths as graph_depths
from krakn.ops.domains import AlterAttributeOp, AlterDomainOp, ReorderAttributesOp
from krakn.ops.rebuilds import unrebuilt_users
from krakn.ops.types import (
    AddEnumValuesOp,
    CreateTypeOp,
    DropTypeOp,
    RebuildEnumOp,
    ReplaceTypeOp,
    SetTypeCommentOp,
    UnmigratedTypeOp,
    UserType,
    values_sql,
)

log = logging.getLogger(__name__)


def depths(snap: TypesSnapshot) -> dict[str, int]:
    """How deep each type sits on other user types ("schema.name" → 0, 1, …)."""
    deps: dict[str, tuple[str, ...]] = {}
    for kind in (snap.enums, snap.domains, snap.composites, snap.ranges):
        for (schema, name), obj in kind.items():
            deps[f"{schema}.{name}"] = getattr(obj, "depends", ())
    return graph_depths(deps)


def _is_subsequence(old: tuple[str, ...], new: tuple[str, ...]) -> bool:
    """Old values all still there, in the same order: new ones can be added in place."""
    rest = iter(new)
    return all(value in rest for value in old)


def _enum_change(session: Session, new: EnumType, old: EnumType) -> list[MigrateOperation]:
    if new.values == old.values:
        return []
    if _is_subsequence(old.values, new.values):
        return [AddEnumValuesOp(new, old)]
    # Defaults, checks, indexes, views, triggers, policies and routines that use
    # the enum are taken down and put back around the rebuild; a domain or
    # another type over it cannot be, and the change is only reported.
    if unrebuilt_users(session.target.depends, ("type", old.schema, old.name)):
        what = f"values ({values_sql(old.values)}) → ({values_sql(new.values)})"
        return [UnmigratedTypeOp(new, what)]
    selected = set(session.source.schemas) | set(session.target.schemas)
    keep = set()
    for use in old.uses:
        key = (use.schema, use.table, use.column)
        col = session.source.columns.get(key)
        # Put a default back only where the column keeps it; elsewhere the
        # column comparison sets the new one (or the column goes).
        if use.schema not in selected or (col is not None and col.default == use.default):
            keep.add(key)
    return [RebuildEnumOp(new, old, frozenset(keep))]


def _domain_change(new: Domain, old: Domain) -> list[MigrateOperation]:
    if (new.base, new.collation) != (old.base, old.collation):
        what = f"base type {old.base} → {new.base}"
        if new.collation != old.collation:
            what += f", collation {old.collation or 'default'} → {new.collation or 'default'}"
        return [UnmigratedTypeOp(new, what) if old.used else ReplaceTypeOp(new, old, what)]
    out: list[MigrateOperation] = []
    s, n = new.schema, new.name
    if new.default != old.default:
        out.append(AlterDomainOp(s, n, "default", new.default, old.default))
    if new.notnull != old.notnull:
        out.append(AlterDomainOp(s, n, "notnull", "NOT NULL" if new.notnull else "NULL",
                                 "NOT NULL" if old.notnull else "NULL"))
    new_checks, old_checks = dict(new.checks), dict(old.checks)
    for check in sorted(new_checks.keys() | old_checks.keys()):
        if _check_text(new_checks.get(check)) != _check_text(old_checks.get(check)):
            out.append(AlterDomainOp(s, n, "check", new_checks.get(check),
                                     old_checks.get(check), check,
                                     late=check in new.late_checks))
    return out


def _check_text(definition: str | None) -> str | None:
    # In one form for the two PostgreSQL may print (krakn.catalog.reprint).
    return None if definition is None else canonical(definition)


def _late_checks(dom: Domain) -> list[MigrateOperation]:
    """Checks a new domain gets once the functions they call exist."""
    return [AlterDomainOp(dom.schema, dom.name, "check", definition, None, check, late=True)
            for check, definition in dom.checks if check in dom.late_checks]


def _in_place_order(new: CompositeType, old: CompositeType) -> bool:
    """Whether dropping and adding attributes gives the wanted order: kept
    ones stay where they are, and ADD ATTRIBUTE appends."""
    new_names = [a for a, _ in new.attributes]
    old_names = [a for a, _ in old.attributes]
    kept = [a for a in old_names if a in new_names]
    return kept + [a for a in new_names if a not in old_names] == new_names


def _composite_change(new: CompositeType, old: CompositeType) -> list[MigrateOperation]:
    new_attrs, old_attrs = dict(new.attributes), dict(old.attributes)
    retyped = any(old_attrs.get(a, t) != t for a, t in new.attributes)
    if old.used and (retyped or not _in_place_order(new, old)):
        # PostgreSQL refuses to retype an attribute while a column uses the
        # type, and ALTER TYPE cannot move one: from the first attribute out
        # of place, they are dropped and added again (with --force).
        return [ReorderAttributesOp(new.schema, new.name, new.attributes, old.attributes)]
    if not _in_place_order(new, old):
        what = (f"attribute order {', '.join(a for a, _ in old.attributes)} → "
                f"{', '.join(a for a, _ in new.attributes)}")
        return [ReplaceTypeOp(new, old, what)]  # unused: made anew
    out: list[MigrateOperation] = []
    for attr in sorted(old_attrs.keys() - new_attrs.keys()):
        out.append(AlterAttributeOp(new.schema, new.name, attr, None, old_attrs[attr]))
    for position, (attr, typ) in enumerate(new.attributes, start=1):
        was = old_attrs.get(attr)
        if was != typ:
            out.append(AlterAttributeOp(new.schema, new.name, attr, typ, old_attrs.get(attr),
                                        position))
    return out


def _range_change(new: RangeType, old: RangeType) -> list[MigrateOperation]:
    if new.definition() == old.definition():
        return []
    what = f"definition {_range_words(old)} → {_range_words(new)}"
    return [UnmigratedTypeOp(new, what) if old.used else ReplaceTypeOp(new, old, what)]


def _range_words(rng: RangeType) -> str:
    names = ("subtype", "opclass", "collation", "canonical", "subtype_diff")
    return ", ".join(f"{k}={v}" for k, v in zip(names, rng.definition(), strict=True) if v)


def _change(session: Session, new: UserType, old: UserType) -> list[MigrateOperation]:
    if isinstance(new, EnumType) and isinstance(old, EnumType):
        out = _enum_change(session, new, old)
    elif isinstance(new, Domain) and isinstance(old, Domain):
        out = _domain_change(new, old)
    elif isinstance(new, CompositeType) and isinstance(old, CompositeType):
        out = _composite_change(new, old)
    elif isinstance(new, RangeType) and isinstance(old, RangeType):
        out = _range_change(new, old)
    else:
        out = []
    replaced = any(isinstance(o, (ReplaceTypeOp, RebuildEnumOp)) for o in out)
    if new.comment != old.comment and not replaced:
        out.append(SetTypeCommentOp(new, old.comment))
    return out


def _compare_kind(session: Session, src: Mapping[tuple[str, str], UserType],
                  tgt: Mapping[tuple[str, str], UserType], src_depth: dict[str, int],
                  tgt_depth: dict[str, int]) -> list[MigrateOperation]:
    out: list[MigrateOperation] = []
    for key in sorted(src.keys() | tgt.keys()):
        new, old = src.get(key), tgt.get(key)
        name = f"{key[0]}.{key[1]}"
        if new is not None and old is None:
            out.append(CreateTypeOp(new, src_depth.get(name, 0)))
            if isinstance(new, Domain):
                out.extend(_late_checks(new))
        elif old is not None and new is None:
            out.append(DropTypeOp(old, tgt_depth.get(name, 0)))
        elif new is not None and old is not None and new != old:
            out.extend(_change(session, new, old))
    return out


def compare_types(ctx: AutogenContext, upgrade_ops: ops.UpgradeOps,
                  schemas: set[str | None]) -> PriorityDispatchResult:
    session = session_of(ctx)
    src, tgt = session.source.types, session.target.types
    src_depth, tgt_depth = depths(src), depths(tgt)
    for kind in ("enums", "domains", "composites", "ranges"):
        upgrade_ops.ops.extend(_compare_kind(session, getattr(src, kind), getattr(tgt, kind),
                                             src_depth, tgt_depth))
    return PriorityDispatchResult.CONTINUE


def setup(plugin: Plugin) -> None:
    plugin.add_autogenerate_comparator(compare_types, "schema", "krakn_types")

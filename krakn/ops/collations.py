"""Collations: CREATE COLLATION, DROP COLLATION.

PostgreSQL cannot alter a collation's definition: a changed one is dropped
and made again, which only works while nothing uses it (the comparator
reports one in use and leaves it).
"""

from __future__ import annotations

from krakn.catalog.collations import Collation
from krakn.ops.base import literal
from krakn.ops.objects import SchemaObjectKind
from krakn.ops.phases import Phase

_PROVIDERS = {"c": "libc", "i": "icu", "b": "builtin"}


class CollationKind(SchemaObjectKind[Collation]):
    kind = "collation"
    sql_kind = "COLLATION"
    create_phase = Phase.CREATE_COLLATIONS
    drop_phase = Phase.DROP_COLLATIONS

    def definition(self, obj: Collation) -> list[str]:
        parts = [f"PROVIDER = {_PROVIDERS.get(obj.provider, obj.provider)}"]
        if obj.provider == "c" and obj.collate == obj.ctype:
            parts.append(f"LOCALE = {literal(obj.collate or '')}")
        elif obj.provider == "c":
            parts += [f"LC_COLLATE = {literal(obj.collate or '')}",
                      f"LC_CTYPE = {literal(obj.ctype or '')}"]
        else:
            parts.append(f"LOCALE = {literal(obj.locale or '')}")
        if not obj.deterministic:
            parts.append("DETERMINISTIC = false")
        if obj.rules:
            parts.append(f"RULES = {literal(obj.rules)}")
        return [f"CREATE COLLATION {self.target(obj)} ({', '.join(parts)})"]

    def alter(self, new: Collation, old: Collation) -> list[str] | None:
        if _definition(new) != _definition(old):
            return None
        return self.alter_comment(new, old)


def _definition(obj: Collation) -> tuple[object, ...]:
    return (obj.provider, obj.deterministic, obj.collate, obj.ctype, obj.locale, obj.rules)


COLLATIONS = CollationKind()

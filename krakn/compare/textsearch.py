"""Text-search comparator: templates and parsers, dictionaries, configurations.

PostgreSQL cannot drop a template while a dictionary uses it, a parser or a
dictionary while a configuration does. What is made again (a template or
parser whose functions change, a dictionary on a new template or on one
made again) takes what uses it down first, configurations before
dictionaries before templates and parsers, and makes it again after.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from alembic.autogenerate.api import AutogenContext
from alembic.operations import ops
from alembic.runtime.plugins import Plugin
from alembic.util import PriorityDispatchResult

from krakn.catalog.textsearch import DictKey, TextSearchSnapshot
from krakn.compare.objects import compare_all
from krakn.compare.session import session_of
from krakn.ops.objects import ObjectKind, ObjectOp
from krakn.ops.phases import Phase
from krakn.ops.textsearch import CONFIGURATIONS, DICTIONARIES, PARSERS, TEMPLATES


def _remake(upgrade_ops: ops.UpgradeOps, kind: ObjectKind[Any], new: Any, old: Any) -> None:
    """old goes before anything is made (users first: the higher rank drops
    first), and new, if any, is made at its usual place: said only where it changed."""
    schema, name = kind.schema(old) or "", kind.name(old)
    upgrade_ops.ops.append(ObjectOp(kind, None, old, phase=Phase.CREATE_TEXT_SEARCH,
                                    key=("0", str(9 - kind.rank), schema, name),
                                    silent=new is not None))
    if new is not None:
        upgrade_ops.ops.append(ObjectOp(kind, new, None, silent=new == old,
                                        replaces=None if new == old else old))


def _changed(src: dict[DictKey, Any], tgt: dict[DictKey, Any]) -> set[DictKey]:
    """Templates or parsers on both sides whose functions differ."""
    return {key for key, old in tgt.items()
            if key in src and src[key].functions != old.functions}


def _forced(src: TextSearchSnapshot, tgt: TextSearchSnapshot) -> tuple[
        set[DictKey], set[DictKey], set[DictKey], set[DictKey]]:
    """Templates, parsers, dictionaries and configurations made again."""
    templates, parsers = _changed(src.templates, tgt.templates), _changed(src.parsers,
                                                                          tgt.parsers)
    dicts = {key for key, old in tgt.dictionaries.items()
             if old.template in templates or (key in src.dictionaries and
                                              src.dictionaries[key].template != old.template)}
    configs = {key for key, cfg in tgt.configurations.items()
               if cfg.parser in parsers
               or any(d in dicts for _, mapped in cfg.mappings for d in mapped)}
    return templates, parsers, dicts, configs


def _pin(objects: dict[DictKey, Any], used: set[DictKey]) -> dict[DictKey, Any]:
    """The templates or parsers, those under something used marked so."""
    return {key: replace(obj, used=True) if key in used else obj
            for key, obj in objects.items()}


def compare_text_search(ctx: AutogenContext, upgrade_ops: ops.UpgradeOps,
                        schemas: set[str | None]) -> PriorityDispatchResult:
    session = session_of(ctx)
    src, tgt = session.source.extras.text_search, session.target.extras.text_search
    templates, parsers, dicts, configs = _forced(src, tgt)
    # A dictionary that a configuration held back for --force maps to is held too.
    pinned = {d for key, cfg in tgt.configurations.items()
              if cfg.used and key not in src.configurations
              for _, mapped in cfg.mappings for d in mapped}
    olds = {key: replace(d, used=True) if key in pinned else d
            for key, d in tgt.dictionaries.items()}
    for kind, new, old, forced in ((TEMPLATES, src.templates, _pin(tgt.templates, {
                                        d.template for d in olds.values() if d.used}),
                                    templates),
                                   (PARSERS, src.parsers, _pin(tgt.parsers, {
                                       c.parser for c in tgt.configurations.values()
                                       if c.used}), parsers),
                                   (DICTIONARIES, src.dictionaries, olds, dicts),
                                   (CONFIGURATIONS, src.configurations, tgt.configurations,
                                    configs)):
        for key in sorted(forced):
            _remake(upgrade_ops, kind, new.get(key), old[key])
        compare_all(upgrade_ops, kind, new, old, skip=forced)
    return PriorityDispatchResult.CONTINUE


def setup(plugin: Plugin) -> None:
    plugin.add_autogenerate_comparator(compare_text_search, "schema", "krakn_text_search")

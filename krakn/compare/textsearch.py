"""Text-search comparator: dictionaries, then the configurations mapping to them.

A dictionary made again (a new template) cannot be dropped while a
configuration maps to it: those configurations go first and are made again
after it.
"""

from __future__ import annotations

from dataclasses import replace

from alembic.autogenerate.api import AutogenContext
from alembic.operations import ops
from alembic.runtime.plugins import Plugin
from alembic.util import PriorityDispatchResult

from krakn.compare.objects import compare_all, remake
from krakn.compare.session import session_of
from krakn.ops.phases import Phase
from krakn.ops.textsearch import CONFIGURATIONS, DICTIONARIES


def compare_text_search(ctx: AutogenContext, upgrade_ops: ops.UpgradeOps,
                        schemas: set[str | None]) -> PriorityDispatchResult:
    session = session_of(ctx)
    src, tgt = session.source.extras.text_search, session.target.extras.text_search
    # A dictionary that a configuration held back for --force maps to is held too.
    pinned = {d for key, cfg in tgt.configurations.items()
              if cfg.used and key not in src.configurations
              for _, dicts in cfg.mappings for d in dicts}
    olds = {key: replace(d, used=True) if key in pinned else d
            for key, d in tgt.dictionaries.items()}
    compare_all(upgrade_ops, DICTIONARIES, src.dictionaries, olds)
    remade = {key for key, old in tgt.dictionaries.items()
              if key in src.dictionaries and src.dictionaries[key].template != old.template}
    forced = {key for key, cfg in tgt.configurations.items()
              if any(d in remade for _, dicts in cfg.mappings for d in dicts)}
    for key in sorted(forced):
        remake(upgrade_ops, CONFIGURATIONS, src.configurations.get(key),
               tgt.configurations[key], Phase.CREATE_TEXT_SEARCH)
    compare_all(upgrade_ops, CONFIGURATIONS, src.configurations, tgt.configurations,
                skip=forced)
    return PriorityDispatchResult.CONTINUE


def setup(plugin: Plugin) -> None:
    plugin.add_autogenerate_comparator(compare_text_search, "schema", "krakn_text_search")

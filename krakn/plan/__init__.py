"""From a comparison to an ordered, safe list of migration steps.

``model``: Step and Plan. ``place``: each operation in its phase
(``krakn.ops.phases``) with its sort key. ``build``: Alembic's autogenerate
with krakn's comparators, then the passes after comparison, one ordered list
(``build.PASSES``). ``dependents``: what stands on what changes goes down and
comes back. ``grants``: what is made anew keeps its grants and owner.
``safety``: the one place that says what can lose data and what waits for
--force. ``rollback``: the plan reversed.
"""

from __future__ import annotations

from krakn.plan.model import Plan, Step

__all__ = ["Plan", "Step"]

"""Depth in a dependency graph: parents first, cycles cut the same way every time."""

from __future__ import annotations

import itertools

from krakn.graph import depths


def test_depth_counts_levels_below() -> None:
    """A node on two levels of others stands at depth 2; unknown nodes are ignored."""
    edges = {"view": {"base", "mid"}, "mid": {"base", "elsewhere"}, "base": set()}
    assert depths(edges) == {"base": 0, "mid": 1, "view": 2}


def test_cycle_is_cut_the_same_way_whatever_the_order() -> None:
    """Every insertion order of a three-node cycle gives the same depths."""
    cycle = {"a": {"b"}, "b": {"c"}, "c": {"a"}}
    seen = set()
    for order in itertools.permutations(cycle):
        edges = {node: set(cycle[node]) for node in order}
        seen.add(tuple(sorted(depths(edges).items())))
    assert len(seen) == 1

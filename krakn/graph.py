"""Depth in a dependency graph, for creating what others stand on first."""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Mapping
from typing import TypeVar

K = TypeVar("K", bound=Hashable)


def depths(edges: Mapping[K, Iterable[K]]) -> dict[K, int]:
    """How far each node stands above nodes that depend on nothing (those are 0).

    Edges to nodes outside the mapping are ignored; a cycle is cut where the
    walk meets a node already on its path, so it never recurses forever.
    Nodes are walked in sorted order, so where a cycle is cut, and so the
    script, does not depend on set order (which varies between runs).
    Each node is computed once.
    """
    found: dict[K, int] = {}

    def depth(node: K, path: frozenset[K]) -> int:
        if node not in found:
            below = [depth(d, path | {node}) for d in sorted(edges[node], key=repr)
                     if d in edges and d not in path]
            found[node] = 1 + max(below) if below else 0
        return found[node]

    for node in sorted(edges, key=repr):
        depth(node, frozenset())
    return found

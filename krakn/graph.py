"""Depth in a dependency graph, for creating what others stand on first."""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Mapping
from typing import TypeVar

K = TypeVar("K", bound=Hashable)


def depths(edges: Mapping[K, Iterable[K]]) -> dict[K, int]:
    """How far each node stands above nodes that depend on nothing (those are 0).

    Edges to nodes outside the mapping are ignored; a cycle is cut where the
    walk meets a node already on its path, so it never recurses forever.
    Each node is computed once.
    """
    found: dict[K, int] = {}

    def depth(node: K, path: frozenset[K]) -> int:
        if node not in found:
            below = [depth(d, path | {node}) for d in edges[node]
                     if d in edges and d not in path]
            found[node] = 1 + max(below) if below else 0
        return found[node]

    for node in edges:
        depth(node, frozenset())
    return found

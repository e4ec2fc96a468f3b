"""Dependency graphs: what stands on what, and in which order to make or load it.

Two kinds of order live here, because a cycle means two different things:

* depths() orders the creation of schema objects (views, types,
  extensions), whose dependencies cannot form a cycle in a real catalog:
  each node gets a depth of its own, and should a cycle appear anyway it is
  cut where the walk meets it, the same way every time.
* load_levels() orders a data load along foreign keys, where cycles are
  common and legal: the tables of a cycle share a level, are loaded
  together, and the edges inside it are reported (their keys are checked at
  the end). strongly_connected() and components() serve it, and the
  grouping of tables onto connections and into transactions.

For a graph without cycles both give every node the same number: one more
than the deepest node it stands on (0 for those standing on nothing).
The walks behind load_levels() are iterative, so thousands of tables
never meet Python's recursion limit, and every tie is broken by sorting, so the
same graph always gives the same order.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Mapping
from typing import Any, Protocol, TypeVar

K = TypeVar("K", bound=Hashable)


class _Node(Protocol):
    """Hashable and ordered: table names, say."""

    def __hash__(self) -> int: ...

    def __lt__(self, other: Any, /) -> bool: ...


N = TypeVar("N", bound=_Node)


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


def strongly_connected(nodes: Iterable[N], edges: Iterable[tuple[N, N]]) -> dict[N, int]:
    """Each node's strongly connected set (Kosaraju), numbered from 0."""
    names = sorted(set(nodes))
    out: dict[N, list[N]] = {n: [] for n in names}
    back: dict[N, list[N]] = {n: [] for n in names}
    for a, b in sorted(set(edges)):
        if a in out and b in out:
            out[a].append(b)
            back[b].append(a)
    finished = _postorder(names, out)
    found: dict[N, int] = {}
    number = -1
    for root in reversed(finished):
        if root in found:
            continue
        number, stack = number + 1, [root]
        found[root] = number
        while stack:
            for nxt in back[stack.pop()]:
                if nxt not in found:
                    found[nxt] = number
                    stack.append(nxt)
    return found


def _postorder(names: list[N], out: dict[N, list[N]]) -> list[N]:
    seen: set[N] = set()
    order: list[N] = []
    for start in names:
        if start in seen:
            continue
        seen.add(start)
        stack = [(start, iter(out[start]))]
        while stack:
            node, rest = stack[-1]
            nxt = next((n for n in rest if n not in seen), None)
            if nxt is None:
                stack.pop()
                order.append(node)
            else:
                seen.add(nxt)
                stack.append((nxt, iter(out[nxt])))
    return order


def load_levels(nodes: Iterable[N], edges: Iterable[tuple[N, N]]
                ) -> tuple[dict[N, int], set[tuple[N, N]]]:
    """Each node's level (0: stands on no other node) and the edges in cycles.

    An edge (a, b) means a stands on b (a table references b). Nodes in one
    cycle share a level; a node's level is one more than the highest level
    it stands on outside its own cycle. A self-reference is no cycle here.
    """
    edges = [e for e in set(edges) if e[0] != e[1]]  # one COPY satisfies a self-reference
    group = strongly_connected(nodes, edges)
    cycles = {e for e in edges if e[0] in group and group[e[0]] == group.get(e[1])}
    needs: dict[int, set[int]] = {g: set() for g in group.values()}
    for a, b in edges:
        if a in group and b in group and group[a] != group[b]:
            needs[group[a]].add(group[b])
    level: dict[int, int] = {}
    pending = sorted(needs)
    while pending:
        ready = [g for g in pending if needs[g] <= level.keys()]
        for g in ready:
            level[g] = 1 + max((level[d] for d in needs[g]), default=-1)
        pending = [g for g in pending if g not in level]
    return {n: level[g] for n, g in group.items()}, cycles


def components(nodes: Iterable[N], links: Iterable[tuple[N, N]]) -> list[list[N]]:
    """Sets of nodes joined by links in either direction, each sorted."""
    parent = {n: n for n in nodes}

    def root(n: N) -> N:
        while parent[n] != n:
            parent[n] = parent[parent[n]]
            n = parent[n]
        return n

    for a, b in links:
        if a in parent and b in parent:
            ra, rb = root(a), root(b)
            if ra != rb:
                parent[max(ra, rb)] = min(ra, rb)
    sets: dict[N, list[N]] = {}
    for n in sorted(parent):
        sets.setdefault(root(n), []).append(n)
    return list(sets.values())

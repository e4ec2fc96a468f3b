"""Load order from foreign keys: cycles found, levels counted, sets kept together.

Iterative throughout, so a schema with thousands of tables never meets
Python's recursion limit; every tie is broken by name, so the same schema
always gives the same order.
"""

from __future__ import annotations

from collections.abc import Iterable

from krakn.sync.names import TableName

Edge = tuple[TableName, TableName]  # (referencing table, referenced table)


def strongly_connected(nodes: Iterable[TableName], edges: Iterable[Edge]
                       ) -> dict[TableName, int]:
    """Each node's strongly connected set (Kosaraju), numbered from 0."""
    names = sorted(set(nodes))
    out: dict[TableName, list[TableName]] = {n: [] for n in names}
    back: dict[TableName, list[TableName]] = {n: [] for n in names}
    for a, b in sorted(set(edges)):
        if a in out and b in out:
            out[a].append(b)
            back[b].append(a)
    finished = _postorder(names, out)
    found: dict[TableName, int] = {}
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


def _postorder(names: list[TableName], out: dict[TableName, list[TableName]]
               ) -> list[TableName]:
    seen: set[TableName] = set()
    order: list[TableName] = []
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


def load_levels(nodes: Iterable[TableName], edges: Iterable[Edge]
                ) -> tuple[dict[TableName, int], set[Edge]]:
    """Each table's level (0: references no other chosen table) and the edges in cycles.

    Tables in one cycle share a level; a table's level is one more than the
    highest level it references outside its own cycle.
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


def components(nodes: Iterable[TableName], links: Iterable[Edge]) -> list[list[TableName]]:
    """Sets of nodes joined by links in either direction, each sorted by name."""
    parent = {n: n for n in nodes}

    def root(n: TableName) -> TableName:
        while parent[n] != n:
            parent[n] = parent[parent[n]]
            n = parent[n]
        return n

    for a, b in links:
        if a in parent and b in parent:
            ra, rb = root(a), root(b)
            if ra != rb:
                parent[max(ra, rb)] = min(ra, rb)
    sets: dict[TableName, list[TableName]] = {}
    for n in sorted(parent):
        sets.setdefault(root(n), []).append(n)
    return list(sets.values())

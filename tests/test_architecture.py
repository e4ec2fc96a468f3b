"""krakn's shape: no import cycle among its modules, no module or function past its size.

import-linter (.importlinter, run by `tox -e lint`) checks the layers; it
cannot say "no cycle between any two modules", which this test does on the
graph of grimp, the library import-linter builds its own with: imports
inside functions and under TYPE_CHECKING count, so no cycle hides behind a
lazy import.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import grimp
import pytest

import krakn

PACKAGE = Path(krakn.__file__).parent
MAX_MODULE_LINES = 400
MAX_FUNCTION_LINES = 60  # from the `def` line to the body's last, decorators not counted

# Known offenders: each entry goes with the move that fixes it, and a stale
# entry fails its test. They are empty and meant to stay so.
#
# Imports that close a cycle, each the one going the wrong way:
ALLOWED_CYCLE_IMPORTS: set[tuple[str, str]] = set()
# Modules over MAX_MODULE_LINES (path relative to krakn/):
ALLOWED_LONG_MODULES: set[str] = set()
# Functions over MAX_FUNCTION_LINES ("path:name"):
ALLOWED_LONG_FUNCTIONS: set[str] = set()


@pytest.fixture(scope="module")
def graph() -> grimp.ImportGraph:
    """krakn's import graph, every import counted (no cache file left behind)."""
    return grimp.build_graph("krakn", cache_dir=None)


def _cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """One cycle through each group of modules that import each other (Tarjan's strongly
    connected components), sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    groups: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for nxt in sorted(edges.get(node, ())):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            group = []
            while not group or group[-1] != node:
                group.append(stack.pop())
            if len(group) > 1 or node in edges.get(node, ()):
                groups.append(sorted(group))

    for node in sorted(edges):
        if node not in index:
            visit(node)
    return [_one_cycle(group, edges) for group in sorted(groups)]


def _one_cycle(group: list[str], edges: dict[str, set[str]]) -> list[str]:
    """A shortest path from the group's first module back to itself, within the group."""
    start, members = group[0], set(group)
    paths = {start: [start]}
    frontier = [start]
    while frontier:
        node = frontier.pop(0)
        for nxt in sorted(edges.get(node, set()) & members):
            if nxt == start:
                return [*paths[node], start]
            if nxt not in paths:
                paths[nxt] = [*paths[node], nxt]
                frontier.append(nxt)
    raise AssertionError(f"no cycle through {start}")  # a group always has one


def test_cycles_are_found():
    """The cycle finder reports a cycle by its modules, and none in a chain."""
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c", "a"]]
    assert _cycles({"a": {"b"}, "b": {"c"}}) == []


def test_no_import_cycle(graph):
    """No chain of imports leads from a krakn module back to itself."""
    edges = {m: set(graph.find_modules_directly_imported_by(m)) for m in graph.modules}
    stale = {(a, b) for a, b in ALLOWED_CYCLE_IMPORTS if b not in edges.get(a, set())}
    assert not stale, f"these imports are gone: take them off ALLOWED_CYCLE_IMPORTS: {stale}"
    for importer, imported in ALLOWED_CYCLE_IMPORTS:
        edges[importer].discard(imported)
    cycles = [" -> ".join(cycle) for cycle in _cycles(edges)]
    assert not cycles, "import cycles:\n" + "\n".join(cycles)


def _modules() -> Iterator[tuple[str, str]]:
    for path in sorted(PACKAGE.rglob("*.py")):
        yield path.relative_to(PACKAGE).as_posix(), path.read_text(encoding="utf-8")


def test_no_module_over_the_limit():
    """No module of krakn is longer than MAX_MODULE_LINES lines."""
    long = {name: len(text.splitlines()) for name, text in _modules()
            if len(text.splitlines()) > MAX_MODULE_LINES}
    assert not set(long) - ALLOWED_LONG_MODULES, f"modules over {MAX_MODULE_LINES}: {long}"
    stale = ALLOWED_LONG_MODULES - set(long)
    assert not stale, f"no longer too long: take them off ALLOWED_LONG_MODULES: {stale}"


def test_no_function_over_the_limit():
    """No function or method of krakn is longer than MAX_FUNCTION_LINES lines."""
    long = {}
    for name, text in _modules():
        for node in ast.walk(ast.parse(text)):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                lines = (node.end_lineno or node.lineno) - node.lineno + 1
                if lines > MAX_FUNCTION_LINES:
                    long[f"{name}:{node.name}"] = lines
    assert not set(long) - ALLOWED_LONG_FUNCTIONS, f"over {MAX_FUNCTION_LINES} lines: {long}"
    stale = ALLOWED_LONG_FUNCTIONS - set(long)
    assert not stale, f"no longer too long: take them off ALLOWED_LONG_FUNCTIONS: {stale}"


def test_test_modules_have_unique_basenames():
    """pytest (rootdir imports, no __init__.py) cannot collect two test files of one name."""
    tests = Path(__file__).parent
    seen: dict[str, Path] = {}
    for path in sorted(tests.rglob("*.py")):
        if path.name in ("conftest.py", "__init__.py") or "cases" in path.parts:
            continue
        assert path.name not in seen, f"{path} and {seen[path.name]} share a name"
        seen[path.name] = path

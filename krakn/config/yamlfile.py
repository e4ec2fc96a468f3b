"""Finding the config file and reading it as plain data with a line per key.

The file is composed into PyYAML nodes and walked by hand so that every key
path keeps its line number (for error messages), duplicate keys are an
error instead of the last one silently winning, and mapping keys stay the
text the user wrote (a column named `on` or `null` is not turned into a
boolean or None).

Scalars follow YAML 1.2's core schema rather than PyYAML's YAML 1.1: only
true/false are booleans and dates stay text, so `value: NO` (a country code)
or `locale: no` is the text the user wrote.
"""

from __future__ import annotations

import logging
import os
import re
from pathlib import Path
from typing import Any

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from krakn.config.source import KeyPath
from krakn.errors import UsageError

log = logging.getLogger(__name__)

CANDIDATES = ("krakn.yml", ".kraknrc")


class _Loader(yaml.SafeLoader):
    """SafeLoader with YAML 1.2 core-schema scalars."""


_Loader.yaml_implicit_resolvers = {}
for _tag, _pattern, _first in (
    ("bool", r"^(?:true|True|TRUE|false|False|FALSE)$", "tTfF"),
    ("null", r"^(?:~|null|Null|NULL|)$", ["~", "n", "N", ""]),
    ("int", r"^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$", "-+0123456789"),
    ("float", r"^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?"
              r"|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$", "-+0123456789."),
    ("merge", r"^(?:<<)$", "<"),
):
    _Loader.add_implicit_resolver(f"tag:yaml.org,2002:{_tag}", re.compile(_pattern),
                                  list(_first))


def _construct_int(loader: yaml.SafeLoader, node: yaml.ScalarNode) -> int:
    # YAML 1.2: 012 is twelve (YAML 1.1 read it as octal); 0o12 is octal.
    text = str(loader.construct_scalar(node))
    return int(text, 0) if text.lstrip("+-")[:2] in ("0o", "0x") else int(text, 10)


_Loader.add_constructor("tag:yaml.org,2002:int", _construct_int)


def find_config(explicit: str | os.PathLike[str] | None, cwd: Path | None = None) -> Path | None:
    """--config FILE, else the first of ./krakn.yml and ./.kraknrc, else None."""
    if explicit is not None:
        path = Path(explicit)
        if not path.exists():
            raise UsageError(f"--config {path}: no such file")
        if path.is_dir():
            raise UsageError(f"--config {path}: is a directory, not a YAML file")
        return path
    # Relative to the current directory, so messages say "krakn.yml:12".
    here = cwd or Path()
    found = [here / name for name in CANDIDATES if (here / name).is_file()]
    if len(found) > 1:
        log.info("using %s; %s is not read", found[0], found[1])
    return found[0] if found else None


def near_misses(cwd: Path | None = None) -> list[str]:
    """Files a user may have meant as the config (krakn.yaml): for error hints."""
    here = cwd or Path.cwd()
    return [name for name in ("krakn.yaml", "kraknrc", ".krakn.yml", ".kraknrc.yml")
            if (here / name).is_file()]


def read_yaml(path: Path, shown: str) -> tuple[Any, dict[KeyPath, int]]:
    """The file's data and the line (1-based) of every key path."""
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise UsageError(f"{shown}: not UTF-8 text") from None
    except OSError as exc:
        raise UsageError(f"{shown}: cannot read: {exc.strerror}") from None
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
        lines: dict[KeyPath, int] = {}
        data = None
        if node is not None:
            lines[()] = node.start_mark.line + 1
            data = _Walker(loader, lines, shown).walk(node, ())
    except yaml.MarkedYAMLError as exc:
        raise UsageError(_yaml_message(exc, shown)) from None
    except yaml.YAMLError as exc:
        raise UsageError(f"{shown}: bad YAML: {type(exc).__name__}") from None
    finally:
        loader.dispose()
    return data, lines


def _yaml_message(exc: yaml.MarkedYAMLError, shown: str) -> str:
    # Built from the parser's parts, never str(exc): that quotes the file's line,
    # which may hold a password.
    mark = exc.problem_mark or exc.context_mark
    where = f"{shown}:{mark.line + 1}" if mark is not None else shown
    problem = exc.problem or "cannot parse"
    if exc.context:
        context = exc.context
        if exc.context_mark is not None and exc.context_mark is not mark:
            context += f" at line {exc.context_mark.line + 1}"
        return f"{where}: bad YAML: {problem} ({context})"
    return f"{where}: bad YAML: {problem}"


class _Walker:
    """Nodes to dicts, lists and scalars, recording each key path's line."""

    def __init__(self, loader: _Loader, lines: dict[KeyPath, int], shown: str) -> None:
        self.loader, self.lines, self.shown = loader, lines, shown
        self.active: set[int] = set()

    def walk(self, node: Node, path: KeyPath) -> Any:
        """The node's value; the caller has recorded the line of `path`."""
        if isinstance(node, ScalarNode):
            return self.loader.construct_object(node, deep=True)
        if id(node) in self.active:
            raise UsageError(f"{self.shown}:{node.start_mark.line + 1}: bad YAML: "
                             "an alias refers to itself")
        self.active.add(id(node))
        try:
            if isinstance(node, SequenceNode):
                items = []
                for i, item in enumerate(node.value):
                    self.lines[path + (i,)] = item.start_mark.line + 1
                    items.append(self.walk(item, (*path, i)))
                return items
            assert isinstance(node, MappingNode)
            return self._mapping(node, path)
        finally:
            self.active.discard(id(node))

    def _mapping(self, node: MappingNode, path: KeyPath) -> dict[str, Any]:
        seen: dict[str, int] = {}
        for key_node, _value in node.value:
            line = key_node.start_mark.line + 1
            if not isinstance(key_node, ScalarNode):
                raise UsageError(f"{self.shown}:{line}: bad YAML: a key must be plain text")
            if key_node.tag == "tag:yaml.org,2002:merge":
                continue
            if key_node.value in seen:
                raise UsageError(f"{self.shown}:{line}: duplicate key {key_node.value!r} "
                                 f"(first at line {seen[key_node.value]})")
            seen[key_node.value] = line
        # YAML merge keys (<<: *defaults): merged pairs come first, so the
        # mapping's own keys, assigned later, win.
        self.loader.flatten_mapping(node)
        result: dict[str, Any] = {}
        for key_node, value_node in node.value:
            key = str(key_node.value)
            self.lines[path + (key,)] = key_node.start_mark.line + 1
            result[key] = self.walk(value_node, (*path, key))
        return result

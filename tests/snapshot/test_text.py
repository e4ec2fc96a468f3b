"""The text of a snapshot's JSON: sorted keys, short lists inline, the same bytes always."""

from __future__ import annotations

import json

from test_codec import Leaf, _tree

from krakn.snapshot.codec import decode, encode
from krakn.snapshot.text import dumps, dumps_in_order


def test_layout():
    """Sorted keys, tuple-keyed dicts as sorted pairs, lines of text as a list, newline at end."""
    text = dumps(encode(_tree()))
    assert text.endswith("}\n") and not text.endswith("\n\n")
    data = json.loads(text)
    assert list(data) == sorted(data)
    assert [pair[0] for pair in data["leaves"]] == [["r", "z"], ["s", "a"], ["s", "b"]]
    assert data["roles"] == ["PUBLIC", "alice", "bob"]
    assert [pair[0] for pair in data["maybe"]] == [["", None], ["a", None], ["a", "x"]]
    assert data["named"]["b"]["body"] == ["SELECT 1", "FROM t", ""]
    assert '   ["r", "z"],\n' in text  # short keys stay on one line
    assert "é ☃" in text  # UTF-8, not \\u escapes


def test_long_scalar_lists_one_item_a_line():
    """A list of scalars too long for one line gets a line per item (small diffs)."""
    long = Leaf("n", None, tuple(f"column_{i:03d}" for i in range(20)))
    text = dumps(encode(long))
    assert '  "column_000",\n  "column_001",' in text
    assert decode(json.loads(text), Leaf) == long


def test_top_level_in_the_order_given():
    """dumps_in_order keeps its keys' order; below them the text is dumps' own."""
    tree = encode(_tree())
    text = dumps_in_order([("zeta", {"b": 1, "a": [1, 2]}), ("alpha", tree)])
    assert list(json.loads(text)) == ["zeta", "alpha"]
    assert text.startswith('{\n "zeta": {\n  "a": [1, 2],\n  "b": 1\n },\n "alpha": {')
    nested = dumps(tree).rstrip("\n").replace("\n", "\n ")
    assert text.endswith(f' "alpha": {nested}\n}}\n')
    assert dumps_in_order([]) == "{}\n"

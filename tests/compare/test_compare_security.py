"""krakn.compare.security on hand-built snapshots: row security and policies."""

from __future__ import annotations

from compare_helpers import add_table, ops_of, said, snapshot

from krakn.catalog.security import Policy
from krakn.ops.security import CreatePolicyOp, DropPolicyOp, SetRowSecurityOp


def policy(name: str, using: str = "true") -> Policy:
    return Policy("public", "docs", name, "*", True, ("PUBLIC",), using, None, None)


def test_row_security_switched_on_and_policies_compared():
    """RLS turned on; policies added, dropped, or replaced when their text changes."""
    src, tgt = add_table(snapshot(), "docs"), add_table(snapshot(), "docs")
    src.security.rls[("public", "docs")] = (True, False)
    src.security.policies[("public", "docs")] = {
        "fresh": policy("fresh"), "changed": policy("changed", "(owner = CURRENT_USER)")}
    tgt.security.policies[("public", "docs")] = {
        "gone": policy("gone"), "changed": policy("changed")}
    found = ops_of(src, tgt)
    flags = [op for op in found if isinstance(op, SetRowSecurityOp)]
    assert [(op.new, op.old) for op in flags] == [((True, False), (False, False))]
    created = {op.policy.name: op for op in found if isinstance(op, CreatePolicyOp)}
    dropped = {op.policy.name: op for op in found if isinstance(op, DropPolicyOp)}
    assert set(created) == {"fresh", "changed"} and set(dropped) == {"gone", "changed"}
    assert created["changed"].replaces == policy("changed")
    assert created["changed"].policy.using == "(owner = CURRENT_USER)"
    lines = said(src, tgt)
    assert "+ Added policy 'fresh' to 'docs'" in lines
    assert "- Removed policy 'gone' from 'docs'" in lines


def test_same_policies_make_no_operation():
    """Equal row security and policies on both sides: nothing to do."""
    src, tgt = add_table(snapshot(), "docs"), add_table(snapshot(), "docs")
    for snap in (src, tgt):
        snap.security.rls[("public", "docs")] = (True, True)
        snap.security.policies[("public", "docs")] = {"p": policy("p")}
    assert ops_of(src, tgt) == []

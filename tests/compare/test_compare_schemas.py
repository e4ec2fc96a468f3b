"""krakn.compare.schemas on hand-built snapshots: CREATE / DROP SCHEMA and comments."""

from __future__ import annotations

from compare_helpers import ops_of, said, snapshot

from krakn.ops.schemas import CreateSchemaOp, DropSchemaOp, SetSchemaCommentOp


def test_added_removed_and_commented_schemas():
    """Schemas only the source has are made, those only the target has dropped."""
    src, tgt = snapshot("public", "billing", "docs"), snapshot("public", "old", "docs")
    src.schemas["docs"] = "the docs"
    found = ops_of(src, tgt)
    assert [type(op) for op in found] == [CreateSchemaOp, SetSchemaCommentOp, DropSchemaOp]
    assert found[0].statements() == ['CREATE SCHEMA "billing"']
    assert said(src, tgt) == ["+ Added schema 'billing'", "~ Changed comment on schema 'docs'",
                              "- Removed schema 'old'"]

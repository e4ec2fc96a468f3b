"""krakn.compare.privileges on hand-built snapshots: grants and owners, when asked."""

from __future__ import annotations

from compare_helpers import add_table, ops_of, privileges, said, snapshot

from krakn.api import plan_migration
from krakn.catalog.privileges import PUBLIC
from krakn.catalog.side import Side
from krakn.ops.privileges import GrantOp, RevokeOp, SetOwnerOp
from krakn.options import CompareOptions

TABLE = ("table", "public", "t", "")
BOTH = CompareOptions(privileges=True, owners=True)


def sides():
    return add_table(snapshot(), "t"), add_table(snapshot(), "t")


def test_grants_revokes_and_owner():
    """A grant only the source has is granted, one only the target has revoked; owners follow."""
    src_priv = privileges({TABLE: {("reader", "SELECT", False)}}, {TABLE: "boss"})
    tgt_priv = privileges({TABLE: {(PUBLIC, "DELETE", False)}}, {TABLE: "me"})
    found = ops_of(*sides(), privileges=True, owners=True,
                   source_privileges=src_priv, target_privileges=tgt_priv)
    # Per object, by (grantee, privilege): PUBLIC ("") first.
    assert [type(op) for op in found] == [RevokeOp, GrantOp, SetOwnerOp]
    assert found[0].statements() == ['REVOKE DELETE ON TABLE "public"."t" FROM PUBLIC']
    assert found[1].statements() == ['GRANT SELECT ON TABLE "public"."t" TO "reader"']
    assert found[2].statements() == ['ALTER TABLE "public"."t" OWNER TO "boss"']
    assert said(*sides(), BOTH, src_priv, tgt_priv) == [
        "- Revoked DELETE on 't' from PUBLIC", "+ Granted SELECT on 't' to 'reader'",
        "~ Changed owner of 't' from 'me' → 'boss'"]


def test_not_compared_unless_asked():
    """Without --with-privileges / --with-owners no grant or owner is compared."""
    src_priv = privileges({TABLE: {("reader", "SELECT", False)}}, {TABLE: "boss"})
    assert ops_of(*sides(), source_privileges=src_priv, target_privileges=privileges()) == []


def test_only_grants_when_only_grants_are_asked():
    """--with-privileges alone: owners differ, but only the grant is made."""
    src_priv = privileges({TABLE: {("reader", "SELECT", True)}}, {TABLE: "boss"})
    tgt_priv = privileges({TABLE: set()}, {TABLE: "me"})
    lines = said(*sides(), CompareOptions(privileges=True), src_priv, tgt_priv)
    assert lines == ["+ Granted SELECT on 't' to 'reader' with grant option"]


def test_recreated_view_gets_the_targets_grants_back_unasked():
    """Without the flags, a view the plan drops and makes again keeps the target's grants."""
    from krakn.catalog.views import View

    def side(definition: str):
        snap = snapshot()
        snap.views.views[("public", "v")] = View("public", "v", False, definition, "", None)
        return snap

    key = ("view", "public", "v", "")
    theirs = privileges({key: {("reader", "SELECT", False)}}, {key: "boss"})
    plan = plan_migration(Side(side(" SELECT 2;")), Side(side(" SELECT 1;"), theirs),
                          CompareOptions())
    statements = [s for step in plan.steps for s in step.op.statements()]
    assert statements[-2:] == ['GRANT SELECT ON TABLE "public"."v" TO "reader"',
                               'ALTER VIEW "public"."v" OWNER TO "boss"']
    assert any(s.startswith('CREATE VIEW "public"."v"') for s in statements), statements

"""GRANT, REVOKE and OWNER TO operations without a database: their SQL, words,
reverses, phases, and the comparison of grant sets and owners."""

from __future__ import annotations

from krakn.catalog.privileges import PUBLIC, PrivilegesSnapshot
from krakn.catalog.snapshot import Snapshot
from krakn.compare.privileges import grant_ops, privilege_ops
from krakn.compare.session import Session
from krakn.ops.phases import Phase
from krakn.ops.privileges import GrantOp, RevokeOp, SetOwnerOp
from krakn.plan import Plan
from krakn.plan.grants import missing_roles
from krakn.plan.place import place
from krakn.render.sql import render_script

ORDERS = ("table", "public", "orders", "")
AMOUNT = ("column", "public", "orders", "amount")
F = ("function", "app", "f", "integer")
P = ("procedure", "app", "p", "")
APP = ("schema", "app", "", "")
SEQ = ("sequence", "public", "s", "")


def test_grant_to_role_with_grant_option() -> None:
    """A grant quotes the role and keeps WITH GRANT OPTION."""
    op = GrantOp(ORDERS, "reporting", "SELECT", True)
    assert op.statements() == [
        'GRANT SELECT ON TABLE "public"."orders" TO "reporting" WITH GRANT OPTION']
    assert op.describe()[0].message == (
        "Granted SELECT on 'orders' to 'reporting' with grant option")
    assert op.describe()[0].as_dict()["grantee"] == "reporting"


def test_revoke_from_public_is_bare() -> None:
    """PUBLIC is never quoted, and is worded bare."""
    op = RevokeOp(ORDERS, PUBLIC, "INSERT")
    assert op.statements() == ['REVOKE INSERT ON TABLE "public"."orders" FROM PUBLIC']
    assert op.describe()[0].message == "Revoked INSERT on 'orders' from PUBLIC"
    assert op.describe()[0].sign == "-"
    assert op.reverse().statements() == ['GRANT INSERT ON TABLE "public"."orders" TO PUBLIC']


def test_column_function_procedure_schema_and_sequence_grants() -> None:
    """Each kind of object is named as GRANT wants it."""
    assert GrantOp(AMOUNT, "r", "UPDATE", False).statements() == [
        'GRANT UPDATE ("amount") ON TABLE "public"."orders" TO "r"']
    assert GrantOp(F, "r", "EXECUTE", False).statements() == [
        'GRANT EXECUTE ON FUNCTION "app"."f"(integer) TO "r"']
    assert RevokeOp(P, PUBLIC, "EXECUTE").statements() == [
        'REVOKE EXECUTE ON PROCEDURE "app"."p"() FROM PUBLIC']
    assert GrantOp(APP, "r", "USAGE", False).statements() == [
        'GRANT USAGE ON SCHEMA "app" TO "r"']
    assert GrantOp(SEQ, "r", "USAGE", False).statements() == [
        'GRANT USAGE ON SEQUENCE "public"."s" TO "r"']
    assert GrantOp(AMOUNT, "r", "UPDATE", False).describe()[0].message == (
        "Granted UPDATE on column 'amount' of 'orders' to 'r'")


def test_grant_option_only() -> None:
    """Only the grant option differs: REVOKE GRANT OPTION FOR, or GRANT ... WITH it."""
    ops_ = grant_ops(ORDERS, frozenset({("r", "SELECT", False)}),
                     frozenset({("r", "SELECT", True)}))
    assert len(ops_) == 1 and isinstance(ops_[0], RevokeOp)
    assert ops_[0].statements() == [
        'REVOKE GRANT OPTION FOR SELECT ON TABLE "public"."orders" FROM "r"']
    assert ops_[0].describe()[0].sign == "~"
    back = ops_[0].reverse()
    assert back.statements() == [
        'GRANT SELECT ON TABLE "public"."orders" TO "r" WITH GRANT OPTION']
    assert back.describe()[0].sign == "~"


def test_same_grants_give_nothing() -> None:
    """Equal sets of grants make no operation."""
    grants = frozenset({("r", "SELECT", False), (PUBLIC, "INSERT", True)})
    assert grant_ops(ORDERS, grants, grants) == []


def test_new_function_starts_with_execute_to_public() -> None:
    """A function only the source has is compared with a new one's default grants."""
    src = PrivilegesSnapshot(grants={F: frozenset({("r", "EXECUTE", False)})})
    ops_ = privilege_ops(src, PrivilegesSnapshot(), True, False)
    assert sorted(o.statements()[0] for o in ops_) == [
        'GRANT EXECUTE ON FUNCTION "app"."f"(integer) TO "r"',
        'REVOKE EXECUTE ON FUNCTION "app"."f"(integer) FROM PUBLIC']


def test_dropped_objects_and_columns() -> None:
    """Grants of an object only the target has go with it; a kept column's go alone."""
    tgt = PrivilegesSnapshot(grants={("table", "public", "gone", ""): frozenset(
        {("r", "SELECT", False)}), AMOUNT: frozenset({("r", "UPDATE", False)})})
    src = PrivilegesSnapshot(grants={ORDERS: frozenset()})
    ops_ = privilege_ops(src, tgt, True, False, {("public", "orders", "amount")})
    assert [o.statements()[0] for o in ops_] == [
        'REVOKE UPDATE ("amount") ON TABLE "public"."orders" FROM "r"']
    assert privilege_ops(src, tgt, True, False, set()) == []


def test_owners() -> None:
    """Changed owners, and a new object's owner against the target's user."""
    src = PrivilegesSnapshot(owners={ORDERS: "a", ("view", "public", "v", ""): "b",
                                     ("domain", "public", "d", ""): "x"})
    tgt = PrivilegesSnapshot(owners={ORDERS: "b", ("view", "public", "v", ""): "b"},
                             current_user="x")
    ops_ = privilege_ops(src, tgt, False, True)
    assert len(ops_) == 1 and isinstance(ops_[0], SetOwnerOp)
    assert ops_[0].statements() == ['ALTER TABLE "public"."orders" OWNER TO "a"']
    assert ops_[0].describe()[0].message == "Changed owner of 'orders' from 'b' → 'a'"
    assert ops_[0].reverse().statements() == ['ALTER TABLE "public"."orders" OWNER TO "b"']
    words = {k[0]: SetOwnerOp(k, "o", "p").statements()[0] for k in (
        ("materialized view", "s", "m", ""), F, P, APP, ("type", "public", "t", ""))}
    assert words == {
        "materialized view": 'ALTER MATERIALIZED VIEW "s"."m" OWNER TO "o"',
        "function": 'ALTER FUNCTION "app"."f"(integer) OWNER TO "o"',
        "procedure": 'ALTER PROCEDURE "app"."p"() OWNER TO "o"',
        "schema": 'ALTER SCHEMA "app" OWNER TO "o"',
        "type": 'ALTER TYPE "public"."t" OWNER TO "o"'}


def test_after_everything_is_created() -> None:
    """Grants and owners come after every create and alter, before the drops."""
    session = Session(Snapshot(), Snapshot(), "public")
    steps = [place(op, session) for op in (
        SetOwnerOp(ORDERS, "a", "b"), GrantOp(ORDERS, "r", "SELECT", False),
        RevokeOp(ORDERS, "r", "INSERT"))]
    assert all(not s.destructive for s in steps)
    assert [s.phase for s in steps] == [Phase.OWNERS, Phase.GRANTS, Phase.GRANTS]
    assert Phase.CREATE_VIEWS < Phase.GRANTS < Phase.OWNERS < Phase.DROP_COLUMNS
    steps.sort(key=lambda s: (s.phase, s.key))
    script = render_script(Plan(steps), force=False, header=["h"]).sql
    assert script.index("REVOKE INSERT") < script.index("OWNER TO") and "-- GRANT" not in script


def test_roles_the_target_lacks() -> None:
    """Grantees and owners missing on the target's server are named; PUBLIC never."""
    session = Session(Snapshot(), Snapshot(), "public", privileges=True, owners=True,
                      source_privileges=PrivilegesSnapshot(),
                      target_privileges=PrivilegesSnapshot(roles=frozenset({"here"})))
    steps = [place(op, session) for op in (
        GrantOp(ORDERS, "here", "SELECT", False), GrantOp(ORDERS, PUBLIC, "SELECT", False),
        GrantOp(ORDERS, "gone", "INSERT", False), SetOwnerOp(ORDERS, "boss", "here"))]
    assert missing_roles(Plan(steps), session) == ["boss", "gone"]

"""Default privileges and type grants without a database: comparison, SQL, words, reverses."""

from __future__ import annotations

from krakn.catalog.default_privileges import DefaultAcl
from krakn.catalog.privileges import PUBLIC, PrivilegesSnapshot
from krakn.compare.default_privileges import default_privilege_ops
from krakn.compare.privileges import default_grants, privilege_ops
from krakn.ops.default_privileges import DefaultGrantOp, DefaultRevokeOp
from krakn.ops.privileges import GrantOp, RevokeOp, SetOwnerOp

EVERYWHERE = ("owner", "", "f")
IN_APP = ("owner", "app", "r")
BUILT_IN = frozenset({("owner", "EXECUTE", False), (PUBLIC, "EXECUTE", False)})


def _sql(ops: list) -> list[str]:
    return [line for op in ops for line in op.statements()]


def test_entry_only_one_side_has_compares_with_its_base() -> None:
    """An entry without a schema the target lacks is compared with PostgreSQL's
    built-in ACL; one of a schema with nothing."""
    src = PrivilegesSnapshot(defaults={
        EVERYWHERE: DefaultAcl(frozenset({("owner", "EXECUTE", False)}), BUILT_IN),
        IN_APP: DefaultAcl(frozenset({("r", "SELECT", True)}))})
    assert _sql(default_privilege_ops(src, PrivilegesSnapshot())) == [
        'ALTER DEFAULT PRIVILEGES FOR ROLE "owner" REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC',
        'ALTER DEFAULT PRIVILEGES FOR ROLE "owner" IN SCHEMA "app" GRANT SELECT ON TABLES '
        'TO "r" WITH GRANT OPTION']
    # The other way round: what the target has alone goes back to the base.
    assert _sql(default_privilege_ops(PrivilegesSnapshot(), src)) == [
        'ALTER DEFAULT PRIVILEGES FOR ROLE "owner" GRANT EXECUTE ON FUNCTIONS TO PUBLIC',
        'ALTER DEFAULT PRIVILEGES FOR ROLE "owner" IN SCHEMA "app" REVOKE SELECT ON TABLES '
        'FROM "r"']
    assert default_privilege_ops(src, src) == []


def test_grant_option_changes_and_reverses() -> None:
    """Only the grant option changes: REVOKE GRANT OPTION FOR, and its reverse."""
    src = PrivilegesSnapshot(defaults={IN_APP: DefaultAcl(frozenset({("r", "SELECT", False)}))})
    tgt = PrivilegesSnapshot(defaults={IN_APP: DefaultAcl(frozenset({("r", "SELECT", True)}))})
    [op] = default_privilege_ops(src, tgt)
    assert isinstance(op, DefaultRevokeOp) and op.option_only
    assert op.statements() == ['ALTER DEFAULT PRIVILEGES FOR ROLE "owner" IN SCHEMA "app" '
                               'REVOKE GRANT OPTION FOR SELECT ON TABLES FROM "r"']
    change = op.describe()[0]
    assert change.message == ("Changed grant option of SELECT on new tables of 'owner' in "
                              "schema 'app' for 'r' from yes → no")
    assert change.as_dict()["role"] == "owner" and change.as_dict()["objects"] == "tables"
    back = op.reverse()
    assert isinstance(back, DefaultGrantOp) and back.statements() == [
        'ALTER DEFAULT PRIVILEGES FOR ROLE "owner" IN SCHEMA "app" GRANT SELECT ON TABLES '
        'TO "r" WITH GRANT OPTION']
    assert back.describe()[0].kind == "default privilege"


def test_type_domain_and_aggregate_grants() -> None:
    """Types and domains start with USAGE for PUBLIC, aggregates with EXECUTE;
    each is named as GRANT and ALTER want it."""
    mood, email = ("type", "app", "mood", ""), ("domain", "app", "email", "")
    agg = ("aggregate", "app", "total", "integer")
    assert default_grants(mood) == default_grants(email) == {(PUBLIC, "USAGE", False)}
    assert default_grants(agg) == {(PUBLIC, "EXECUTE", False)}
    src = PrivilegesSnapshot(grants={mood: frozenset({("r", "USAGE", False)}),
                                     email: frozenset(), agg: frozenset()},
                             owners={agg: "r"})
    ops = privilege_ops(src, PrivilegesSnapshot(current_user="me"), True, True)
    assert _sql(ops) == [
        'REVOKE EXECUTE ON FUNCTION "app"."total"(integer) FROM PUBLIC',
        'REVOKE USAGE ON DOMAIN "app"."email" FROM PUBLIC',
        'REVOKE USAGE ON TYPE "app"."mood" FROM PUBLIC',
        'GRANT USAGE ON TYPE "app"."mood" TO "r"',
        'ALTER ROUTINE "app"."total"(integer) OWNER TO "r"']
    assert [type(op) for op in ops] == [RevokeOp, RevokeOp, RevokeOp, GrantOp, SetOwnerOp]
    words = ops[3].describe()[0]
    assert words.message == "Granted USAGE on type 'app.mood' to 'r'"
    assert words.table is None


def test_new_objects_start_from_the_targets_default_privileges() -> None:
    """A table only the source has is compared with what the target's default
    privileges give the connecting role's new tables."""
    table = ("table", "app", "t", "")
    tgt = PrivilegesSnapshot(current_user="me", defaults={
        ("me", "app", "r"): DefaultAcl(frozenset({("r", "SELECT", False)}))})
    src = PrivilegesSnapshot(grants={table: frozenset({("w", "INSERT", False)})})
    assert _sql(privilege_ops(src, tgt, True, False)) == [
        'REVOKE SELECT ON TABLE "app"."t" FROM "r"',
        'GRANT INSERT ON TABLE "app"."t" TO "w"']

"""krakn.compare.types on hand-built snapshots: enums, domains, composites, ranges."""

from __future__ import annotations

from compare_helpers import ops_of, said, snapshot

from krakn.catalog.snapshot import Snapshot
from krakn.catalog.types import CompositeType, Domain, EnumType, RangeType


def test_added_and_removed_types():
    """Each kind of user type only the source has is created; one only the target has goes."""
    src, tgt = snapshot(), snapshot()
    src.types.enums[("public", "mood")] = EnumType("public", "mood", ("sad", "ok"), None)
    src.types.domains[("public", "pos")] = Domain("public", "pos", "integer", None, None,
                                                  False, (("pos_check", "CHECK ((VALUE > 0))"),),
                                                  None)
    src.types.composites[("public", "pair")] = CompositeType(
        "public", "pair", (("a", "integer"), ("b", "text")), None)
    tgt.types.ranges[("public", "span")] = RangeType("public", "span", "double precision",
                                                     None, None, None, None, None)
    lines = said(src, tgt)
    assert sorted(lines) == sorted([
        "+ Added enum type 'mood'", "+ Added domain 'pos'", "+ Added composite type 'pair'",
        "- Removed range type 'span'"])
    statements = [s for op in ops_of(src, tgt) for s in op.statements()]
    assert "CREATE TYPE \"public\".\"mood\" AS ENUM ('sad', 'ok')" in statements


def test_enum_value_appended_in_place():
    """A value added at the end of an enum is ALTER TYPE ... ADD VALUE, not a rebuild."""
    src, tgt = snapshot(), snapshot()
    src.types.enums[("public", "mood")] = EnumType("public", "mood", ("sad", "ok", "happy"), None)
    tgt.types.enums[("public", "mood")] = EnumType("public", "mood", ("sad", "ok"), None)
    assert said(src, tgt) == ["~ Changed enum type 'mood': added value 'happy'"]
    statements = [s for op in ops_of(src, tgt) for s in op.statements()]
    assert statements == [
        "ALTER TYPE \"public\".\"mood\" ADD VALUE IF NOT EXISTS 'happy' AFTER 'ok'"]


def test_domain_check_changed():
    """A domain's changed check is dropped and added again under its name."""
    def domain(check: str) -> Domain:
        return Domain("public", "pct", "integer", None, None, False, (("pct_range", check),),
                      None)

    src, tgt = snapshot(), snapshot()
    src.types.domains[("public", "pct")] = domain("CHECK ((VALUE <= 100))")
    tgt.types.domains[("public", "pct")] = domain("CHECK ((VALUE <= 1000))")
    assert said(src, tgt) == [
        "~ Changed domain 'pct': changed check 'pct_range' from CHECK ((VALUE <= 1000)) "
        "→ CHECK ((VALUE <= 100))"]


def _pair_type(attributes: tuple[tuple[str, str], ...], used: bool) -> Snapshot:
    """A snapshot holding one composite type "pair"."""
    snap = snapshot()
    snap.types.composites[("public", "pair")] = CompositeType(
        "public", "pair", attributes, None, (), used)
    return snap


def test_composite_attribute_order_in_use_drops_and_adds_from_the_first_moved():
    """A used type whose attributes swap keeps the first, drops and re-adds the rest in order."""
    src = _pair_type((("a", "integer"), ("c", "text"), ("b", "text")), True)
    tgt = _pair_type((("a", "integer"), ("b", "text"), ("c", "text")), True)
    statements = [s for op in ops_of(src, tgt) for s in op.statements()]
    assert statements == [
        'ALTER TYPE "public"."pair" DROP ATTRIBUTE "b"',
        'ALTER TYPE "public"."pair" DROP ATTRIBUTE "c"',
        'ALTER TYPE "public"."pair" ADD ATTRIBUTE "c" text',
        'ALTER TYPE "public"."pair" ADD ATTRIBUTE "b" text']


def test_composite_attribute_order_unused_makes_the_type_anew():
    """An unused type whose attributes swap is dropped and created again."""
    src = _pair_type((("b", "text"), ("a", "integer")), False)
    tgt = _pair_type((("a", "integer"), ("b", "text")), False)
    statements = [s for op in ops_of(src, tgt) for s in op.statements()]
    assert statements == ['DROP TYPE "public"."pair"',
                          'CREATE TYPE "public"."pair" AS ("b" text, "a" integer)']


def test_composite_attribute_appended_stays_in_place():
    """An attribute added at the end of a used type is one ADD ATTRIBUTE."""
    src = _pair_type((("a", "integer"), ("b", "text")), True)
    tgt = _pair_type((("a", "integer"),), True)
    statements = [s for op in ops_of(src, tgt) for s in op.statements()]
    assert statements == ['ALTER TYPE "public"."pair" ADD ATTRIBUTE "b" text']

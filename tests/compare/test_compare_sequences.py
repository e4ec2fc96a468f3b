"""krakn.compare.sequences on hand-built snapshots: standalone sequences and their options."""

from __future__ import annotations

from compare_helpers import ops_of, said, snapshot

from krakn.catalog.snapshot import Sequence


def sequence(name: str, increment: int = 1, owned_by=None, identity=False) -> Sequence:
    return Sequence("public", name, "bigint", 1, increment, 1, 2**63 - 1, 1, False,
                    owned_by, identity)


def test_added_removed_and_changed_sequences():
    """New sequences are created, gone ones dropped, changed options altered."""
    src, tgt = snapshot(), snapshot()
    src.sequences[("public", "invoice_no")] = sequence("invoice_no")
    src.sequences[("public", "step")] = sequence("step", increment=10)
    tgt.sequences[("public", "step")] = sequence("step", increment=1)
    tgt.sequences[("public", "old")] = sequence("old")
    lines = said(src, tgt)
    assert "+ Added sequence 'invoice_no'" in lines
    assert "- Removed sequence 'old'" in lines
    assert ("~ Changed options of sequence 'step' from AS bigint INCREMENT BY 1 MINVALUE 1 "
            "MAXVALUE 9223372036854775807 START WITH 1 CACHE 1 NO CYCLE → AS bigint "
            "INCREMENT BY 10 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1 "
            "NO CYCLE") in lines
    statements = [s for op in ops_of(src, tgt) for s in op.statements()]
    assert any(s.startswith('CREATE SEQUENCE "public"."invoice_no"') for s in statements)
    assert any('ALTER SEQUENCE "public"."step"' in s and "INCREMENT BY 10" in s
               for s in statements), statements


def test_identity_sequences_are_the_columns_business():
    """A sequence an identity column owns is never compared on its own."""
    src = snapshot()
    src.sequences[("public", "t_id_seq")] = sequence("t_id_seq", owned_by=("public", "t", "id"),
                                                     identity=True)
    assert ops_of(src, snapshot()) == []

"""krakn.compare.extensions on hand-built snapshots: created where their schema is."""

from __future__ import annotations

from compare_helpers import ops_of, said, snapshot

from krakn.catalog.types import Extension
from krakn.ops.extensions import CreateExtensionOp, DropExtensionOp, SetExtensionSchemaOp


def test_added_removed_and_moved_extensions():
    """An extension is created, dropped, or moved to the schema the source has it in."""
    src, tgt = snapshot("public", "ext"), snapshot("public", "ext")
    src.types.extensions = {"citext": Extension("citext", "public", True),
                            "pg_trgm": Extension("pg_trgm", "ext", True)}
    tgt.types.extensions = {"pg_trgm": Extension("pg_trgm", "public", True),
                            "cube": Extension("cube", "public", True)}
    found = {type(op): op for op in ops_of(src, tgt)}
    assert set(found) == {CreateExtensionOp, DropExtensionOp, SetExtensionSchemaOp}
    assert found[CreateExtensionOp].statements() == [
        'CREATE EXTENSION IF NOT EXISTS "citext" WITH SCHEMA "public"']
    assert found[SetExtensionSchemaOp].statements() == [
        'ALTER EXTENSION "pg_trgm" SET SCHEMA "ext"']
    assert "- Removed extension 'cube'" in said(src, tgt)


def test_extension_whose_schema_is_nowhere_is_left_alone():
    """An extension in a schema neither selected nor on the target is not created."""
    src = snapshot()
    src.types.extensions = {"hstore": Extension("hstore", "elsewhere", True)}
    assert ops_of(src, snapshot()) == []

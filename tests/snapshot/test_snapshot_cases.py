"""Every schema of tests/cases (every object kind krakn reads), with grants and owners,
through a snapshot file and back: the same catalog, and byte for byte the same file."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from krakn.db.database import Database
from krakn.db.engine import connect
from krakn.snapshot import SnapshotFile, capture, from_text, to_text
from krakn.snapshot import take as take_shared

CASES_DIR = Path(__file__).parent.parent / "cases"
SIDES = [(case, side) for case in sorted(p for p in CASES_DIR.iterdir()
                                         if (p / "source.sql").exists())
         for side in ("source", "target")]


def take(url: str, *, grants: bool = True, owners: bool = True) -> SnapshotFile:
    """A snapshot as krakn takes one: one REPEATABLE READ transaction."""
    with connect(Database.from_raw(url, "--from")) as conn:
        conn = conn.execution_options(isolation_level="REPEATABLE READ")
        with conn.begin():
            return capture(conn, grants=grants, owners=owners)


def assert_round_trip(snap: SnapshotFile) -> str:
    text = to_text(snap)
    back = from_text(text, "schema.json")
    assert back.catalog == snap.catalog
    assert back.privileges == snap.privileges
    assert back.header == snap.header
    # Equality skips compare=False fields (attnum, last_value...): the bytes do not.
    assert to_text(back) == text
    return text


@pytest.mark.parametrize(("case", "side"), SIDES,
                         ids=[f"{c.name}-{s}" for c, s in SIDES])
def test_case_round_trip(case, side, case_db):
    """The case's schema survives the file exactly, grants and owners included; read on
    two connections sharing a snapshot (as krakn snapshot does) it is the same."""
    db = case_db(case, side)
    snap = take(db.url)
    assert snap.catalog.tables or snap.catalog.types.enums or snap.catalog.routines.routines \
        or snap.catalog.views.views or snap.catalog.sequences or snap.catalog.schemas
    text = assert_round_trip(snap)
    shared = take_shared(Database.from_raw(db.url, "--from"), strict=False)
    assert shared.privileges is not None and snap.privileges is not None
    # Roles are the server's, not the database's: tests beside this one make theirs.
    shared.privileges = replace(shared.privileges, roles=snap.privileges.roles)
    assert to_text(shared) == text

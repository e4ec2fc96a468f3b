"""Comparing snapshots with no connection plans exactly what comparing the databases does."""

from __future__ import annotations

from pathlib import Path

import pytest

from krakn import api
from krakn.db.database import Database
from krakn.options import CompareOptions
from krakn.snapshot import SnapshotFile, from_text, take, to_text

CASES_DIR = Path(__file__).parent.parent / "cases"
CASES = sorted(p for p in CASES_DIR.iterdir() if (p / "source.sql").exists())


def through_file(url: str, side: str) -> SnapshotFile:
    """A snapshot of the database, written to text and read back."""
    return from_text(to_text(take(Database.from_raw(url, side))), "schema.json")


def scripts(plan: api.Plan) -> tuple[str, str, list[str]]:
    """What migrate writes (with --force), its rollback, and what diff says."""
    header = "krakn"
    return (api.migration_script(plan, force=True, header=header).sql,
            api.rollback_script(plan, force=True, header=header).sql,
            [str(change) for change in api.changes(plan)])


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_case_offline_equals_live(case, case_db):
    """Every case: the script, its rollback and diff's lines are the same offline as live."""
    src, tgt = case_db(case, "source"), case_db(case, "target")
    source, target = Database.from_raw(src.url, "--from"), Database.from_raw(tgt.url, "--to")
    live = scripts(api.compare(source, target, CompareOptions()))
    offline = api.compare_snapshots(through_file(src.url, "--from"),
                                    through_file(tgt.url, "--to"), CompareOptions())
    assert scripts(offline) == live


@pytest.mark.parametrize("case", ["rls_policies", "shop_mixed", "function_recreated_under_users"])
def test_case_offline_equals_live_with_privileges(case, case_db):
    """With grants and owners compared, too."""
    src, tgt = case_db(CASES_DIR / case, "source"), case_db(CASES_DIR / case, "target")
    options = CompareOptions(privileges=True, owners=True)
    source, target = Database.from_raw(src.url, "--from"), Database.from_raw(tgt.url, "--to")
    live = scripts(api.compare(source, target, options))
    offline = api.compare_snapshots(through_file(src.url, "--from"),
                                    through_file(tgt.url, "--to"), options)
    assert scripts(offline) == live


def test_snapshot_of_same_database_plans_nothing(make_db):
    """A snapshot compared with the database it was taken of: no step."""
    db = make_db()
    db.load((CASES_DIR / "shop_mixed" / "source.sql").read_text())
    snap = through_file(db.url, "--from")
    assert api.compare_snapshots(snap, through_file(db.url, "--to"), CompareOptions()).steps == []

"""krakn.config.rows: a profile's where, subset and references as a RowFilter."""

from __future__ import annotations

import shutil
from pathlib import Path

from krakn.config import load_profile
from krakn.config.rows import row_filter
from krakn.names import TableName
from krakn.options import Reference, RowFilter, Subset

EXAMPLE = Path(__file__).with_name("example.yml")


def test_example_profile_row_filter(workdir, monkeypatch, builtin_masks):
    """The README example's where, subset and references become the options' RowFilter."""
    shutil.copy(EXAMPLE, workdir / "krakn.yml")
    monkeypatch.setenv("PROD_URL", "postgresql://reader@prod.example.com/app")
    monkeypatch.setenv("KRAKN_MASK_SALT", "0123456789abcdef")
    profile = load_profile("staging", known_masks=lambda: builtin_masks)
    assert profile is not None
    users = TableName("public", "users")
    assert row_filter(profile) == RowFilter(
        where=((TableName("public", "orders"), "created_at > now() - interval '90 days'"),),
        subset=Subset(users, "id % 10 = 0"),
        references=(Reference(TableName("public", "events"), ("user_id",), users, ("id",),
                              key="events.user_id"),))

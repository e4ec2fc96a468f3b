"""krakn.options: what a command asks for is a frozen value, shareable and comparable."""

from __future__ import annotations

import dataclasses

import pytest

from krakn.names import TableName
from krakn.options import (
    CompareOptions,
    MigrateOptions,
    PrivilegeRead,
    SyncOptions,
    VerifyOptions,
)

SAMPLES = [
    CompareOptions(schemas=("app",), privileges=True, version_tables=("v",)),
    MigrateOptions(compare=CompareOptions(owners=True), format="alembic", output="d",
                   rev_id="r1"),
    SyncOptions(tables=(TableName("app", "t"),), jobs=2, lock_timeout="10s"),
    VerifyOptions(tables=(TableName("app", "t"),),
                  left_out=((TableName("app", "t"), "email", "masked"),)),
]


@pytest.mark.parametrize("options", SAMPLES, ids=lambda o: type(o).__name__)
def test_options_are_frozen_values(options):
    """Equal when their fields are, hashable, and never changed in place."""
    copy = dataclasses.replace(options)
    assert copy == options and hash(copy) == hash(options)
    first = dataclasses.fields(options)[0].name
    with pytest.raises(dataclasses.FrozenInstanceError):
        setattr(options, first, None)



@pytest.mark.parametrize(("options", "source", "target"), [
    (CompareOptions(), None, PrivilegeRead(True, True, recreatable_only=True)),
    (CompareOptions(privileges=True), PrivilegeRead(True, False, recreatable_only=False),
     PrivilegeRead(True, False, recreatable_only=False)),
    (CompareOptions(owners=True), PrivilegeRead(False, True, recreatable_only=False),
     PrivilegeRead(False, True, recreatable_only=False)),
], ids=["neither", "with-privileges", "with-owners"])
def test_privileges_read_per_side(options, source, target):
    """What is asked for is read of both sides; else only the target's grants and owners
    of what a plan makes again (they come back with it), nothing of the source's."""
    assert options.privileges_read("source") == source
    assert options.privileges_read("target") == target

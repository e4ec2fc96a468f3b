"""Fixtures of the CLI tests: the issue's pair of databases, two schemas, a bare role."""

from __future__ import annotations

import uuid

import pytest
from cli_helpers import SCHEMAS_SOURCE_SQL, SCHEMAS_TARGET_SQL, SOURCE_SQL, TARGET_SQL


def _load_pair(factory):
    src, tgt = factory(), factory()
    src.load(SOURCE_SQL)
    tgt.load(TARGET_SQL)
    return src, tgt


@pytest.fixture(scope="module")
def pair(make_module_db):
    """The issue's source and target databases, loaded; tests only read them."""
    return _load_pair(make_module_db)


@pytest.fixture
def fresh_pair(make_db):
    """The issue's pair, for a test that applies a migration to the target."""
    return _load_pair(make_db)


@pytest.fixture(scope="module")
def schema_pair(make_module_db):
    """Source and target with a difference in 'public' and one in 'app'."""
    src, tgt = make_module_db(), make_module_db()
    src.load(SCHEMAS_SOURCE_SQL)
    tgt.load(SCHEMAS_TARGET_SQL)
    return src, tgt


@pytest.fixture
def login_role(pg_server):
    """A fresh LOGIN role with no privileges of its own, dropped afterwards."""
    name = f"krakn_r_{uuid.uuid4().hex[:10]}"
    pg_server.execute(f'CREATE ROLE "{name}" LOGIN')
    yield name
    pg_server.wait_for_drops()
    pg_server.execute(f'DROP ROLE IF EXISTS "{name}"')

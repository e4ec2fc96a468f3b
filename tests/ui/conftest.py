"""Fixtures of the ui tests: the shop pair and the masked users pair, loaded once."""

from __future__ import annotations

import pytest
from ui_helpers import SHOP_SOURCE_SQL, SHOP_TARGET_SQL, USERS, USERS_TARGET


@pytest.fixture(scope="module")
def shop(make_module_db):
    """Source and target of many changes (shop_mixed, views, functions, triggers); read only."""
    source, target = make_module_db(), make_module_db()
    source.load(SHOP_SOURCE_SQL)
    target.load(SHOP_TARGET_SQL)
    return source, target


@pytest.fixture(scope="module")
def users(make_module_db):
    """A users table with personal columns on --from, a newer target; read only."""
    source, target = make_module_db(), make_module_db()
    source.load(USERS)
    target.load(USERS_TARGET)
    return source, target

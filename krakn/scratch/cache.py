"""Schema files loaded on the embedded server before, kept there for the next load.

Loading a schema file is PostgreSQL creating each object, statement by
statement: for 600 tables about 5 s of the server's CPU, which no setting
removes (see bench/README.md). The same file is often loaded again (a drift
check in CI, a schema compared while it is being written), and a ``.sql``
input's database is only ever read (diff and migrate connect read-only; the
re-printing of krakn.scratch.reprint rolls back). So on the embedded server,
which is krakn's own, the loaded database is not dropped at the end but
renamed after a hash of the files' names and bytes, the server's major and
krakn's version; the next load of the same bytes reads that database and
runs nothing.

Only files whose text is all SQL are kept: a psql command (``\\i``,
``\\copy``, ``\\set``...) may read something the hash does not cover. The
newest few are kept, older ones dropped. A ``--scratch`` server is the
user's: nothing is kept there.
"""

from __future__ import annotations

import hashlib
import logging
import re
from collections.abc import Iterator, Sequence
from contextlib import ExitStack, contextmanager
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from krakn import __version__
from krakn.db.database import Database
from krakn.db.engine import connect
from krakn.db.urls import parse_url
from krakn.errors import KraknError
from krakn.quoting import quote
from krakn.scratch.database import MAINTENANCE_DB, scratch_database
from krakn.scratch.load import load_sql, sql_files

log = logging.getLogger(__name__)

PREFIX = "krakn_cache_"
KEEP = 3  # templates kept: a few schemas in turn stay fast
# A psql meta-command at the start of a line, but COPY's end of data (\.).
_META = re.compile(rb"^[ \t]*\\(?!\.[ \t]*\r?$)", re.MULTILINE)


@contextmanager
def schema_database(path: str | Path, *, server: str | None, version: int | None,
                    psql: str | Path | None = None, side: str | None = None) -> Iterator[str]:
    """A database holding the schema of path (a .sql file or folder), only to be read;
    its URL.

    On the embedded server (``server`` None) the database kept from an earlier
    load of the same bytes, when there is one; else a scratch database the file
    is loaded into with psql (and kept for next time, when it can be).
    """
    files = sql_files(Path(path))
    name = template_name(files, version) if server is None else None
    with ExitStack() as stack:
        admin = _embedded_admin(stack, version) if name else None
        if admin is not None and name and _exists(admin, name):
            log.info("%s: the same bytes were loaded before: reading %s", path, name)
            yield admin.url.set(drivername="postgresql", database=name).render_as_string(
                hide_password=False)
            return
        url = stack.enter_context(scratch_database(server, version=version,
                                                   keep_as=name if admin else None))
        load_sql(url, path, psql=psql, side=side)
        if admin is not None:
            _prune(admin)
        yield url


def template_name(files: Sequence[Path], version: int | None) -> str | None:
    """The template's name for these files' bytes; None when they are not all SQL."""
    digest = hashlib.sha256(f"krakn {__version__}\0postgresql {version}\0".encode())
    for file in files:
        data = file.read_bytes()
        if _META.search(data):
            log.debug("%s holds psql commands: its load is not kept", file)
            return None
        digest.update(f"{file.name}\0{len(data)}\0".encode())
        digest.update(data)
    return PREFIX + digest.hexdigest()[:24]


def _embedded_admin(stack: ExitStack, version: int | None) -> Database | None:
    from krakn.embedded import DEFAULT_VERSION, EmbeddedMissing, embedded_server

    try:
        running = stack.enter_context(embedded_server(version or DEFAULT_VERSION))
    except EmbeddedMissing:
        return None  # scratch_database says so in its own words
    return Database("embedded server", parse_url(running.url(MAINTENANCE_DB), "--scratch"))


def _exists(admin: Database, name: str) -> bool:
    with connect(admin) as conn:
        return conn.execute(text("SELECT 1 FROM pg_database WHERE datname = :name"),
                            {"name": name}).first() is not None


def _prune(admin: Database) -> None:
    """Drop the kept databases beyond the newest KEEP - 1 (this run's makes KEEP).

    Best effort: one in use by another krakn stays (no FORCE), till a later run.
    """
    with connect(admin, read_only=False) as conn:
        conn = conn.execution_options(isolation_level="AUTOCOMMIT")
        old = conn.execute(text(
            "SELECT datname FROM pg_database WHERE datname LIKE :pattern "
            "ORDER BY oid DESC OFFSET :keep"),
            {"pattern": PREFIX.replace("_", "\\_") + "%", "keep": KEEP - 1}).scalars().all()
        for stale in old:
            try:
                conn.execute(text(f"DROP DATABASE IF EXISTS {quote(stale)}"))
            except (KraknError, DBAPIError) as exc:
                log.debug("kept schema %s stays: %s", stale, str(exc).splitlines()[0])

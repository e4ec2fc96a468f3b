"""SIGTERM ends every command like Ctrl-C (krakn.interrupts): one line, exit 143.

krakn runs as a process; a lock on --to's pg_depend, held by the test,
keeps it inside its catalog reading while the signal arrives.
"""

from __future__ import annotations

import signal
import subprocess
import sys
import time

import psycopg2
import pytest

WAITING = ("SELECT 1 FROM pg_stat_activity WHERE datname = %s AND wait_event_type = 'Lock' "
           "AND pid <> pg_backend_pid()")


def _default_sigint() -> None:
    signal.signal(signal.SIGINT, signal.SIG_DFL)  # as on a terminal, not a background job


@pytest.mark.parametrize("command", ["diff", "migrate"])
@pytest.mark.parametrize(("sig", "code", "word"), [(signal.SIGTERM, 143, "terminated"),
                                                    (signal.SIGINT, 130, "interrupted")])
def test_signal_while_reading_the_catalog(make_db, command, sig, code, word):
    """SIGTERM as SIGINT: `krakn: error: terminated`, exit 143, no traceback."""
    source, target = make_db(), make_db()
    target.load("CREATE TABLE t (id int PRIMARY KEY)")
    holder = psycopg2.connect(target.url)
    try:
        with holder.cursor() as cur:
            cur.execute("LOCK TABLE pg_catalog.pg_depend IN ACCESS EXCLUSIVE MODE")
        proc = subprocess.Popen(
            [sys.executable, "-m", "krakn", command, "--from", source.url, "--to", target.url],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
            preexec_fn=_default_sigint)
        deadline = time.monotonic() + 30
        while not source.query(WAITING, (target.name,)):
            assert proc.poll() is None, proc.communicate()
            assert time.monotonic() < deadline, "krakn never waited for pg_depend"
            time.sleep(0.02)
        proc.send_signal(sig)
        time.sleep(0.1)  # delivered while the query waits; acted on when it returns
    finally:
        holder.rollback()
        holder.close()
    out, err = proc.communicate(timeout=30)
    assert (proc.returncode, err) == (code, f"krakn: error: {word}\n")
    assert out == ""

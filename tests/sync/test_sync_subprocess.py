"""sync-data as its own process: on a terminal, and stopped halfway.

Ctrl-C or a lost connection leaves the target as it was. krakn runs as a
subprocess so that it gets a real SIGINT or a real terminal. A trigger on
the target slows each row down, so the COPY is surely running when it is
stopped.
"""

from __future__ import annotations

import os
import pty
import select
import signal
import subprocess
import sys
import time

import pytest
from sync_helpers import content

SCHEMA = """
CREATE TABLE a_first (id int PRIMARY KEY);
CREATE TABLE big (id int PRIMARY KEY, v text);
"""
SLOW = """
CREATE FUNCTION slow() RETURNS trigger LANGUAGE plpgsql AS
  $$BEGIN PERFORM pg_sleep(0.002); RETURN NEW; END$$;
CREATE TRIGGER slow BEFORE INSERT ON big FOR EACH ROW EXECUTE FUNCTION slow();
"""
COPY_RUNNING = ("SELECT pid FROM pg_stat_activity WHERE datname = %s AND state = 'active' "
                "AND query LIKE 'COPY %%FROM STDIN%%'")


def _default_sigint() -> None:
    # A shell runs background jobs with SIGINT ignored, and Python then keeps
    # ignoring it: give krakn the Ctrl-C handling a terminal user's has.
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _start(pair):
    pair.source.load(SCHEMA + "INSERT INTO a_first SELECT generate_series(1, 10); "
                     "INSERT INTO big SELECT g, repeat('x', 100) FROM generate_series(1, 5000) g;")
    pair.target.load(SCHEMA + SLOW + "INSERT INTO big VALUES (-1, 'kept');")
    before = [content(pair.target, t) for t in ("a_first", "big")]
    proc = subprocess.Popen(
        [sys.executable, "-c", "from krakn.cli import entry; entry()", "sync-data",
         "--from", pair.source.url, "--to", pair.target.url, "--truncate"],
        stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        preexec_fn=_default_sigint)
    deadline = time.monotonic() + 30
    while not pair.target.query(COPY_RUNNING, (pair.target.name,)):
        assert proc.poll() is None, proc.communicate()
        assert time.monotonic() < deadline, "the COPY never started"
        time.sleep(0.05)
    return proc, before


def _gone(pair) -> bool:
    deadline = time.monotonic() + 10
    while pair.target.query("SELECT 1 FROM pg_stat_activity WHERE datname = %s "
                            "AND application_name = 'krakn sync-data'", (pair.target.name,)):
        if time.monotonic() > deadline:
            return False
        time.sleep(0.05)
    return True


def test_ctrl_c_rolls_back(pair):
    """SIGINT during a table's COPY: exit 130, the target exactly as before."""
    proc, before = _start(pair)
    time.sleep(0.3)
    proc.send_signal(signal.SIGINT)
    stopped = time.monotonic()
    out, err = proc.communicate(timeout=30)
    # The load's server side is cancelled, not waited for (it has seconds to go).
    assert time.monotonic() - stopped < 4
    assert proc.returncode == 130, err
    assert err.endswith("krakn: error: interrupted\n") and "Traceback" not in err
    assert _gone(pair)
    assert [content(pair.target, t) for t in ("a_first", "big")] == before
    assert pair.target.query("SELECT * FROM big") == [(-1, "kept")]


def test_lost_connection_rolls_back(pair):
    """The target's connection killed during a COPY: one line naming --to, nothing written."""
    proc, before = _start(pair)
    pids = pair.target.query(COPY_RUNNING, (pair.target.name,))
    pair.target.query("SELECT pg_terminate_backend(%s)", (pids[0][0],))
    out, err = proc.communicate(timeout=30)
    assert proc.returncode == 2, err
    assert err.startswith("krakn: error: --to: loading public.big: connection lost"), err
    assert err.count("\n") == 1
    assert [content(pair.target, t) for t in ("a_first", "big")] == before


def _wait_until_reading(pid: int) -> None:
    """Wait until krakn blocks reading its answer.

    A signal that lands between writing the prompt and the read() call is
    only acted on once read() returns (CPython runs handlers between
    bytecodes), so a person's pace is what the question expects.
    """
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        with open(f"/proc/{pid}/stat") as fh:
            state = fh.read().rsplit(")", 1)[1].split()[0]
        with open(f"/proc/{pid}/wchan") as fh:
            wchan = fh.read()
        if state == "S" and wchan in ("wait_woken", "n_tty_read"):
            return
        time.sleep(0.02)


def _on_terminal(pair, answer: bytes | signal.Signals) -> tuple[int, str]:
    """Run sync-data with a terminal for stdin and stderr; answer its question (or signal)."""
    master, slave = pty.openpty()
    proc = subprocess.Popen(
        [sys.executable, "-m", "krakn", "sync-data", "--from", pair.source.url,
         "--to", pair.target.url], stdin=slave, stdout=slave, stderr=slave)
    os.close(slave)
    seen = b""
    try:
        while True:
            ready, _, _ = select.select([master], [], [], 30)
            assert ready, f"no answer from krakn: {seen!r}"
            try:
                data = os.read(master, 4096)
            except OSError:  # EIO: krakn closed the terminal
                break
            if not data:
                break
            seen += data
            if b"[y/N]" in seen and isinstance(answer, signal.Signals):
                _wait_until_reading(proc.pid)
                proc.send_signal(answer)
                answer = b""
            elif b"[y/N]" in seen and answer:
                os.write(master, answer)
                answer = b""
    finally:
        os.close(master)
    return proc.wait(timeout=30), seen.decode("utf-8", "replace")


def test_terminal_asks_before_appending(pair):
    """On a terminal krakn asks before loading into tables with rows; 'n' writes nothing."""
    pair.source.load(SCHEMA + "INSERT INTO big VALUES (1, 'new');")
    pair.target.load(SCHEMA + "INSERT INTO big VALUES (-1, 'kept');")
    code, out = _on_terminal(pair, b"n\n")
    assert "1 tables on" in out and "already hold rows (public.big). Append rows to them?" in out
    assert code == 2 and "stopped at the question: nothing was written" in out
    assert pair.target.query("SELECT * FROM big") == [(-1, "kept")]
    code, out = _on_terminal(pair, b"y\n")
    assert code == 0, out
    assert pair.target.query("SELECT * FROM big ORDER BY id") == [(-1, "kept"), (1, "new")]


@pytest.mark.parametrize(("sig", "code", "word"), [(signal.SIGINT, 130, "interrupted"),
                                                    (signal.SIGTERM, 143, "terminated")])
def test_signal_at_the_question(pair, sig, code, word):
    """Ctrl-C or SIGTERM at the question: its own exit status, nothing written."""
    pair.source.load(SCHEMA + "INSERT INTO big VALUES (1, 'new');")
    pair.target.load(SCHEMA + "INSERT INTO big VALUES (-1, 'kept');")
    got, out = _on_terminal(pair, sig)
    assert got == code and out.endswith(f"krakn: error: {word}\r\n"), out
    assert pair.target.query("SELECT * FROM big") == [(-1, "kept")]


SLOW_COMMIT = """
CREATE FUNCTION slow_commit() RETURNS trigger LANGUAGE plpgsql AS
  $$BEGIN PERFORM pg_sleep(1.5); RETURN NULL; END$$;
CREATE CONSTRAINT TRIGGER slow_commit AFTER INSERT ON a_first DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION slow_commit();
"""
COMMITTING = ("SELECT 1 FROM pg_stat_activity WHERE datname = %s AND state = 'active' "
              "AND query = 'COMMIT' AND application_name = 'krakn sync-data'")


@pytest.mark.parametrize(("sig", "name"), [(signal.SIGINT, "Ctrl-C"),
                                           (signal.SIGTERM, "SIGTERM")])
def test_signal_during_commit_lets_it_finish(pair, sig, name):
    """SIGINT or SIGTERM while COMMIT runs: the commit goes on, exit 0, rows kept."""
    pair.source.load(SCHEMA + "INSERT INTO a_first VALUES (1);")
    pair.target.load(SCHEMA + SLOW_COMMIT)  # a deferred trigger makes COMMIT take 1.5 s
    proc = subprocess.Popen(
        [sys.executable, "-m", "krakn", "sync-data", "--from", pair.source.url,
         "--to", pair.target.url], stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
        stderr=subprocess.PIPE, text=True, preexec_fn=_default_sigint)
    deadline = time.monotonic() + 30
    while not pair.target.query(COMMITTING, (pair.target.name,)):
        assert proc.poll() is None, proc.communicate()
        assert time.monotonic() < deadline, "the COMMIT never started"
        time.sleep(0.02)
    proc.send_signal(sig)
    out, err = proc.communicate(timeout=30)
    assert proc.returncode == 0, err
    assert err == f"krakn: WARNING: krakn.sync.run: {name} while committing: the commit goes on\n"
    assert "committed" in out
    assert pair.target.query("SELECT * FROM a_first") == [(1,)]

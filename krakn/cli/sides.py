"""diff's and migrate's two sides, whatever --from and --to name, and the plan between them.

Two databases (a schema file is loaded into a scratch database and becomes
one) are compared live by ``api.compare``; when either side is a snapshot
file the other is read into a snapshot too, and the two are compared with no
connection at all.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from typing import TYPE_CHECKING, Literal

from krakn.cli.options import Run
from krakn.inputs import FileDatabase, Side, major, resolved, snapshot_of

if TYPE_CHECKING:
    from krakn.api import Reprint
    from krakn.options import CompareOptions
    from krakn.plan import Plan
    from krakn.snapshot import SnapshotFile

log = logging.getLogger(__name__)


@contextmanager
def opened(run: Run, scratch: str | None) -> Iterator[tuple[Side, Side]]:
    """--from and --to made usable; scratch databases are dropped on the way out."""
    with resolved(run.inputs(), scratch) as (source, target):
        yield source, target


def plan(source: Side, target: Side, options: CompareOptions) -> Plan:
    """The steps that turn target's schema into source's."""
    from krakn import api

    again = reprint_on(source, target)
    if source.database is not None and target.database is not None:
        return api.compare(source.database, target.database, options, reprint=again)
    # A file decodes while a database answers, and Alembic is imported meanwhile.
    with ThreadPoolExecutor(max_workers=2) as pool:
        jobs = [pool.submit(_snapshot, source, options, "source"),
                pool.submit(_snapshot, target, options, "target")]
        importlib.import_module("krakn.plan.build")
        src, tgt = (job.result() for job in jobs)
    return api.compare_snapshots(src, tgt, options, reprint=again)


def reprint_on(source: Side, target: Side) -> Reprint | None:
    """The scratch side, when the other side's server is of another major: its printed
    definitions are then printed again by the scratch server (krakn.scratch.reprint)."""
    for which, scratch, other in (("source", source, target), ("target", target, source)):
        if isinstance(scratch.database, FileDatabase):
            ours, theirs = major(scratch), major(other)
            if ours is not None and theirs is not None and ours != theirs:
                log.info("%s: PostgreSQL %d, the scratch server %d: definitions printed "
                         "again by the scratch server where they differ",
                         other.label, theirs, ours)
                return which, scratch.database  # type: ignore[return-value]
    return None


def _snapshot(side: Side, options: CompareOptions,
              which: Literal["source", "target"]) -> SnapshotFile:
    """The side as a snapshot: the file's, or one read from its database now with the
    privileges compare() would read of it (CompareOptions.privileges_read)."""
    found = snapshot_of(side)
    if found is not None:
        return found
    assert side.database is not None
    from krakn.snapshot import take

    # What the options select of it (a file holds what it was taken with).
    read = options.privileges_read(which)
    return take(side.database, options.schemas, options.exclude_schemas, strict=False,
                grants=read is not None and read.grants,
                owners=read is not None and read.owners,
                recreatable_only=read is not None and read.recreatable_only)

"""What the threads of one load share: its lanes (connection pairs) and its state.

The loader (krakn.sync.run) makes them; the watchers (progress, lock waits)
read them while the lanes run.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field

from krakn.db.database import Database
from krakn.db.session import Connection
from krakn.sync.copy import CopyResult
from krakn.sync.plan import TablePlan
from krakn.sync.report import Reporter
from krakn.sync.steps import TargetWork


@dataclass
class Lane:
    """One source connection and one target connection, loading their tables in order."""

    source: Connection
    work: TargetWork
    results: list[tuple[TablePlan, CopyResult]] = field(default_factory=list)
    current: TablePlan | None = None
    # Set when the lane's thread is done. Thread.is_alive() cannot be trusted
    # once Ctrl-C has interrupted a join() (CPython 3.11 then reports a running
    # thread as finished), so the lanes say it themselves.
    done: threading.Event = field(default_factory=threading.Event)


@dataclass
class Shared:
    """What every lane of a load shares: the source, the output, the stop and the failures."""

    source_db: Database
    reporter: Reporter
    stop: threading.Event = field(default_factory=threading.Event)
    failures: list[BaseException] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

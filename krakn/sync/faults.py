"""A test hook: pause a load at a named point so a test can kill something there.

Active only when the environment, which only the tests set, names a point:

    KRAKN_TEST_PAUSE_AT=<one of POINTS>  KRAKN_TEST_PAUSE_FILE=<path>

The first thread to reach that point writes {"point", "krakn", "source",
"target"} (the process id and the backend pids of that lane's connections)
to the file, then waits until the file is deleted or holds "go". A lane's
wait ends early when the run stops (Ctrl-C, SIGTERM, another lane's failure),
the main thread's by the signal itself, so a stopped run exits promptly.
Otherwise checkpoint() returns at once: one comparison, no other effect.
"""

from __future__ import annotations

import json
import os
import threading
import time

from krakn.db.session import Connection

POINTS = (
    "after_truncate",  # a lane's prepare() done: TRUNCATE (with --truncate) is the last of it
    "in_copy",  # the first chunk of a table read from the pipe, not yet sent to --to
    "between_tables",  # a table loaded, the next not started
    "sequences",  # the first ALTER SEQUENCE ... RESTART run
    "before_commit",  # every lane loaded, no COMMIT sent
)

_AT = os.environ.get("KRAKN_TEST_PAUSE_AT") or None
_FILE = os.environ.get("KRAKN_TEST_PAUSE_FILE", "")
_POLL = 0.02

_lane = threading.local()
_fired = threading.Lock()  # held for good by the first thread that pauses


class Stopped(Exception):
    """The run stopped while a lane was paused."""


def enter_lane(source: Connection, target: Connection, stop: threading.Event) -> None:
    """Remember the lane's connections and stop flag for checkpoints in this thread."""
    if _AT is None:
        return
    _lane.connections, _lane.stop = (source, target), stop


def checkpoint(point: str, source: Connection | None = None,
               target: Connection | None = None) -> None:
    """Pause here if the tests asked for this point; otherwise do nothing."""
    if point != _AT or not _fired.acquire(blocking=False):
        return
    if source is None or target is None:
        source, target = _lane.connections
    stop: threading.Event | None = getattr(_lane, "stop", None)
    _write({"point": point, "krakn": os.getpid(), "source": source.get_backend_pid(),
            "target": target.get_backend_pid()})
    while _paused():
        if stop is None:
            time.sleep(_POLL)  # the main thread: SIGINT or SIGTERM interrupts the sleep
        elif stop.wait(_POLL):
            raise Stopped(f"stopped while paused at {point}")


def _write(state: dict[str, object]) -> None:
    # Renamed into place: the test never reads half a file.
    partial = f"{_FILE}.partial"
    with open(partial, "w", encoding="utf-8") as fh:
        json.dump(state, fh)
    os.replace(partial, _FILE)


def _paused() -> bool:
    try:
        with open(_FILE, encoding="utf-8") as fh:
            return fh.read().strip() != "go"
    except FileNotFoundError:
        return False

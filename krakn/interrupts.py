"""SIGTERM handled like Ctrl-C: raised as Terminated in the main thread.

A service manager, `timeout` or `kill` stops a process with SIGTERM; its
default action ends Python at once, with no rollback, no closing of
connections and no message. Raised as an exception it takes the same road
as Ctrl-C, and the error boundary reports it (exit 143).
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType

from krakn.errors import Terminated


def _raise_terminated(_signum: int, _frame: FrameType | None) -> None:
    raise Terminated()


@contextmanager
def sigterm_raises() -> Iterator[None]:
    """While inside, SIGTERM raises Terminated (only the main thread can set handlers)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGTERM, _raise_terminated)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)

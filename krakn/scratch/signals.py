"""SIGTERM as an exception, and signals held back while a cleanup runs.

Python turns Ctrl-C (SIGINT) into KeyboardInterrupt, so ``finally`` blocks
run; SIGTERM (``kill``, a CI runner cancelling a job) would end the process
on the spot and leave a scratch database behind. Inside
``terminate_as_exception()`` it raises ``Terminated`` instead.
"""

from __future__ import annotations

import logging
import signal
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from types import FrameType
from typing import Any

log = logging.getLogger(__name__)

EXIT_TERMINATED = 143  # 128 + SIGTERM, as a shell reports it


class Terminated(KeyboardInterrupt):
    """SIGTERM arrived: like Ctrl-C, not caught by ``except Exception``."""

    exit_code = EXIT_TERMINATED


def _in_main_thread() -> bool:
    # Only the main thread may set signal handlers.
    return threading.current_thread() is threading.main_thread()


def _restore(signum: int, previous: Any) -> None:
    # None: the handler was not set from Python; the default is the best guess.
    signal.signal(signum, previous if previous is not None else signal.SIG_DFL)


def _raise_terminated(_signum: int, _frame: FrameType | None) -> None:
    raise Terminated("terminated (SIGTERM)")


@contextmanager
def terminate_as_exception() -> Iterator[None]:
    """While open, SIGTERM raises Terminated; the old handler comes back after."""
    if not _in_main_thread():
        yield
        return
    previous = signal.getsignal(signal.SIGTERM)
    if previous is signal.SIG_IGN:  # whoever started us chose to ignore it
        yield
        return
    signal.signal(signal.SIGTERM, _raise_terminated)
    try:
        yield
    finally:
        _restore(signal.SIGTERM, previous)


@contextmanager
def signals_deferred(what: str) -> Iterator[None]:
    """Ctrl-C and SIGTERM wait until the block is done; a second one does not wait.

    ``what`` says in the warning what is being finished ("dropping ...").
    """
    if not _in_main_thread():
        yield
        return
    pending: list[int] = []

    def hold(signum: int, _frame: FrameType | None) -> None:
        if pending:
            raise _exception(signum)
        pending.append(signum)
        log.warning("%s first (interrupt again to stop at once)", what)

    wanted = (signal.SIGINT, signal.SIGTERM)
    previous: dict[signal.Signals, Any] = {s: signal.getsignal(s) for s in wanted}
    held: dict[signal.Signals, Callable[[int, FrameType | None], None]] = {
        s: hold for s in wanted if previous[s] is not signal.SIG_IGN}
    for signum, handler in held.items():
        signal.signal(signum, handler)
    try:
        yield
    finally:
        for signum in held:
            _restore(signum, previous[signum])
    if pending:
        raise _exception(pending[0])


def _exception(signum: int) -> KeyboardInterrupt:
    return Terminated("terminated (SIGTERM)") if signum == signal.SIGTERM else KeyboardInterrupt()

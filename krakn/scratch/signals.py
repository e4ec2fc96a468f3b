"""Ctrl-C and SIGTERM held back while a cleanup runs.

SIGTERM raises ``krakn.errors.Terminated`` inside ``krakn.interrupts.sigterm_raises``
(the CLI wraps every command in it), so ``finally`` blocks run on it as on
Ctrl-C. A cleanup cut short by a second signal would still leave its
database behind; ``signals_deferred`` lets the first one wait for it.
"""

from __future__ import annotations

import logging
import signal
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from types import FrameType
from typing import Any

from krakn.errors import Terminated

log = logging.getLogger(__name__)


@contextmanager
def signals_deferred(what: str) -> Iterator[None]:
    """Ctrl-C and SIGTERM wait until the block is done; a second one does not wait.

    ``what`` says in the warning what is being finished ("dropping ...").
    """
    # Only the main thread may set signal handlers.
    if threading.current_thread() is not threading.main_thread():
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
            # None: the handler was not set from Python; the default is the best guess.
            signal.signal(signum, previous[signum] if previous[signum] is not None
                          else signal.SIG_DFL)
    if pending:
        raise _exception(pending[0])


def _exception(signum: int) -> KeyboardInterrupt:
    return Terminated() if signum == signal.SIGTERM else KeyboardInterrupt()

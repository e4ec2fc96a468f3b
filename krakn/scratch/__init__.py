"""Scratch databases and schema files: what ``.sql`` inputs and ``--check`` stand on.

    with scratch_database(None) as url:      # or scratch_database("postgresql://...")
        load_sql(url, "schema/")
        ...                                   # the database is dropped here

Inside ``scratch_database`` SIGTERM raises ``krakn.errors.Terminated`` (a
KeyboardInterrupt; the CLI exits 143), so the database is dropped on it too.
"""

from __future__ import annotations

from krakn.scratch.apply import run_script
from krakn.scratch.database import ScratchName, scratch_database, server_url
from krakn.scratch.load import load_sql, sql_files

__all__ = [
    "ScratchName",
    "load_sql",
    "run_script",
    "scratch_database",
    "server_url",
    "sql_files",
]

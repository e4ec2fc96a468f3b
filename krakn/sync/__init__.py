"""krakn sync-data: copy rows from one database into another with a newer schema.

catalog reads each side, plan decides (and refuses) before any write,
copy streams one table, steps and run drive the target's transactions,
report and progress speak to people, locks says who holds a lock the load
waits for; faults is the tests' hook for pausing a load at a named point.
budget counts the locks a load needs against the server's lock table, and
batches splits a load too big for it (--commit-in-batches).
"""

from __future__ import annotations

from krakn.sync.locks import check_duration
from krakn.sync.names import TableName, parse_names
from krakn.sync.plan import Plan, PlanError, Selection
from krakn.sync.report import Reporter
from krakn.sync.run import RunOptions, sync_data

__all__ = ["Plan", "PlanError", "Reporter", "RunOptions", "Selection", "TableName",
           "check_duration", "parse_names", "sync_data"]

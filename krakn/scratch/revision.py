"""Run an Alembic revision's ``upgrade()`` or ``downgrade()`` on a (scratch) database.

In this process, as ``alembic upgrade`` would run it: an ``op`` bound to a
migration context on the database, in one transaction (its
``autocommit_block()`` steps, new enum values, commit on their own as
Alembic does them). No env.py and no ``alembic_version`` table: the revision
is tried, not recorded.
"""

from __future__ import annotations

import logging
import types
from typing import Literal

from krakn.db.database import Database
from krakn.db.engine import connect
from krakn.errors import KraknError

log = logging.getLogger(__name__)

Direction = Literal["upgrade", "downgrade"]


def run_revision(database: Database, text: str, direction: Direction) -> None:
    """Run the revision file's upgrade() or downgrade() on database.

    Any failure (a statement's error, an exception of the revision's code) is
    raised as a one-line KraknError.
    """
    from alembic.migration import MigrationContext
    from alembic.operations import Operations

    module = _module(text)
    with connect(database, read_only=False) as conn:
        context = MigrationContext.configure(connection=conn)
        try:
            with Operations.context(context), context.begin_transaction():
                getattr(module, direction)()
        except KraknError:
            raise  # a statement's error, translated by the engine (krakn.db.errors)
        except Exception as exc:  # the revision's own code: any exception at all
            raise KraknError(_first_line(exc)) from None
    log.debug("ran the revision's %s() on %s", direction, database.label)


def _module(text: str) -> types.ModuleType:
    """The revision file as a module of its own (never put into sys.modules)."""
    module = types.ModuleType("krakn_revision_under_check")
    try:
        code = compile(text, "<revision>", "exec")
        exec(code, module.__dict__)  # noqa: S102 - the revision krakn just wrote
    except Exception as exc:
        raise KraknError(f"the revision does not load: {_first_line(exc)}") from None
    return module


def _first_line(exc: BaseException) -> str:
    words = str(exc).strip()
    return f"{type(exc).__name__}: {words.splitlines()[0]}" if words else type(exc).__name__

"""A plan as a SQL script, through Alembic's offline (as_sql) context."""

from __future__ import annotations

import io
import logging
import re
from dataclasses import dataclass, field
from typing import Any

from alembic.migration import MigrationContext
from alembic.operations import Operations
from sqlalchemy.dialects.postgresql.base import PGDDLCompiler, PGIdentifierPreparer
from sqlalchemy.dialects.postgresql.psycopg2 import PGDialect_psycopg2

from krakn.db.urls import redact
from krakn.plan.model import Plan, Step
from krakn.render.describe import changes

log = logging.getLogger(__name__)


class _QuoteAll(PGIdentifierPreparer):
    # Every identifier quoted, so a name never depends on case or keywords.
    def _requires_quotes(self, value: str) -> bool:
        return True


class _DDL(PGDDLCompiler):
    # SQLAlchemy 2.0 writes "INHERITS ( a )" and 2.1 "INHERITS (a)": one
    # spelling, so a script does not depend on the SQLAlchemy release.
    def post_create_table(self, table: Any) -> str:
        clauses = super().post_create_table(table)
        return re.sub(r"\n INHERITS \( (.*) \)", r"\n INHERITS (\1)", clauses)


class KraknDialect(PGDialect_psycopg2):
    preparer = _QuoteAll  # type: ignore[assignment]
    ddl_compiler = _DDL
    # Offline there is no server to ask; the script sets this itself, and
    # SQLAlchemy 2.0 would otherwise double every backslash in literals.
    _backslash_escapes = False


@dataclass
class Script:
    sql: str
    held_back: list[tuple[Step, str]] = field(default_factory=list)


def _offline() -> tuple[Operations, io.StringIO]:
    buf = io.StringIO()
    context = MigrationContext.configure(
        # "named" paramstyle: psycopg2's pyformat would double every '%'.
        dialect=KraknDialect(paramstyle="named"),
        opts={"as_sql": True, "output_buffer": buf, "literal_binds": True},
    )
    return Operations(context), buf


def step_sql(step: Step, operations: Operations, buf: io.StringIO) -> str:
    buf.seek(0)
    buf.truncate()
    operations.invoke(step.op)
    return buf.getvalue().strip()


def render_script(plan: Plan, *, force: bool, header: list[str]) -> Script:
    """The whole migration: one transaction, held-back steps as comments.

    Steps that PostgreSQL needs committed before the rest can use them (new
    enum values) run first, each in its own implicit transaction.
    """
    operations, buf = _offline()
    # The header names the databases: through the redaction, whoever built it.
    lines = [f"-- {redact(h)}" for h in header]
    script = Script("")
    before: list[str] = []
    body: list[str] = []
    for step in plan.steps:
        out = before if step.outside_transaction else body
        out.extend(_step_lines(step, operations, buf, force, script))
        out.append("")
    if not plan.steps:
        lines.append("-- no differences")
    else:
        lines += ["", "SET standard_conforming_strings = on;", "SET check_function_bodies = off;",
                  "", *before, "BEGIN;", "", *body, "COMMIT;"]
    script.sql = "\n".join(lines) + "\n"
    return script


def _step_lines(step: Step, operations: Operations, buf: io.StringIO, force: bool,
                script: Script) -> list[str]:
    sql = step_sql(step, operations, buf)
    if not sql:
        # Reported by diff but left to the user (say, a domain in use whose
        # base type changed): the script says so instead of staying silent.
        what = "; ".join(c.message for c in changes(step.op))
        return [f"-- not migrated: {what}"]
    if step.destructive and not force:
        described = "; ".join(c.message for c in changes(step.op))
        if described:
            # A silent step (a view put back around a change) waits with the
            # change that needs it; naming that change once is enough.
            script.held_back.append((step, described))
        # Without a description of its own, the reason is all there is to say.
        head = (f"-- needs --force ({step.reason}): {described}" if described
                else f"-- needs --force: {step.reason}")
        return [head, *(f"-- {line}" if line else "--" for line in sql.splitlines())]
    return [sql]



class StepSQL:
    """Steps rendered one at a time, as a --force script runs each ("" for a step
    with no SQL: one the script names as not migrated). One offline context,
    made once: rendering a step costs no more than its share of the script."""

    def __init__(self) -> None:
        self._operations, self._buf = _offline()

    def __call__(self, step: Step) -> str:
        return step_sql(step, self._operations, self._buf)

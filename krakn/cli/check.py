"""migrate --check: try the script (or revision) on a scratch copy of --to's schema first.

1. --to's schema is built in a scratch database with krakn's own create
   script (the plan from nothing to --to: this works whether --to is a
   database, a schema file or a snapshot), and compared with --to again: a
   copy krakn cannot make faithfully would prove nothing.
2. The migration is applied there, in its one transaction.
3. The result is compared with --from: what differs, apart from the
   statements held back for want of --force, is what the script misses.
4. An Alembic revision: its upgrade() is steps 2 and 3; then its
   downgrade() runs there too, and the result must be --to's schema again.

Only the scratch database is written to; it is dropped at the end.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from krakn.db.database import Database
from krakn.db.urls import parse_url
from krakn.errors import KraknError, UsageError
from krakn.inputs import FileDatabase, Input, Side, scratch_version

if TYPE_CHECKING:
    from krakn.ops.base import Change
    from krakn.options import CompareOptions

log = logging.getLogger(__name__)

SIDE = "--check"


@dataclass
class CheckResult:
    """What trying the migration showed; ok when it applied and nothing is left to differ."""

    version: int | None = None  # the scratch server's major
    stage: str = "the script"  # the last thing tried: "the script", "upgrade()", "downgrade()"
    failed: str | None = None  # the error that stopped it
    left: list[Change] = field(default_factory=list)  # still differs from what it should match
    held: list[str] = field(default_factory=list)  # left as comments (needs --force)

    @property
    def ok(self) -> bool:
        return self.failed is None and not self.left


@dataclass(frozen=True)
class Trial:
    """One thing run on the scratch copy, and the side its result must then match."""

    stage: str
    run: Callable[[Database], None]
    expect: Side
    excused: Sequence[str] = ()  # changes left on purpose (held back for --force)


def check(source: Side, target: Side, options: CompareOptions, sql: str, held: list[str],
          scratch: str | None) -> CheckResult:
    """Apply sql to a scratch copy of target's schema and compare the result with source."""
    from krakn.scratch import run_script

    return _tried(target, options, scratch, held, [
        Trial("the script", lambda db: run_script(db, sql), source, held)])


def check_revision(source: Side, target: Side, options: CompareOptions, text: str,
                   held: list[str], scratch: str | None) -> CheckResult:
    """Run an Alembic revision's upgrade() on a scratch copy of target's schema (the
    result must match source), then its downgrade() (the result must match target)."""
    from krakn.scratch.revision import run_revision

    return _tried(target, options, scratch, held, [
        Trial("upgrade()", lambda db: run_revision(db, text, "upgrade"), source, held),
        # What upgrade() left out for --force, downgrade() leaves too: no excuses.
        Trial("downgrade()", lambda db: run_revision(db, text, "downgrade"), target)])


def _tried(target: Side, options: CompareOptions, scratch: str | None, held: list[str],
           trials: Sequence[Trial]) -> CheckResult:
    """Each trial in turn on one scratch copy of target's schema; stops at the first miss."""
    from krakn import api
    from krakn.cli.sides import plan
    from krakn.scratch import scratch_database

    # The source is the first trial's side: the version nearest target's, else source's.
    version = None if scratch is not None else scratch_version([target, trials[0].expect])
    with scratch_database(scratch, version=version) as url:
        database = FileDatabase(SIDE, parse_url(url, SIDE), shown="the scratch database")
        copy = Side(Input(SIDE, url, "database"), database=database)
        _build(target, copy, options)
        result = CheckResult(version=_major(database), held=held)
        for trial in trials:
            result.stage = trial.stage
            try:
                trial.run(database)
            except KraknError as exc:
                result.failed = str(exc.args[0])
                return result
            result.left = [change for change in api.changes(plan(trial.expect, copy, options))
                           if change.message not in trial.excused]
            if result.left:
                return result
    return result


def _build(target: Side, copy: Side, options: CompareOptions) -> None:
    """target's schema in the empty scratch database, checked to be the same."""
    from krakn import api
    from krakn.cli.sides import plan
    from krakn.scratch import run_script

    assert copy.database is not None
    create = api.migration_script(plan(target, copy, options), force=True, header="--check")
    try:
        run_script(copy.database, create.sql)
    except KraknError as exc:
        raise UsageError(f"could not build {target.label}'s schema in a scratch database to "
                         f"try the migration on: {exc.args[0]}", side=SIDE) from None
    differ = api.changes(plan(target, copy, options))
    if differ:
        raise UsageError(f"krakn cannot rebuild {target.label}'s schema faithfully in a "
                         f"scratch database ({len(differ)} difference(s), first: "
                         f"{differ[0].sign} {differ[0].message}): the check would prove "
                         f"nothing", side=SIDE)


def _major(database: FileDatabase) -> int | None:
    from krakn.db.engine import connect

    with connect(database) as conn:
        info = conn.dialect.server_version_info
    return int(info[0]) if info else None

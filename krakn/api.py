"""What krakn does, as functions that return data and never print.

``compare`` reads both sides and plans (diff and migrate share it);
``changes``, ``migration_script``, ``rollback_script`` and ``revision`` turn
a plan into what diff shows and migrate writes; ``sync`` copies rows, its
narration going through the Reporter the caller passes in. The CLI prints
what these return; a web view can show the same data.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from typing import TYPE_CHECKING, Literal, Protocol

from krakn import __version__
from krakn.catalog import snapshot as catalog
from krakn.catalog.side import Side
from krakn.catalog.version_table import DEFAULT as VERSION_TABLE
from krakn.catalog.version_table import drop_version_privileges, drop_version_tables
from krakn.db.database import Database
from krakn.db.reading import Reader, reading
from krakn.errors import UsageError
from krakn.options import CompareOptions, PrivilegeRead, SyncOptions, VerifyOptions

# Which side is a scratch database, and that database: the other side's printed
# definitions are printed again by its server (krakn.scratch.reprint).
Reprint = tuple[Literal["source", "target"], Database]

if TYPE_CHECKING:
    from krakn.ops.base import Change
    from krakn.plan import Plan
    from krakn.render.alembic import Revision
    from krakn.render.sql import Script
    from krakn.snapshot import SnapshotFile
    from krakn.sync import Plan as SyncPlan
    from krakn.sync import Reporter
    from krakn.sync.verify import Report as VerifyReport

log = logging.getLogger(__name__)


# Which extension a schema belongs to, for a --schema that names one.
_EXTENSION_OF_SCHEMA = """
SELECT e.extname FROM pg_namespace n
JOIN pg_depend d ON d.classid = 'pg_namespace'::regclass AND d.objid = n.oid
                AND d.deptype = 'e'
JOIN pg_extension e ON e.oid = d.refobjid
WHERE n.nspname = %(name)s
"""


def select_schemas(source: dict[str, str | None], target: dict[str, str | None],
                   wanted: Sequence[str], excluded: Sequence[str],
                   owner_of: Callable[[str], str | None] = lambda _name: None) -> list[str]:
    """The schemas to compare: those named, else every user schema of either side.

    ``owner_of`` names the extension a schema belongs to (asked only for a
    --schema that is not a user schema).
    """
    available = set(source) | set(target)
    if wanted:
        missing = sorted(set(wanted) - available)
        if missing:
            raise UsageError(_not_comparable(missing[0], owner_of))
        chosen = set(wanted)
    else:
        chosen = available
    return sorted(chosen - set(excluded))


def _not_comparable(name: str, owner_of: Callable[[str], str | None]) -> str:
    """Why a --schema is not compared: PostgreSQL's own, an extension's, or absent."""
    if name in ("pg_catalog", "information_schema") or name.startswith("pg_"):
        # pg_toast, pg_temp_N and the like hold the server's own objects.
        return (f"schema {name!r} is PostgreSQL's own and excluded by design: krakn "
                f"compares the schemas users create, not the system catalog")
    extension = owner_of(name)
    if extension:
        return (f"schema {name!r} belongs to extension {extension!r} and is excluded by "
                f"design: krakn compares the extension (CREATE EXTENSION), not its objects")
    return f"schema {name!r} exists in neither database: check --schema"


def _extension_of(*readers: Reader) -> Callable[[str], str | None]:
    def owner_of(name: str) -> str | None:
        for reader in readers:
            found = reader.query(_EXTENSION_OF_SCHEMA, {"name": name})
            if found:
                return str(found[0][0])
        return None

    return owner_of


def compare(source: Database, target: Database, options: CompareOptions, *,
            reprint: Reprint | None = None) -> Plan:
    """The ordered steps that turn target's schema into source's. Reads only.

    Both sides are read first (read_sides), then planned without a connection
    (plan_migration). ``reprint``: see reprinted().
    """
    src, tgt = reprinted(*read_sides(source, target, options), reprint)
    return plan_migration(src, tgt, options)


def reprinted(source: Side, target: Side, reprint: Reprint | None) -> tuple[Side, Side]:
    """The sides, with the definitions the other side's server printed differently
    printed again by the scratch database's server (``reprint``: which side is a
    scratch database, and that database; None: as they are). The scratch database
    is written to in a transaction that is rolled back (krakn.scratch.reprint).
    """
    if reprint is None:
        return source, target
    from krakn.scratch.reprint import reprint as again

    which, database = reprint
    if which == "source":
        return source, replace(target, catalog=again(target.catalog, source.catalog, database))
    return replace(source, catalog=again(source.catalog, target.catalog, database)), target


def read_sides(source: Database, target: Database, options: CompareOptions,
               ) -> tuple[Side, Side]:
    """Both databases as a comparison needs them, each read in one transaction.

    ``options.version_tables``: Alembic's bookkeeping tables an env names,
    left out of both sides; ``alembic_version`` always is too.
    """
    # Both servers answer at once (the driver releases the GIL), and Alembic
    # is imported meanwhile, from the first connection on: its import is CPU,
    # their work and the connecting are I/O.
    with ThreadPoolExecutor(max_workers=3) as pool:
        planner = pool.submit(importlib.import_module, "krakn.plan.build")
        # One snapshot per side: everything read sees the same moment.
        with reading(source) as src_reader, reading(target) as tgt_reader:
            src_listed = catalog.list_schemas(src_reader.query)
            tgt_listed = catalog.list_schemas(tgt_reader.query)
            chosen = select_schemas(src_listed, tgt_listed, options.schemas,
                                    options.exclude_schemas,
                                    _extension_of(src_reader, tgt_reader))
            src_job = pool.submit(_read_side, src_reader, chosen, src_listed,
                                  options.privileges_read("source"))
            tgt_job = pool.submit(_read_side, tgt_reader, chosen, tgt_listed,
                                  options.privileges_read("target"))
            src, tgt = src_job.result(), tgt_job.result()
        planner.result()
    _leave_out_version_tables(src, tgt, options.version_tables)
    return src, tgt


def _read_side(reader: Reader, chosen: list[str], listed: dict[str, str | None],
               read: PrivilegeRead | None) -> Side:
    """One side's catalog, and the privileges ``read`` says (none when None)."""
    from krakn.catalog.privileges import read_privileges

    query = reader.query
    snap = catalog.read_snapshot(query, chosen, listed)
    privileges = None
    if read is not None and (not read.recreatable_only or _recreatable(snap)):
        privileges = read_privileges(query, chosen, grants=read.grants, owners=read.owners,
                                     recreatable_only=read.recreatable_only)
    return Side(snap, privileges, reader.default_schema())


def _recreatable(snap: catalog.Snapshot) -> bool:
    """Whether the side has any of what a plan drops and makes again with its
    grants and owner put back: views, routines and types (without any, the
    target's privileges are not read)."""
    types = snap.types
    return bool(snap.views.views or snap.routines.routines or types.enums or types.domains
                or types.composites or types.ranges)


def _as_read_live(side: Side, which: Literal["source", "target"],
                  options: CompareOptions) -> Side:
    """A snapshot file's side with the privileges compare() reads of a database
    (CompareOptions.privileges_read), so that a file and its database plan alike."""
    read = options.privileges_read(which)
    if side.privileges is None or (read is not None and not read.recreatable_only):
        return side
    if read is None or not _recreatable(side.catalog):
        return replace(side, privileges=None)
    from krakn.catalog.privileges import recreatable_part

    views = side.catalog.views.views.keys()
    return replace(side, privileges=recreatable_part(side.privileges, views))


def _leave_out_version_tables(src: Side, tgt: Side, names: Sequence[str]) -> None:
    skipped = {VERSION_TABLE, *names}
    versions = drop_version_tables(src.catalog, skipped) | drop_version_tables(tgt.catalog,
                                                                                skipped)
    for side in (src, tgt):
        if side.privileges is not None:
            drop_version_privileges(side.privileges, versions)


def plan_migration(source: Side, target: Side, options: CompareOptions) -> Plan:
    """The ordered steps that turn target into source, from both sides as read.

    No database and no connection: the sides may come from anywhere. With
    --with-privileges or --with-owners both sides must carry their privileges.
    """
    from krakn.compare import autogenerate
    from krakn.compare.session import Session
    from krakn.plan.build import build_plan
    from krakn.plan.grants import missing_roles

    privileges, owners = options.privileges, options.owners
    renamed = None
    if options.renames:
        from krakn.plan.renames import rename_target

        # Renamed in the target's snapshot first: the same object on both sides.
        target, renamed = rename_target(source, target, options.renames)
    session = Session(source.catalog, target.catalog, target.default_schema,
                      privileges=privileges, owners=owners)
    if privileges or owners:
        if source.privileges is None or target.privileges is None:
            raise ValueError("--with-privileges/--with-owners: both sides' privileges "
                             "must have been read")
        session.source_privileges = source.privileges
        session.target_privileges = target.privileges
    # Without them, what is made anew gets back the target's own grants and
    # owner (read with the target's side), as CREATE OR REPLACE would keep them.
    plan = build_plan(autogenerate(session), session, target_grants=target.privileges,
                      renames=renamed)
    if privileges or owners:
        for role in missing_roles(plan, session):
            # Roles are the server's, not the database's: krakn never makes them.
            log.warning("role %r does not exist on the --to server: create it before "
                        "applying the script", role)
    return plan


def compare_snapshots(source: SnapshotFile, target: SnapshotFile,
                      options: CompareOptions, *, reprint: Reprint | None = None) -> Plan:
    """compare() between two snapshots (a file, or a database read into one): no connection
    (but to the scratch database of ``reprint``, see reprinted())."""
    from krakn.snapshot.plan import without_schemas

    chosen = select_schemas(source.catalog.schemas, target.catalog.schemas, options.schemas,
                            options.exclude_schemas)
    src = _as_read_live(Side(without_schemas(source, chosen).catalog, source.privileges),
                        "source", options)
    tgt = _as_read_live(Side(without_schemas(target, chosen).catalog, target.privileges),
                        "target", options)
    _leave_out_version_tables(src, tgt, options.version_tables)
    src, tgt = reprinted(src, tgt, reprint)
    if (options.privileges or options.owners) and (src.privileges is None
                                                   or tgt.privileges is None):
        raise UsageError("a snapshot without grants and owners cannot be compared "
                         "--with-privileges or --with-owners: take it again with krakn snapshot")
    return plan_migration(src, tgt, options)


def changes(plan: Plan) -> list[Change]:
    """What diff shows: each step's changes, in the plan's order."""
    from krakn.render.describe import changes as described

    return [change for step in plan.steps for change in described(step.op)]


class Labelled(Protocol):
    """A side as scripts name it: a database (its URL, password hidden) or a file."""

    @property
    def label(self) -> str: ...


def script_header(source: Labelled, target: Labelled, *, rollback: bool = False) -> str:
    """The line a script or revision starts with: krakn's version and both sides."""
    if rollback:
        return f"krakn {__version__}: rollback, turns {source.label} back into {target.label}"
    return f"krakn {__version__}: turns {target.label} into {source.label}"


def migration_script(plan: Plan, *, force: bool, header: str) -> Script:
    """The SQL that turns target into source; without force what can lose data is held back."""
    from krakn.render.sql import render_script

    return render_script(plan, force=force, header=[header])


def rollback_script(plan: Plan, *, force: bool, header: str) -> Script:
    """The SQL that undoes the migration plan stands for."""
    from krakn.plan.rollback import reverse_plan
    from krakn.render.sql import render_script

    return render_script(reverse_plan(plan), force=force, header=[header])


def revision(plan: Plan, *, force: bool, message: str, rev_id: str,
             down_revision: str | None, generator: str) -> Revision:
    """The plan as an Alembic revision file (upgrade and downgrade)."""
    from krakn.render.alembic import render_revision

    return render_revision(plan, force=force, message=message, rev_id=rev_id,
                           down_revision=down_revision, generator=generator)


def sync(source: Database, target: Database, options: SyncOptions, reporter: Reporter,
         ask: Callable[[str], bool] | None = None) -> SyncPlan:
    """Copy source's rows into target; returns the plan (all --dry-run does).

    What the run says goes through reporter; ask, when given, is asked before
    loading into tables that already hold rows (None: go ahead).
    """
    from krakn.sync import RunOptions, Selection, sync_data

    selection = Selection(tables=options.tables, exclude=options.exclude,
                          truncate=options.truncate, disable_triggers=options.disable_triggers,
                          jobs=options.jobs, commit_in_batches=options.commit_in_batches,
                          rows=options.rows)
    run = RunOptions(dry_run=options.dry_run, ask=ask, lock_timeout=options.lock_timeout,
                     verify=options.verify, left_out=options.left_out, rules=options.rules)
    return sync_data(source, target, selection, run, reporter)


def verify(source: Database, target: Database, options: VerifyOptions) -> VerifyReport:
    """Per table, both sides' row counts and content hashes (computed by the servers).

    Reads only, each side in one read-only snapshot; report.match says
    whether every compared table holds the same rows on both sides.
    """
    from krakn.sync.verify import verify as run

    return run(source, target, options)

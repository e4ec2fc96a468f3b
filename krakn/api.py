"""What krakn does, as functions that return data and never print.

``compare`` reads both sides and plans (diff and migrate share it);
``changes``, ``migration_script``, ``rollback_script`` and ``revision`` turn
a plan into what diff shows and migrate writes; ``sync`` copies rows, its
narration going through the Reporter the caller passes in. The CLI prints
what these return; a web view can show the same data.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from typing import TYPE_CHECKING, Protocol

from sqlalchemy import text
from sqlalchemy.engine import Connection

from krakn import __version__
from krakn.catalog import snapshot as catalog
from krakn.catalog.version_table import DEFAULT as VERSION_TABLE
from krakn.catalog.version_table import drop_version_privileges, drop_version_tables
from krakn.db.database import Database
from krakn.db.engine import connect
from krakn.errors import UsageError
from krakn.options import CompareOptions, SyncOptions

if TYPE_CHECKING:
    from krakn.catalog.privileges import PrivilegesSnapshot
    from krakn.compare.session import Session
    from krakn.ops.base import Change
    from krakn.plan import Plan
    from krakn.render.alembic import Revision
    from krakn.render.sql import Script
    from krakn.snapshot import SnapshotFile
    from krakn.sync import Plan as SyncPlan
    from krakn.sync import Reporter

log = logging.getLogger(__name__)


# Which extension a schema belongs to, for a --schema that names one.
_EXTENSION_OF_SCHEMA = """
SELECT e.extname FROM pg_namespace n
JOIN pg_depend d ON d.classid = 'pg_namespace'::regclass AND d.objid = n.oid
                AND d.deptype = 'e'
JOIN pg_extension e ON e.oid = d.refobjid
WHERE n.nspname = :name
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


def _extension_of(*conns: Connection) -> Callable[[str], str | None]:
    def owner_of(name: str) -> str | None:
        for conn in conns:
            found = conn.execute(text(_EXTENSION_OF_SCHEMA), {"name": name}).scalar()
            if found:
                return str(found)
        return None

    return owner_of


def _privileges(conn: Connection, schemas: list[str], grants: bool,
                owners: bool) -> PrivilegesSnapshot:
    from krakn.catalog.privileges import read_privileges

    return read_privileges(conn, schemas, grants=grants, owners=owners)


def compare(source: Database, target: Database, options: CompareOptions) -> Plan:
    """The ordered steps that turn target's schema into source's. Reads only.

    ``options.version_tables``: Alembic's bookkeeping tables an env names,
    never compared; ``alembic_version`` never is either.
    """
    schemas, exclude = options.schemas, options.exclude_schemas
    privileges, owners, version_tables = options.privileges, options.owners, options.version_tables
    with connect(source) as sconn, connect(target) as tconn:
        # One snapshot per side: everything read sees the same moment.
        sconn = sconn.execution_options(isolation_level="REPEATABLE READ")
        tconn = tconn.execution_options(isolation_level="REPEATABLE READ")
        with sconn.begin(), tconn.begin():
            src_listed, tgt_listed = catalog.list_schemas(sconn), catalog.list_schemas(tconn)
            chosen = select_schemas(src_listed, tgt_listed, schemas, exclude,
                                    _extension_of(sconn, tconn))
            # Both servers answer at once (the driver releases the GIL), and
            # Alembic is imported meanwhile: its import is CPU, their work is I/O.
            with ThreadPoolExecutor(max_workers=2) as pool:
                src_job = pool.submit(catalog.read_snapshot, sconn, chosen, src_listed)
                tgt_job = pool.submit(catalog.read_snapshot, tconn, chosen, tgt_listed)
                from krakn.compare.session import Session
                from krakn.compare.tables import tables_to_reflect
                from krakn.plan import autogenerate, build_plan
                from krakn.reflect import reflect_source
                src, tgt = src_job.result(), tgt_job.result()
            skipped = {VERSION_TABLE, *version_tables}
            versions = drop_version_tables(src, skipped) | drop_version_tables(tgt, skipped)
            session = Session(src, tgt, tconn.dialect.default_schema_name or "public",
                              privileges=privileges, owners=owners)
            if privileges or owners:
                # Only when asked: the same connections, so the same moment.
                session.source_privileges = _privileges(sconn, chosen, privileges, owners)
                session.target_privileges = _privileges(tconn, chosen, privileges, owners)
                drop_version_privileges(session.source_privileges, versions)
                drop_version_privileges(session.target_privileges, versions)
            reflect_source(sconn, src, tables_to_reflect(session), session.metadata)
            upgrade = autogenerate(tconn, session.metadata, session)
            plan = build_plan(upgrade, session)
            if not (privileges or owners):
                _keep_grants(plan, session, lambda: _privileges(tconn, chosen, True, True))
    if privileges or owners:
        _restore_and_warn(plan, session)
    return plan


def _restore_and_warn(plan: Plan, session: Session) -> None:
    """What is made anew gets its grants back; roles --to lacks are warned of."""
    from krakn.compare.privileges import missing_roles, restore_recreated

    restore_recreated(plan, session)
    for role in missing_roles(plan, session):
        # Roles are the server's, not the database's: krakn never makes them.
        log.warning("role %r does not exist on the --to server: create it before "
                    "applying the script", role)


def compare_snapshots(source: SnapshotFile, target: SnapshotFile,
                      options: CompareOptions) -> Plan:
    """compare() between two snapshots (a file, or a database read into one): no connection."""
    from krakn.snapshot.plan import plan_between, without_schemas

    chosen = select_schemas(source.catalog.schemas, target.catalog.schemas, options.schemas,
                            options.exclude_schemas)
    src, tgt = without_schemas(source, chosen), without_schemas(target, chosen)
    skipped = {VERSION_TABLE, *options.version_tables}
    versions = drop_version_tables(src.catalog, skipped) | drop_version_tables(tgt.catalog,
                                                                               skipped)
    for side in (src, tgt):
        if side.privileges is not None:
            drop_version_privileges(side.privileges, versions)
    want = options.privileges or options.owners
    if want and (src.privileges is None or tgt.privileges is None):
        raise UsageError("a snapshot without grants and owners cannot be compared "
                         "--with-privileges or --with-owners: take it again with krakn snapshot")
    plan, session = plan_between(src.catalog, tgt.catalog, privileges=options.privileges,
                                 owners=options.owners, source_privileges=src.privileges,
                                 target_privileges=tgt.privileges)
    if want:
        _restore_and_warn(plan, session)
    elif tgt.privileges is not None:
        theirs = tgt.privileges
        _keep_grants(plan, session, lambda: theirs)
    return plan


def _keep_grants(plan: Plan, session: Session,
                 read: Callable[[], PrivilegesSnapshot]) -> None:
    """What the script drops and creates again keeps its grants and owner.

    Without --with-privileges or --with-owners those are not compared, so a
    view or routine made anew gets back the target's own, as CREATE OR
    REPLACE would have kept them; the target's ACLs are read only then.
    """
    from krakn.compare.privileges import recreated, restore_recreated

    if any(recreated(step.op) for step in plan.steps):
        theirs = read()
        restore_recreated(plan, replace(session, source_privileges=theirs,
                                        target_privileges=theirs, privileges=True,
                                        owners=True))


def changes(plan: Plan) -> list[Change]:
    """What diff shows: each step's changes, in the plan's order."""
    from krakn.describe import changes as described

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
    from krakn.render.sql import render_script
    from krakn.rollback import reverse_plan

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
                          jobs=options.jobs, commit_in_batches=options.commit_in_batches)
    run = RunOptions(dry_run=options.dry_run, ask=ask, lock_timeout=options.lock_timeout)
    return sync_data(source, target, selection, run, reporter)

"""What the ui shows, computed once: a schema plan and a sync plan, and their texts.

The CLI reads both sides (krakn.api) and hands the results here; nothing in
krakn.ui connects to a database, so no page and no download can write to
one. The views and the download texts are built on first use and kept.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, Any

from krakn.ui.pages import Download

if TYPE_CHECKING:
    from krakn.plan import Plan
    from krakn.sync import Plan as SyncPlan
    from krakn.ui.diffview import Bodies, DiffView
    from krakn.ui.syncview import SyncView

log = logging.getLogger(__name__)

REVISION_MESSAGE = "krakn migration"
# The served page's downloads; an export carries the first and the last.
DOWNLOADS = (Download("migration.sql", "SQL script"),
             Download("migration-force.sql", "SQL script with --force"),
             Download("rollback.sql", "Rollback script"),
             Download("revision.py", "Alembic revision"))
EXPORTED = (DOWNLOADS[0], DOWNLOADS[3])


@dataclass(frozen=True)
class _Label:
    """A side as a script's header names it (the URL already without its password)."""

    label: str


@dataclass
class DiffReport:
    """A schema plan (target turned into source) and the sides' labels."""

    plan: Plan
    source: str
    target: str
    rev_id: str = ""
    _texts: dict[str, str] = field(default_factory=dict)
    # Requests come on several threads; what they build once is built under it.
    lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def __post_init__(self) -> None:
        if not self.rev_id:
            from krakn.render.alembic import check_rev_id

            self.rev_id = check_rev_id(None)  # a new one, as Alembic makes them

    @cached_property
    def view(self) -> DiffView:
        from krakn.ui.diffview import build_view

        return build_view(self.plan, self.source, self.target)

    @cached_property
    def bodies(self) -> Bodies:
        from krakn.ui.diffview import Bodies

        return Bodies(self.plan)

    def warm(self) -> None:
        """Build the page's data and the rollback's steps ahead of the first request."""
        with self.lock:
            log.debug("diff page: %d sections", len(self.view.sections))
            self.bodies.reverse()

    def text(self, name: str) -> str:
        """A download's text (KeyError: no such download)."""
        if name not in self._texts:
            self._texts[name] = self._make(name)
        return self._texts[name]

    def _make(self, name: str) -> str:
        from krakn import api

        source, target = _Label(self.source), _Label(self.target)
        if name in ("migration.sql", "migration-force.sql"):
            header = api.script_header(source, target)
            return api.migration_script(self.plan, force=name == "migration-force.sql",
                                        header=header).sql
        if name == "rollback.sql":
            header = api.script_header(source, target, rollback=True)
            return api.rollback_script(self.plan, force=False, header=header).sql
        if name == "revision.py":
            return api.revision(self.plan, force=False, message=REVISION_MESSAGE,
                                rev_id=self.rev_id, down_revision=None,
                                generator=api.script_header(source, target)).text
        raise KeyError(name)

    def revision_name(self) -> str:
        from krakn.render.alembic import file_name

        return file_name(self.rev_id, REVISION_MESSAGE)


@dataclass
class SyncReport:
    """A sync plan for a dry run, or why none could be made."""

    plan: SyncPlan | None
    source: str
    target: str
    error: str = ""
    strict: bool = False

    @cached_property
    def view(self) -> SyncView | None:
        from krakn.ui.syncview import build_view

        if self.plan is None:
            return None
        return build_view(self.plan, self.source, self.target, strict=self.strict)


def export_diff(report: DiffReport) -> str:
    """The diff page as one self-contained file: every body and download inside it."""
    from krakn.ui.pages import diff_page

    texts: dict[str, Any] = {d.name: report.text(d.name) for d in EXPORTED}
    return diff_page(report.view, downloads=list(EXPORTED), static=True,
                     bodies=report.bodies.all(), texts=texts)


def export_sync(report: SyncReport) -> str:
    """The mapping page as one self-contained file."""
    from krakn.ui.pages import mapping_page

    return mapping_page(report.view, error=report.error, static=True,
                        source=report.source, target=report.target)

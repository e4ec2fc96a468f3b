"""The pages as HTML: Jinja2 templates, their stylesheet and script inlined.

Both the served pages (krakn.ui.app) and the static export
(``--format html``) come from here, so this module needs Jinja2 alone: an
export never imports the web server. A served diff page fetches each
change's SQL when it is expanded; an exported one carries every body, and the
texts its download buttons save, as JSON inside the page: one file, nothing
fetched from the network.
"""

from __future__ import annotations

import datetime
import logging
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING, Any

from krakn import __version__
from krakn.errors import UsageError

if TYPE_CHECKING:
    import jinja2

    from krakn.ui.diffview import DiffView
    from krakn.ui.syncview import SyncView

log = logging.getLogger(__name__)

MISSING = ("the web pages need Jinja2 (and `krakn ui` Starlette and uvicorn): "
           "pip install 'krakn[ui]'")


@dataclass(frozen=True)
class Download:
    name: str  # the file name it is saved under
    label: str


@lru_cache(maxsize=1)
def environment() -> jinja2.Environment:
    """The templates of krakn/ui/templates, HTML-escaped."""
    try:
        import jinja2
    except ImportError:
        raise UsageError(MISSING) from None
    folder = resources.files("krakn.ui") / "templates"
    loader = jinja2.DictLoader({entry.name: entry.read_text(encoding="utf-8")
                                for entry in folder.iterdir() if entry.name.endswith(".html")})
    return jinja2.Environment(loader=loader, autoescape=True, trim_blocks=True,
                              lstrip_blocks=True, undefined=jinja2.StrictUndefined)


@lru_cache(maxsize=1)
def assets() -> tuple[str, str]:
    """The stylesheet and the script every page inlines."""
    folder = resources.files("krakn.ui") / "static"
    return ((folder / "ui.css").read_text(encoding="utf-8"),
            (folder / "ui.js").read_text(encoding="utf-8"))


def _now() -> str:
    return datetime.datetime.now().astimezone().strftime("%Y-%m-%d %H:%M %Z")


def _render(template: str, **context: Any) -> str:
    css, js = assets()
    # Inlined unescaped (they are krakn's own files); inside <script> and
    # <style> a "</" would end the element early.
    base = {"css": css.replace("</", "<\\/"), "js": js.replace("</", "<\\/"),
            "version": __version__, "when": _now(), "nav": None, "static": False}
    return environment().get_template(template).render({**base, **context})


def diff_page(view: DiffView, *, downloads: list[Download], nav: list[Any] | None = None,
              static: bool = False, bodies: dict[str, Any] | None = None,
              texts: dict[str, str] | None = None) -> str:
    """The diff page; static: every entry's SQL and the downloads' texts inside it."""
    return _render("diff.html", view=view, downloads=downloads, nav=nav, static=static,
                   bodies=bodies or {}, texts=texts or {})


def mapping_page(view: SyncView | None, *, error: str = "", nav: list[Any] | None = None,
                 static: bool = False, source: str = "", target: str = "") -> str:
    """The data-mapping page; error instead of a view when no sync plan could be made."""
    shown = view if view is not None else _Sides(source, target)
    return _render("mapping.html", view=shown, error=error, nav=nav, static=static)


@dataclass(frozen=True)
class _Sides:
    """What the header names when there is no plan to show."""

    source: str
    target: str
    tables: tuple[()] = ()

"""The ui's web application (Starlette): four kinds of GET, behind a guard.

Pages: ``/diff`` (the schema diff), ``/mapping`` (sync-data's plan),
``/change/N`` (one diff entry's SQL, rollback and definitions, as JSON, for
the page to fetch when it is expanded) and ``/download/NAME`` (the scripts
and the revision). No route takes anything but GET (and HEAD), and none
reaches a database: the reports were computed before the server started.

The guard (``Guard``) checks every request: its Host header must name the
address served (127.0.0.1:PORT or localhost:PORT; with --host, also any IP
address and PORT), so a page of another site that has its name resolve to
127.0.0.1 (DNS rebinding) is refused; and
it must carry the token, either in the URL krakn printed (then it becomes a
cookie, and the browser is sent to the same page without it) or as that
cookie.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any
from urllib.parse import urlencode

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import (
    HTMLResponse,
    JSONResponse,
    PlainTextResponse,
    RedirectResponse,
    Response,
)
from starlette.routing import Route

from krakn.ui.access import Access
from krakn.ui.pages import diff_page, mapping_page
from krakn.ui.report import DOWNLOADS, DiffReport, SyncReport

log = logging.getLogger(__name__)

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

# The pages inline their script and style; they fetch only from this server.
SECURITY_HEADERS = {
    "content-security-policy": "default-src 'none'; style-src 'unsafe-inline'; "
                               "script-src 'unsafe-inline'; connect-src 'self'; "
                               "base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",  # the token never leaves in a Referer
    "x-frame-options": "DENY",
    "cache-control": "no-store",
}


class Guard:
    """ASGI middleware: the Host check, then the token; security headers on every answer."""

    def __init__(self, app: ASGIApp, access: Access) -> None:
        self.app, self.access = app, access

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_headed(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                headers += [(k.encode(), v.encode()) for k, v in SECURITY_HEADERS.items()]
                message["headers"] = headers
            await send(message)

        refusal = self.refusal(Request(scope))
        if refusal is not None:
            await refusal(scope, receive, send_headed)
            return
        await self.app(scope, receive, send_headed)

    def refusal(self, request: Request) -> Response | None:
        """The answer to a request that may not through (None: it may)."""
        access = self.access
        if not access.host_ok(request.headers.get("host", "")):
            log.warning("refused a request for Host %r", request.headers.get("host"))
            return PlainTextResponse("krakn ui: this Host is not served here\n", 403)
        if access.token_ok(request.query_params.get("token")):
            # The token becomes a cookie, and leaves the address bar.
            rest = [(k, v) for k, v in request.query_params.multi_items() if k != "token"]
            url = request.url.path + (f"?{urlencode(rest)}" if rest else "")
            response = RedirectResponse(url, status_code=303)
            response.set_cookie(access.cookie, access.token, httponly=True, samesite="strict",
                                path="/")
            return response
        if access.token_ok(request.cookies.get(access.cookie)):
            return None
        return PlainTextResponse("krakn ui: open the URL `krakn ui` printed; it carries the "
                                 "token\n", 403)


def make_app(diff: DiffReport | None, sync: SyncReport | None, access: Access) -> Starlette:
    """The application over reports computed beforehand."""
    lock = threading.Lock()  # the mapping's view is built once, on first use

    def nav(current: str) -> list[tuple[str, str, bool]]:
        found = [("diff", "Schema diff", diff), ("mapping", "Data mapping", sync)]
        return [(href, label, href == current) for href, label, have in found if have]

    def home(request: Request) -> Response:
        return RedirectResponse("diff" if diff is not None else "mapping", status_code=303)

    def diff_html(request: Request) -> Response:
        if diff is None:
            return PlainTextResponse("no schema diff in this session\n", 404)
        with diff.lock:
            page = diff_page(diff.view, downloads=list(DOWNLOADS), nav=nav("diff"))
        return HTMLResponse(page)

    def mapping_html(request: Request) -> Response:
        if sync is None:
            return PlainTextResponse("no sync plan in this session\n", 404)
        with lock:
            page = mapping_page(sync.view, error=sync.error, nav=nav("mapping"),
                                source=sync.source, target=sync.target)
        return HTMLResponse(page)

    def change(request: Request) -> Response:
        if diff is None:
            return JSONResponse({"error": "no schema diff"}, 404)
        try:
            with diff.lock:
                bodies = diff.bodies.of(request.path_params["number"])
        except KeyError:
            return JSONResponse({"error": "no such change"}, 404)
        return JSONResponse(bodies)

    def download(request: Request) -> Response:
        name = request.path_params["name"]
        if diff is None or name not in {d.name for d in DOWNLOADS}:
            return PlainTextResponse("no such download\n", 404)
        with diff.lock:
            text = diff.text(name)
        saved = diff.revision_name() if name == "revision.py" else name
        return Response(text, media_type="text/plain; charset=utf-8", headers={
            "content-disposition": f'attachment; filename="{saved}"'})

    routes = [Route("/", home), Route("/diff", diff_html), Route("/mapping", mapping_html),
              Route("/change/{number:int}", change), Route("/download/{name}", download)]
    return Starlette(routes=routes, middleware=[Middleware(Guard, access=access)])

"""Serving the ui: the address, the port, the token, uvicorn, and the browser.

The server listens on 127.0.0.1 unless --host names another address (then
with a warning: whoever reaches it and has the token sees both schemas).
Without --port the system picks a free one: the socket is bound here and
handed to uvicorn, so no other program can take the port in between.
"""

from __future__ import annotations

import ipaddress
import logging
import secrets
import socket
import threading
import time
import webbrowser
from dataclasses import dataclass

from krakn.errors import UsageError
from krakn.ui.access import Access, allowed_hosts
from krakn.ui.report import DiffReport, SyncReport

log = logging.getLogger(__name__)

LOOPBACK = "127.0.0.1"


def require() -> None:
    """Fail before any work when the ui's packages are not installed."""
    for module in ("starlette", "jinja2", "uvicorn"):
        try:
            __import__(module)
        except ImportError:
            raise UsageError(f"krakn ui needs {module}: pip install 'krakn[ui]'") from None


@dataclass(frozen=True)
class Binding:
    host: str
    warning: str = ""  # what to tell the user about an address other than loopback


def binding(host: str | None) -> Binding:
    """Where to listen: 127.0.0.1, or the --host given, with a warning when it is not loopback."""
    if host is None or host == LOOPBACK:
        return Binding(LOOPBACK)
    if host == "localhost":
        return Binding(LOOPBACK)
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        raise UsageError(f"--host {host!r}: give an IP address (127.0.0.1 is the default)") \
            from None
    if address.is_loopback:
        return Binding(host)
    return Binding(host, f"--host {host}: the ui is reachable from other machines; anyone "
                         "with the URL's token sees both schemas and the sync plan")


def check_host(host: str, explicit: bool) -> None:
    """Only 127.0.0.1 unless the address was given explicitly with --host."""
    if not explicit and host != LOOPBACK:
        raise UsageError(f"krakn ui listens on {LOOPBACK} only; to listen on {host}, say so "
                         "with --host")


def open_socket(host: str, port: int | None) -> socket.socket:
    """A listening socket on host:port (port None or 0: a free one)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port or 0))
    except OSError as exc:
        sock.close()
        raise UsageError(f"cannot listen on {host}:{port or 0}: {exc.strerror}") from None
    sock.listen(128)
    return sock


def url_of(host: str, port: int, token: str) -> str:
    shown = f"[{host}]" if ":" in host else host
    return f"http://{shown}:{port}/?token={token}"


@dataclass
class Served:
    """A server about to run: its socket, URL and application."""

    sock: socket.socket
    url: str
    access: Access


def prepare(host: str, port: int | None, *, explicit: bool) -> Served:
    """The socket bound and the token made; nothing served yet."""
    check_host(host, explicit)
    sock = open_socket(host, port)
    bound = sock.getsockname()[1]
    token = secrets.token_urlsafe(24)
    access = Access(token, allowed_hosts(host, bound), bound,
                    any_address=not ipaddress.ip_address(host).is_loopback)
    return Served(sock, url_of(host, bound, token), access)


def run(served: Served, diff: DiffReport | None, sync: SyncReport | None, *,
        open_browser: bool) -> None:
    """Serve until interrupted (Ctrl-C); opens the browser once the server answers."""
    import uvicorn

    from krakn.ui.app import make_app

    app = make_app(diff, sync, served.access)
    config = uvicorn.Config(app, log_level="warning", access_log=False, lifespan="off")
    server = uvicorn.Server(config)
    if diff is not None:
        # A plan of thousands of steps takes a second or two to reverse: done
        # while the browser opens, not at the first click.
        threading.Thread(target=diff.warm, daemon=True).start()
    if open_browser:
        threading.Thread(target=_open_when_up, args=(server, served.url), daemon=True).start()
    try:
        server.run(sockets=[served.sock])
    finally:
        served.sock.close()


def _open_when_up(server: object, url: str) -> None:
    for _ in range(100):
        if getattr(server, "started", False):
            webbrowser.open(url)
            return
        time.sleep(0.05)

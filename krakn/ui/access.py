"""Who may use a running ui: the token, and the Host headers naming the server.

No web framework here: krakn.ui.serve makes an Access before it imports one.
"""

from __future__ import annotations

import hmac
from dataclasses import dataclass


@dataclass(frozen=True)
class Access:
    """Who may ask: the token, and the Host headers that name this server."""

    token: str
    hosts: frozenset[str]
    port: int

    @property
    def cookie(self) -> str:
        # Cookies do not tell ports apart: one name per server.
        return f"krakn_ui_{self.port}"

    def token_ok(self, given: str | None) -> bool:
        return given is not None and hmac.compare_digest(given.encode(), self.token.encode())


def allowed_hosts(host: str, port: int) -> frozenset[str]:
    """The Host headers a browser sends for this server, and nothing else."""
    names = {"127.0.0.1", "localhost", host}
    if ":" in host:  # an IPv6 address goes in brackets
        names.add(f"[{host}]")
    return frozenset(f"{name}:{port}" for name in names)

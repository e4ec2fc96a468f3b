"""Who may use a running ui: the token, and the Host headers naming the server.

No web framework here: krakn.ui.serve makes an Access before it imports one.
"""

from __future__ import annotations

import hmac
import ipaddress
from dataclasses import dataclass


@dataclass(frozen=True)
class Access:
    """Who may ask: the token, and the Host headers that name this server."""

    token: str
    hosts: frozenset[str]
    port: int
    # Served on another address (--host): any IP address naming this port is
    # accepted too (DNS rebinding needs a host name; an address is no name).
    any_address: bool = False

    @property
    def cookie(self) -> str:
        # Cookies do not tell ports apart: one name per server.
        return f"krakn_ui_{self.port}"

    def host_ok(self, header: str) -> bool:
        """The Host header names this server: a name it answers to, never another site's."""
        if header in self.hosts:
            return True
        if not self.any_address:
            return False
        name, _sep, port = header.rpartition(":")
        if port != str(self.port):
            return False
        try:
            ipaddress.ip_address(name.removeprefix("[").removesuffix("]"))
        except ValueError:
            return False
        return True

    def token_ok(self, given: str | None) -> bool:
        return given is not None and hmac.compare_digest(given.encode(), self.token.encode())


def allowed_hosts(host: str, port: int) -> frozenset[str]:
    """The Host headers a browser sends for this server, and nothing else."""
    names = {"127.0.0.1", "localhost", host}
    if ":" in host:  # an IPv6 address goes in brackets
        names.add(f"[{host}]")
    return frozenset(f"{name}:{port}" for name in names)

"""Database URLs: parsing, driver choice and password hiding."""

from __future__ import annotations

import logging
import re

from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from krakn.errors import UsageError

log = logging.getLogger(__name__)

# SQLAlchemy 2.1 picks psycopg 3 for a bare postgresql:// URL; krakn is
# built and tested on psycopg2, so the driver is always named explicitly.
DRIVER = "postgresql+psycopg2"
ACCEPTED = ("postgres", "postgresql", "postgresql+psycopg2")
EXAMPLE = "postgresql://user@host:5432/dbname"

# "user:secret@" wherever it stands, also in mistyped URLs ("postgres:pw@h/db").
_PASSWORD_IN_URL = re.compile(r"((?:^|[\s/'\"])[^\s:/@'\"]*:)([^@\s/]*)(@)")


def parse_url(raw: str | None, side: str) -> URL:
    """Turn the user's URL into a psycopg2 SQLAlchemy URL, or fail in one line."""
    if not raw:
        env = "KRAKN_FROM" if side == "--from" else "KRAKN_TO"
        raise UsageError(f"no database given: pass {side} URL or set {env}", side=side)
    try:
        url = make_url(raw.strip())
    except (ArgumentError, ValueError):
        raise UsageError(
            f"malformed URL {hide_password(raw)!r}: expected {EXAMPLE}", side=side
        ) from None
    if url.drivername not in ACCEPTED:
        raise UsageError(
            f"unsupported URL scheme {url.drivername!r}: expected {EXAMPLE}", side=side
        )
    if not url.database:
        raise UsageError(f"URL {safe_url(url)} names no database: expected {EXAMPLE}", side=side)
    return url.set(drivername=DRIVER)


def safe_url(url: URL) -> str:
    """The URL as text with its password masked."""
    return url.set(drivername="postgresql").render_as_string(hide_password=True)


def hide_password(text: str) -> str:
    """Mask anything that looks like a password inside a URL in free text."""
    return _PASSWORD_IN_URL.sub(r"\1***\3", text)


def same_database(a: URL, b: URL) -> bool:
    """True when two URLs name the same database on the same server."""
    def key(u: URL) -> tuple[str, int, str]:
        host = (u.host or "localhost").lower()
        if host in ("127.0.0.1", "::1", "localhost", ""):
            host = "localhost"
        return host, u.port or 5432, u.database or ""

    return key(a) == key(b)


class PasswordFilter(logging.Filter):
    """Scrub passwords out of every log record, whatever logged it."""

    def __init__(self, secrets: list[str]) -> None:
        super().__init__()
        self.secrets = [s for s in secrets if s]

    def filter(self, record: logging.LogRecord) -> bool:
        text = record.getMessage()
        cleaned = hide_password(text)
        for secret in self.secrets:
            cleaned = cleaned.replace(secret, "***")
        if cleaned != text:
            record.msg, record.args = cleaned, ()
        return True

"""Database URLs: parsing, driver choice, and the one redaction of secrets.

Everything krakn shows about a connection (script headers, revision files,
error lines, logs, --debug tracebacks) goes through :func:`redact` or
:func:`safe_url`, which is built on it.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from urllib.parse import unquote

from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from krakn.errors import UsageError

log = logging.getLogger(__name__)

# SQLAlchemy 2.1 picks psycopg 3 for a bare postgresql:// URL; krakn is
# built and tested on psycopg2, so the driver is always named explicitly.
DRIVER = "postgresql+psycopg2"
ACCEPTED = ("postgres", "postgresql", "postgresql+psycopg2")
EXAMPLE = "postgresql://user@host:5432/dbname"
MASK = "***"

# libpq parameters whose value is a secret or says where one is kept.
SECRET_KEYS = frozenset({"password", "sslpassword", "passfile"})

# The password of "user:secret@" wherever it stands, also in mistyped URLs
# ("postgres:pw@h/db", "postgresql:/u:pw@h/db"). It runs to the last "@"
# before the query, so an unencoded "@" in it ("u:p@ss@h") is hidden whole.
_USERINFO = re.compile(
    r"""(?:(?<=^)|(?<=[\s'"(<,=\[]))"""
    r"""(?:[A-Za-z][\w+.-]*:/{1,2}[^\s:/@?'"]*:(?P<a>[^\s'"?]*)"""
    r"""|[^\s:/@?'"]*:(?P<b>(?!/)[^\s'"?]*))(?=@)""")
# key=value, in a URL's query or a conninfo string; values may be quoted.
_KEY_VALUE = re.compile(
    r"""(?<![\w%])(?P<key>[\w%]+)(?P<eq>\s*=\s*)"""
    r"""(?P<value>'(?:[^'\\]|\\.)*'?|"(?:[^"\\]|\\.)*"?|[^\s&'"#]*)""")
# 'password': 'value', as a Python dict or JSON prints it.
_MAPPING = re.compile(
    r"""(?P<key>(['"])(?:[\w%]+)\2\s*:\s*)(?P<value>'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")""")
# A conninfo string ("host=h dbname=d") where a URL belongs.
_CONNINFO = re.compile(r"^\s*[A-Za-z_]+\s*=")


def _is_secret_key(key: str) -> bool:
    return unquote(key).strip("'\"").lower() in SECRET_KEYS


def _mask_key_value(match: re.Match[str]) -> str:
    if not _is_secret_key(match["key"]):
        return match[0]
    return f"{match['key']}{match['eq']}{MASK}"


def _mask_mapping(match: re.Match[str]) -> str:
    key = match["key"].split(":")[0].strip()
    return f"{match['key']}{MASK!r}" if _is_secret_key(key) else match[0]


def _mask_userinfo(match: re.Match[str]) -> str:
    group = "a" if match["a"] is not None else "b"
    start, end = match.span(group)
    offset = match.start()
    return match[0][:start - offset] + MASK + match[0][end - offset:]


def redact(text: str, secrets: Iterable[str] = ()) -> str:
    """text without any password: in URLs, key=value strings, and each known secret."""
    text = _USERINFO.sub(_mask_userinfo, text)
    text = _KEY_VALUE.sub(_mask_key_value, text)
    text = _MAPPING.sub(_mask_mapping, text)
    # Longest first: a secret that contains another is hidden whole. One or two
    # characters are no secret to keep, and masking them would garble the text.
    for secret in sorted({s for s in secrets if len(s) > 2 and s != MASK}, key=len,
                         reverse=True):
        text = text.replace(secret, MASK)
    return text


def secrets_in(raw: str | None) -> list[str]:
    """Every secret a URL or conninfo string holds, as typed and as decoded."""
    if not raw:
        return []
    found: list[str] = []
    for match in _USERINFO.finditer(raw):
        found.append(match["a"] if match["a"] is not None else match["b"])
    for match in _KEY_VALUE.finditer(raw):
        if _is_secret_key(match["key"]):
            found.append(match["value"].strip("'\""))
    try:
        url = make_url(raw.strip())
    except (ArgumentError, ValueError):
        url = None
    if url is not None and "@" not in (url.host or ""):  # else its password is cut short
        found.extend(secrets_of(url))
    return sorted({form for s in found if s for form in (s, unquote(s))})


def secrets_of(url: URL) -> list[str]:
    """The password and every secret query parameter of a parsed URL."""
    found = [str(url.password)] if url.password else []
    for key, value in url.query.items():
        if key.lower() in SECRET_KEYS:
            found.extend([value] if isinstance(value, str) else list(value))
    return [s for s in found if s]


def parse_url(raw: str | None, side: str) -> URL:
    """Turn the user's URL into a psycopg2 SQLAlchemy URL, or fail in one line."""
    if not raw:
        env = "KRAKN_FROM" if side == "--from" else "KRAKN_TO"
        raise UsageError(f"no database given: pass {side} URL or set {env}", side=side)
    if _CONNINFO.match(raw):
        raise UsageError(f"{redact(raw)!r} is a key=value connection string: give a URL, "
                         f"{EXAMPLE}", side=side)
    try:
        url = make_url(raw.strip())
    except (ArgumentError, ValueError):
        raise UsageError(_malformed(raw), side=side) from None
    if "@" in (url.host or ""):
        raise UsageError(_malformed(raw), side=side)
    if url.drivername not in ACCEPTED:
        raise UsageError(
            f"unsupported URL scheme {url.drivername!r}: expected {EXAMPLE}", side=side
        )
    if not url.database:
        raise UsageError(f"URL {safe_url(url)} names no database: expected {EXAMPLE}", side=side)
    return url.set(drivername=DRIVER)


def _malformed(raw: str) -> str:
    shown = redact(raw, secrets_in(raw))
    if raw.split("?")[0].count("@") > 1:
        # u:p@ss@host: the first "@" ends the password and the rest looks like a host.
        return (f"malformed URL {shown!r}: more than one '@' - write each '@' in the user "
                f"name or password percent-encoded, as %40")
    return f"malformed URL {shown!r}: expected {EXAMPLE}"


def safe_url(url: URL) -> str:
    """The URL as text: password masked, secret query parameters left out."""
    query = {k: v for k, v in url.query.items() if k.lower() not in SECRET_KEYS}
    shown = url.set(drivername="postgresql", query=query)
    return redact(shown.render_as_string(hide_password=True), secrets_of(url))


def same_database(a: URL, b: URL) -> bool:
    """True when two URLs name the same database on the same server."""
    def key(u: URL) -> tuple[str, int, str]:
        host = (u.host or "localhost").lower()
        if host in ("127.0.0.1", "::1", "localhost", ""):
            host = "localhost"
        return host, u.port or 5432, u.database or ""

    return key(a) == key(b)


class PasswordFilter(logging.Filter):
    """Redact every log record, whatever logged it, tracebacks included."""

    def __init__(self, secrets: Iterable[str]) -> None:
        super().__init__()
        self.secrets = [s for s in secrets if s]

    def filter(self, record: logging.LogRecord) -> bool:
        text = record.getMessage()
        cleaned = redact(text, self.secrets)
        if cleaned != text:
            record.msg, record.args = cleaned, ()
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text, self.secrets)
        if record.stack_info:
            record.stack_info = redact(record.stack_info, self.secrets)
        return True

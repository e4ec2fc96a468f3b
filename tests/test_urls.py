"""krakn.urls: parsing URLs, hiding passwords, telling databases apart."""

from __future__ import annotations

import logging

import pytest
from sqlalchemy.engine import make_url

from krakn.errors import UsageError
from krakn.urls import PasswordFilter, hide_password, parse_url, safe_url, same_database


@pytest.mark.parametrize("raw", [
    "postgres://u@db.example.com:5433/app",
    "postgresql://u@db.example.com:5433/app",
    "postgresql+psycopg2://u@db.example.com:5433/app",
])
def test_parse_url_uses_psycopg2(raw):
    """postgres://, postgresql:// and postgresql+psycopg2:// all become psycopg2 URLs."""
    url = parse_url(raw, "--from")
    assert url.drivername == "postgresql+psycopg2"
    assert (url.username, url.host, url.port, url.database) == (
        "u", "db.example.com", 5433, "app")


def test_parse_url_keeps_query_params():
    """Query parameters such as sslmode=require survive parsing."""
    url = parse_url("postgres://u:pw@h/app?sslmode=require&application_name=x", "--to")
    assert url.query["sslmode"] == "require"
    assert url.query["application_name"] == "x"
    rendered = url.render_as_string(hide_password=False)
    assert rendered.startswith("postgresql+psycopg2://u:pw@h/app?")
    assert "sslmode=require" in rendered


def test_parse_url_keeps_password():
    """The password is kept for connecting (only display hides it)."""
    url = parse_url("postgresql://u:S3cretPw@h/app", "--from")
    assert url.password == "S3cretPw"


def test_parse_url_strips_whitespace():
    """Surrounding whitespace (from a pasted URL) is ignored."""
    assert parse_url("  postgresql://u@h/app\n", "--from").database == "app"


@pytest.mark.parametrize("raw,words", [
    (None, "KRAKN_FROM"),
    ("", "KRAKN_FROM"),
    ("not a url", "malformed"),
    ("mysql://x/y", "mysql"),
    ("sqlite:///file.db", "sqlite"),
    ("postgresql://u@h/", "no database"),
    ("postgresql://u@h", "no database"),
])
def test_parse_url_rejects(raw, words):
    """Unusable URLs raise a UsageError naming the side."""
    with pytest.raises(UsageError) as info:
        parse_url(raw, "--from")
    assert info.value.side == "--from"
    assert info.value.message.startswith("--from: ")
    assert words in info.value.message


def test_parse_url_missing_names_to_env():
    """A missing --to URL points at KRAKN_TO."""
    with pytest.raises(UsageError, match="KRAKN_TO"):
        parse_url(None, "--to")


@pytest.mark.parametrize("raw", [
    "postgresql://u:S3cretPw@h:notaport/x",
    "postgres:S3cretPw@h/x",
    "postgresql:/u:S3cretPw@h/x",
])
def test_parse_url_error_hides_password(raw):
    """The error for a malformed URL never repeats its password."""
    with pytest.raises(UsageError) as info:
        parse_url(raw, "--from")
    assert "S3cretPw" not in info.value.message, info.value.message


def test_hide_password_in_url():
    """hide_password masks the password of a URL."""
    assert hide_password("postgresql://u:S3cretPw@h:5432/db") == "postgresql://u:***@h:5432/db"


def test_hide_password_in_free_text():
    """hide_password masks passwords of every URL inside longer text."""
    text = ("could not use 'postgres://a:pw1@h/x' nor postgresql+psycopg2://b:pw2@k/y "
            "(ok)")
    out = hide_password(text)
    assert "pw1" not in out and "pw2" not in out
    assert "postgres://a:***@h/x" in out and "postgresql+psycopg2://b:***@k/y" in out
    assert out.endswith("(ok)")


@pytest.mark.parametrize("text", [
    "postgresql://u@h/db",
    "no url here: just words",
    "host:5432",
])
def test_hide_password_leaves_other_text(text):
    """Text without a password is unchanged."""
    assert hide_password(text) == text


def test_safe_url_masks_and_names_postgresql():
    """safe_url shows the URL as postgresql:// with the password masked."""
    url = parse_url("postgres://u:S3cretPw@h:5433/app", "--from")
    shown = safe_url(url)
    assert "S3cretPw" not in shown
    assert shown == "postgresql://u:***@h:5433/app"


@pytest.mark.parametrize("a,b", [
    ("postgresql://u@localhost/app", "postgresql://u@127.0.0.1/app"),
    ("postgresql://u@localhost/app", "postgresql://v:pw@LOCALHOST:5432/app"),
    ("postgresql://u@db.example.com/app", "postgresql://u@DB.example.com:5432/app"),
    ("postgresql://u@h/app?sslmode=require", "postgresql+psycopg2://u@h/app"),
])
def test_same_database(a, b):
    """URLs naming the same host, port and database are the same database."""
    assert same_database(make_url(a), make_url(b))
    assert same_database(make_url(b), make_url(a))


@pytest.mark.parametrize("a,b", [
    ("postgresql://u@localhost/app", "postgresql://u@localhost/app2"),
    ("postgresql://u@localhost/app", "postgresql://u@localhost:5433/app"),
    ("postgresql://u@db1/app", "postgresql://u@db2/app"),
])
def test_different_databases(a, b):
    """A different database name, port or host is a different database."""
    assert not same_database(make_url(a), make_url(b))


def test_password_filter_scrubs_log_records():
    """PasswordFilter removes URL passwords and listed secrets from log records."""
    record = logging.LogRecord("x", logging.INFO, __file__, 1,
                               "connecting to %s with %s",
                               ("postgresql://u:pw1@h/db", "S3cretPw"), None)
    assert PasswordFilter(["S3cretPw"]).filter(record) is True
    message = record.getMessage()
    assert "pw1" not in message and "S3cretPw" not in message
    assert "postgresql://u:***@h/db" in message

"""krakn.db.urls: parsing URLs, hiding passwords, telling databases apart."""

from __future__ import annotations

import logging

import pytest
from sqlalchemy.engine import make_url

from krakn.db.urls import (
    PasswordFilter,
    parse_url,
    redact,
    safe_url,
    same_database,
    secrets_in,
)
from krakn.errors import UsageError


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


def test_redact_url_password():
    """redact masks the password of a URL."""
    assert redact("postgresql://u:S3cretPw@h:5432/db") == "postgresql://u:***@h:5432/db"


def test_redact_in_free_text():
    """redact masks passwords of every URL inside longer text."""
    text = ("could not use 'postgres://a:pw1@h/x' nor postgresql+psycopg2://b:pw2@k/y "
            "(ok)")
    out = redact(text)
    assert "pw1" not in out and "pw2" not in out
    assert "postgres://a:***@h/x" in out and "postgresql+psycopg2://b:***@k/y" in out
    assert out.endswith("(ok)")


@pytest.mark.parametrize("text", [
    "postgresql://u@h/db",
    "postgresql://u@h:5432/db?sslmode=require&application_name=a",
    "no url here: just words",
    "host:5432",
    "time 12:30, ratio 1:2, host=h port=5432 dbname=d",
    "sslmode=require user=postgres",
])
def test_redact_leaves_other_text(text):
    """Text without a password is unchanged."""
    assert redact(text) == text


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


@pytest.mark.parametrize("text,secret", [
    ("postgresql://u@h/db?password=QSecret123", "QSecret123"),
    ("postgresql://u@h/db?sslmode=require&password=QSecret123&x=1", "QSecret123"),
    ("postgresql://u@h/db?sslpassword=QSecret123", "QSecret123"),
    ("postgresql://u@h/db?passfile=/home/me/QSecret123", "QSecret123"),
    ("postgresql://u@h/db?PASSWORD=QSecret123", "QSecret123"),
    ("postgresql://u@h/db?pass%77ord=QSecret123", "QSecret123"),
    ("host=h password=QSecret123 dbname=d", "QSecret123"),
    ("host=h password = QSecret123 dbname=d", "QSecret123"),
    ("host=h password='QSecret123 with spaces' dbname=d", "with spaces"),
    ("host=h password='it\\'s QSecret123' dbname=d", "QSecret123"),
    ('dsn: "user=u password=\"QSecret123\" dbname=d"', "QSecret123"),
    ("{'password': 'QSecret123', 'host': 'h'}", "QSecret123"),
    ("postgresql://u:QSec@ret123@h/db", "ret123"),
    ("postgresql://u:QSec/ret123@h/db", "ret123"),
    ("failed for postgres:QSecret123@h/db (no scheme)", "QSecret123"),
])
def test_redact_every_form(text, secret):
    """Query parameters, conninfo pairs (quoted too), mappings and odd URLs lose their secret."""
    out = redact(text)
    assert secret not in out, out
    assert "***" in out


def test_redact_keeps_what_is_no_secret():
    """Around a secret, the rest of a conninfo string or URL stays readable."""
    assert redact("host=h password=QSecret123 dbname=d") == "host=h password=*** dbname=d"
    assert redact("postgresql://u@h/db?sslmode=require&password=QSecret123") == \
        "postgresql://u@h/db?sslmode=require&password=***"


def test_redact_known_secrets_anywhere():
    """A secret given to redact is masked wherever it stands; very short ones are not."""
    assert redact("server said QSecret123", ["QSecret123"]) == "server said ***"
    assert redact("a b c", ["a"]) == "a b c"


def test_secrets_in_every_form():
    """secrets_in finds the secrets of a URL, as typed and percent-decoded, and of conninfo."""
    assert secrets_in("postgresql://u:p%40ssword@h/db") == ["p%40ssword", "p@ssword"]
    assert "QSecret123" in secrets_in("postgresql://u@h/db?password=QSecret123")
    assert "QSecret123" in secrets_in("host=h password=QSecret123")
    assert "QSec@ret123" in secrets_in("postgresql://u:QSec@ret123@h/db")
    assert secrets_in("postgresql://u@h/db") == []
    assert secrets_in(None) == []


def test_safe_url_leaves_out_secret_parameters():
    """safe_url drops password=, sslpassword= and passfile= and keeps the rest."""
    url = parse_url("postgresql://u:pw@h/db?password=QSecret123&sslmode=require"
                    "&sslpassword=QSecret123&passfile=/x/QSecret123", "--from")
    assert safe_url(url) == "postgresql://u:***@h/db?sslmode=require"


@pytest.mark.parametrize("side", ["--from", "--to"])
def test_unencoded_at_is_a_malformed_url(side):
    """u:p@ss@host is malformed (advice: %40), not a host named 'ss@host'."""
    with pytest.raises(UsageError) as info:
        parse_url("postgresql://u:QSec@ret123@db.example.com/app", side)
    message = info.value.message
    assert message.startswith(f"{side}: malformed URL") and "%40" in message, message
    assert "ret123" not in message and "QSec" not in message, message


def test_conninfo_is_refused_without_its_password():
    """A key=value string is named as such, without its password."""
    with pytest.raises(UsageError) as info:
        parse_url("host=h password=QSecret123 dbname=d", "--to")
    assert "key=value" in info.value.message and "QSecret123" not in info.value.message


def test_password_filter_redacts_tracebacks():
    """A log record's exception text is redacted too."""
    try:
        raise ValueError("could not connect: password=QSecret123")
    except ValueError:
        import sys
        record = logging.LogRecord("x", logging.ERROR, __file__, 1, "failed", (), sys.exc_info())
    PasswordFilter([]).filter(record)
    text = logging.Formatter().format(record)
    assert "QSecret123" not in text and "password=***" in text

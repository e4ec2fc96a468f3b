"""No secret a URL carries reaches output, errors, logs, --debug or the files krakn writes.

Trust authentication ignores passwords, so a URL with one still connects:
successful runs are checked as well as failing ones. Each secret is
distinctive (QSecret123) so that a leak of any part of it is found.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

SECRET = "QSecret123"
# An unencoded "@" splits the password; neither half may show.
AT_SECRET, AT_HALVES = "QSecret@Tail987", ("QSecret", "Tail987")

SOURCE_SQL = "CREATE TABLE users (id integer PRIMARY KEY, email text);"
TARGET_SQL = "CREATE TABLE users (id integer PRIMARY KEY);"


@pytest.fixture(scope="module")
def pair(make_module_db):
    """A source with one more column than the target; tests only read them."""
    src, tgt = make_module_db(), make_module_db()
    src.load(SOURCE_SQL)
    tgt.load(TARGET_SQL)
    return src, tgt


def connecting_urls(db) -> dict[str, str]:
    """URLs to db that carry a secret and still connect (trust auth ignores it)."""
    s = db.server
    base = f"postgresql://{s.user}@{s.host}:{s.port}/{db.name}"
    return {
        "userinfo": f"postgresql://{s.user}:{SECRET}@{s.host}:{s.port}/{db.name}",
        "userinfo-encoded-at": f"postgresql://{s.user}:Q%40{SECRET}@{s.host}:{s.port}/{db.name}",
        "password-param": f"{base}?password={SECRET}",
        "password-param-with-others": f"{base}?sslmode=disable&password={SECRET}"
                                      "&application_name=krakn-test",
        "sslpassword-param": f"{base}?sslpassword={SECRET}",
        "passfile-param": f"{base}?passfile=/nonexistent/{SECRET}.pgpass",
    }


def failing_urls(db) -> dict[str, str]:
    """URLs with a secret that fail: on connecting, or before, as malformed."""
    s = db.server
    return {
        "unreachable-userinfo": f"postgresql://{s.user}:{SECRET}@127.0.0.1:1/x",
        "unreachable-param": f"postgresql://{s.user}@127.0.0.1:1/x?password={SECRET}",
        "missing-db-param": f"postgresql://{s.user}@{s.host}:{s.port}/krakn_nosuch_db"
                            f"?password={SECRET}",
        "bad-sslmode-param": f"postgresql://{s.user}@{s.host}:{s.port}/{db.name}"
                             f"?sslmode=bogus&password={SECRET}",
        "bad-port-param": f"postgresql://{s.user}@{s.host}:notaport/x?password={SECRET}",
        "bad-port-sslpassword": f"postgresql://{s.user}@{s.host}:notaport/x"
                                f"?sslpassword={SECRET}",
        "conninfo": f"host={s.host} port={s.port} user={s.user} password={SECRET} "
                    f"dbname={db.name}",
        "conninfo-quoted": f"host={s.host} password='{SECRET} and more' dbname={db.name}",
        "conninfo-passfile": f"host={s.host} passfile=/tmp/{SECRET} dbname={db.name}",
    }


CONNECTING = ["userinfo", "userinfo-encoded-at", "password-param",
              "password-param-with-others", "sslpassword-param", "passfile-param"]
FAILING = ["unreachable-userinfo", "unreachable-param", "missing-db-param",
           "bad-sslmode-param", "bad-port-param", "bad-port-sslpassword", "conninfo",
           "conninfo-quoted", "conninfo-passfile"]


def _env() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if k not in ("KRAKN_FROM", "KRAKN_TO")}


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    """krakn as its own process: --debug's SQLAlchemy logging and tracebacks included."""
    return subprocess.run([sys.executable, "-m", "krakn", *args], capture_output=True,
                          text=True, timeout=120, env=_env())


def assert_hidden(where: object, *texts: str, secrets: tuple[str, ...] = (SECRET,)) -> None:
    for text in texts:
        for secret in secrets:
            assert secret not in text, (where, text[-3000:])
            assert secret.replace("@", "%40") not in text, (where, text[-3000:])


def _both_sides(url: str, other: str) -> list[list[str]]:
    return [["--from", url, "--to", other], ["--from", other, "--to", url]]


@pytest.mark.parametrize("case", CONNECTING)
def test_successful_runs_never_show_the_secret(case, pair, krakn, tmp_path: Path):
    """diff, migrate (header), -v and the Alembic revision file: no secret anywhere."""
    src, tgt = pair
    url = connecting_urls(src)[case]
    for sides in _both_sides(url, tgt.url):
        for flags in ((), ("-v",)):
            result = krakn("migrate", *flags, *sides)
            assert result.exit_code == 0, result.stderr
            header = result.stdout.splitlines()[0]
            assert src.name in header and tgt.name in header, header
            assert_hidden((case, flags, sides), result.stdout, result.stderr)
            result = krakn("diff", *flags, *sides)
            assert result.exit_code == 1, result.stderr
            assert_hidden((case, flags, sides), result.stdout, result.stderr)
        versions = tmp_path / f"versions{len(list(tmp_path.iterdir()))}"
        versions.mkdir()
        result = krakn("migrate", "--format", "alembic", "-o", str(versions), *sides)
        assert result.exit_code == 0, result.stderr
        (written,) = versions.iterdir()
        text = written.read_text()
        assert src.name in text and tgt.name in text
        assert_hidden((case, sides), result.stdout, result.stderr, text)


@pytest.mark.parametrize("case", CONNECTING)
def test_debug_never_shows_the_secret(case, pair):
    """--debug (the SQL krakn runs, every log record) never shows the secret."""
    src, tgt = pair
    url = connecting_urls(src)[case]
    # migrate does all that diff does, and renders a header too.
    for sides in _both_sides(url, tgt.url):
        result = run_cli("migrate", "--debug", *sides)
        assert result.returncode == 0, result.stderr[-3000:]
        assert "krakn.db.reading: --from: " in result.stderr  # the catalog queries
        assert_hidden(sides, result.stdout, result.stderr)


@pytest.mark.parametrize("case", FAILING)
def test_errors_never_show_the_secret(case, pair, krakn):
    """A failing URL gives one error line naming its side, without the secret; --debug too."""
    src, tgt = pair
    url = failing_urls(src)[case]
    for command in ("diff", "migrate"):
        for side, sides in zip(("--from", "--to"), _both_sides(url, tgt.url), strict=True):
            result = krakn(command, "-v", *sides)
            assert result.exit_code == 2, (result.stdout, result.stderr)
            err = result.stderr.splitlines()
            assert len(err) == 1 and err[0].startswith(f"krakn: error: {side}: "), err
            assert_hidden((command, sides), result.stdout, result.stderr)
    debug = run_cli("diff", "--debug", "--from", url, "--to", tgt.url)
    assert debug.returncode == 2, debug.stderr[-3000:]
    assert_hidden(case, debug.stdout, debug.stderr)


def test_conninfo_is_refused_by_name(pair, krakn):
    """A key=value connection string is said to be one, and a URL is asked for."""
    src, tgt = pair
    result = krakn("diff", "--from", failing_urls(src)["conninfo"], "--to", tgt.url)
    line = result.stderr.strip()
    assert "key=value connection string" in line and "postgresql://" in line, line


@pytest.mark.parametrize("side", ["--from", "--to"])
def test_unencoded_at_in_password_is_a_malformed_url(side, pair, krakn):
    """u:p@ss@host: one line saying the URL is malformed and how to encode '@', no host error."""
    src, tgt = pair
    s = src.server
    url = f"postgresql://{s.user}:{AT_SECRET}@{s.host}:{s.port}/{src.name}"
    sides = ["--from", url, "--to", tgt.url] if side == "--from" else \
        ["--from", tgt.url, "--to", url]
    for command in ("diff", "migrate"):
        result = krakn(command, *sides)
        assert result.exit_code == 2, result.stdout
        (line,) = result.stderr.splitlines()
        assert line.startswith(f"krakn: error: {side}: malformed URL"), line
        assert "%40" in line, line
        assert "unknown host" not in line and "host name" not in line, line
        assert_hidden(line, result.stdout, result.stderr, secrets=AT_HALVES)
    debug = run_cli("diff", "--debug", *sides)
    assert_hidden("debug", debug.stdout, debug.stderr, secrets=AT_HALVES)


def test_sync_data_plan_never_shows_the_secret(make_db, krakn):
    """sync-data's plan line (Database.label) and its errors leave out password= parameters."""
    src, tgt = make_db(), make_db()
    src.load(SOURCE_SQL + "INSERT INTO users VALUES (1, 'a');")
    tgt.load(SOURCE_SQL)
    url = connecting_urls(src)["password-param"]
    result = krakn("sync-data", "--dry-run", "-v", "--from", url, "--to", tgt.url)
    assert result.exit_code == 0, result.stderr
    assert src.name in result.output
    assert_hidden("dry-run", result.stdout, result.stderr)
    tgt.load("INSERT INTO users VALUES (1, 'b');")
    result = krakn("sync-data", "-y", "--from", url, "--to", connecting_urls(tgt)["userinfo"])
    assert result.exit_code == 2, result.output
    assert "already exists" in result.stderr
    assert_hidden("failed load", result.stdout, result.stderr)

"""The error boundary: one line and exit 2 for bad input, no traceback, no password."""

from __future__ import annotations

import uuid

import pytest
from cli_helpers import (
    NO_KRAKN_ENV,
    PASSWORD,
    assert_one_line_error,
    run_cli,
)

BAD_URLS = {
    "unreachable": ("postgresql://postgres@127.0.0.1:1/x", "127.0.0.1:1"),
    "not-a-url": ("not a url", "not a url"),
    "mysql": ("mysql://x/y", "mysql"),
    "no-database": ("postgresql://postgres@127.0.0.1:5432/", "no database"),
}


@pytest.mark.parametrize("side", ["--from", "--to"])
@pytest.mark.parametrize("case", sorted(BAD_URLS))
def test_bad_url_is_one_line_error(case, side, make_db, krakn):
    """Each kind of bad URL gives one error line naming the side, exit 2."""
    good = make_db()
    bad, words = BAD_URLS[case]
    args = ["--from", bad, "--to", good.url] if side == "--from" else \
        ["--from", good.url, "--to", bad]
    for command in ("diff", "migrate"):
        line = assert_one_line_error(krakn(command, *args), side)
        assert words in line, line


@pytest.mark.parametrize("side", ["--from", "--to"])
def test_missing_database_is_one_line_error(side, make_db, pg_server, krakn):
    """A database that does not exist gives one error line naming the side and the db."""
    good = make_db()
    missing = f"krakn_nosuch_{uuid.uuid4().hex[:8]}"
    bad = pg_server.url(missing)
    args = ["--from", bad, "--to", good.url] if side == "--from" else \
        ["--from", good.url, "--to", bad]
    line = assert_one_line_error(krakn("diff", *args), side)
    assert missing in line and "does not exist" in line, line


@pytest.mark.parametrize("side,env", [("--from", "KRAKN_FROM"), ("--to", "KRAKN_TO")])
def test_missing_url_is_one_line_error(side, env, make_db, krakn):
    """Leaving out --from or --to (and its env var) is one error line, exit 2."""
    good = make_db()
    other = "--to" if side == "--from" else "--from"
    line = assert_one_line_error(krakn("diff", other, good.url, env=NO_KRAKN_ENV), side)
    assert env in line, line


def test_no_urls_at_all_is_one_line_error(krakn):
    """Neither URL given: one error line about --from, exit 2."""
    assert_one_line_error(krakn("migrate", env=NO_KRAKN_ENV), "--from")


@pytest.mark.parametrize("side", ["--from", "--to"])
def test_missing_connect_privilege(side, make_db, login_role, pg_server, krakn):
    """A role without CONNECT on the database gets a one-line permission error for its side."""
    good, locked = make_db(), make_db()
    conn = pg_server.admin()
    try:
        with conn.cursor() as cur:
            cur.execute(f'REVOKE CONNECT ON DATABASE "{locked.name}" FROM PUBLIC')
    finally:
        conn.close()
    bad = f"postgresql://{login_role}@{pg_server.host}:{pg_server.port}/{locked.name}"
    args = ["--from", bad, "--to", good.url] if side == "--from" else \
        ["--from", good.url, "--to", bad]
    line = assert_one_line_error(krakn("diff", *args), side)
    assert "permission denied" in line.lower(), line


def test_debug_error_still_exits_2(pair):
    """With --debug an error may show a traceback but still exits 2, not 1 (= differences)."""
    src, _tgt = pair
    result = run_cli("diff", "--debug", "--from", "postgresql://postgres@127.0.0.1:1/x",
                     "--to", src.url)
    assert result.returncode == 2, (result.returncode, result.stderr[-2000:])


def _password_urls(pg_server, good_db: str) -> dict[str, str]:
    host, port = pg_server.host, pg_server.port
    return {
        "unreachable": f"postgresql://postgres:{PASSWORD}@127.0.0.1:1/x",
        "no-database": f"postgresql://postgres:{PASSWORD}@{host}:{port}/",
        "missing-db": f"postgresql://postgres:{PASSWORD}@{host}:{port}/krakn_nosuch_db",
        "bad-port": f"postgresql://postgres:{PASSWORD}@{host}:notaport/x",
        "bad-sslmode": f"postgresql://postgres:{PASSWORD}@{host}:{port}/{good_db}?sslmode=bogus",
        # Trust auth ignores the password: the comparison itself runs.
        "reachable": f"postgresql://postgres:{PASSWORD}@{host}:{port}/{good_db}",
        # Typos a user makes: no scheme, one slash.
        "no-scheme": f"postgres:{PASSWORD}@{host}:{port}/{good_db}",
        "one-slash": f"postgresql:/postgres:{PASSWORD}@{host}:{port}/{good_db}",
    }


PASSWORD_CASES = ["unreachable", "no-database", "missing-db", "bad-port", "bad-sslmode",
                  "reachable", "no-scheme", "one-slash"]


@pytest.mark.parametrize("case", PASSWORD_CASES)
def test_password_never_shown(case, pair, pg_server, krakn):
    """A password in a URL appears neither on stdout nor on stderr, also with -v and -vv."""
    src, tgt = pair
    url = _password_urls(pg_server, src.name)[case]
    for flags in ((), ("-v",), ("-vv",)):
        for command in ("diff", "migrate"):
            for args in (["--from", url, "--to", tgt.url], ["--from", src.url, "--to", url]):
                result = krakn(command, *flags, *args)
                where = (command, flags, args)
                assert PASSWORD not in result.stdout, (where, result.stdout)
                assert PASSWORD not in result.stderr, (where, result.stderr)


@pytest.mark.parametrize("case", PASSWORD_CASES)
def test_password_never_shown_with_debug(case, pair, pg_server):
    """With --debug (traceback and SQL log allowed) the password still never shows."""
    src, tgt = pair
    url = _password_urls(pg_server, src.name)[case]
    for command in ("diff", "migrate"):
        result = run_cli(command, "--debug", "--from", url, "--to", tgt.url)
        assert PASSWORD not in result.stdout, (command, result.stdout[-3000:])
        assert PASSWORD not in result.stderr, (command, result.stderr[-3000:])


def test_boundary_never_calls_a_database_error_unexpected(pair, capsys):
    """A server error that escaped its side's translation is still one plain line, exit 2."""
    import psycopg2

    from krakn.cli.boundary import error_boundary

    src, _tgt = pair
    url = src.url.replace("postgres@", f"postgres:{PASSWORD}@")

    @error_boundary
    def command(source: str, target: str, debug: bool) -> int:
        conn = psycopg2.connect(src.url)
        try:
            with conn.cursor() as cur:
                cur.execute(f"SELECT '{PASSWORD}'::integer")
        finally:
            conn.close()
        return 0

    with pytest.raises(SystemExit) as info:
        command(source=url, target=url, debug=False)
    assert info.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith("krakn: error: database error: invalid input syntax for type "
                          "integer"), err
    assert "unexpected" not in err and PASSWORD not in err and err.count("\n") == 1, err

"""--tables and --exclude-tables through the CLI, on tables with awkward names."""

from __future__ import annotations

import pytest
from sync_helpers import content

AWKWARD = """
CREATE SCHEMA app;
CREATE TABLE "c,d" (id int PRIMARY KEY, v text);
CREATE TABLE app."Mixed.Name" (id int PRIMARY KEY, v text);
CREATE TABLE "q""uote" (id int PRIMARY KEY, v text);
CREATE TABLE "Users" (id int PRIMARY KEY, v text);
CREATE TABLE users (id int PRIMARY KEY, v text);
CREATE TABLE "with space" (id int PRIMARY KEY, v text);
"""
TABLES = ('"c,d"', 'app."Mixed.Name"', '"q""uote"', '"Users"', "users", '"with space"')
ROWS = "".join(f"INSERT INTO {t} VALUES (1, {t!r}), (2, 'two');" for t in TABLES)


@pytest.mark.parametrize(("option", "value"), [
    ("--tables", ""), ("--tables", ","), ("--tables", " "), ("--exclude-tables", ""),
    ("--tables", "a,,b")])
def test_empty_selection_stops_before_connecting(pair, sync, krakn, option, value):
    """An empty name is exit 2 in one line, before any connection: --truncate empties nothing."""
    pair.source.load(AWKWARD + ROWS)
    pair.target.load(AWKWARD + ROWS.replace("'two'", "'old'"))
    before = [content(pair.target, t) for t in TABLES]
    result = sync(option, value, "--truncate")
    expected = (f"krakn: error: {option}: empty table name in {value!r}: name a table, "
                f"or leave {option} out\n")
    assert (result.exit_code, result.stdout, result.stderr) == (2, "", expected)
    assert [content(pair.target, t) for t in TABLES] == before
    nowhere = "postgresql://postgres@127.0.0.1:1/nowhere"
    result = krakn("sync-data", "--from", nowhere, "--to", nowhere, option, value)
    assert (result.exit_code, result.stderr) == (2, expected)


def test_quoted_names_select_exactly_those_tables(pair, sync):
    """Commas, dots, quotes, blanks and capitals are selected by quoting, rows copied exactly."""
    pair.source.load(AWKWARD + ROWS)
    pair.target.load(AWKWARD)
    result = sync("--tables", '"c,d",app."Mixed.Name"', "--tables", '"q""uote", "with space"',
                  "--tables", '"Users"', "--exclude-tables", '"with space"')
    assert result.exit_code == 0, result.stderr
    for table in TABLES[:4]:
        assert content(pair.target, table) == content(pair.source, table), table
        assert content(pair.target, table)[0] == 2
    for table in ("users", '"with space"'):
        assert content(pair.target, table)[0] == 0, table
    assert "synced 4 tables: 8 rows" in result.stdout


def test_unquoted_names_fold_like_postgresql(pair, sync):
    """USERS is users, not "Users": the same table psql and pg_dump -t would pick."""
    pair.source.load(AWKWARD + ROWS)
    pair.target.load(AWKWARD)
    result = sync("--tables", "USERS")
    assert result.exit_code == 0, result.stderr
    assert content(pair.target, "users") == content(pair.source, "users")
    assert content(pair.target, '"Users"')[0] == 0


@pytest.mark.parametrize("option", ["--tables", "--exclude-tables"])
def test_mixed_case_name_unquoted_says_to_quote_it(pair, sync, option):
    """A name found only in another case is an error that shows the quoted spelling."""
    pair.source.load('CREATE TABLE "Orders" (id int); INSERT INTO "Orders" VALUES (1);')
    pair.target.load('CREATE TABLE "Orders" (id int);')
    result = sync(option, "Orders")
    assert result.exit_code == 2
    assert result.stderr == (
        f"krakn: error: {option}: table public.orders exists on neither side; did you mean "
        f"""\"Orders"? quote mixed-case names: {option} '"Orders"'\n""")
    pair.target.load('DROP TABLE "Orders"; CREATE TABLE orders (id int);')
    result = sync("--tables", "Orders")
    assert result.stderr == (
        "krakn: error: --from: table public.orders (named in --tables) does not exist; did you "
        """mean "Orders"? quote mixed-case names: --tables '"Orders"'\n""")
    assert pair.target.query("SELECT count(*) FROM orders") == [(0,)]


def test_unbalanced_quote_is_an_error(pair, sync):
    """An unclosed quote is refused rather than read as part of a name."""
    pair.source.load(AWKWARD + ROWS)
    pair.target.load(AWKWARD)
    result = sync("--tables", '"c,d')
    assert result.exit_code == 2
    assert result.stderr.startswith("krakn: error: --tables: unbalanced double quote in")
    assert content(pair.target, '"c,d"')[0] == 0

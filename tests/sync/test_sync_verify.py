"""krakn verify and sync-data --verify against real PostgreSQL databases."""

from __future__ import annotations

import json

import pytest

SCHEMA = """
CREATE TABLE users (id integer PRIMARY KEY, name text, paid money, born date,
                    seen timestamptz, twice integer GENERATED ALWAYS AS (id * 2) STORED);
CREATE TABLE events (id integer, user_id integer REFERENCES users (id), what text);
"""
ROWS = """
INSERT INTO users VALUES (1, 'ann', 1.5, '2001-02-03', '2020-01-01 10:00+02'),
                         (2, NULL, 0, NULL, NULL), (3, 'Ünïcode', 2, '1999-12-31', now());
INSERT INTO events VALUES (1, 1, 'a'), (1, 1, 'a'), (2, 3, NULL), (3, NULL, '');
"""


@pytest.fixture
def verify(krakn, pair):
    def run(*args: str):
        return krakn("verify", "--from", pair.source.url, "--to", pair.target.url, *args)

    return run


@pytest.fixture
def loaded(pair, sync):
    """Both sides with the same rows, copied by sync-data."""
    pair.source.load(SCHEMA + ROWS)
    pair.target.load(SCHEMA)
    result = sync("-q")
    assert result.exit_code == 0, result.stderr
    return pair


def test_verify_after_plain_sync(loaded, verify):
    """After a plain sync every table matches: exit 0, a line per table."""
    result = verify()
    assert result.exit_code == 0, result.stderr
    assert "public.users" in result.stdout and "2 of 2 tables match" in result.stdout
    assert "left out: twice (computed by --to)" in result.stdout


def test_verify_ignores_settings_and_order(loaded, verify):
    """Session settings of either database and the physical order do not change the hash."""
    name = loaded.target.name
    loaded.target.query(f"ALTER DATABASE \"{name}\" SET DateStyle = 'SQL, DMY'; "
                        f"ALTER DATABASE \"{name}\" SET TimeZone = 'Asia/Tokyo'; "
                        f"ALTER DATABASE \"{name}\" SET extra_float_digits = -3")
    # An update writes new row versions at the table's end: another physical order.
    loaded.target.query("UPDATE events SET what = what WHERE id = 1")
    result = verify()
    assert result.exit_code == 0, result.stdout


def test_one_changed_row(loaded, verify):
    """One changed value in a compared column: exit 1, the table named."""
    loaded.target.query("UPDATE events SET what = 'b' WHERE what IS NULL")
    result = verify("--format", "json")
    assert result.exit_code == 1
    data = json.loads(result.stdout)
    assert not data["match"]
    assert [t["table"] for t in data["tables"] if not t["match"]] == ["public.events"]


def test_duplicate_rows_count(loaded, verify):
    """A duplicate row removed (or doubled) is a difference, unlike with xor."""
    loaded.target.query("DELETE FROM events WHERE ctid = (SELECT min(ctid) FROM events "
                        "WHERE id = 1); INSERT INTO events VALUES (2, 3, NULL)")
    result = verify()
    assert result.exit_code == 1
    assert "differ: public.events" in result.stdout


def test_unreachable_side(pair, verify, krakn):
    """A side that cannot be reached: exit 2, one line naming it."""
    result = krakn("verify", "--from", pair.source.url, "--to",
                   "postgresql://postgres@127.0.0.1:1/nowhere")
    assert result.exit_code == 2
    assert result.stderr.startswith("krakn: error: --to:")


def test_tables_selection(loaded, verify):
    """--tables compares only those; an unknown one is a usage error."""
    loaded.target.query("UPDATE events SET what = 'x'")
    assert verify("--tables", "users").exit_code == 0
    result = verify("--tables", "nope")
    assert result.exit_code == 2 and "nope" in result.stderr


def test_sync_verify_commits_when_equal(pair, sync, verify):
    """sync-data --verify compares before the commit; equal rows commit."""
    pair.source.load(SCHEMA + ROWS)
    pair.target.load(SCHEMA)
    result = sync("--verify")
    assert result.exit_code == 0, result.stderr
    assert "2 of 2 tables match" in result.stdout
    assert verify().exit_code == 0


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_sync_verify_rolls_back_on_mismatch(pair, sync, jobs):
    """A trigger on --to that changes rows: --verify rolls back, exit 1, nothing written."""
    pair.source.load(SCHEMA + ROWS)
    pair.target.load(SCHEMA + """
        CREATE FUNCTION bump() RETURNS trigger LANGUAGE plpgsql
            AS 'BEGIN NEW.what := NEW.what || ''!''; RETURN NEW; END';
        CREATE TRIGGER bump BEFORE INSERT ON events FOR EACH ROW EXECUTE FUNCTION bump();
        INSERT INTO users (id, name) VALUES (9, 'kept');
    """)
    result = sync("--verify", "--truncate", "--yes", "--jobs", jobs)
    assert result.exit_code == 1
    assert "public.events differ" in result.stderr and "rolled back" in result.stderr
    assert pair.target.query("SELECT id FROM users") == [(9,)]
    assert pair.target.query("SELECT count(*) FROM events") == [(0,)]


def test_left_out_columns_are_named_and_not_compared(loaded):
    """A column a rule rewrites (masked) is left out, named, and its change goes unseen."""
    from krakn import api
    from krakn.db.database import Database
    from krakn.names import TableName
    from krakn.options import VerifyOptions
    from krakn.sync.verify import format_report

    loaded.target.query("UPDATE users SET name = 'masked' WHERE id = 1")
    source = Database.from_raw(loaded.source.url, "--from")
    target = Database.from_raw(loaded.target.url, "--to")
    masked = VerifyOptions(left_out=((TableName("public", "users"), "name", "masked"),))
    report = api.verify(source, target, masked)
    assert report.match
    assert "public.users: left out: name (masked), twice (computed by --to)" in format_report(
        report, "--from", "--to")
    assert not api.verify(source, target, VerifyOptions()).match


def test_sync_verify_leaves_rewritten_columns_out(pair, monkeypatch):
    """A column the source query rewrites (as a mask does) is left out of --verify, named."""
    from dataclasses import replace

    from krakn.db.database import Database
    from krakn.sync import Reporter, RunOptions, Selection
    from krakn.sync import run as sync_run
    from krakn.sync.rules import plan_with_rules

    pair.source.load(SCHEMA + ROWS)
    pair.target.load(SCHEMA)
    lines: list[str] = []

    def masked_plan(*args, **kwargs):
        plan = plan_with_rules(*args, **kwargs)
        for table in plan.tables:
            table.columns = [replace(c, expression="upper(\"what\")") if c.name == "what" else c
                             for c in table.columns]
        return plan

    reporter = Reporter(quiet=False)
    reporter.lines = lines.extend  # type: ignore[method-assign]
    monkeypatch.setattr(sync_run, "plan_with_rules", masked_plan)
    sync_run.sync_data(Database.from_raw(pair.source.url, "--from"),
                       Database.from_raw(pair.target.url, "--to"), Selection(),
                       RunOptions(verify=True), reporter)
    assert "public.events: left out: what (rewritten by a rule)" in lines
    assert pair.target.query("SELECT what FROM events WHERE what = 'A'") == [("A",), ("A",)]


PROFILE_SCHEMA = """
CREATE TABLE users (id int PRIMARY KEY, name text, notes text, country text, nickname text,
                    display_name text, age int);
CREATE TABLE orders (id int PRIMARY KEY, user_id int REFERENCES users (id), total int);
"""
PROFILE_ROWS = """
INSERT INTO users VALUES (1, 'Ann Lee', 'likes tea', 'DE', 'annie', NULL, 30),
                         (2, 'Bob Roe', '', NULL, NULL, NULL, 41), (3, NULL, NULL, 'FR', 'cy',
                         NULL, NULL);
INSERT INTO orders VALUES (10, 1, 5), (11, 2, 7), (12, 3, 9), (13, NULL, 1);
"""
MASKED = """
profiles:
  p:
    mask_salt: ${KRAKN_MASK_SALT}
    columns:
      users.name:         {mask: name}
      users.notes:        {sql: "'x'"}
      users.country:      {value: ZZ}
      users.display_name: {from: nickname}
"""


@pytest.fixture
def with_profile(krakn, pair, tmp_path):
    """with_profile(command, yaml, *args): the command from pair.source to pair.target
    under profile p of a config file holding yaml."""

    def run(command: str, text: str, *args: str):
        path = tmp_path / "krakn.yml"
        path.write_text(text.lstrip("\n"), encoding="utf-8")
        return krakn(command, "--from", pair.source.url, "--to", pair.target.url,
                     "--config", str(path), "--profile", "p", *args,
                     env={"KRAKN_MASK_SALT": "a test salt, long enough", "KRAKN_FROM": None,
                          "KRAKN_TO": None})

    return run


def test_verify_profile_after_masked_sync(pair, with_profile):
    """After sync-data --profile, verify --profile matches and names every rewritten column."""
    pair.source.load(PROFILE_SCHEMA + PROFILE_ROWS)
    pair.target.load(PROFILE_SCHEMA)
    assert with_profile("sync-data", MASKED, "-q").exit_code == 0
    result = with_profile("verify", MASKED)
    assert result.exit_code == 0, result.stdout + result.stderr
    assert ("public.users: left out: country (value), display_name (from nickname), "
            "name (mask name), notes (sql)") in result.stdout
    data = json.loads(with_profile("verify", MASKED, "--format", "json").stdout)
    users = next(t for t in data["tables"] if t["table"] == "public.users")
    assert users["columns"] == ["id", "nickname", "age"]
    assert users["left_out"] == {"name": "mask name", "notes": "sql", "country": "value",
                                 "display_name": "from nickname"}


def test_verify_profile_sees_compared_columns_only(pair, with_profile, verify):
    """A change in a masked column still matches; one in a compared column is exit 1."""
    pair.source.load(PROFILE_SCHEMA + PROFILE_ROWS)
    pair.target.load(PROFILE_SCHEMA)
    assert with_profile("sync-data", MASKED, "-q").exit_code == 0
    assert verify().exit_code == 1  # without the profile the masks are differences
    pair.target.query("UPDATE users SET name = 'changed', display_name = 'x' WHERE id = 1")
    assert with_profile("verify", MASKED).exit_code == 0
    pair.target.query("UPDATE users SET age = 31 WHERE id = 1")
    result = with_profile("verify", MASKED)
    assert result.exit_code == 1
    assert "differ: public.users" in result.stdout


def test_verify_profile_compares_the_rows_it_selects(pair, with_profile, verify):
    """A profile's where: verify compares exactly the rows sync-data copied under it."""
    text = """
profiles:
  p:
    tables: [users, orders]
    where:
      users: "id <> 2"
"""
    pair.source.load(PROFILE_SCHEMA + PROFILE_ROWS)
    pair.target.load(PROFILE_SCHEMA)
    assert with_profile("sync-data", text, "-q").exit_code == 0
    assert pair.target.query("SELECT id FROM orders ORDER BY id") == [(10,), (12,), (13,)]
    result = with_profile("verify", text)
    assert result.exit_code == 0, result.stdout + result.stderr
    assert "public.users: --from rows: where id <> 2" in result.stdout
    assert verify().exit_code == 1  # all of --from's rows are more than were copied
    # A flag's row selection replaces the profile's whole: every row again.
    assert with_profile("verify", text, "--where", "orders:true").exit_code == 1
    pair.target.query("DELETE FROM orders WHERE id = 13")
    assert with_profile("verify", text).exit_code == 1


def test_verify_profile_follows_renames(pair, with_profile):
    """A renamed table is compared under its new name; a renamed column is left out, named."""
    text = """
profiles:
  p:
    renames:
      users.full_name: name
      customer: client
"""
    pair.source.load("CREATE TABLE users (id int, full_name text);"
                     "CREATE TABLE customer (id int, note text);"
                     "INSERT INTO users VALUES (1, 'ann'); INSERT INTO customer VALUES (7, 'x');")
    pair.target.load("CREATE TABLE users (id int, name text);"
                     "CREATE TABLE client (id int, note text);")
    assert with_profile("sync-data", text, "-q").exit_code == 0
    result = with_profile("verify", text)
    assert result.exit_code == 0, result.stdout + result.stderr
    assert "public.users: left out: name (renamed from full_name)" in result.stdout
    assert "2 of 2 tables match" in result.stdout
    pair.target.query("UPDATE client SET note = 'y'")
    assert with_profile("verify", text).exit_code == 1


def test_verify_profile_subset(pair, with_profile):
    """A profile's subset: verify compares the closure sync-data copied, and says so."""
    text = """
profiles:
  p:
    subset:
      root: users
      where: "id = 1"
"""
    pair.source.load(PROFILE_SCHEMA + PROFILE_ROWS)
    pair.target.load(PROFILE_SCHEMA)
    assert with_profile("sync-data", text, "-q").exit_code == 0
    assert pair.target.query("SELECT id FROM orders") == [(10,)]
    result = with_profile("verify", text)
    assert result.exit_code == 0, result.stdout + result.stderr
    assert "public.users: --from rows: subset root: where id = 1" in result.stdout

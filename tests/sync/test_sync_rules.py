"""sync-data under a profile's column rules and masks, against real databases."""

from __future__ import annotations

import re
import textwrap

import pytest

SALT = "a test salt, long enough"
ENV = {"KRAKN_MASK_SALT": SALT, "KRAKN_FROM": None, "KRAKN_TO": None}

USERS = """
CREATE TABLE users (id int PRIMARY KEY, email text UNIQUE, name text, phone text, ssn text,
                    notes text, password_hash text, country text, nickname text);
"""
USERS_ROWS = """
INSERT INTO users VALUES
 (1, 'ann@corp.example.com', 'Ann Lee', '+1 555 0100', '123-45-6789', 'likes tea', 'pbkdf2$a',
  'DE', 'annie'),
 (2, 'bob@corp.example.com', 'Bob Roe', '+1 555 0101', '987-65-4321', '', 'pbkdf2$b', NULL,
  NULL),
 (3, NULL, NULL, NULL, NULL, NULL, NULL, 'FR', 'cy');
"""
TARGET_USERS = USERS.replace("nickname text", "nickname text, display_name text, "
                             "email_verified boolean NOT NULL")

RULES = """
profiles:
  p:
    mask_salt: ${KRAKN_MASK_SALT}
    columns:
      users.email:          {mask: email}
      users.name:           {mask: name}
      users.phone:          {mask: phone}
      users.ssn:            {mask: "null"}
      users.notes:          {mask: hash}
      users.password_hash:  {sql: "'x'"}
      users.country:        {value: ZZ}
      users.email_verified: {fill: false}
      users.display_name:   {from: nickname, mask: name}
"""


@pytest.fixture
def profile(tmp_path):
    """profile(yaml): the --config/--profile arguments of a file holding that text."""

    def write(text: str) -> list[str]:
        path = tmp_path / "krakn.yml"
        path.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
        return ["--config", str(path), "--profile", "p"]

    return write


@pytest.fixture
def run(krakn, pair):
    """run(*args, env=...): sync-data from pair.source to pair.target with the salt set."""

    def go(*args: str, env: dict[str, str | None] | None = None):
        return krakn("sync-data", "--from", pair.source.url, "--to", pair.target.url, *args,
                     env={**ENV, **(env or {})})

    return go


def _users(db):
    return db.query("SELECT id, email, name, phone, ssn, notes, password_hash, country, "
                    "display_name, email_verified FROM users ORDER BY id")


def test_every_rule_kind(pair, run, profile):
    """mask, sql, value, fill and from+mask each give what the rule says; NULL stays NULL."""
    pair.source.load(USERS + USERS_ROWS)
    pair.target.load(TARGET_USERS)
    result = run(*profile(RULES))
    assert result.exit_code == 0, result.stderr
    rows = _users(pair.target)
    sources = pair.source.query("SELECT * FROM users ORDER BY id")
    for row, src in zip(rows, sources, strict=True):
        _id, email, name, phone, ssn, notes, password, country, display, verified = row
        assert ssn is None and password == "x" and country == "ZZ" and verified is False
        if src[1] is None:
            assert (email, name, phone, notes) == (None, None, None, None)
            continue
        assert re.fullmatch(r"[0-9a-f]{32}@example\.invalid", email)
        assert name and name != src[2] and phone != src[3]
        assert 7 <= sum(c.isdigit() for c in phone) <= 15
        assert re.fullmatch(r"[0-9a-f]{32}", notes)  # '' is masked too, never kept
    assert rows[0][8] and rows[0][8] != "annie" and rows[1][8] is None
    assert SALT not in result.stdout + result.stderr


def test_deterministic_across_runs_tables_and_salts(pair, run, profile):
    """Equal inputs give equal masks in two tables and two runs; another salt changes them."""
    pair.source.load(USERS + USERS_ROWS + "CREATE TABLE orders (id int, customer_email text);"
                     "INSERT INTO orders SELECT id, email FROM users;")
    pair.target.load(USERS + "CREATE TABLE orders (id int, customer_email text);")
    args = profile("""
        profiles:
          p:
            mask_salt: ${KRAKN_MASK_SALT}
            truncate: true
            columns:
              users.email: {mask: email}
              orders.customer_email: {mask: email}
        """)
    assert run(*args).exit_code == 0
    join = ("SELECT u.email, o.customer_email FROM users u JOIN orders o USING (id) "
            "ORDER BY id")
    first = pair.target.query(join)
    assert all(a == b for a, b in first)
    assert run(*args).exit_code == 0
    assert pair.target.query(join) == first
    assert run(*args, env={"KRAKN_MASK_SALT": "another salt entirely"}).exit_code == 0
    other = pair.target.query(join)
    assert all(a != b for (a, _), (b, _) in zip(first, other, strict=True) if a is not None)


def test_unique_column_of_50000_values_stays_unique(pair, run, profile):
    """50,000 distinct emails (case-only pairs, '' and NULL) mask to distinct, new values."""
    table = "CREATE TABLE accounts (id int PRIMARY KEY, email text UNIQUE);"
    pair.source.load(table + """
        INSERT INTO accounts SELECT i, CASE WHEN i % 2 = 0 THEN 'User' || (i / 2)
                                            ELSE 'user' || (i / 2) END || '@x.example'
        FROM generate_series(1, 49998) i;
        INSERT INTO accounts VALUES (49999, ''), (50000, NULL);""")
    pair.target.load(table)
    args = profile("""
        profiles:
          p:
            mask_salt: ${KRAKN_MASK_SALT}
            columns: {accounts.email: {mask: email}}
        """)
    assert run(*args).exit_code == 0
    counts = pair.target.query("SELECT count(*), count(DISTINCT email), count(email) "
                               "FROM accounts")
    assert counts == [(50000, 49999, 49999)]
    masked = {r[0] for r in pair.target.query("SELECT email FROM accounts")}
    clear = {r[0] for r in pair.source.query("SELECT email FROM accounts")}
    assert not (masked & clear) - {None}


@pytest.mark.parametrize("unique", ["constraint", "index"])
def test_vocabulary_mask_on_unique_column_is_refused(pair, run, profile, unique):
    """name on a UNIQUE column (constraint or unique index) is an error; nothing written."""
    pair.source.load(USERS + USERS_ROWS)
    pair.target.load(USERS if unique == "constraint" else
                     USERS.replace("email text UNIQUE", "email text") +
                     "CREATE UNIQUE INDEX users_email ON users (lower(name), email);")
    result = run(*profile("""
        profiles:
          p:
            mask_salt: ${KRAKN_MASK_SALT}
            columns: {users.email: {mask: name}}
        """))
    assert result.exit_code == 2
    assert "columns[users.email]" in result.stderr and "UNIQUE" in result.stderr
    assert pair.target.query("SELECT count(*) FROM users") == [(0,)]


def test_no_clear_value_in_table_or_index_pages(pair, run, profile):
    """After CHECKPOINT, neither the heap nor the unique index's file holds a clear value."""
    pair.source.load(USERS + USERS_ROWS)
    pair.target.load(USERS + "CREATE INDEX users_name ON users (name);")
    assert run(*profile(RULES.replace("      users.email_verified: {fill: false}\n", "")
                        .replace("      users.display_name:   {from: nickname, mask: name}\n",
                                 ""))).exit_code == 0
    pair.target.query("CHECKPOINT")
    pages = b""
    for relation in ("users", "users_email_key", "users_name"):
        path = pair.target.query("SELECT pg_relation_filepath(%s)", (relation,))[0][0]
        pages += bytes(pair.target.query("SELECT pg_read_binary_file(%s)", (path,))[0][0])
    assert len(pages) >= 3 * 8192
    for clear in ("ann@corp", "bob@corp", "Ann Lee", "Bob Roe", "123-45-6789", "likes tea",
                  "pbkdf2$", "555 0100"):
        assert clear.encode() not in pages, clear


def test_wildcard_across_schemas_and_types(pair, run, profile):
    """"*.ip_address" masks the column in every table of every schema, whatever its type."""
    schema = ("CREATE SCHEMA app; CREATE TABLE app.hits (id int, ip_address inet);"
              "CREATE TABLE logins (id int, ip_address text, email text);")
    pair.source.load(schema + "INSERT INTO app.hits VALUES (1, '10.0.0.1');"
                     "INSERT INTO logins VALUES (1, '10.0.0.2', 'a@b.example');")
    pair.target.load(schema)
    result = run(*profile("""
        profiles:
          p:
            mask_salt: ${KRAKN_MASK_SALT}
            columns:
              "*.ip_address": {mask: "null"}
              "*.*.email": {mask: hash}
        """))
    assert result.exit_code == 0, result.stderr
    assert pair.target.query("SELECT ip_address FROM app.hits") == [(None,)]
    assert pair.target.query("SELECT ip_address, length(email) FROM logins") == [(None, 32)]


def test_sql_rule_that_fails_is_refused_before_any_write(pair, run, profile):
    """An sql rule with an unknown column, or a value of the wrong type, names the rule."""
    pair.source.load(USERS + USERS_ROWS)
    pair.target.load(USERS.replace("country text", "country integer"))
    for rule, expected in (("users.notes: {sql: \"no_such || 'x'\"}", "no_such"),
                           ("users.country: {sql: \"'x' || id\"}", "integer")):
        result = run(*profile(f"""
            profiles:
              p:
                columns:
                  {rule}
            """))
        assert result.exit_code == 2, result.stdout
        line = result.stderr.strip()
        assert "\n" not in line and "columns[users." in line and expected in line, line
    assert pair.target.query("SELECT count(*) FROM users") == [(0,)]


def test_strict_mode_refuses_unmasked_personal_columns(pair, run, profile):
    """--strict (or strict: true) fails before writing; --dry-run shows rules and findings."""
    pair.source.load(USERS + USERS_ROWS)
    pair.target.load(USERS)
    args = profile("""
        profiles:
          p:
            mask_salt: ${KRAKN_MASK_SALT}
            columns: {users.email: {mask: email}}
        """)
    dry = run(*args, "--strict", "--dry-run")
    assert "email (mask email)" in dry.stdout
    assert "look personal, no mask (strict mode): name, phone, ssn" in dry.stdout
    result = run(*args, "--strict")
    assert result.exit_code == 2
    assert "public.users.name looks personal" in result.stderr
    assert pair.target.query("SELECT count(*) FROM users") == [(0,)]
    assert run(*args, "--no-strict").exit_code == 0


def test_renames_copy_old_column_and_table_into_new(pair, run, profile):
    """renames: the source's full_name fills name, its table customer fills client."""
    pair.source.load("CREATE TABLE users (id int, full_name text);"
                     "CREATE TABLE customer (id int, note text);"
                     "INSERT INTO users VALUES (1, 'ann'); INSERT INTO customer VALUES (7, 'x');")
    pair.target.load("CREATE TABLE users (id int, name text);"
                     "CREATE TABLE client (id int, note text);")
    args = profile("""
        profiles:
          p:
            renames:
              users.full_name: name
              customer: client
        """)
    dry = run(*args, "--dry-run")
    assert "name (renamed from full_name)" in dry.stdout and "client (from public.customer)" \
        in dry.stdout
    assert run(*args).exit_code == 0
    assert pair.target.query("SELECT id, name FROM users") == [(1, "ann")]
    assert pair.target.query("SELECT id, note FROM client") == [(7, "x")]


def test_rename_of_what_does_not_exist_is_an_error(pair, run, profile):
    """A rename whose new column the target lacks fails; nothing written."""
    pair.source.load("CREATE TABLE users (id int, full_name text); INSERT INTO users "
                     "VALUES (1, 'a');")
    pair.target.load("CREATE TABLE users (id int, full_name text);")
    result = run(*profile("""
        profiles:
          p:
            renames: {users.full_name: name}
        """))
    assert result.exit_code == 2 and "column name of public.users does not exist" in \
        result.stderr
    assert pair.target.query("SELECT count(*) FROM users") == [(0,)]


@pytest.mark.parametrize(("text", "expected"), [
    ("columns: {users.email: {mask: emial}}", "unknown mask 'emial'"),
    ("columns: {users.nope: {mask: hash}}", "column nope of public.users does not exist on "
                                             "either side"),
    ("columns: {users.email: {mask: email}}\n    mask_salt: ''", "mask_salt"),
    ("colums: {}", "unknown key"),
])
def test_config_errors_write_nothing(pair, run, profile, text, expected):
    """Each config error is one line, exit 2, and the target stays empty."""
    pair.source.load(USERS + USERS_ROWS)
    pair.target.load(USERS)
    result = run(*profile(f"profiles:\n  p:\n    mask_salt: x-salt-value\n    {text}\n"
                          if "mask_salt: ''" not in text else
                          f"profiles:\n  p:\n    {text}\n"))
    assert result.exit_code == 2, result.stdout
    assert expected in result.stderr and result.stderr.count("\n") == 1, result.stderr
    assert pair.target.query("SELECT count(*) FROM users") == [(0,)]


def test_masks_on_every_connection_with_jobs(pair, run, profile):
    """--jobs 2: each source connection has the seeds; equal inputs still mask alike."""
    schema = "CREATE TABLE a (id int, email text); CREATE TABLE b (id int, email text);"
    pair.source.load(schema + "INSERT INTO a VALUES (1, 'x@y.example');"
                     "INSERT INTO b VALUES (1, 'x@y.example');")
    pair.target.load(schema)
    result = run(*profile("""
        profiles:
          p:
            mask_salt: ${KRAKN_MASK_SALT}
            columns: {"*.email": {mask: email}}
        """), "--jobs", "2")
    assert result.exit_code == 0, result.stderr
    (a,), (b,) = pair.target.query("SELECT email FROM a"), pair.target.query("SELECT email FROM b")
    assert a == b and a[0].endswith("@example.invalid")

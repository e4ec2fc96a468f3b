"""krakn sync-data against real PostgreSQL databases, in-process through the CLI."""

from __future__ import annotations

import pytest
from sync_helpers import content, same

SHOP = """
CREATE TABLE users (id serial PRIMARY KEY, name text NOT NULL);
CREATE TABLE orders (id bigserial PRIMARY KEY, user_id integer REFERENCES users (id),
                     note text);
CREATE TABLE products (id integer PRIMARY KEY, price integer);
"""
SHOP_ROWS = """
INSERT INTO users (name) VALUES ('ann'), ('bob'), ('cy');
INSERT INTO orders (user_id, note) VALUES (1, 'first'), (3, NULL), (1, '');
INSERT INTO products VALUES (1, 10), (2, 3), (3, 7);
"""
PASSWORD = "S3cretPw"


def test_plain_copy(pair, sync):
    """Every table both sides have is copied, row for row."""
    pair.source.load(SHOP + SHOP_ROWS)
    pair.target.load(SHOP)
    result = sync()
    assert result.exit_code == 0, result.stderr
    for table in ("users", "orders", "products"):
        assert same(pair, table, key="id"), table
    assert "synced 3 tables: 9 rows" in result.stdout


def test_schema_drift(pair, sync):
    """New columns get defaults, dropped ones are left out, a changed type is converted."""
    pair.source.load(SHOP.replace("note text", "note text, temp_flag boolean") + SHOP_ROWS)
    pair.target.load(SHOP.replace("name text NOT NULL",
                                  "name text NOT NULL, email_verified boolean NOT NULL DEFAULT "
                                  "false")
                     .replace("price integer", "price numeric(10,2)"))
    result = sync()
    assert result.exit_code == 0, result.stderr
    assert pair.target.query("SELECT id, name, email_verified FROM users ORDER BY id") == [
        (1, "ann", False), (2, "bob", False), (3, "cy", False)]
    assert same(pair, "orders", "(id, user_id, note)", "id")
    assert same(pair, "products", "(id, price::numeric(10,2))", "id")
    assert "filled by default: email_verified" in result.stdout
    assert "left out (only on --from): temp_flag" in result.stdout
    assert "converted: price (integer -> numeric(10,2))" in result.stdout


def test_truncate_replaces_rows(pair, sync):
    """--truncate empties the selected target tables first; -q prints nothing."""
    pair.source.load(SHOP + SHOP_ROWS)
    pair.target.load(SHOP + "INSERT INTO users VALUES (7, 'old'); "
                     "INSERT INTO orders VALUES (9, 7, 'old'); INSERT INTO products VALUES (1, 1);")
    result = sync("--truncate", "-q")
    assert result.exit_code == 0, result.stderr
    assert result.stdout == result.stderr == ""
    for table in ("users", "orders", "products"):
        assert same(pair, table, key="id"), table


def test_duplicate_key_append_fails_and_changes_nothing(pair, sync):
    """Appending a row whose key exists fails the run; tables loaded before it roll back."""
    pair.source.load(SHOP + SHOP_ROWS)
    pair.target.load(SHOP + "INSERT INTO products VALUES (2, 99);")
    before = [content(pair.target, t) for t in ("users", "orders", "products")]
    result = sync()
    assert result.exit_code == 2
    assert result.stderr.startswith("krakn: error: --to: loading public.products:")
    assert "duplicate key" in result.stderr and "rolled back" in result.stderr
    assert "Traceback" not in result.stderr
    assert [content(pair.target, t) for t in ("users", "orders", "products")] == before
    assert pair.target.query("SELECT count(*) FROM users") == [(0,)]


def test_tables_and_exclude_tables(pair, sync):
    """--tables picks tables and --exclude-tables drops some of them."""
    pair.source.load(SHOP + SHOP_ROWS)
    pair.target.load(SHOP)
    result = sync("--tables", "users,public.products", "--tables", "orders",
                  "--exclude-tables", "orders")
    assert result.exit_code == 0, result.stderr
    assert same(pair, "users", key="id") and same(pair, "products", key="id")
    assert pair.target.query("SELECT count(*) FROM orders") == [(0,)]


@pytest.mark.parametrize("option", ["--tables", "--exclude-tables"])
def test_unknown_table_is_an_error(pair, sync, option):
    """A table name that does not exist stops the run before any write."""
    pair.source.load(SHOP + SHOP_ROWS + "CREATE TABLE only_here (id int);")
    pair.target.load(SHOP)
    result = sync(option, "users,nosuch")
    assert result.exit_code == 2
    assert result.stderr == f"krakn: error: {option}: table public.nosuch exists on neither side\n"
    assert pair.target.query("SELECT count(*) FROM users") == [(0,)]
    result = sync(option, "only_here")
    if option == "--tables":
        assert result.stderr == ("krakn: error: --to: table public.only_here (named in "
                                 "--tables) does not exist\n")
    else:  # leaving out what cannot be copied anyway is fine
        assert result.exit_code == 0, result.stderr


def test_chain_of_foreign_keys_loads_parents_first(pair, sync):
    """Non-deferrable keys a -> b -> c load as c, b, a, whatever the names' order."""
    schema = """
    CREATE TABLE c_root (id int PRIMARY KEY);
    CREATE TABLE b_mid (id int PRIMARY KEY, root int NOT NULL REFERENCES c_root);
    CREATE TABLE a_leaf (id int PRIMARY KEY, mid int NOT NULL REFERENCES b_mid,
                         parent int REFERENCES a_leaf);
    """
    pair.source.load(schema + """
    INSERT INTO c_root SELECT generate_series(1, 5);
    INSERT INTO b_mid SELECT g, g FROM generate_series(1, 5) g;
    INSERT INTO a_leaf VALUES (1, 1, NULL);
    INSERT INTO a_leaf SELECT g, g, g - 1 FROM generate_series(2, 5) g;
    """)
    pair.target.load(schema)
    result = sync()
    assert result.exit_code == 0, result.stderr
    assert result.stdout.index("1. public.c_root") < result.stdout.index("2. public.b_mid") \
        < result.stdout.index("3. public.a_leaf")
    for table in ("a_leaf", "b_mid", "c_root"):
        assert same(pair, table, key="id"), table


CYCLE = """
CREATE TABLE husband (id int PRIMARY KEY, wife int NOT NULL);
CREATE TABLE wife (id int PRIMARY KEY, husband int NOT NULL REFERENCES husband);
ALTER TABLE husband ADD CONSTRAINT husband_wife_fkey FOREIGN KEY (wife) REFERENCES wife;
"""


def test_foreign_key_cycle(pair, sync):
    """A cycle of non-deferrable keys loads, and its keys are NOT DEFERRABLE afterwards."""
    pair.source.load(CYCLE.replace("NOT NULL", "") + """
    INSERT INTO husband VALUES (1, NULL), (2, NULL);
    INSERT INTO wife VALUES (10, 1), (20, 2);
    UPDATE husband SET wife = id * 10;
    """)
    pair.target.load(CYCLE)
    result = sync()
    assert result.exit_code == 0, result.stderr
    assert same(pair, "husband", key="id") and same(pair, "wife", key="id")
    assert "checked at the end: public.husband.husband_wife_fkey, public.wife.wife_husband_fkey" \
        in result.stdout
    assert pair.target.query("SELECT conname, condeferrable FROM pg_constraint "
                             "WHERE contype = 'f' ORDER BY 1") == [
        ("husband_wife_fkey", False), ("wife_husband_fkey", False)]


def test_broken_cycle_is_checked_and_rolled_back(pair, sync):
    """A row of a cycle that points nowhere fails at the check, leaving nothing behind."""
    pair.source.load(CYCLE.split("ALTER")[0].replace("REFERENCES husband", "") + """
    INSERT INTO husband VALUES (1, 10);
    INSERT INTO wife VALUES (10, 2);
    """)
    pair.target.load(CYCLE)
    result = sync()
    assert result.exit_code == 2
    assert "--to: checking the foreign keys of a cycle:" in result.stderr
    assert pair.target.query("SELECT count(*) FROM husband") == [(0,)]
    assert pair.target.query("SELECT count(*) FROM pg_constraint WHERE condeferrable") == [(0,)]


def test_sequences_move_past_the_loaded_rows(pair, sync):
    """serial, identity and nextval() defaults continue after the copied ids."""
    schema = """
    CREATE SEQUENCE ticket_no START 1000;
    CREATE TABLE items (id serial PRIMARY KEY, ident int GENERATED BY DEFAULT AS IDENTITY,
                        ticket bigint DEFAULT nextval('ticket_no'), name text);
    """
    pair.source.load(schema + """
    INSERT INTO items (name) SELECT 'n' || g FROM generate_series(1, 20) g;
    DELETE FROM items WHERE id > 15;
    SELECT setval('ticket_no', 5000);
    """)
    pair.target.load(schema)
    result = sync()
    assert result.exit_code == 0, result.stderr
    # id: source's sequence (20) beats the rows (15); ticket: source's value 5000.
    assert pair.target.query("INSERT INTO items (name) VALUES ('new') "
                             "RETURNING id, ident, ticket") == [(21, 21, 5001)]
    assert "sequences moved past the loaded rows: public.items_id_seq, " \
           "public.items_ident_seq, public.ticket_no" in result.stdout


def test_identity_and_generated_columns(pair, sync):
    """Identity ALWAYS values are kept; generated columns are computed by the target."""
    pair.source.load("""
    CREATE TABLE t (id int GENERATED ALWAYS AS IDENTITY PRIMARY KEY, price int,
                    doubled int GENERATED ALWAYS AS (price * 2) STORED);
    INSERT INTO t (price) SELECT g FROM generate_series(1, 5) g;
    DELETE FROM t WHERE id = 2;
    """)
    pair.target.load("""
    CREATE TABLE t (id int GENERATED ALWAYS AS IDENTITY PRIMARY KEY, price int,
                    doubled int GENERATED ALWAYS AS (price * 3) STORED);
    """)
    result = sync()
    assert result.exit_code == 0, result.stderr
    assert pair.target.query("SELECT id, price, doubled FROM t ORDER BY id") == [
        (1, 1, 3), (3, 3, 9), (4, 4, 12), (5, 5, 15)]
    assert "computed by --to: doubled" in result.stdout
    assert pair.target.query("INSERT INTO t (price) VALUES (6) RETURNING id") == [(6,)]


AWKWARD = """
CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');
CREATE TABLE odd (
    id int PRIMARY KEY, doc jsonb, nums int[], words text[], blob bytea, at timestamptz,
    day date, amount numeric, ratio float8, uid uuid, feeling mood, span interval,
    note {note_type}
);
-- Binary arrays name their element type's OID, which differs between databases
-- for a user type: this table always takes the text path.
CREATE TABLE moods (id int PRIMARY KEY, feelings mood[]);
"""
AWKWARD_ROWS = r"""
INSERT INTO odd VALUES
 (1, '{"a": [1, 2.50, null], "b": "tab\there \"q\""}', '{1,NULL,3}', '{"a,b","c\"d",NULL,""}',
  '\x00ff5c0a09', '2024-02-29 23:59:59.123456+05:30', '0001-01-01', 123456789.000000001,
  0.1, 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', 'happy',
  '1 year 2 mons 3 days 04:05:06.789', E'tab\there\nnewline\\back\\slash\r ünïcødé ☃'),
 (2, NULL, '{}', NULL, '', '-infinity', 'infinity', 'NaN', '-0', NULL, NULL,
  '-1 days +00:00:01', ''),
 (3, 'null', NULL, '{}', NULL, NULL, NULL, NULL, 'Infinity', NULL, 'sad', NULL, NULL),
 (4, '"\\N"', NULL, '{"\\N"}', '\x5c4e', NULL, NULL, -0.0000000001, 1e-300, NULL, NULL,
  '0', E'\\N');
INSERT INTO moods VALUES (1, '{sad,happy}'), (2, '{}'), (3, NULL), (4, '{NULL,ok}');
"""


@pytest.mark.parametrize("target_note", ["text", "varchar(200)"])
def test_awkward_values_copied_exactly(pair, sync, target_note):
    """jsonb, arrays, bytea, times, NaN, enums, escapes and NULL vs '' survive both paths."""
    pair.source.load(AWKWARD.format(note_type="text") + AWKWARD_ROWS)
    pair.target.load(AWKWARD.format(note_type=target_note))
    result = sync("-v")
    assert result.exit_code == 0, result.stderr
    fmt = "binary" if target_note == "text" else "text"
    assert f'"odd" ("id", "doc", "nums", "words", "blob", "at", "day", "amount", "ratio", ' \
           f'"uid", "feeling", "span", "note") FROM STDIN (FORMAT {fmt})' in result.stdout
    assert '"moods" ("id", "feelings") FROM STDIN (FORMAT text)' in result.stdout
    assert same(pair, "odd", key="id") and same(pair, "moods", key="id")
    assert pair.target.query("SELECT id FROM odd WHERE note = '' OR blob = ''") == [(2,)]


def test_not_null_target_column_without_default_fails_first(pair, sync):
    """A target-only NOT NULL column with no default stops the run before any write."""
    pair.source.load(SHOP + SHOP_ROWS)
    pair.target.load(SHOP.replace("price integer", "price integer, sku text NOT NULL"))
    result = sync()
    assert result.exit_code == 2
    assert result.stderr == ('krakn: error: --to: table public.products: column "sku" is NOT '
                             "NULL without a default and --from has no such column; nothing "
                             "was written\n")
    assert pair.target.query("SELECT count(*) FROM users") == [(0,)]


def test_unreachable_source(pair, krakn):
    """A source that cannot be reached is one line naming --from, exit 2."""
    result = krakn("sync-data", "--from", f"postgresql://u:{PASSWORD}@127.0.0.1:1/x",
                   "--to", pair.target.url)
    assert result.exit_code == 2
    assert result.stderr.startswith("krakn: error: --from: cannot reach 127.0.0.1:1")
    assert PASSWORD not in result.stdout + result.stderr


def test_dry_run_changes_nothing(pair, sync):
    """--dry-run prints the plan and leaves the target as it was."""
    pair.source.load(SHOP + SHOP_ROWS)
    pair.target.load(SHOP + "INSERT INTO users VALUES (7, 'old');")
    result = sync("--dry-run", "--truncate")
    assert result.exit_code == 0, result.stderr
    assert "1. public.products" in result.stdout and "dry run: nothing written" in result.stdout
    assert pair.target.query("SELECT * FROM users") == [(7, "old")]
    assert pair.target.query("SELECT count(*) FROM orders") == [(0,)]
    assert pair.target.query("SELECT last_value, is_called FROM users_id_seq") == [(1, False)]


def test_table_in_a_second_schema(pair, sync):
    """schema.table selects a table outside public; the public one of that name is left."""
    schema = "CREATE SCHEMA app; CREATE TABLE app.items (id int, v text); " \
             "CREATE TABLE items (id int, v text);"
    pair.source.load(schema + "INSERT INTO app.items VALUES (1, 'app'); "
                     "INSERT INTO items VALUES (2, 'public');")
    pair.target.load(schema)
    result = sync("--tables", "app.items")
    assert result.exit_code == 0, result.stderr
    assert same(pair, "app.items")
    assert pair.target.query("SELECT count(*) FROM items") == [(0,)]


def test_same_database_refused(pair, krakn):
    """The same database under two spellings of its URL is refused."""
    pair.source.load(SHOP + SHOP_ROWS)
    other = pair.source.url.replace("127.0.0.1", "localhost")
    result = krakn("sync-data", "--from", pair.source.url, "--to", other, "--truncate")
    assert result.exit_code == 2
    assert "same database" in result.stderr
    assert pair.source.query("SELECT count(*) FROM users") == [(3,)]


def test_password_never_shown(pair, krakn):
    """Neither a failure nor -v --debug output shows the password."""
    pair.source.load(SHOP + SHOP_ROWS)
    pair.target.load(SHOP)
    source = pair.source.url.replace("postgres@", f"postgres:{PASSWORD}@")
    target = pair.target.url.replace("postgres@", f"postgres:{PASSWORD}@")
    ok = krakn("sync-data", "--from", source, "--to", target, "-v", "--debug")
    bad = krakn("sync-data", "--from", source, "--to", target + "_nosuch")
    assert ok.exit_code == 0 and bad.exit_code == 2
    assert "--to: database" in bad.stderr
    for text in (ok.stdout, ok.stderr, bad.stdout, bad.stderr):
        assert PASSWORD not in text


def test_session_settings_are_pinned(pair, sync):
    """Odd DateStyle, TimeZone, IntervalStyle and bytea_output on both databases change nothing."""
    schema = """
    CREATE TABLE t (id int PRIMARY KEY, at timestamptz, day date, span interval, blob bytea,
                    ratio float8, local {local});
    """
    pair.source.load(schema.format(local="timestamp") + r"""
    INSERT INTO t VALUES (1, '2024-03-04 05:06:07.5+00', '2024-03-04', '1 day 02:03:04',
                          '\xdeadbeef', 0.1, '2024-03-04 05:06:07');
    """)
    pair.target.load(schema.format(local="timestamptz"))
    for db, style in ((pair.source, "SQL, DMY"), (pair.target, "German")):
        db.load(f"""
        ALTER DATABASE "{db.name}" SET DateStyle = '{style}';
        ALTER DATABASE "{db.name}" SET TimeZone = 'America/St_Johns';
        ALTER DATABASE "{db.name}" SET IntervalStyle = 'sql_standard';
        ALTER DATABASE "{db.name}" SET bytea_output = 'escape';
        ALTER DATABASE "{db.name}" SET extra_float_digits = -3;
        """)
    result = sync()
    assert result.exit_code == 0, result.stderr
    assert "converted: local (timestamp without time zone -> timestamp with time zone)" \
        in result.stdout
    assert same(pair, "t", "(id, at, day, span, blob, ratio)", "id")
    # The converted column was read as UTC, krakn's pinned zone.
    assert content(pair.target, "t", "local") == content(pair.source, "t",
                                                          "local AT TIME ZONE 'UTC'")


def test_two_jobs_copy_the_same(pair, sync):
    """--jobs 2 spreads unrelated tables over two connections and copies the same rows."""
    pair.source.load(SHOP + SHOP_ROWS + "CREATE TABLE extra (id int PRIMARY KEY); "
                     "INSERT INTO extra SELECT generate_series(1, 100);")
    pair.target.load(SHOP + "CREATE TABLE extra (id int PRIMARY KEY);")
    result = sync("--jobs", "2", "--truncate")
    assert result.exit_code == 0, result.stderr
    assert "2 connections" in result.stdout
    for table in ("users", "orders", "products", "extra"):
        assert same(pair, table, key="id"), table


def test_two_jobs_roll_back_every_connection(pair, sync):
    """With --jobs 2, a failure on one connection leaves the other's tables unloaded too."""
    pair.source.load(SHOP + SHOP_ROWS)
    pair.target.load(SHOP + "INSERT INTO products VALUES (3, 0);")
    result = sync("--jobs", "2")
    assert result.exit_code == 2
    assert "duplicate key" in result.stderr
    assert pair.target.query("SELECT count(*) FROM users") == [(0,)]
    assert pair.target.query("SELECT * FROM products") == [(3, 0)]


def test_truncate_blocked_by_unselected_foreign_key(pair, sync):
    """--truncate of a table another unselected table references names that table."""
    pair.source.load(SHOP + SHOP_ROWS)
    pair.target.load(SHOP + "INSERT INTO users VALUES (1, 'old'); "
                     "INSERT INTO orders VALUES (1, 1, 'kept');")
    result = sync("--truncate", "--tables", "users")
    assert result.exit_code == 2
    assert result.stderr.startswith("krakn: error: --to: --truncate: table public.orders "
                                    "references public.users")
    assert pair.target.query("SELECT * FROM users") == [(1, "old")]


TRIGGERS = """
CREATE TABLE audit (what text);
CREATE FUNCTION note() RETURNS trigger LANGUAGE plpgsql AS
  $$BEGIN INSERT INTO audit VALUES (TG_NAME || ' ' || NEW.name); RETURN NEW; END$$;
CREATE TRIGGER noted AFTER INSERT ON users FOR EACH ROW EXECUTE FUNCTION note();
CREATE TRIGGER asleep AFTER INSERT ON users FOR EACH ROW EXECUTE FUNCTION note();
ALTER TABLE users DISABLE TRIGGER asleep;
"""


@pytest.mark.parametrize("disable", [False, True])
def test_triggers_fire_unless_disabled(pair, sync, disable):
    """User triggers fire during the load; --disable-triggers silences them, then restores."""
    pair.source.load(SHOP + SHOP_ROWS)
    pair.target.load(SHOP + TRIGGERS)
    result = sync(*(["--disable-triggers"] if disable else []))
    assert result.exit_code == 0, result.stderr
    assert same(pair, "orders", key="id")
    audit = pair.target.query("SELECT what FROM audit ORDER BY 1")
    assert audit == ([] if disable else [("noted ann",), ("noted bob",), ("noted cy",)])
    assert pair.target.query("SELECT tgname, tgenabled FROM pg_trigger WHERE NOT tgisinternal "
                             "ORDER BY 1") == [("asleep", "D"), ("noted", "O")]


def test_partitioned_and_inherited_tables(pair, sync):
    """Partitioned tables load through the parent; an inheritance parent and child each alone."""
    pair.source.load("""
    CREATE TABLE events (id int, at date) PARTITION BY RANGE (at);
    CREATE TABLE events_2023 PARTITION OF events FOR VALUES FROM ('2023-01-01') TO ('2024-01-01');
    CREATE TABLE events_2024 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
    CREATE TABLE base (id int);
    CREATE TABLE child (extra text) INHERITS (base);
    INSERT INTO events VALUES (1, '2023-05-01'), (2, '2024-05-01');
    INSERT INTO base VALUES (1); INSERT INTO child VALUES (2, 'x');
    """)
    pair.target.load("""
    CREATE TABLE events (id int, at date) PARTITION BY LIST (id);
    CREATE TABLE events_odd PARTITION OF events FOR VALUES IN (1, 3);
    CREATE TABLE events_even PARTITION OF events FOR VALUES IN (2, 4);
    CREATE TABLE base (id int);
    CREATE TABLE child (extra text) INHERITS (base);
    """)
    result = sync("--truncate")
    assert result.exit_code == 0, result.stderr
    assert same(pair, "events", key="id") and same(pair, "child", key="id")
    assert pair.target.query("SELECT id FROM events_even") == [(2,)]
    assert pair.target.query("SELECT id FROM ONLY base") == [(1,)]
    assert "events_2023" not in result.stdout

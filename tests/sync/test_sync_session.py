"""The server's own words in sync-data's error line: DETAIL and HINT, without passwords."""

from __future__ import annotations

PASSWORD = "Pw4Detail"
TABLE = "CREATE TABLE items (id int PRIMARY KEY, v text);"


def test_duplicate_key_names_the_key(pair, sync):
    """Appending a key the target has shows which key, in the one error line."""
    pair.source.load(TABLE + "INSERT INTO items VALUES (1, 'a'), (2, 'b');")
    pair.target.load(TABLE + "INSERT INTO items VALUES (1, 'old');")
    result = sync()
    assert result.exit_code == 2
    assert result.stderr == (
        'krakn: error: --to: loading public.items: duplicate key value violates unique '
        'constraint "items_pkey" (DETAIL: Key (id)=(1) already exists.); nothing was written '
        "(rolled back)\n")
    assert pair.target.query("SELECT id, v FROM items") == [(1, "old")]


def test_check_violation_shows_the_row_without_the_password(pair, krakn):
    """A failed check shows the failing row; the password in it is scrubbed."""
    pair.source.load(TABLE + f"INSERT INTO items VALUES (7, '{PASSWORD}');")
    pair.target.load(TABLE + "ALTER TABLE items ADD CHECK (id < 5);")
    target = pair.target.url.replace("postgres@", f"postgres:{PASSWORD}@")
    result = krakn("sync-data", "--from", pair.source.url, "--to", target)
    assert result.exit_code == 2
    assert result.stderr == (
        'krakn: error: --to: loading public.items: new row for relation "items" violates check '
        'constraint "items_id_check" (DETAIL: Failing row contains (7, ***).); nothing was '
        "written (rolled back)\n")


def test_server_hint_is_shown(pair, sync):
    """A HINT from the server (here a trigger's) follows the DETAIL on the same line."""
    pair.source.load(TABLE + "INSERT INTO items VALUES (3, 'c');")
    pair.target.load(TABLE + """
        CREATE FUNCTION refuse() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            RAISE EXCEPTION 'items are read-only' USING DETAIL = 'id ' || NEW.id || E'\\nis new',
                HINT = 'You might need to increase max_locks_per_transaction.';
        END $$;
        CREATE TRIGGER refuse BEFORE INSERT ON items FOR EACH ROW EXECUTE FUNCTION refuse();""")
    result = sync()
    assert result.exit_code == 2
    assert result.stderr == (
        "krakn: error: --to: loading public.items: items are read-only (DETAIL: id 3 is new; "
        "HINT: You might need to increase max_locks_per_transaction.); nothing was written "
        "(rolled back)\n")

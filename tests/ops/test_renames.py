"""A profile's renames through diff, migrate, its rollback and an Alembic revision."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

NO_ENV = {"KRAKN_FROM": None, "KRAKN_TO": None}
WANTED = "CREATE TABLE users (id int, name text); CREATE TABLE client (id int, note text);"
OLD = ("CREATE TABLE users (id int, full_name text); CREATE TABLE customer (id int, note text);"
       "INSERT INTO users VALUES (1, 'ann'); INSERT INTO customer VALUES (7, 'x');")
RENAMES = """
    renames:
      users.full_name: name
      customer: client
"""


@pytest.fixture
def setup(make_db, tmp_path, monkeypatch):
    """(source, target, krakn.yml's --profile args) for the renamed pair."""
    src, tgt = make_db(), make_db()
    src.load(WANTED)
    tgt.load(OLD)
    monkeypatch.chdir(tmp_path)

    def profile(renames: str = RENAMES) -> list[str]:
        text = f"profiles:\n  p:\n    from: {src.url}\n    to: {tgt.url}\n" + \
            textwrap.indent(textwrap.dedent(renames).strip("\n"), "    ") + "\n"
        (tmp_path / "krakn.yml").write_text(text, encoding="utf-8")
        return ["--profile", "p"]

    return src, tgt, profile


def test_diff_reports_renames(setup, krakn):
    """diff says Renamed, not Added and Removed."""
    _src, _tgt, profile = setup
    result = krakn("diff", *profile(), env=NO_ENV)
    assert result.exit_code == 1, result.stderr
    assert sorted(result.stdout.splitlines()) == [
        "~ Renamed column 'full_name' to 'name' in 'users'",
        "~ Renamed table 'customer' to 'client'"]


def test_migrate_renames_keep_the_data_and_rollback_renames_back(setup, krakn):
    """migrate writes ALTER ... RENAME (no --force), data survive; the rollback renames back."""
    _src, tgt, profile = setup
    args = profile()
    script = krakn("migrate", *args, env=NO_ENV)
    assert script.exit_code == 0, script.stderr
    assert 'ALTER TABLE "public"."users" RENAME COLUMN "full_name" TO "name"' in script.stdout
    assert 'ALTER TABLE "public"."customer" RENAME TO "client"' in script.stdout
    assert "DROP" not in script.stdout
    back = krakn("migrate", *args, "--rollback", env=NO_ENV)
    assert 'RENAME COLUMN "name" TO "full_name"' in back.stdout
    assert 'ALTER TABLE "public"."client" RENAME TO "customer"' in back.stdout
    tgt.load(script.stdout)
    assert tgt.query("SELECT id, name FROM users") == [(1, "ann")]
    assert tgt.query("SELECT id, note FROM client") == [(7, "x")]
    assert krakn("diff", *args, env=NO_ENV).exit_code == 0
    tgt.load(back.stdout)
    assert tgt.query("SELECT id, full_name FROM users") == [(1, "ann")]


def test_alembic_revision_uses_rename_ops(setup, krakn, tmp_path):
    """The revision renames with op.alter_column(new_column_name=...) and op.rename_table()."""
    _src, _tgt, profile = setup
    versions = tmp_path / "versions"
    versions.mkdir()
    result = krakn("migrate", *profile(), "--format", "alembic", "-o", str(versions),
                   "--rev-id", "r1", env=NO_ENV)
    assert result.exit_code == 0, result.stderr
    text = next(versions.glob("*.py")).read_text()
    assert ("op.alter_column('users', 'full_name', new_column_name='name', "
            "schema='public')") in text
    assert "op.rename_table('customer', 'client', schema='public')" in text
    assert "op.alter_column('users', 'name', new_column_name='full_name'" in text


def test_rename_of_a_missing_column_is_an_error(setup, krakn):
    """A rename whose old column --to lacks: one line, exit 2."""
    _src, _tgt, profile = setup
    result = krakn("diff", *profile("renames: {users.nick: name}"), env=NO_ENV)
    assert result.exit_code == 2
    assert "renames[public.users.nick]: column nick of public.users does not exist" in \
        result.stderr


# The example of the renames issue: a renamed table and column with a serial, an
# index, a foreign key from another table and a view; the new side adds a column.
NEW = ("CREATE TABLE client (id serial PRIMARY KEY, name text NOT NULL, email text, "
       "added_at timestamptz); CREATE INDEX client_name_idx ON client (name);"
       "CREATE TABLE orders (id int PRIMARY KEY, client_id int REFERENCES client(id), "
       "total numeric); CREATE VIEW client_names AS SELECT id, name FROM client;")
OLD_SCHEMA = ("CREATE TABLE customer (id serial PRIMARY KEY, full_name text NOT NULL, email text);"
              "CREATE INDEX client_name_idx ON customer (full_name);"
              "CREATE TABLE orders (id int PRIMARY KEY, client_id int REFERENCES customer(id), "
              "total numeric);"
              "CREATE VIEW client_names AS SELECT id, full_name AS name FROM customer;")
OLD_ROWS = ("INSERT INTO customer (full_name, email) VALUES ('ann', 'a@x'), ('bob', NULL);"
            "INSERT INTO orders VALUES (1, 1, 9.5), (2, 2, 3);")
EXAMPLE = """
    renames:
      customer: client
      customer.full_name: name
"""


@pytest.fixture
def example(make_db, tmp_path, monkeypatch):
    """(source, target, untouched copy of the target, krakn.yml's --profile args)."""
    src, tgt, copy = make_db(), make_db(), make_db()
    src.load(NEW)
    tgt.load(OLD_SCHEMA + OLD_ROWS)
    copy.load(OLD_SCHEMA)
    monkeypatch.chdir(tmp_path)

    def profile(renames: str = EXAMPLE) -> list[str]:
        text = f"profiles:\n  p:\n    from: {src.url}\n    to: {tgt.url}\n" + \
            textwrap.indent(textwrap.dedent(renames).strip("\n"), "    ") + "\n"
        (tmp_path / "krakn.yml").write_text(text, encoding="utf-8")
        return ["--profile", "p"]

    return src, tgt, copy, profile


def test_example_diff_shows_renames_and_only_real_changes(example, krakn):
    """Renamed table, column, key and sequence; added_at added; nothing else."""
    *_, profile = example
    result = krakn("diff", *profile(), env=NO_ENV)
    assert result.exit_code == 1, result.stderr
    assert result.stdout.splitlines() == [
        "~ Renamed table 'customer' to 'client'",
        "~ Renamed column 'full_name' to 'name' in 'client'",
        "~ Renamed constraint 'customer_pkey' to 'client_pkey' on 'client'",
        "~ Renamed sequence 'customer_id_seq' to 'client_id_seq'",
        "+ Added column 'added_at' to 'client'"]


def test_example_migrates_keeps_data_and_rolls_back(example, krakn):
    """migrate (no --force) applies, rows stay, a new row takes the next id; the rollback
    gives back the original schema."""
    _src, tgt, copy, profile = example
    args = profile()
    script = krakn("migrate", *args, env=NO_ENV)
    back = krakn("migrate", *args, "--rollback", env=NO_ENV)
    assert script.exit_code == back.exit_code == 0
    assert "needs --force" not in script.stdout and "DROP" not in script.stdout
    assert script.stdout.index("RENAME TO \"client\"") < script.stdout.index("RENAME COLUMN")
    tgt.load(script.stdout)
    assert krakn("diff", *args, env=NO_ENV).exit_code == 0
    tgt.load("INSERT INTO client (name) VALUES ('cy')")
    assert tgt.query("SELECT id, name, email FROM client ORDER BY id") == [
        (1, "ann", "a@x"), (2, "bob", None), (3, "cy", None)]
    assert tgt.query("SELECT * FROM client_names ORDER BY id")[0] == (1, "ann")
    assert back.stdout.rstrip().splitlines()[-3] == \
        'ALTER TABLE "public"."client" RENAME TO "customer";'
    tgt.load(back.stdout)
    undone = krakn("diff", "--from", copy.url, "--to", tgt.url, env=NO_ENV)
    assert undone.exit_code == 0, undone.stdout
    assert tgt.query("SELECT full_name FROM customer WHERE id = 1") == [("ann",)]


def test_column_key_may_name_the_new_table(example, krakn):
    """client.full_name says the same as customer.full_name."""
    *_, profile = example
    args = profile("renames: {customer: client, client.full_name: name}")
    result = krakn("diff", *args, env=NO_ENV)
    assert "~ Renamed column 'full_name' to 'name' in 'client'" in result.stdout


@pytest.mark.parametrize(("renames", "expected"), [
    ("renames: {customer: patron}", "--from: renames[public.customer]: table public.patron "
                                    "does not exist"),
    ("renames: {buyer: client}", "--to: renames[public.buyer]: table public.buyer does not "
                                 "exist"),
    ("renames: {customer: client, customer.nick: name}",
     "--to: renames[public.customer.nick]: column nick of public.customer does not exist"),
    ("renames: {customer: client, customer.full_name: nom}",
     "--from: renames[public.customer.full_name]: column nom of public.client does not exist"),
])
def test_renames_of_what_does_not_exist(example, krakn, renames, expected):
    """Each missing old or new name: one line naming it, exit 2."""
    *_, profile = example
    result = krakn("diff", *profile(renames), env=NO_ENV)
    assert result.exit_code == 2
    assert result.stderr.strip().splitlines() == [f"krakn: error: {expected}"]


def test_example_alembic_upgrades_and_downgrades(example, krakn, tmp_path):
    """The revision renames with Alembic's ops; upgrade reaches --from, downgrade --to."""
    src, tgt, copy, profile = example
    made = subprocess.run([sys.executable, "-m", "alembic", "init", "migrations"],
                          cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert made.returncode == 0, made.stderr
    ini = tmp_path / "alembic.ini"
    ini.write_text("\n".join(f"sqlalchemy.url = {tgt.url}" if line.startswith(
        "sqlalchemy.url") else line for line in ini.read_text().splitlines()) + "\n")
    versions = tmp_path / "migrations" / "versions"
    result = krakn("migrate", *profile(), "--format", "alembic", "-o", str(versions),
                   "--rev-id", "r1", env=NO_ENV)
    assert result.exit_code == 0, result.stderr
    text = next(versions.glob("*.py")).read_text()
    assert "op.rename_table('customer', 'client', schema='public')" in text
    assert "op.alter_column('client', 'name', new_column_name='full_name'" in text

    def alembic(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "alembic", *args], cwd=tmp_path,
                              capture_output=True, text=True, timeout=120)

    assert alembic("upgrade", "head").returncode == 0, text
    assert krakn("diff", "--from", src.url, "--to", tgt.url, env=NO_ENV).exit_code == 0
    assert tgt.query("SELECT name FROM client WHERE id = 2") == [("bob",)]
    down = alembic("downgrade", "base")
    assert down.returncode == 0, down.stderr
    tgt.load("DROP TABLE alembic_version")
    assert krakn("diff", "--from", copy.url, "--to", tgt.url, env=NO_ENV).exit_code == 0


def test_sync_data_copies_the_old_column_into_the_new(example, krakn):
    """sync-data from the old side (production) into the new, the same renames."""
    src, tgt, _copy, profile = example
    profile()
    result = krakn("sync-data", "--from", tgt.url, "--to", src.url, "--config", "krakn.yml",
                   "--profile", "p", env=NO_ENV)
    assert result.exit_code == 0, result.stderr
    assert src.query("SELECT id, name, email FROM client ORDER BY id") == [
        (1, "ann", "a@x"), (2, "bob", None)]


def test_grants_follow_the_renames(example, krakn):
    """--with-privileges: a table's, a column's and a sequence's grants are the renamed
    object's, no difference of their own."""
    src, tgt, _copy, profile = example
    tgt.load("GRANT SELECT ON customer TO PUBLIC; GRANT UPDATE (full_name) ON customer "
             "TO PUBLIC; GRANT USAGE ON SEQUENCE customer_id_seq TO PUBLIC;")
    src.load("GRANT SELECT ON client TO PUBLIC; GRANT UPDATE (name) ON client TO PUBLIC;"
             "GRANT USAGE ON SEQUENCE client_id_seq TO PUBLIC;")
    result = krakn("diff", *profile(), "--with-privileges", env=NO_ENV)
    assert result.stdout.splitlines()[-1] == "+ Added column 'added_at' to 'client'"
    assert len(result.stdout.splitlines()) == 5, result.stdout

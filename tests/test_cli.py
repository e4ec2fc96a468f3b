"""krakn's command line against the real PostgreSQL server.

Most runs are in-process (the ``krakn`` fixture, click's CliRunner: not a
terminal). Runs whose behaviour depends on the process itself (a terminal,
--debug tracebacks, SQLAlchemy's own log handlers) go through a subprocess.
"""

from __future__ import annotations

import json
import os
import pty
import re
import select
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from sqlalchemy import event, text
from sqlalchemy.pool import Pool

from krakn import __version__

# The issue's example (a new column, a dropped one, a wider type), shared with
# the round-trip case of the same name; rows show that nothing writes to them.
EXAMPLE = Path(__file__).parent / "cases" / "issue_example"
SOURCE_SQL = (EXAMPLE / "source.sql").read_text()
TARGET_SQL = (EXAMPLE / "target.sql").read_text()

EXPECTED_LINES = [
    "+ Added column 'email_verified' to 'users'",
    "~ Changed type of 'price' in 'products' from integer → numeric(10,2)",
    "- Removed column 'temp_flag' from 'orders'",
]

# Two schemas, one difference in each.
SCHEMAS_SOURCE_SQL = """
CREATE SCHEMA app;
CREATE TABLE app.items (id integer, note text);
CREATE TABLE users (id integer, name text);
"""
SCHEMAS_TARGET_SQL = """
CREATE SCHEMA app;
CREATE TABLE app.items (id integer);
CREATE TABLE users (id integer);
"""
APP_LINE = "+ Added column 'note' to 'app.items'"
PUBLIC_LINE = "+ Added column 'name' to 'users'"

ANSI = re.compile(r"\x1b\[[0-9;]*m")
PASSWORD = "S3cretPw"
NO_KRAKN_ENV = {"KRAKN_FROM": None, "KRAKN_TO": None}


# --- helpers -------------------------------------------------------------------------


def _load_pair(factory):
    src, tgt = factory(), factory()
    src.load(SOURCE_SQL)
    tgt.load(TARGET_SQL)
    return src, tgt


@pytest.fixture(scope="module")
def pair(make_module_db):
    """The issue's source and target databases, loaded; tests only read them."""
    return _load_pair(make_module_db)


@pytest.fixture
def fresh_pair(make_db):
    """The issue's pair, for a test that applies a migration to the target."""
    return _load_pair(make_db)


@pytest.fixture(scope="module")
def schema_pair(make_module_db):
    """Source and target with a difference in 'public' and one in 'app'."""
    src, tgt = make_module_db(), make_module_db()
    src.load(SCHEMAS_SOURCE_SQL)
    tgt.load(SCHEMAS_TARGET_SQL)
    return src, tgt


@pytest.fixture
def login_role(pg_server):
    """A fresh LOGIN role with no privileges of its own, dropped afterwards."""
    name = f"krakn_r_{uuid.uuid4().hex[:10]}"
    conn = pg_server.admin()
    try:
        with conn.cursor() as cur:
            cur.execute(f'CREATE ROLE "{name}" LOGIN')
    finally:
        conn.close()
    yield name
    conn = pg_server.admin()
    try:
        with conn.cursor() as cur:
            cur.execute(f'DROP ROLE IF EXISTS "{name}"')
    finally:
        conn.close()


def _env(extra: dict[str, str] | None = None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if k not in ("KRAKN_FROM", "KRAKN_TO", "NO_COLOR", "FORCE_COLOR")}
    env.update(extra or {})
    return env


def run_cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """krakn as its own process, stdout and stderr piped (not a terminal)."""
    return subprocess.run([sys.executable, "-m", "krakn", *args], capture_output=True,
                          text=True, timeout=120, env=_env(env))


def run_on_tty(*args: str, env: dict[str, str] | None = None) -> tuple[int, str]:
    """krakn as its own process with stdout on a pseudo-terminal."""
    master, slave = pty.openpty()
    proc = subprocess.Popen([sys.executable, "-m", "krakn", *args], stdout=slave,
                            stderr=subprocess.DEVNULL, env=_env(env))
    os.close(slave)
    chunks: list[bytes] = []
    try:
        while True:
            ready, _, _ = select.select([master], [], [], 60)
            if not ready:
                proc.kill()
                raise AssertionError("krakn on a terminal did not finish")
            try:
                data = os.read(master, 4096)
            except OSError:  # EIO: the child closed the terminal
                break
            if not data:
                break
            chunks.append(data)
    finally:
        os.close(master)
    return proc.wait(timeout=60), b"".join(chunks).decode("utf-8", "replace")


def lines(out: str) -> list[str]:
    return [line for line in out.splitlines() if line.strip()]


def assert_one_line_error(result, side: str | None = None) -> str:
    """Exit 2, nothing on stdout, exactly one 'krakn: error:' line on stderr."""
    assert result.exit_code == 2, (result.exit_code, result.stdout, result.stderr)
    assert "Traceback" not in result.output, result.output
    assert result.stdout == "", result.stdout
    err = result.stderr.splitlines()
    assert len(err) == 1, result.stderr
    prefix = f"krakn: error: {side}: " if side else "krakn: error: "
    assert err[0].startswith(prefix), err[0]
    return err[0]


def fingerprint(db) -> tuple[object, ...]:
    """Everything about db's schema (and some data) that a write would change."""
    columns = db.query("""
        SELECT n.nspname, c.relname, c.relkind::text, c.relfilenode, a.attname,
               format_type(a.atttypid, a.atttypmod), a.attnotnull,
               pg_get_expr(d.adbin, d.adrelid)
        FROM pg_class c
        JOIN pg_namespace n ON n.oid = c.relnamespace
        LEFT JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
        LEFT JOIN pg_attrdef d ON d.adrelid = c.oid AND d.adnum = a.attnum
        WHERE n.nspname NOT IN ('pg_catalog', 'information_schema')
          AND n.nspname !~ '^pg_'
        ORDER BY 1, 2, 5
    """)
    cons = db.query("""
        SELECT conrelid::regclass::text, conname, pg_get_constraintdef(oid)
        FROM pg_constraint WHERE connamespace = 'public'::regnamespace ORDER BY 1, 2
    """)
    seqs = db.query("SELECT schemaname, sequencename, last_value FROM pg_sequences ORDER BY 1, 2")
    rows = db.query("SELECT (SELECT count(*) FROM products), (SELECT sum(price) FROM products),"
                    " (SELECT count(*) FROM users)")
    return (columns, cons, seqs, rows)


# --- diff ----------------------------------------------------------------------------


def test_diff_lines_for_the_issue_example(pair, krakn):
    """diff prints one signed line per change of the issue's example, in plan order."""
    src, tgt = pair
    result = krakn("diff", "--from", src.url, "--to", tgt.url)
    assert lines(result.stdout) == EXPECTED_LINES, result.stdout
    assert result.stderr == ""


def test_diff_exit_1_on_differences(pair, krakn):
    """diff exits 1 when the databases differ."""
    src, tgt = pair
    assert krakn("diff", "--from", src.url, "--to", tgt.url).exit_code == 1


def test_diff_exit_0_when_identical(make_db, krakn):
    """diff exits 0 and prints nothing for two identical schemas."""
    a, b = make_db(), make_db()
    a.load(SOURCE_SQL)
    b.load(SOURCE_SQL)
    result = krakn("diff", "--from", a.url, "--to", b.url)
    assert result.exit_code == 0, result.stdout
    assert result.stdout == ""


def test_diff_reversed_swaps_signs(pair, krakn):
    """Swapping --from and --to turns added into removed and reverses the type change."""
    src, tgt = pair
    result = krakn("diff", "--from", tgt.url, "--to", src.url)
    assert result.exit_code == 1
    out = lines(result.stdout)
    assert "- Removed column 'email_verified' from 'users'" in out, out
    assert "+ Added column 'temp_flag' to 'orders'" in out, out
    assert "~ Changed type of 'price' in 'products' from numeric(10,2) → integer" in out, out


def test_diff_json_lists_the_same_changes(pair, krakn):
    """--format json is a JSON list whose messages and actions match the text lines."""
    src, tgt = pair
    result = krakn("diff", "--from", src.url, "--to", tgt.url, "--format", "json")
    assert result.exit_code == 1
    data = json.loads(result.stdout)
    assert isinstance(data, list)
    signs = {"add": "+", "remove": "-", "change": "~"}
    assert [f"{signs[c['action']]} {c['message']}" for c in data] == EXPECTED_LINES
    by_name = {c["name"]: c for c in data}
    # old: what --to has now; new: what --from has, which migrate gives --to.
    assert by_name["price"]["old"] == "integer"
    assert by_name["price"]["new"] == "numeric(10,2)"
    assert "from" not in by_name["price"] and "to" not in by_name["price"]
    assert by_name["temp_flag"]["table"] == "orders"


def test_diff_json_empty_list_when_identical(make_db, krakn):
    """--format json prints [] and exits 0 for identical schemas."""
    a, b = make_db(), make_db()
    a.load(SOURCE_SQL)
    b.load(SOURCE_SQL)
    result = krakn("diff", "--from", a.url, "--to", b.url, "--format", "json")
    assert result.exit_code == 0
    assert json.loads(result.stdout) == []


def test_diff_env_vars_name_the_databases(pair, krakn):
    """KRAKN_FROM and KRAKN_TO stand in for --from and --to."""
    src, tgt = pair
    result = krakn("diff", env={"KRAKN_FROM": src.url, "KRAKN_TO": tgt.url})
    assert result.exit_code == 1, result.stderr
    assert lines(result.stdout) == EXPECTED_LINES


def test_options_override_env_vars(pair, make_db, krakn):
    """--from/--to given on the command line win over KRAKN_FROM/KRAKN_TO."""
    src, tgt = pair
    other = make_db()
    result = krakn("diff", "--from", src.url, "--to", src.url,
                   env={"KRAKN_FROM": other.url, "KRAKN_TO": tgt.url})
    assert result.exit_code == 0, result.stdout


# --- colour --------------------------------------------------------------------------


def test_no_colour_when_piped(pair, krakn):
    """With the default --color auto, output that is not a terminal has no ANSI codes."""
    src, tgt = pair
    result = krakn("diff", "--from", src.url, "--to", tgt.url)
    assert result.exit_code == 1
    assert not ANSI.search(result.output), repr(result.output)


def test_no_colour_with_no_color_env_when_piped(pair, krakn):
    """NO_COLOR=1 leaves no ANSI codes in the output."""
    src, tgt = pair
    result = krakn("diff", "--from", src.url, "--to", tgt.url, env={"NO_COLOR": "1"})
    assert result.exit_code == 1
    assert not ANSI.search(result.output), repr(result.output)


def test_color_never_has_no_ansi(pair, krakn):
    """--color never prints plain text."""
    src, tgt = pair
    result = krakn("diff", "--from", src.url, "--to", tgt.url, "--color", "never")
    assert result.exit_code == 1
    assert not ANSI.search(result.output), repr(result.output)


def test_color_always_colours_even_when_piped(pair, krakn):
    """--color always colours the diff lines even though stdout is not a terminal."""
    src, tgt = pair
    result = krakn("diff", "--from", src.url, "--to", tgt.url, "--color", "always")
    assert result.exit_code == 1
    assert ANSI.search(result.stdout), repr(result.stdout)
    assert [ANSI.sub("", line) for line in lines(result.stdout)] == EXPECTED_LINES


def test_colour_on_a_terminal(pair):
    """On a terminal, --color auto colours the lines (green +, yellow ~, red -)."""
    src, tgt = pair
    code, out = run_on_tty("diff", "--from", src.url, "--to", tgt.url)
    assert code == 1, out
    assert "\x1b[32m+ Added column 'email_verified'" in out, repr(out)
    assert "\x1b[31m- Removed column 'temp_flag'" in out, repr(out)


def test_no_color_env_on_a_terminal(pair):
    """On a terminal, NO_COLOR=1 turns colour off."""
    src, tgt = pair
    code, out = run_on_tty("diff", "--from", src.url, "--to", tgt.url, env={"NO_COLOR": "1"})
    assert code == 1, out
    assert "Added column 'email_verified'" in out, repr(out)
    assert not ANSI.search(out), repr(out)


def test_color_never_on_a_terminal(pair):
    """On a terminal, --color never turns colour off."""
    src, tgt = pair
    code, out = run_on_tty("diff", "--from", src.url, "--to", tgt.url, "--color", "never")
    assert code == 1, out
    assert "Added column 'email_verified'" in out, repr(out)
    assert not ANSI.search(out), repr(out)


def test_color_always_beats_no_color_on_a_terminal(pair):
    """An explicit --color always overrides NO_COLOR (as no-color.org recommends)."""
    src, tgt = pair
    code, out = run_on_tty("diff", "--from", src.url, "--to", tgt.url, "--color", "always",
                           env={"NO_COLOR": "1"})
    assert code == 1, out
    assert ANSI.search(out), repr(out)


# --- help and version ----------------------------------------------------------------


def test_version(krakn):
    """krakn --version prints the package version and exits 0."""
    result = krakn("--version")
    assert result.exit_code == 0
    assert __version__ in result.stdout
    assert "krakn" in result.stdout


def test_help_mentions_exit_codes(krakn):
    """krakn --help lists every exit status."""
    result = krakn("--help")
    assert result.exit_code == 0
    out = result.stdout
    assert "Exit status" in out
    for code in ("0", "1", "2", "130"):
        assert re.search(rf"^\s+{code}\s+\S", out, re.MULTILINE), (code, out)
    assert "diff" in out and "migrate" in out


def test_help_command_for_diff(krakn):
    """krakn help diff shows diff's own options and exits 0."""
    result = krakn("help", "diff")
    assert result.exit_code == 0
    assert re.search(r"^Usage: \S+ diff \[OPTIONS\]", result.stdout, re.MULTILINE), result.stdout
    assert "Show how --to's schema differs" in result.stdout
    assert "--format" in result.stdout and "--from" in result.stdout
    assert "Exit status" in result.stdout


def test_help_command_without_argument(krakn):
    """krakn help alone shows the top-level help."""
    result = krakn("help")
    assert result.exit_code == 0
    assert re.search(r"^Usage: \S+ \[OPTIONS\] COMMAND", result.stdout, re.MULTILINE)
    assert "migrate" in result.stdout and "Exit status" in result.stdout


def _exit_codes(help_text: str) -> dict[str, str]:
    """The 'Exit status' table of a help text: code -> what it says."""
    table = help_text.split("Exit status:", 1)[1]
    return dict(re.findall(r"^\s+(\d+)\s+(\S.*)$", table, re.MULTILINE))


@pytest.mark.parametrize("command,codes", [
    ("diff", {"0", "1", "2", "130", "141", "143"}),
    ("migrate", {"0", "2", "130", "141", "143"}),
    ("sync-data", {"0", "2", "130", "143"}),
])
def test_each_command_lists_its_own_exit_codes(command, codes, krakn):
    """krakn help CMD and krakn CMD --help list that command's exit codes, no other's."""
    for args in (("help", command), (command, "--help")):
        result = krakn(*args)
        assert result.exit_code == 0
        listed = _exit_codes(result.stdout)
        assert set(listed) == codes, (args, listed)
        if command != "diff":
            assert not any("differences" in what for what in listed.values()), listed


def test_top_level_help_keeps_the_overall_table(krakn):
    """krakn --help lists every code any command uses."""
    listed = _exit_codes(krakn("--help").stdout)
    assert set(listed) == {"0", "1", "2", "130", "141", "143"}, listed


def test_help_unknown_command_exits_2(krakn):
    """krakn help nosuch is a one-line error with exit 2."""
    line = assert_one_line_error(krakn("help", "nosuch"))
    assert "nosuch" in line


def test_bad_option_value_exits_2(pair, krakn):
    """A click usage error (unknown --format) exits 2."""
    src, tgt = pair
    result = krakn("diff", "--from", src.url, "--to", tgt.url, "--format", "xml")
    assert result.exit_code == 2
    assert "Traceback" not in result.output


# --- migrate -------------------------------------------------------------------------


def test_migrate_prints_sql(pair, krakn):
    """migrate prints a BEGIN/COMMIT script with the add column and the type change."""
    src, tgt = pair
    result = krakn("migrate", "--from", src.url, "--to", tgt.url)
    assert result.exit_code == 0, result.stderr
    out = result.stdout
    assert "BEGIN;" in out and out.rstrip().endswith("COMMIT;"), out
    assert ('ALTER TABLE "public"."users" ADD COLUMN "email_verified" boolean '
            'DEFAULT false NOT NULL;') in out, out
    assert 'ALTER TABLE "public"."products" ALTER COLUMN "price" TYPE numeric(10,2)' in out, out


def test_migrate_holds_back_destructive_statements(pair, krakn):
    """Without --force the DROP COLUMN is only a '-- ' comment, and stderr names it."""
    src, tgt = pair
    result = krakn("migrate", "--from", src.url, "--to", tgt.url)
    assert result.exit_code == 0, result.stderr
    drop = 'ALTER TABLE "public"."orders" DROP COLUMN "temp_flag";'
    sql_lines = result.stdout.splitlines()
    assert f"-- {drop}" in sql_lines, result.stdout
    assert drop not in sql_lines, result.stdout
    assert "temp_flag" in result.stderr and "--force" in result.stderr, result.stderr


def test_migrate_without_force_applies_and_keeps_data(fresh_pair, krakn):
    """The script without --force runs with psql and keeps temp_flag."""
    src, tgt = fresh_pair
    result = krakn("migrate", "--from", src.url, "--to", tgt.url)
    applied = tgt.psql(result.stdout)
    assert applied.returncode == 0, applied.stderr
    cols = {r[0] for r in tgt.query(
        "SELECT column_name FROM information_schema.columns WHERE table_name = 'orders'")}
    assert "temp_flag" in cols
    again = krakn("diff", "--from", src.url, "--to", tgt.url)
    assert lines(again.stdout) == ["- Removed column 'temp_flag' from 'orders'"]


def test_migrate_force_includes_destructive_statements(pair, krakn):
    """--force puts the DROP COLUMN in the script, uncommented, and warns about nothing."""
    src, tgt = pair
    result = krakn("migrate", "--from", src.url, "--to", tgt.url, "--force")
    assert result.exit_code == 0, result.stderr
    assert 'ALTER TABLE "public"."orders" DROP COLUMN "temp_flag";' in result.stdout.splitlines()
    assert "needs --force" not in result.stdout
    assert result.stderr == ""


def test_migrate_force_round_trip(fresh_pair, krakn):
    """Applying migrate --force with psql leaves diff with nothing to say."""
    src, tgt = fresh_pair
    result = krakn("migrate", "--from", src.url, "--to", tgt.url, "--force")
    applied = tgt.psql(result.stdout)
    assert applied.returncode == 0, f"{applied.stderr}\n{result.stdout}"
    again = krakn("diff", "--from", src.url, "--to", tgt.url)
    assert again.exit_code == 0, again.stdout


def test_migrate_output_file(pair, krakn, tmp_path: Path):
    """-o FILE writes the same script to the file and nothing to stdout."""
    src, tgt = pair
    expected = krakn("migrate", "--from", src.url, "--to", tgt.url).stdout
    out = tmp_path / "migration.sql"
    result = krakn("migrate", "--from", src.url, "--to", tgt.url, "-o", str(out))
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""
    assert out.read_text(encoding="utf-8") == expected
    assert "temp_flag" in result.stderr
    assert [p.name for p in tmp_path.iterdir()] == ["migration.sql"]


def test_migrate_output_file_not_written_on_error(krakn, tmp_path: Path):
    """-o FILE is not created when the migration fails."""
    out = tmp_path / "migration.sql"
    result = krakn("migrate", "--from", "postgresql://postgres@127.0.0.1:1/x",
                   "--to", "postgresql://postgres@127.0.0.1:1/y", "-o", str(out))
    assert_one_line_error(result, "--from")
    assert not out.exists()
    assert list(tmp_path.iterdir()) == []


def test_migrate_quiet_silences_warnings(pair, krakn):
    """-q leaves the held-back warning off stderr but keeps the comment in the script."""
    src, tgt = pair
    result = krakn("migrate", "-q", "--from", src.url, "--to", tgt.url)
    assert result.exit_code == 0
    assert result.stderr == ""
    assert '-- ALTER TABLE "public"."orders" DROP COLUMN "temp_flag";' in result.stdout


def test_migrate_identical_says_no_differences(make_db, krakn):
    """migrate between identical schemas prints no statements."""
    a, b = make_db(), make_db()
    a.load(SOURCE_SQL)
    b.load(SOURCE_SQL)
    result = krakn("migrate", "--from", a.url, "--to", b.url)
    assert result.exit_code == 0
    assert "-- no differences" in result.stdout
    assert all(line.startswith("--") for line in lines(result.stdout)), result.stdout


def test_migrate_debug_keeps_stdout_a_script(pair):
    """migrate --debug logs to stderr only: stdout stays the SQL script."""
    src, tgt = pair
    plain = run_cli("migrate", "--from", src.url, "--to", tgt.url)
    debug = run_cli("migrate", "--debug", "--from", src.url, "--to", tgt.url)
    assert debug.returncode == 0, debug.stderr[-2000:]
    assert "sqlalchemy.engine" not in debug.stdout, debug.stdout[:2000]
    assert debug.stdout == plain.stdout


# --- schemas -------------------------------------------------------------------------


def test_all_schemas_compared_by_default(schema_pair, krakn):
    """Without --schema every user schema is compared."""
    src, tgt = schema_pair
    result = krakn("diff", "--from", src.url, "--to", tgt.url)
    assert sorted(lines(result.stdout)) == sorted([APP_LINE, PUBLIC_LINE]), result.stdout


def test_schema_option_restricts(schema_pair, krakn):
    """--schema app compares only the app schema."""
    src, tgt = schema_pair
    result = krakn("diff", "--from", src.url, "--to", tgt.url, "--schema", "app")
    assert result.exit_code == 1
    assert lines(result.stdout) == [APP_LINE], result.stdout


def test_schema_option_repeatable(schema_pair, krakn):
    """--schema given twice compares both schemas."""
    src, tgt = schema_pair
    result = krakn("diff", "--from", src.url, "--to", tgt.url,
                   "--schema", "app", "--schema", "public")
    assert sorted(lines(result.stdout)) == sorted([APP_LINE, PUBLIC_LINE]), result.stdout


def test_exclude_schema_option(schema_pair, krakn):
    """--exclude-schema app leaves app's difference out."""
    src, tgt = schema_pair
    result = krakn("diff", "--from", src.url, "--to", tgt.url, "--exclude-schema", "app")
    assert result.exit_code == 1
    assert lines(result.stdout) == [PUBLIC_LINE], result.stdout


def test_exclude_everything_different_exits_0(schema_pair, krakn):
    """Excluding both differing schemas leaves nothing to report: exit 0."""
    src, tgt = schema_pair
    result = krakn("diff", "--from", src.url, "--to", tgt.url,
                   "--exclude-schema", "app", "--exclude-schema", "public")
    assert result.exit_code == 0, result.stdout
    assert result.stdout == ""


def test_migrate_schema_option_restricts(schema_pair, krakn):
    """migrate --schema app only touches app."""
    src, tgt = schema_pair
    result = krakn("migrate", "--from", src.url, "--to", tgt.url, "--schema", "app")
    assert result.exit_code == 0
    assert 'ALTER TABLE "app"."items" ADD COLUMN "note" text;' in result.stdout
    assert '"public"' not in result.stdout, result.stdout


def test_unknown_schema_is_one_line_error(schema_pair, krakn):
    """--schema nosuch is a one-line error, exit 2."""
    src, tgt = schema_pair
    line = assert_one_line_error(krakn("diff", "--from", src.url, "--to", tgt.url,
                                       "--schema", "nosuch"))
    assert "nosuch" in line and "exists in neither database" in line


@pytest.mark.parametrize("schema", ["pg_catalog", "information_schema", "pg_toast"])
def test_system_schema_is_excluded_by_design(schema, schema_pair, krakn):
    """--schema pg_catalog (and the like) says it is PostgreSQL's own, left out on purpose."""
    src, tgt = schema_pair
    for command in ("diff", "migrate"):
        line = assert_one_line_error(krakn(command, "--from", src.url, "--to", tgt.url,
                                           "--schema", schema))
        assert repr(schema) in line and "excluded by design" in line, line
        assert "PostgreSQL's own" in line and "neither" not in line, line


def test_extension_schema_is_excluded_by_design(make_db, krakn):
    """--schema naming a schema an extension owns names the extension and why."""
    src, tgt = make_db(), make_db()
    src.load("CREATE EXTENSION hstore; CREATE SCHEMA hstore_bits; "
             "ALTER EXTENSION hstore ADD SCHEMA hstore_bits;")
    line = assert_one_line_error(krakn("diff", "--from", src.url, "--to", tgt.url,
                                       "--schema", "hstore_bits"))
    assert "'hstore_bits'" in line and "extension 'hstore'" in line, line
    assert "excluded by design" in line and "neither" not in line, line


# --- errors --------------------------------------------------------------------------


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


# --- passwords -----------------------------------------------------------------------


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


def test_password_masked_in_migrate_header(pair, pg_server, krakn):
    """migrate's header names both databases with the password masked."""
    src, tgt = pair
    url = f"postgresql://postgres:{PASSWORD}@{pg_server.host}:{pg_server.port}/{src.name}"
    result = krakn("migrate", "--from", url, "--to", tgt.url)
    assert result.exit_code == 0, result.stderr
    first = result.stdout.splitlines()[0]
    assert src.name in first and tgt.name in first, first
    assert PASSWORD not in result.stdout


# --- the source is never written -----------------------------------------------------


@pytest.mark.parametrize("args", [("diff",), ("diff", "--format", "json"), ("migrate",),
                                  ("migrate", "--force")], ids=lambda a: " ".join(a))
def test_source_and_target_unchanged(args, pair, krakn):
    """diff and migrate change neither database: schema fingerprint and rows stay the same."""
    src, tgt = pair
    before_src, before_tgt = fingerprint(src), fingerprint(tgt)
    result = krakn(*args, "--from", src.url, "--to", tgt.url)
    assert result.exit_code in (0, 1), result.stderr
    assert fingerprint(src) == before_src
    assert fingerprint(tgt) == before_tgt


def test_sessions_are_read_only(pair, krakn):
    """Every connection krakn opens during migrate --force is read-only on the server."""
    src, tgt = pair
    seen: list[tuple[object, ...]] = []

    def on_checkout(dbapi_conn, _record, _proxy):
        with dbapi_conn.cursor() as cur:
            cur.execute("SELECT current_database(), "
                        "current_setting('default_transaction_read_only')")
            seen.append(cur.fetchone())
        dbapi_conn.rollback()

    event.listen(Pool, "checkout", on_checkout)
    try:
        result = krakn("migrate", "--force", "--from", src.url, "--to", tgt.url)
    finally:
        event.remove(Pool, "checkout", on_checkout)
    assert result.exit_code == 0, result.stderr
    assert {name for name, _ in seen} == {src.name, tgt.name}, seen
    assert all(flag == "on" for _, flag in seen), seen


def test_source_connection_refuses_writes(pair):
    """A write through krakn's source connection fails on the server as read-only."""
    from krakn.db.database import Database
    from krakn.db.engine import connect
    from krakn.db.errors import DatabaseError

    src, _tgt = pair
    db = Database.from_raw(src.url, "--from")
    with connect(db) as conn:
        with pytest.raises(DatabaseError, match="read-only") as info:
            conn.execute(text("CREATE TABLE krakn_must_not_exist (id integer)"))
    assert info.value.side == "--from"
    assert src.query("SELECT to_regclass('public.krakn_must_not_exist')") == [(None,)]


def test_migrate_keeps_escape_characters_of_comments(make_db, krakn):
    """A comment holding an ESC sequence reaches the script unchanged (never taken for colour)."""
    src, tgt = make_db(), make_db()
    src.load("CREATE TABLE t (id integer); COMMENT ON TABLE t IS E'red \\x1b[31m here';")
    tgt.load("CREATE TABLE t (id integer);")
    result = krakn("migrate", "--from", src.url, "--to", tgt.url)
    assert "red \x1b[31m here" in result.stdout, repr(result.stdout)
    applied = tgt.psql(result.stdout)
    assert applied.returncode == 0, applied.stderr
    assert tgt.query("SELECT obj_description('t'::regclass)") == [("red \x1b[31m here",)]
    assert krakn("diff", "--from", src.url, "--to", tgt.url).exit_code == 0


def test_boundary_never_calls_a_database_error_unexpected(pair, capsys):
    """A server error that escaped its side's translation is still one plain line, exit 2."""
    import psycopg2

    from krakn.cli import error_boundary

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

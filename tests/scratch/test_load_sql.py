"""Schema files into a database: a file, a folder in byte order, and errors that say
FILE:LINE and PostgreSQL's message in one line."""

from __future__ import annotations

import pytest

from krakn.embedded import available
from krakn.errors import EXIT_ERROR, UsageError
from krakn.scratch import load_sql, sql_files


def test_file_loaded(make_db, tmp_path):
    """One .sql file is applied, psql's own commands included."""
    db = make_db()
    schema = tmp_path / "schema.sql"
    schema.write_text("\\set kind 'table'\nCREATE TABLE t (id int PRIMARY KEY);\n"
                      "COPY t FROM stdin;\n1\n2\n\\.\n")
    assert load_sql(db.url, schema) == [schema]
    assert db.query("SELECT count(*) FROM t") == [(2,)]


def test_folder_in_byte_order(make_db, tmp_path):
    """A folder's .sql files run in byte order of their names; other files are left alone."""
    db = make_db()
    (tmp_path / "00_log.sql").write_text("CREATE TABLE log (n serial, f text);\n")
    for name in ("b", "a", "B", "10", "9"):
        (tmp_path / f"{name}.sql").write_text(f"INSERT INTO log (f) VALUES ('{name}');\n")
    # Each of these would fail if it were applied.
    (tmp_path / "notes.txt").write_text("not sql at all\n")
    (tmp_path / ".hidden.sql").write_text("SELECT 1/0;\n")
    (tmp_path / "sub.sql").mkdir()
    (tmp_path / "sub.sql" / "x.sql").write_text("SELECT 1/0;\n")
    applied = load_sql(db.url, tmp_path)
    assert [p.name for p in applied] == ["00_log.sql", "10.sql", "9.sql", "B.sql", "a.sql",
                                         "b.sql"]
    assert db.query("SELECT f FROM log ORDER BY n") == [("10",), ("9",), ("B",), ("a",),
                                                        ("b",)]


def test_error_names_file_and_line(make_db, tmp_path):
    """A failing statement: one line with the file, its line and PostgreSQL's message."""
    db = make_db()
    (tmp_path / "1_ok.sql").write_text("CREATE TABLE a (id int);\n")
    bad = tmp_path / "2_bad.sql"
    # The NOTICE on line 2 is placed too; the error is what psql stopped on.
    bad.write_text("-- a comment\nDROP TABLE IF EXISTS nothing;\n\nINSERT INTO missing\n"
                   "VALUES (1);\nCREATE TABLE never (id int);\n")
    with pytest.raises(UsageError) as caught:
        load_sql(db.url, tmp_path, side="--to")
    assert caught.value.message == (
        f'--to: {bad}:5: relation "missing" does not exist')
    assert caught.value.exit_code == EXIT_ERROR
    # Stopped at the error: nothing after it ran.
    assert db.query("SELECT count(*) FROM pg_class WHERE relname = 'never'") == [(0,)]


def test_empty_folder_and_missing_path(tmp_path):
    """A folder without .sql files, or a path that is not there, is a one-line error."""
    (tmp_path / "readme.md").write_text("# schema\n")
    with pytest.raises(UsageError, match=r"the folder holds no \.sql files$"):
        sql_files(tmp_path)
    with pytest.raises(UsageError, match=r"nope\.sql: no such file or folder$"):
        sql_files(tmp_path / "nope.sql")


def test_connection_error_one_line_without_password(tmp_path):
    """psql that cannot connect: one line naming the file, no password."""
    schema = tmp_path / "schema.sql"
    schema.write_text("SELECT 1;\n")
    with pytest.raises(UsageError) as caught:
        load_sql("postgresql://u:s3cret@127.0.0.1:1/db", schema)
    message = caught.value.message
    assert message.startswith(f"{schema}: psql: error: connection to server at")
    assert "s3cret" not in message and "\n" not in message


@pytest.mark.skipif(not available(), reason="the embedded extra is not installed: "
                                            "pip install 'krakn[embedded]'")
def test_embedded_psql_when_path_has_none(make_db, tmp_path, monkeypatch,
                                          path_without_postgresql):
    """With no psql on PATH the embedded server's psql loads the file."""
    db = make_db()
    schema = tmp_path / "schema.sql"
    schema.write_text("CREATE TABLE t (id int);\nSELECT 1/0;\n")
    monkeypatch.setenv("PATH", path_without_postgresql)
    with pytest.raises(UsageError, match=r"schema\.sql:2: division by zero$"):
        load_sql(db.url, schema)
    assert db.query("SELECT count(*) FROM pg_class WHERE relname = 't'") == [(1,)]

"""diff and migrate never write: neither database changes, every session is read-only."""

from __future__ import annotations

import pytest
from cli_helpers import (
    fingerprint,
)
from sqlalchemy import event, text
from sqlalchemy.pool import Pool


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


def test_sessions_are_read_only(pair, krakn, monkeypatch):
    """Every connection krakn reads through during migrate --force is read-only on the server."""
    from krakn.db.reading import Reader

    src, tgt = pair
    seen: list[tuple[object, ...]] = []
    ask = ("SELECT current_database(), current_setting('transaction_read_only')", {})

    def on_checkout(dbapi_conn, _record, _proxy):
        with dbapi_conn.cursor() as cur:
            cur.execute("SELECT current_database(), "
                        "current_setting('default_transaction_read_only')")
            seen.append(cur.fetchone())
        dbapi_conn.rollback()

    read = Reader.query

    def asking_first(reader, sql, params):
        seen.extend(read(reader, *ask))
        return read(reader, sql, params)

    monkeypatch.setattr(Reader, "query", asking_first)
    event.listen(Pool, "checkout", on_checkout)
    try:
        result = krakn("migrate", "--force", "--from", src.url, "--to", tgt.url)
    finally:
        event.remove(Pool, "checkout", on_checkout)
    assert result.exit_code == 0, result.stderr
    assert {name for name, _ in seen} == {src.name, tgt.name}, seen
    assert all(flag == "on" for _, flag in seen), seen


def test_snapshot_sessions_are_read_only(pair, krakn, monkeypatch, tmp_path):
    """krakn snapshot reads on two connections sharing one snapshot, both read-only."""
    from krakn.db.reading import Reader

    src, _tgt = pair
    seen: set[tuple[object, ...]] = set()
    ask = ("SELECT pg_backend_pid(), current_setting('transaction_read_only')", {})
    read = Reader.query

    def asking_first(reader, sql, params):
        seen.update(read(reader, *ask))
        return read(reader, sql, params)

    monkeypatch.setattr(Reader, "query", asking_first)
    result = krakn("snapshot", "--from", src.url, "-o", str(tmp_path / "schema.json"))
    assert result.exit_code == 0, result.stderr
    assert len({pid for pid, _ in seen}) == 2, seen
    assert {flag for _, flag in seen} == {"on"}, seen


def test_source_connection_refuses_writes(pair):
    """A write through krakn's source connections fails on the server as read-only."""
    from krakn.db.database import Database
    from krakn.db.engine import connect
    from krakn.db.errors import DatabaseError
    from krakn.db.reading import reading

    src, _tgt = pair
    db = Database.from_raw(src.url, "--from")
    with connect(db) as conn:
        with pytest.raises(DatabaseError, match="read-only") as info:
            conn.execute(text("CREATE TABLE krakn_must_not_exist (id integer)"))
    assert info.value.side == "--from"
    with reading(db) as reader:
        with pytest.raises(DatabaseError, match="read-only") as info:
            reader.query("CREATE TABLE krakn_must_not_exist (id integer)", {})
    assert info.value.side == "--from"
    assert src.query("SELECT to_regclass('public.krakn_must_not_exist')") == [(None,)]

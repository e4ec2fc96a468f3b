"""Subscriptions are not compared: a database with one is diffed as if it had none.

Their connection string may hold a password, which must never reach a
script, a diff or a snapshot (see the README's "What krakn compares").
"""

from __future__ import annotations

import json

SECRET = "krakn-subscription-s3cret"
SUBSCRIBE = f"""
CREATE SUBSCRIPTION krakn_sub
    CONNECTION 'host=127.0.0.1 dbname=nowhere user=replicator password={SECRET}'
    PUBLICATION feed WITH (connect = false, slot_name = NONE, enabled = false);
COMMENT ON SUBSCRIPTION krakn_sub IS 'pulls the feed';
"""
# slot_name NONE: dropped without reaching the publisher; a database with a
# subscription cannot be dropped.
UNSUBSCRIBE = "DROP SUBSCRIPTION krakn_sub"


def test_database_with_a_subscription(make_db, krakn, tmp_path) -> None:
    """diff, migrate (both ways) and snapshot see the tables, never the subscription
    nor its password."""
    src, tgt = make_db(), make_db()
    src.load("CREATE TABLE t (id integer PRIMARY KEY);" + SUBSCRIBE)
    try:
        tgt.load("CREATE TABLE t (id integer PRIMARY KEY, note text);")
        runs = [krakn("diff", "--from", src.url, "--to", tgt.url),
                krakn("diff", "--from", tgt.url, "--to", src.url, "--format", "json"),
                krakn("migrate", "--from", src.url, "--to", tgt.url, "--force"),
                krakn("migrate", "--from", tgt.url, "--to", src.url, "--force", "--rollback",
                      "--with-privileges", "--with-owners")]
        snapshot = tmp_path / "snap.json"
        runs.append(krakn("snapshot", "--from", src.url, "-o", str(snapshot)))
        assert [r.exit_code for r in runs] == [1, 1, 0, 0, 0], [r.stderr for r in runs]
        assert [c["kind"] for c in json.loads(runs[1].stdout)] == ["column"]
        texts = [r.stdout + r.stderr for r in runs] + [snapshot.read_text()]
        assert not any(SECRET in t or "krakn_sub" in t or "SUBSCRIPTION" in t for t in texts)
    finally:
        src.load(UNSUBSCRIBE)

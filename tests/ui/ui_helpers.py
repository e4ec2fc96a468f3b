"""What the ui tests share: the shop pair, a masked profile, reports, servers, write counters.

The shop pair is tests/cases/shop_mixed (43 changes, 8 held back without
--force) plus a changed view, function and trigger, so that every part of
the diff page has something to show.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from krakn import api
from krakn.db.database import Database
from krakn.options import CompareOptions, SyncOptions
from krakn.sync import Reporter
from krakn.ui.report import DiffReport, SyncReport

SHOP = Path(__file__).parent.parent / "cases" / "shop_mixed"
EXTRA_SOURCE = """
CREATE VIEW big_orders AS SELECT id, customer_id FROM orders WHERE id > 100;
CREATE FUNCTION add_tax(p numeric) RETURNS numeric LANGUAGE sql AS $$ SELECT p * 1.19 $$;
CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER orders_touch BEFORE INSERT OR UPDATE ON orders
    FOR EACH ROW EXECUTE FUNCTION touch();
"""
EXTRA_TARGET = """
CREATE VIEW big_orders AS SELECT id FROM orders WHERE id > 10;
CREATE FUNCTION add_tax(p numeric) RETURNS numeric LANGUAGE sql AS $$ SELECT p * 1.16 $$;
CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER orders_touch BEFORE INSERT ON orders FOR EACH ROW EXECUTE FUNCTION touch();
"""
SHOP_SOURCE_SQL = (SHOP / "source.sql").read_text() + EXTRA_SOURCE
SHOP_TARGET_SQL = (SHOP / "target.sql").read_text() + EXTRA_TARGET

# A users table whose personal columns a profile masks; `nickname` it leaves alone.
USERS = """
CREATE TABLE users (id int PRIMARY KEY, email text UNIQUE, full_name text, phone text,
                    nickname text, country text);
CREATE TABLE orders (id int PRIMARY KEY, user_id int REFERENCES users (id), total numeric);
INSERT INTO users VALUES (1, 'ann@corp.example.com', 'Ann Lee', '+1 555 0100', 'annie', 'DE');
INSERT INTO orders VALUES (1, 1, 9.5);
"""
USERS_TARGET = USERS.split("INSERT")[0].replace("country text", "country text, "
                                                "verified boolean NOT NULL")
SALT = "a ui test salt, long enough"
MASKED_PROFILE = """
profiles:
  masked:
    from: {source}
    to: {target}
    mask_salt: {salt}
    columns:
      users.email:     {{mask: email}}
      users.full_name: {{mask: name}}
      users.phone:     {{mask: phone}}
      users.country:   {{value: ZZ}}
      users.verified:  {{fill: false}}
    where:
      orders: "total > 1"
"""


def write_profile(folder: Path, source: str, target: str) -> Path:
    """krakn.yml with the masked profile over source and target."""
    path = folder / "krakn.yml"
    path.write_text(textwrap.dedent(MASKED_PROFILE).format(source=source, target=target,
                                                            salt=SALT), encoding="utf-8")
    return path


def diff_report(source_url: str, target_url: str) -> DiffReport:
    """The schema plan between two databases, as `krakn ui` makes it."""
    source, target = Database.from_raw(source_url, "--from"), Database.from_raw(target_url,
                                                                                  "--to")
    return DiffReport(api.compare(source, target, CompareOptions()), source.label,
                      target.label)


def sync_report(source_url: str, target_url: str) -> SyncReport:
    """sync-data's dry-run plan between two databases (no rules)."""
    source, target = Database.from_raw(source_url, "--from"), Database.from_raw(target_url,
                                                                                  "--to")
    plan = api.sync(source, target, SyncOptions(dry_run=True), Reporter(quiet=True))
    return SyncReport(plan, source.label, target.label)


# ------------------------------------------------------------------ a real server

_URL = re.compile(r"krakn ui: (http://\S+)")


class UiServer:
    """`krakn ui ... --no-open` as its own process, until stopped."""

    def __init__(self, *args: str, cwd: Path | None = None) -> None:
        env = {k: v for k, v in os.environ.items() if not k.startswith("KRAKN_")}
        self.proc = subprocess.Popen([sys.executable, "-m", "krakn", "ui", "--no-open", *args],
                                     stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                     env=env, cwd=cwd)
        assert self.proc.stdout is not None
        line = self.proc.stdout.readline()
        found = _URL.search(line)
        if found is None:
            self.stop()
            raise AssertionError(f"krakn ui printed no URL: {line!r} {self.stderr()}")
        self.url = found.group(1)
        self.base = self.url.split("?")[0]
        self.port = int(self.base.rsplit(":", 1)[1].strip("/"))

    @staticmethod
    @contextmanager
    def expect_failure(*args: str) -> Iterator[tuple[int, str]]:
        """krakn ui that must stop before serving: its exit status and stderr."""
        env = {k: v for k, v in os.environ.items() if not k.startswith("KRAKN_")}
        done = subprocess.run([sys.executable, "-m", "krakn", "ui", "--no-open", *args],
                              capture_output=True, text=True, env=env, timeout=60)
        assert "krakn ui: http" not in done.stdout
        yield done.returncode, done.stderr

    def stderr(self) -> str:
        if self.proc.poll() is None:
            return ""
        assert self.proc.stderr is not None
        return self.proc.stderr.read()

    def stop(self) -> int:
        if self.proc.poll() is None:
            self.proc.terminate()
        try:
            return self.proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            return self.proc.wait()

    def __enter__(self) -> UiServer:
        return self

    def __exit__(self, *exc: Any) -> None:
        self.stop()


# ------------------------------------------------------------------ write counters

COUNTERS = """
SELECT d.tup_inserted, d.tup_updated, d.tup_deleted,
       (SELECT coalesce(sum(n_tup_ins + n_tup_upd + n_tup_del), 0)
        FROM pg_stat_user_tables)
FROM pg_stat_database d WHERE d.datname = current_database()
"""


def write_counters(db: Any) -> tuple[int, ...]:
    """What the server has counted of the writes into db: rows inserted, updated, deleted."""
    # Backends flush their counts when they end and about once a second:
    # read them once they have settled.
    last: tuple[int, ...] | None = None
    for _ in range(10):
        time.sleep(0.6)
        found = tuple(int(v) for v in db.query(COUNTERS)[0])
        if found == last:
            return found
        last = found
    assert last is not None
    return last

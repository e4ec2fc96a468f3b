"""The mapping page's data: how each target column is filled, from the sync plan's rules."""

from __future__ import annotations

import pytest
from ui_helpers import sync_report

from krakn.sync.plan import ColumnCopy
from krakn.ui.syncview import column_row


def _copy(**kw):
    base = {"name": "c", "expression": '"c"', "source_type": "text", "target_type": "text",
            "converted": False, "binary_safe": True, "source": "c", "rule": None}
    return ColumnCopy(**{**base, **kw})


@pytest.mark.parametrize(("copy", "how", "detail"), [
    (_copy(), "copied", "text"),
    (_copy(source_type="integer", target_type="bigint", converted=True), "converted",
     "integer → bigint"),
    (_copy(rule="mask email"), "masked", "mask email"),
    (_copy(rule="mask name of nickname", source="nickname"), "masked", "mask name"),
    (_copy(rule="renamed from old_c", source="old_c"), "renamed", "text"),
    (_copy(rule="from other", source="other"), "from", "copied from other"),
    (_copy(rule="sql", expression="(upper(x))", source=None), "sql", "(upper(x))"),
    (_copy(rule="value", expression="CAST('ZZ' AS text)", source=None), "value", "'ZZ'"),
    (_copy(rule="fill", expression="CAST(NULL AS text)", source=None), "fill", "NULL"),
])
def test_column_row(copy, how, detail):
    """Each kind of rule reads as its kind and its detail."""
    row = column_row(copy)
    assert (row.how, row.detail) == (how, detail)


def test_shop_plan(shop):
    """The shop pair: load order by level, defaults, left-out columns, findings."""
    source, target = shop
    view = sync_report(source.url, target.url).view
    assert view is not None
    levels = dict(view.levels)
    assert [t.name for t in levels[0]] == ["public.customers", "public.products"]
    assert [t.name for t in levels[2]] == ["public.order_lines"]
    customers = view.tables[0]
    rows = {(c.source, c.target): c for c in customers.columns}
    assert rows[("", "fax")].how == "default"
    assert rows[("marketing_opt_in", "")].how == "left out"
    assert rows[("email", "email")].how == "converted" and rows[("email", "email")].personal
    assert customers.personal == ["email", "full_name"]
    assert view.findings == 3
    assert ("only on --to, left alone", ["public.wishlist"]) in view.left_alone


def test_cycle_marked(make_db):
    """Tables in a foreign-key cycle are marked and the deferred keys named."""
    from ui_helpers import sync_report as report

    cycle = """
    CREATE TABLE a (id int PRIMARY KEY, b_id int);
    CREATE TABLE b (id int PRIMARY KEY, a_id int REFERENCES a (id));
    ALTER TABLE a ADD CONSTRAINT a_b FOREIGN KEY (b_id) REFERENCES b (id) DEFERRABLE;
    CREATE TABLE c (id int PRIMARY KEY);
    """
    source, target = make_db(), make_db()
    source.load(cycle)
    target.load(cycle)
    view = report(source.url, target.url).view
    marked = {t.name: t.in_cycle for t in view.tables}
    assert marked == {"public.a": True, "public.b": True, "public.c": False}
    assert view.cycles


def test_column_a_rule_replaces_is_not_read(users, tmp_path):
    """A source column a value rule replaces is left out, saying the rule fills --to's."""
    from ui_helpers import SALT, write_profile

    from krakn import api
    from krakn.cli.profiles import row_rules
    from krakn.config import load_profile
    from krakn.db.database import Database
    from krakn.masking import known_masks
    from krakn.options import SyncOptions
    from krakn.sync import Reporter
    from krakn.ui.syncview import build_view

    source, target = users
    path = write_profile(tmp_path, source.url, target.url)
    profile = load_profile("masked", str(path), known_masks=known_masks)
    options = SyncOptions(dry_run=True, rules=row_rules(profile, {}))
    src, tgt = Database.from_raw(source.url, "--from"), Database.from_raw(target.url, "--to")
    view = build_view(api.sync(src, tgt, options, Reporter(quiet=True)), "a", "b")
    rows = {(c.source, c.target): c for c in view.tables[0].columns}
    assert rows[("country", "")].detail == "not read: --to's country is filled by its rule"
    assert rows[("", "country")].how == "value"
    assert SALT not in repr(view)

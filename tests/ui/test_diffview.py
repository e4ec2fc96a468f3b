"""The diff page's data: entries grouped by schema and table, force notes, bodies, definitions."""

from __future__ import annotations

import pytest
from ui_helpers import diff_report

from krakn.ui.diffview import side_by_side


@pytest.fixture(scope="module")
def report(shop):
    source, target = shop
    return diff_report(source.url, target.url)


def _entries(view):
    return [e for s in view.sections for g in s.groups for e in g.entries]


def test_every_change_once(report):
    """Each change of api.changes appears in exactly one entry, in plan order within a group."""
    from krakn import api

    expected = [c.message for c in api.changes(report.plan)]
    shown = [line.message for e in _entries(report.view) for line in e.lines]
    assert sorted(shown) == sorted(expected)
    assert report.view.total == len(report.plan.steps)
    assert sum(report.view.counts.values()) == len(expected)


def test_grouped_by_schema_table_and_kind(report):
    """public first; a table's columns, keys and comments under it; other objects by kind."""
    view = report.view
    assert [s.name for s in view.sections][:2] == ["public", "reporting"]
    public = {g.title: g for g in view.sections[0].groups}
    customers = [line.message for e in public["table customers"].entries for line in e.lines]
    assert "Removed column 'fax' from 'customers'" in customers
    assert "Changed comment on table 'customers'" in customers
    assert {"views", "functions", "sequences"} <= set(public)
    titles = [g.title for g in view.sections[0].groups]
    assert titles.index("table wishlist") < titles.index("functions")


def test_destructive_entries_explained(report):
    """A step held back without --force says so, and what --force would do."""
    entries = {e.lines[0].message: e for e in _entries(report.view)}
    fax = entries["Removed column 'fax' from 'customers'"]
    assert fax.destructive and fax.loses_data
    assert "With --force the script runs it" in fax.force_note
    assert "drops data" in fax.force_note
    added = entries["Added column 'note' to 'orders'"]
    assert not added.destructive and added.force_note == ""
    assert report.view.held == sum(1 for s in report.plan.steps if s.destructive)


def test_bodies_match_the_script(report):
    """Each entry's SQL is what the --force script runs for its step, in the same words."""
    script = report.text("migration-force.sql")
    for number in range(report.view.total):
        sql = report.bodies.of(number)["sql"]
        if not sql.startswith("-- no SQL"):
            for statement in sql.split(";\n\n"):
                assert statement.rstrip(";") in script


def test_rollback_of_dropped_table_brings_it_back(report):
    """The rollback of a dropped table makes it again, with what it took along."""
    number = next(e.id for e in _entries(report.view)
                  if e.lines[0].message == "Removed table 'wishlist'")
    rollback = report.bodies.of(number)["rollback"]
    assert 'CREATE TABLE "public"."wishlist"' in rollback


def test_unknown_entry():
    """An id outside the plan is a KeyError (the app's 404)."""
    from krakn.plan import Plan
    from krakn.ui.diffview import Bodies

    with pytest.raises(KeyError):
        Bodies(Plan()).of(0)


def test_side_by_side_marks_lines():
    """Lines only --to has are del, lines only --from has are add, the rest same."""
    pairs = side_by_side("a\nb\nc", "a\nB\nc\nd")
    assert pairs["target"] == [["same", "a"], ["del", "b"], ["same", "c"]]
    assert pairs["source"] == [["same", "a"], ["add", "B"], ["same", "c"], ["add", "d"]]


@pytest.mark.parametrize(("line", "drop", "old"), [
    ("Changed view 'big_orders'", 'DROP VIEW "public"."big_orders"', "WHERE (orders.id > 10)"),
    ("Changed trigger 'orders_touch' on 'orders'", 'DROP TRIGGER "orders_touch"',
     "BEFORE INSERT ON public.orders"),
    ("Changed foreign key 'orders_customer_id_fkey'",
     'DROP CONSTRAINT "orders_customer_id_fkey"', "REFERENCES customers(id);"),
])
def test_replaced_object_shows_its_drop(report, line, drop, old):
    """A changed view, trigger or key shows the drop that makes way for it, and its rollback
    puts the old one back; the drop is not listed again as a supporting step."""
    entry = next(e for e in _entries(report.view) if e.lines[0].message.startswith(line))
    bodies = report.bodies.of(entry.id)
    assert drop in bodies["sql"].split("\n\n")[0]
    assert bodies["rollback"].rstrip().endswith(old) or old in bodies["rollback"]
    assert bodies["rollback"].index(drop) < bodies["rollback"].rindex(old)
    silent = [report.bodies.of(e.id)["sql"] for e in report.view.silent]
    assert not any(sql.startswith(drop) for sql in silent)

"""krakn.ops.objects and the kinds built on it: SQL, phases, reverses and diff lines."""

from __future__ import annotations

from dataclasses import replace

from krakn.catalog.events import EventTrigger
from krakn.catalog.foreign import ForeignColumn, ForeignTable
from krakn.catalog.publications import PublishedTable
from krakn.compare.objects import change
from krakn.ops.events import EVENT_TRIGGERS
from krakn.ops.foreign import FOREIGN_TABLES
from krakn.ops.objects import ObjectOp, alter_options, options_sql
from krakn.ops.phases import Phase
from krakn.ops.publications import PublicationEntriesOp

GUARD = EventTrigger("guard", "sql_drop", (), ("public", "refuse"), "O", None)


def test_options_sql_and_alter_options():
    """OPTIONS lists quote names and values; ADD, SET and DROP only what differs."""
    assert options_sql((("host", "it's"),)) == " OPTIONS (\"host\" 'it''s')"
    assert options_sql(()) == ""
    assert alter_options((("a", "1"), ("b", "2")), (("a", "0"), ("c", "3"))) == (
        "OPTIONS (DROP \"c\", SET \"a\" '1', ADD \"b\" '2')")
    assert alter_options((("a", "1"),), (("a", "1"),)) == ""


def test_event_trigger_made_last_dropped_first():
    """A new event trigger comes after every other step, a dropped one before any."""
    made, dropped = ObjectOp(EVENT_TRIGGERS, GUARD, None), ObjectOp(EVENT_TRIGGERS, None, GUARD)
    assert made.phase == Phase.CREATE_EVENT_TRIGGERS == max(Phase)
    assert dropped.phase == Phase.DROP_EVENT_TRIGGERS == min(Phase)
    assert made.statements() == [
        'CREATE EVENT TRIGGER "guard" ON "sql_drop" EXECUTE FUNCTION "public"."refuse"()']


def test_event_trigger_disabled_early_enabled_late():
    """Disabling runs before the script's DDL, enabling after it; the reverse swaps."""
    off = replace(GUARD, enabled="D")
    disable = ObjectOp(EVENT_TRIGGERS, off, GUARD)
    assert disable.statements() == ['ALTER EVENT TRIGGER "guard" DISABLE']
    assert disable.phase == Phase.DROP_EVENT_TRIGGERS
    assert disable.reverse().statements() == ['ALTER EVENT TRIGGER "guard" ENABLE']
    assert disable.reverse().phase == Phase.CREATE_EVENT_TRIGGERS


def test_event_trigger_new_tags_replace_in_two_steps():
    """New tags: dropped first (silently) and made last, said once as a change."""
    steps = change(EVENT_TRIGGERS, replace(GUARD, tags=("DROP TABLE",)), GUARD)
    assert [s.phase for s in steps] == [Phase.DROP_EVENT_TRIGGERS, Phase.CREATE_EVENT_TRIGGERS]
    lines = [c for s in steps for c in s.describe()]
    assert [c.message for c in lines] == [
        "Changed event trigger 'guard' (dropped and created again)"]


def test_foreign_table_altered_in_place():
    """Columns, checks and options change with ALTER FOREIGN TABLE; a new server remakes it."""
    old = ForeignTable("app", "t", "s", (("f", "a"),), None,
                       (ForeignColumn("id", "integer", False, None, None, (), None),),)
    new = replace(old, options=(("f", "b"),), columns=(
        ForeignColumn("id", "bigint", True, "0", None, (), "key"),))
    assert FOREIGN_TABLES.alter(new, old) == [
        'ALTER FOREIGN TABLE "app"."t" OPTIONS (SET "f" \'b\')',
        'ALTER FOREIGN TABLE "app"."t" ALTER COLUMN "id" TYPE bigint',
        'ALTER FOREIGN TABLE "app"."t" ALTER COLUMN "id" SET DEFAULT 0',
        'ALTER FOREIGN TABLE "app"."t" ALTER COLUMN "id" SET NOT NULL',
        'COMMENT ON COLUMN "app"."t"."id" IS \'key\'']
    assert FOREIGN_TABLES.alter(replace(old, server="other"), old) is None


def test_publication_entries_dropped_early_added_late():
    """Entries leave a publication before the DDL and join it after; the reverse swaps."""
    entry = PublishedTable("app", "orders", ("id", "total"), "(total > 0)")
    add = PublicationEntriesOp("billing", True, (entry,), ("reporting",))
    assert add.phase == Phase.CREATE_PUBLICATIONS
    assert add.statements() == [
        'ALTER PUBLICATION "billing" ADD TABLE ONLY "app"."orders" ("id", "total") '
        'WHERE ((total > 0)), TABLES IN SCHEMA "reporting"']
    back = add.reverse()
    assert back.phase == Phase.DROP_PUBLICATIONS
    assert back.statements() == [
        'ALTER PUBLICATION "billing" DROP TABLE ONLY "app"."orders", '
        'TABLES IN SCHEMA "reporting"']

"""The comparators of objects compared whole, on hand-built snapshots: what stands on a
remade object is taken down with it, what PostgreSQL cannot take is only reported."""

from __future__ import annotations

from dataclasses import replace

from compare_helpers import ops_of, said, snapshot

from krakn.catalog.collations import Collation
from krakn.catalog.foreign import ForeignTable, Server, UserMapping, Wrapper
from krakn.catalog.textsearch import Configuration, Dictionary
from krakn.ops.phases import Phase

ICU = Collation("public", "ci", "i", False, None, None, "und-u-ks-level2", None, None)


def test_collation_in_use_is_reported_not_remade():
    """A collation a column uses cannot be dropped: a new locale is said, not migrated."""
    src, tgt = snapshot(), snapshot()
    src.extras.collations = {("public", "ci"): replace(ICU, locale="de-DE")}
    tgt.extras.collations = {("public", "ci"): replace(ICU, used=True)}
    (op,) = ops_of(src, tgt)
    assert op.statements() == []
    assert said(src, tgt) == ["~ Changed collation 'ci' (in use: not migrated)"]


def test_unused_collation_is_remade():
    """An unused collation with a new locale is dropped and made again, in one step."""
    src, tgt = snapshot(), snapshot()
    src.extras.collations = {("public", "ci"): replace(ICU, locale="de-DE")}
    tgt.extras.collations = {("public", "ci"): ICU}
    (op,) = ops_of(src, tgt)
    assert op.statements() == [
        'DROP COLLATION "public"."ci"',
        'CREATE COLLATION "public"."ci" (PROVIDER = icu, LOCALE = \'de-DE\', '
        'DETERMINISTIC = false)']


def test_new_server_wrapper_takes_its_mappings_and_tables_along():
    """A server on another wrapper is made again; its mappings and foreign tables go
    first and come back after, silently when unchanged."""
    src, tgt = snapshot(), snapshot()
    wrappers = {"a": Wrapper("a", None, None, (), None), "b": Wrapper("b", None, None, (), None)}
    mapping = UserMapping("s", None, (("user", "u"),))
    table = ForeignTable("public", "t", "s", (), None)
    for snap, wrapper in ((src, "b"), (tgt, "a")):
        snap.extras.foreign.wrappers = wrappers
        snap.extras.foreign.servers = {"s": Server("s", wrapper, None, None, (), None)}
        snap.extras.foreign.mappings = {("s", ""): mapping}
        snap.extras.foreign.tables = {("public", "t"): table}
    steps = sorted(ops_of(src, tgt), key=lambda op: (op.phase, op.sort_key()))
    sql = [s for op in steps for s in op.statements()]
    assert sql[:3] == ['DROP FOREIGN TABLE "public"."t"', 'DROP USER MAPPING FOR PUBLIC SERVER "s"',
                       'DROP SERVER "s"']
    assert sql[3].startswith('CREATE SERVER "s" FOREIGN DATA WRAPPER "b"')
    assert sql[4:] == ['CREATE USER MAPPING FOR PUBLIC SERVER "s" OPTIONS ("user" \'u\')',
                       'CREATE FOREIGN TABLE "public"."t" (\n    \n) SERVER "s"']
    assert said(src, tgt) == ["~ Changed server 's' (dropped and created again)"]


def test_remade_dictionary_takes_its_configurations_along():
    """A dictionary on a new template goes after the configurations mapping to it,
    which are made again after it, in the text-search phase."""
    src, tgt = snapshot(), snapshot()
    old = Dictionary("public", "d", ("pg_catalog", "simple"), (), None)
    cfg = Configuration("public", "c", ("pg_catalog", "default"),
                        (("word", (("public", "d"),)),), None)
    src.extras.text_search.dictionaries = {("public", "d"): replace(
        old, template=("pg_catalog", "snowball"), options=(("language", "'english'"),))}
    tgt.extras.text_search.dictionaries = {("public", "d"): old}
    src.extras.text_search.configurations = tgt.extras.text_search.configurations = {
        ("public", "c"): cfg}
    steps = sorted(ops_of(src, tgt), key=lambda op: (op.phase, op.sort_key()))
    assert {op.phase for op in steps} == {Phase.CREATE_TEXT_SEARCH}
    sql = [s for op in steps for s in op.statements()]
    assert sql[:2] == ['DROP TEXT SEARCH CONFIGURATION "public"."c"',
                       'DROP TEXT SEARCH DICTIONARY "public"."d"']
    assert sql[-1] == ('ALTER TEXT SEARCH CONFIGURATION "public"."c" ADD MAPPING FOR "word" '
                       'WITH "public"."d"')

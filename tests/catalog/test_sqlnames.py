"""Renamed names inside SQL text as PostgreSQL prints it (krakn.catalog.sqlnames)."""

from __future__ import annotations

import pytest

from krakn.catalog import sqlnames


@pytest.mark.parametrize(("name", "spelled"), [
    ("client", "client"), ("name", "name"), ("user", '"user"'), ("My Client", '"My Client"'),
    ("a\"b", '"a""b"'), ("x$", '"x$"'), ("2fa", '"2fa"')])
def test_ident_spells_names_as_quote_ident(name, spelled):
    """Bare when quote_ident leaves it bare (unreserved keywords too), quoted otherwise."""
    assert sqlnames.ident(name) == spelled


def test_columns_are_renamed_as_tokens_never_in_literals_or_after_a_dot():
    """A check's column is renamed; the same word in a string, a type or t.col is not."""
    text = "CHECK (((full_name <> 'full_name'::text) AND (t.full_name IS NULL)))"
    assert sqlnames.rename_columns(text, {"full_name": "name"}) == \
        "CHECK (((name <> 'full_name'::text) AND (t.full_name IS NULL)))"


def test_a_foreign_key_renames_its_own_and_the_referenced_columns_apart():
    """The own columns by the own table's map, REFERENCES t(cols) by the referenced one's."""
    head, tail = sqlnames.split_own_key("FOREIGN KEY (id) REFERENCES customer(id) "
                                        "ON DELETE CASCADE")
    tail = sqlnames.rename_relations(tail, "public", {"customer": "My Client"})
    assert sqlnames.rename_columns(head, {"id": "own"}) + sqlnames.rename_references(
        tail, {"id": "ref"}) == ('FOREIGN KEY (own) REFERENCES "My Client"(ref) '
                                 'ON DELETE CASCADE')


def test_regclass_literals_follow_a_renamed_sequence():
    """nextval('customer_id_seq'::regclass), bare or schema-qualified and quoted."""
    seqs = {"customer_id_seq": "client_id_seq", "Old seq": "New seq"}
    assert sqlnames.rename_regclass("nextval('customer_id_seq'::regclass)", "public", seqs) \
        == "nextval('client_id_seq'::regclass)"
    assert sqlnames.rename_regclass("""nextval('s."Old seq"'::regclass)""", "s", seqs) == \
        """nextval('s."New seq"'::regclass)"""
    assert sqlnames.rename_regclass("'customer_id_seq'::text", "public", seqs) == \
        "'customer_id_seq'::text"


def test_a_view_follows_with_its_aliases_as_the_server_prints_them():
    """c.full_name AS name loses its alias; a column shown under its own name gains one."""
    text = (" SELECT customer.id,\n    customer.full_name AS name,\n    customer.full_name\n"
            "   FROM customer;")
    assert sqlnames.rewrite_view(text, "public", {"customer": "client"},
                                 {"client": {"full_name": "name"}}) == (
        " SELECT client.id,\n    client.name,\n    client.name AS full_name\n   FROM client;",
        True)


def test_a_view_with_an_alias_and_a_join():
    """FROM (public.customer c JOIN ...): the alias names the renamed columns."""
    text = (" SELECT c.id\n   FROM (public.customer c\n     JOIN orders o ON ((o.cid = c.id)))"
            "\n  WHERE (c.full_name <> ''::text);")
    assert sqlnames.rewrite_view(text, "public", {"customer": "client"},
                                 {"client": {"full_name": "name"}})[0] == (
        " SELECT c.id\n   FROM (public.client c\n     JOIN orders o ON ((o.cid = c.id)))"
        "\n  WHERE (c.name <> ''::text);")


def test_a_bare_use_in_a_view_is_not_trusted():
    """A bare old column name (whose relation this cannot tell) says so."""
    _text, followed = sqlnames.rewrite_view(" SELECT full_name\n   FROM customer;", "public",
                                            {"customer": "client"},
                                            {"client": {"full_name": "name"}})
    assert followed is False

"""krakn.config.names: PostgreSQL identifier rules for dotted names."""

from __future__ import annotations

import pytest

from krakn.config.names import (
    BadName,
    ColumnName,
    ColumnPattern,
    TableName,
    parse_column,
    parse_column_pattern,
    parse_identifier,
    parse_table,
    parse_table_list,
    split_list,
)


@pytest.mark.parametrize("text,expected", [
    ("users", TableName("public", "users")),
    ("Users", TableName("public", "users")),
    ("Billing.Invoices", TableName("billing", "invoices")),
    ('"Billing"."Invoices"', TableName("Billing", "Invoices")),
    ('"my.schema".t', TableName("my.schema", "t")),
    ('"a""b"', TableName("public", 'a"b')),
    ('"*"', TableName("public", "*")),
    ("  users  ", TableName("public", "users")),
    ("ÄBC", TableName("public", "Äbc")),
    ("_t$1", TableName("public", "_t$1")),
    ('"2fa"', TableName("public", "2fa")),
])
def test_parse_table(text, expected):
    """Unquoted parts fold ASCII to lower case, quoted ones keep case, dots and "" escapes."""
    assert parse_table(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("users.email", ColumnName("public", "users", "email")),
    ("billing.invoices.Total", ColumnName("billing", "invoices", "total")),
    ('users."E.Mail"', ColumnName("public", "users", "E.Mail")),
    ('"Odd Schema"."T"."C"', ColumnName("Odd Schema", "T", "C")),
])
def test_parse_column(text, expected):
    """table.column means public; schema.table.column names all three."""
    assert parse_column(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("users.email", ColumnPattern("public", "users", "email")),
    ("*.ip_address", ColumnPattern(None, None, "ip_address")),
    ("*.*.ip_address", ColumnPattern(None, None, "ip_address")),
    ("billing.*.email", ColumnPattern("billing", None, "email")),
    ("*.users.email", ColumnPattern(None, "users", "email")),
    ('"*".email', ColumnPattern("public", "*", "email")),
])
def test_parse_column_pattern(text, expected):
    """A whole unquoted * is any schema or table; a bare * table means every schema."""
    assert parse_column_pattern(text) == expected


def test_pattern_matching_and_specificity():
    """Patterns match by schema, table and column; exact ones are the most specific."""
    exact = parse_column_pattern("users.email")
    schema_wide = parse_column_pattern("billing.*.email")
    everywhere = parse_column_pattern("*.email")
    assert exact.matches("public", "users", "email")
    assert not exact.matches("billing", "users", "email")
    assert schema_wide.matches("billing", "x", "email")
    assert not schema_wide.matches("public", "x", "email")
    assert everywhere.matches("any", "thing", "email")
    assert not everywhere.matches("any", "thing", "e_mail")
    assert exact.specificity > schema_wide.specificity > everywhere.specificity


def test_pattern_overlap():
    """Two wildcard patterns overlap in the one exact column both name, or not at all."""
    a = parse_column_pattern("billing.*.email")
    b = parse_column_pattern("*.users.email")
    assert a.overlap(b) == ColumnPattern("billing", "users", "email")
    assert a.overlap(parse_column_pattern("public.*.email")) is None
    assert a.overlap(parse_column_pattern("billing.*.phone")) is None


@pytest.mark.parametrize("text,words", [
    ("", "empty"),
    ("users..email", "empty part"),
    (".email", "empty part"),
    ("users.", "ends with"),
    ('"users.email', "unclosed"),
    ('"".email', "empty name"),
    ('"a"b.c', "expected '.'"),
    ("us*ers.email", "stands alone"),
    ("my table.email", "needs double quotes"),
    ("users.2fa", "needs double quotes"),
    ("users.e-mail", "needs double quotes"),
    ('ab"c".d', "whole part"),
    ("users.*", "one column"),
    ("email", "table.column"),
    ("a.b.c.d", "table.column"),
])
def test_bad_column_patterns(text, words):
    """Malformed names fail with a message saying what is wrong."""
    with pytest.raises(BadName, match=words):
        parse_column_pattern(text)


@pytest.mark.parametrize("parse,text", [
    (parse_table, "*.users"),
    (parse_table, "a.b.c"),
    (parse_column, "*.email"),
    (parse_identifier, "a.b"),
    (parse_identifier, "*"),
])
def test_no_wildcards_or_extra_parts_outside_rules(parse, text):
    """Only column rules take '*'; tables and single names take no extra parts."""
    with pytest.raises(BadName):
        parse(text)


def test_split_list_keeps_quoted_commas():
    """The flags' `a,b` form splits on commas outside double quotes."""
    assert split_list(' a, "b,c".d ,e ') == ["a", '"b,c".d', "e"]
    assert parse_table_list(["a,Billing.B", '"x,y"']) == (
        TableName("public", "a"), TableName("billing", "b"), TableName("public", "x,y"))


@pytest.mark.parametrize("text", ["a,,b", "a,", ",", " ", ""])
def test_split_list_refuses_empty_names(text):
    """An empty item in a list is an error, as for --tables: it never means every table."""
    with pytest.raises(BadName, match="empty name"):
        split_list(text)

"""Table names as --tables and --exclude-tables take them: no database needed."""

from __future__ import annotations

import pytest

from krakn.errors import UsageError
from krakn.sync.names import TableName, case_hint, parse_names, spell


def parsed(*values: str) -> list[tuple[str, str]]:
    return [tuple(n) for n in parse_names(values, "--tables")]


def test_unquoted_names_fold_to_lower_case():
    """As in PostgreSQL and pg_dump -t: unquoted letters fold, blanks around names go."""
    assert parsed("Users, APP.Orders", " x ") == [
        ("public", "users"), ("app", "orders"), ("public", "x")]


def test_quoted_names_keep_commas_dots_quotes_and_case():
    """A quoted name is taken as written, "" standing for one quote."""
    assert parsed('"c,d",app."Mixed.Name"', '"q""uote"', '"My Schema" . "T"') == [
        ("public", "c,d"), ("app", "Mixed.Name"), ("public", 'q"uote'), ("My Schema", "T")]


@pytest.mark.parametrize("value", ["", ",", " ", "a,,b", "a,", '""', ' , '])
@pytest.mark.parametrize("option", ["--tables", "--exclude-tables"])
def test_empty_names_are_refused(option, value):
    """An empty or blank name never means every table."""
    with pytest.raises(UsageError) as err:
        parse_names((value,), option)
    assert err.value.message == (f"{option}: empty table name in {value!r}: name a table, "
                                 f"or leave {option} out")


@pytest.mark.parametrize("value", ['"ab', 'a"b', '"a""', 'app."T'])
def test_unbalanced_quotes_are_refused(value):
    """A quote that is never closed is an error, not part of a name."""
    with pytest.raises(UsageError, match="unbalanced double quote"):
        parse_names((value,), "--tables")


@pytest.mark.parametrize("value", ["a.", ".a", "a..b", "a.b.c", "a b", '"a"b', "a.,b"])
def test_malformed_names_are_refused(value):
    """Dots without a name on each side, three parts, or unquoted blanks inside a name."""
    with pytest.raises(UsageError, match="malformed table name"):
        parse_names((value,), "--tables")


def test_spell_quotes_only_what_folding_would_change():
    """The hint's spelling reads back as the same table."""
    for name in (TableName("public", "Users"), TableName("app", "c,d"),
                 TableName("My S", "x"), TableName("public", 'a"b'), TableName("s", "t_1")):
        assert parse_names((spell(name),), "--tables") == [name]
    assert spell(TableName("public", "plain")) == "plain"


def test_case_hint_names_every_near_match():
    """Names differing only in case are suggested, quoted, with a command line to copy."""
    known = {TableName("public", "Users"): 1, TableName("public", "USERS"): 1}
    assert case_hint(TableName("public", "users"), "--tables", known) == (
        """; did you mean "USERS" or "Users"? quote mixed-case names: --tables '"USERS"'""")
    assert case_hint(TableName("public", "other"), "--tables", known) == ""


@pytest.mark.parametrize("value,part", [("e-mail", "e-mail"), ("2fa", "2fa"),
                                        ("app.my-table", "my-table"), ("*", "*")])
def test_unquoted_names_must_be_plain_identifiers(value, part):
    """An unquoted name follows PostgreSQL's lexer; anything else must be double-quoted."""
    with pytest.raises(UsageError) as err:
        parse_names((value,), "--tables")
    assert err.value.message == (
        f"--tables: malformed table name {value!r}: {part!r} needs double quotes (unquoted, "
        "a name starts with a letter or _ and holds only letters, digits, _ and $)")
    quoted = ".".join(f'"{p}"' for p in value.split("."))
    assert parse_names((quoted,), "--tables")[0].name == part

"""krakn.names: the one parser of PostgreSQL's identifier rules, for flags and profiles."""

from __future__ import annotations

import pytest

from krakn.names import BadName, Part, spell, split_list, split_name, split_names


@pytest.mark.parametrize("text,expected", [
    ("Users", [["users"]]),
    ("APP.Orders, x", [["app", "orders"], ["x"]]),
    ('"c,d",app."Mixed.Name"', [["c,d"], ["app", "Mixed.Name"]]),
    ('"q""uote"', [['q"uote']]),
    ('"My Schema" . "T"', [["My Schema", "T"]]),
    ("ÄBC_$1", [["Äbc_$1"]]),
    ("a\u00a0b", [["a\u00a0b"]]),
])
def test_names_fold_and_unquote_as_postgresql_does(text, expected):
    """Unquoted ASCII folds; quoted parts keep case, commas, dots and "" as one quote."""
    assert [[p.text for p in parts] for parts in split_names(text)] == expected


@pytest.mark.parametrize("text,flaw,words", [
    ("", "empty", "empty name"),
    ("a,,b", "empty", "empty name in the list"),
    ('""', "empty", '"" is an empty name'),
    ('"ab', "unbalanced", "unclosed double quote"),
    ('a"b', "unbalanced", "unclosed double quote"),
    (".a", "dots", "empty part between dots"),
    ("a..b", "dots", "empty part between dots"),
    ("a.", "dots", "ends with '.'"),
    ('"a"b', "adjacent", "expected '.' after a quoted name"),
    ('ab"c".d', "adjacent", "a double quote must enclose a whole part"),
    ("my table", "adjacent", "a name holding blanks needs double quotes"),
    ("e-mail", "unquoted", "'e-mail' needs double quotes"),
    ("2fa", "unquoted", "'2fa' needs double quotes"),
    ("*", "unquoted", "'*' needs double quotes"),
])
def test_each_fault_says_what_to_fix(text, flaw, words):
    """A name that does not parse names its flaw and, in words, what is wrong."""
    with pytest.raises(BadName) as err:
        split_names(text)
    assert err.value.flaw == flaw
    assert words in str(err.value), str(err.value)


def test_wildcards_only_when_asked():
    """A whole unquoted * is a wildcard where the caller allows one; never part of a name."""
    assert split_name("*.users.email", wildcards=True) == [
        Part("*", True), Part("users"), Part("email")]
    assert split_name('"*".x', wildcards=True) == [Part("*"), Part("x")]
    with pytest.raises(BadName, match="stands alone"):
        split_name("us*ers", wildcards=True)


def test_a_single_name_keeps_its_commas_to_itself():
    """Outside a list a comma is no separator: unquoted it needs quotes, quoted it is kept."""
    assert split_name('"a,b".c') == [Part("a,b"), Part("c")]
    with pytest.raises(BadName, match="'a,b' needs double quotes"):
        split_name("a,b")


def test_split_list_gives_each_name_as_written():
    """The items of a list, blanks around them dropped, quotes and dots kept."""
    assert split_list(' a, "b,c".D ,*.e ') == ["a", '"b,c".D', "*.e"]


@pytest.mark.parametrize("parts", [("users",), ("Users",), ("app", "c,d"), ("My S", "x"),
                                   ('a"b',), ("t_1$",), ("2fa",), ("Äb",), ("e-mail",)])
def test_spell_reads_back_as_the_same_parts(parts):
    """spell quotes only what folding or the lexer would change, and parses back exactly."""
    assert [p.text for p in split_name(spell(parts))] == list(parts)
    assert spell(("users",)) == "users"

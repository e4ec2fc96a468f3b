"""Each built-in mask's promises, checked on the real server."""

from __future__ import annotations

import io
import re
from typing import Any

import psycopg2
import pytest
from masking_helpers import OTHER_SALT, SALT, column, masked, query

from krakn.errors import UsageError
from krakn.masking import render, set_seeds
from krakn.masking.keys import as_text, index_sql
from krakn.masking.pools import pool

TEXT_MASKS = ["email", "hash", "name", "first_name", "last_name", "phone", "city", "company",
              "street_address"]
EMAIL = re.compile(r"[0-9a-f]{32}@example\.invalid")
NAME = re.compile(r"[^\W\d_]+(?:[ '’-][^\W\d_]+)*")


@pytest.mark.parametrize("mask", TEXT_MASKS + ["null"])
def test_null_stays_null_and_nothing_equals_its_input(source: Any, mask: str) -> None:
    """NULL gives NULL; no output equals its input, the empty string included."""
    rows = masked(source, "people", mask, column("name"))
    assert [r for r in rows if r[0] is None] == [(None, None)]
    assert all(out != value for value, out in rows if value is not None)
    empty = [out for value, out in rows if value == ""]
    assert empty and empty[0] != "" and (mask == "null" or empty[0])


@pytest.mark.parametrize("mask", TEXT_MASKS)
def test_deterministic_across_sessions_and_tables(source: Any, mask: str) -> None:
    """Equal inputs give equal outputs in another session and another table and type."""
    copy = f"people_copy_{mask}"
    source.query(f"CREATE TABLE {copy} AS SELECT -id AS id, name::varchar(300) AS who "
                 "FROM people")
    first = dict(masked(source, "people", mask, column("name")))
    again = dict(masked(source, "people", mask, column("name")))
    other = dict(masked(source, copy, mask, column("who", "character varying(300)")))
    assert first == again == other
    assert len(set(first.values())) > 1


@pytest.mark.parametrize("mask", TEXT_MASKS)
def test_other_salt_changes_outputs(source: Any, mask: str) -> None:
    """Another salt changes every email and hash output and nearly all others."""
    ours = masked(source, "people", mask, column("name"))
    theirs = masked(source, "people", mask, column("name"), salt=OTHER_SALT)
    same = sum(1 for (_, a), (_, b) in zip(ours, theirs, strict=True) if a == b and a)
    if mask in ("email", "hash"):
        assert same == 0
    else:
        assert same < len(ours) * 0.02


def test_email_and_hash_shapes(source: Any) -> None:
    """email is an address in example.invalid; hash is 32 hex digits."""
    emails = [out for _, out in masked(source, "people", "email", column("email")) if out]
    hashes = [out for _, out in masked(source, "people", "hash", column("note")) if out]
    assert len(emails) == len(hashes) == 2001
    assert all(EMAIL.fullmatch(e) for e in emails)
    assert all(re.fullmatch(r"[0-9a-f]{32}", h) for h in hashes)


def test_vocabulary_shapes(source: Any) -> None:
    """Names are letters, phones have 7 to 15 digits, all from their pools."""
    for mask in ("name", "first_name", "last_name"):
        outs = [out for _, out in masked(source, "people", mask, column("name")) if out]
        assert all(NAME.fullmatch(o) for o in outs), mask
        assert set(outs) <= set(pool(mask))
    phones = [out for _, out in masked(source, "people", "phone", column("phone")) if out]
    assert all(7 <= sum(c.isdigit() for c in p) <= 15 for p in phones)
    assert all(re.fullmatch(r"\+?[0-9()][0-9 ().-]*[0-9]", p) for p in phones)


def test_a_pick_equal_to_its_input_takes_the_next(source: Any) -> None:
    """Where the keyed index lands on the input itself, the next pool value is used."""
    values = pool("name", None, 5)
    text = as_text('"short"')
    array = "ARRAY[" + ", ".join("'" + v.replace("'", "''") + "'" for v in values) + "]"
    landed = f"({array})[1 + {index_sql(text, 'name', len(values))}]"
    hits = 0
    for n in range(40):  # a 2,000-row column of a 300-value pool: about 7 hits a salt
        salt = f"salt {n}"
        rows = query(source, f"SELECT short, {landed}, "
                     f"{render('name', column('short', 'character varying(5)'))} "
                     "FROM people WHERE short <> ''", salt)
        assert all(out != value and len(out) <= 5 for value, _, out in rows)
        hits += sum(1 for value, pick, _ in rows if pick == value)
        if hits >= 3:
            break
    assert hits >= 3


def test_unique_column_stays_unique_and_never_meets_a_source_value(make_db: Any) -> None:
    """50,000 values, half differing only in case: email and hash stay distinct, no leak."""
    db = make_db()
    db.load("CREATE TABLE u (id int PRIMARY KEY, v text UNIQUE);"
            "INSERT INTO u SELECT i, CASE WHEN i % 2 = 0 THEN 'User' || (i / 2) || '@Mail.com'"
            " ELSE 'user' || (i / 2) || '@mail.com' END FROM generate_series(1, 50000) i;"
            # Earlier masked values as inputs too: a re-masked test database.
            "INSERT INTO u SELECT 100000 + i, md5(i::text) || '@example.invalid'"
            " FROM generate_series(1, 100) i;")
    for mask in ("email", "hash"):
        expr = render(mask, column("v", unique=True))
        rows = query(db, f"WITH m AS (SELECT v, {expr} AS out FROM u) SELECT count(*), "
                     "count(DISTINCT out), (SELECT count(*) FROM m JOIN u USING (v)), "
                     "(SELECT count(*) FROM m JOIN u ON m.out = u.v) FROM m")
        assert rows == [(50100, 50100, 50100, 0)], mask


def test_length_limits(source: Any) -> None:
    """Too short for email is an error naming the column; char(n) and varchar(n) are cast back."""
    with pytest.raises(UsageError, match=r"mask email writes 48 characters, but t\.short holds "
                       r"at most 5"):
        render("email", column("short", "character varying(5)"))
    with pytest.raises(UsageError, match="at most 20"):
        render("hash", column("wide", "character varying(200)",
                              target_type="character varying(20)"))
    rows = masked(source, "people", "email", column("fixed", "character(60)"))
    assert all(len(out) == 60 and EMAIL.fullmatch(out.rstrip()) for _, out in rows if out)
    short = masked(source, "people", "last_name", column("short", "character varying(5)"))
    assert all(len(out) <= 5 and out != value for value, out in short if value is not None)


def test_types_other_than_text(source: Any) -> None:
    """A text mask on an integer is an error; null works on any type."""
    with pytest.raises(UsageError, match="mask name needs a text column, but t.id is integer"):
        render("name", column("id", "integer", category="N"))
    rows = masked(source, "people", "null", column("id", "integer", category="N"))
    assert rows and all(out is None for _, out in rows)


def test_case_insensitive_collation_hashes_bytes(make_db: Any) -> None:
    """Under a nondeterministic collation 'A' and 'a' still mask apart, as in a text column."""
    db = make_db()
    db.load("CREATE COLLATION ci (provider = icu, locale = 'und-u-ks-level2', "
            "deterministic = false);"
            "CREATE TABLE c (id int, v text COLLATE ci, w text);"
            "INSERT INTO c VALUES (1, 'Anna', 'Anna'), (2, 'anna', 'anna'), (3, 'ANNA', 'ANNA');")
    for mask in ("email", "hash", "name"):
        on_ci = [out for _, out in masked(db, "c", mask, column("v"))]
        on_text = [out for _, out in masked(db, "c", mask, column("w"))]
        assert on_ci == on_text
        assert mask == "name" or len(set(on_ci)) == 3
        assert "Anna" not in on_ci and "anna" not in on_ci


def test_locale_picks_the_locales_pool(source: Any) -> None:
    """locale de_DE takes German names; an unknown locale is a one-line error."""
    rows = masked(source, "people", "last_name", column("name", locale="de-DE"))
    assert {out for _, out in rows if out} <= set(pool("last_name", "de_DE"))
    with pytest.raises(UsageError, match="unknown locale 'xx_YY'"):
        render("name", column("name", locale="xx_YY"))


@pytest.mark.parametrize("type_text", ["date", "timestamp(3) without time zone",
                                       "timestamp with time zone"])
def test_date_shift(make_db: Any, type_text: str) -> None:
    """Whole days, 1 to 365 either way, keyed on the value; NULL and infinity stay."""
    db = make_db()
    db.load(f"CREATE TABLE d (id int, v {type_text});"
            "INSERT INTO d SELECT i, timestamp '1990-01-01 12:34:56.789' + i * interval '7 h'"
            " FROM generate_series(1, 1000) i;"
            "INSERT INTO d SELECT 1000 + id, v FROM d WHERE id <= 10;"
            "INSERT INTO d VALUES (-1, NULL), (-2, 'infinity'), (-3, '-infinity');")
    col = column("v", type_text, category="D")
    rows = masked(db, "d", "date_shift", col)
    shifted = render("date_shift", col)
    days = query(db, f"SELECT id, CASE WHEN isfinite(v) THEN extract(epoch FROM "
                 f"{shifted}::timestamp - v::timestamp) / 86400 END, {shifted} "
                 "FROM d ORDER BY id")
    finite = [(i, d) for i, d, _ in days if i > 0]
    assert all(d == int(d) and 1 <= abs(d) <= 365 for _, d in finite)
    assert {d > 0 for _, d in finite} == {True, False}
    assert [(i, out) for i, _, out in days if i < 0 and out is None] == [(-1, None)]
    assert all(a == b for a, b in rows[:3]) and rows[2] == (None, None)  # -inf, inf, NULL
    by_id = {i: out for i, _, out in days}
    assert all(by_id[1000 + i] == by_id[i] for i in range(1, 11))
    assert rows == masked(db, "d", "date_shift", col)
    other = masked(db, "d", "date_shift", col, salt=OTHER_SALT)
    assert sum(a == b for a, b in zip(rows, other, strict=True)) < len(rows) * 0.05


def test_date_shift_needs_a_date(source: Any) -> None:
    """date_shift on a time or an integer column is a one-line error."""
    for type_text in ("time without time zone", "integer"):
        with pytest.raises(UsageError, match=f"mask date_shift needs a date or timestamp "
                           f"column, but t.v is {type_text}"):
            render("date_shift", column("v", type_text, category="D"))


def test_binary_copy_into_a_target_of_the_same_types(make_db: Any) -> None:
    """Masked values in each column's own type travel by binary COPY as sync-data sends them."""
    source, target = make_db(), make_db()
    ddl = ("CREATE TABLE p (id int, a text, b varchar(60), c char(60), d date, "
           "e varchar(12));")
    source.load(ddl + "INSERT INTO p SELECT i, 'a' || i, 'b' || i, 'c' || i, "
                "date '2000-01-01' + i, left(md5(i::text), 12) FROM generate_series(1, 50) i;"
                "INSERT INTO p VALUES (0, NULL, NULL, NULL, NULL, NULL);")
    target.load(ddl)
    cols = [column("a"), column("b", "character varying(60)"), column("c", "character(60)"),
            column("d", "date", category="D"), column("e", "character varying(12)")]
    masks = ["hash", "email", "email", "date_shift", "city"]
    select = ", ".join(['"id"'] + [render(m, c) for m, c in zip(masks, cols, strict=True)])
    data = io.BytesIO()
    conn = psycopg2.connect(source.url)
    try:
        with conn.cursor() as cur:
            set_seeds(cur, SALT)
            cur.copy_expert(f"COPY (SELECT {select} FROM p) TO STDOUT (FORMAT binary)", data)
    finally:
        conn.close()
    data.seek(0)
    conn = psycopg2.connect(target.url)
    try:
        with conn, conn.cursor() as cur:
            cur.copy_expert("COPY p FROM STDIN (FORMAT binary)", data)
    finally:
        conn.close()
    expected = query(source, f"SELECT {select} FROM p ORDER BY id")
    assert target.query("SELECT * FROM p ORDER BY id") == expected
    assert expected[0] == (0, None, None, None, None, None) and len(expected) == 51
